import type { Db } from "../../platform/db/transaction.ts";
import { dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import type { Cakupan } from "../../platform/scope.ts";
import { catatRealisasi } from "../performance/realisasi.service.ts";
import { hasilPeriode } from "./hasil.service.ts";

const ROMAWI = ["", "I", "II", "III", "IV"];

/** "SKM tahun 2024", "SKM triwulan II 2024": how a period is named in the realisation's source. */
export function labelPeriodeSkm(p: {
  tahun: number;
  periodeJenis: "triwulan" | "semester" | "tahun";
  periodeKe: number;
}) {
  return p.periodeJenis === "tahun"
    ? `tahun ${p.tahun}`
    : `${p.periodeJenis} ${ROMAWI[p.periodeKe] ?? p.periodeKe} ${p.tahun}`;
}

/**
 * Writes a survey period's IKM as the realisation of the IKU indicator bound to it (yearly survey → "tahun"/1,
 * otherwise its triwulan/semester), through catatRealisasi with the link to the period; called again it corrects
 * the same row. Refused when no IKU is bound or nothing can be computed yet. Why: issue 5 item 4 — the IKM becomes
 * the IKU realisation without being retyped (design brief principle 1).
 */
export async function terapkanIkmKeIku(
  db: Db,
  cakupan: Cakupan,
  periodeId: number,
): Promise<{ realisasiId: number; ikm: string }> {
  return dalamTransaksi(db, async (trx) => {
    const h = await hasilPeriode(trx, cakupan, periodeId);
    const label = labelPeriodeSkm(h.periode);
    if (h.periode.indikatorId === null) {
      throw new GalatTerukur(
        "konflik",
        `Periode survei ${label} belum dikaitkan dengan indikator kinerja utama (IKU)`,
        "indikatorKode",
      );
    }
    if (h.responden === 0 || h.hasil === null) {
      throw inputTidakValid(
        h.responden === 0
          ? `Periode survei ${label} belum memiliki respons; IKM belum dapat diterapkan ke IKU`
          : `IKM periode survei ${label} belum dapat dihitung: ${h.alasanTanpaHasil ?? ""}`,
        "periodeId",
      );
    }
    const realisasiId = await catatRealisasi(trx, cakupan, {
      indikatorId: h.periode.indikatorId,
      tahun: h.periode.tahun,
      periode: {
        jenis: h.periode.periodeJenis,
        ke: h.periode.periodeJenis === "tahun" ? 1 : h.periode.periodeKe,
      },
      nilai: h.hasil.ikm,
      sumber: `SKM ${label} (${h.responden} responden, ${h.kuesioner.nama})`,
      catatan: `Mutu pelayanan ${h.hasil.mutu.huruf} (${h.hasil.mutu.sebutan}), PermenPANRB 14/2017`,
      skmPeriodeId: h.periode.id,
    });
    return { realisasiId, ikm: h.hasil.ikm };
  });
}

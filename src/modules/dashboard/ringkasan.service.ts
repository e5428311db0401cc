import type { Db } from "../../platform/db/transaction.ts";
import { keString } from "../../platform/decimal.ts";
import type { Cakupan } from "../../platform/scope.ts";
import type { HasilSerapan } from "../budget/anggaran.domain.ts";
import { ringkasanAnggaran } from "../budget/budget.service.ts";
import type { HasilCapaian } from "../performance/capaian.domain.ts";
import { hasilIku } from "../performance/iku.service.ts";
import { infoPemda, tentukanOpd } from "../tenancy/tenancy.service.ts";
import type { Ringkasan } from "./ringkasan.schemas.ts";

function persen(h: HasilCapaian | HasilSerapan): Ringkasan["iku"][number]["capaian"] {
  return h.status === "dihitung" ? { status: "dihitung", persen: keString(h.persen, 2) } : h;
}

/** An OPD's year at a glance (IKU results and the budget roll-up), as plain JSON-safe data for the API. */
export async function ringkasanOpd(
  db: Db,
  cakupan: Cakupan,
  kodeOpd: string,
  tahun: number,
): Promise<Ringkasan> {
  const opd = await tentukanOpd(db, cakupan, kodeOpd);
  const [pemda, iku, anggaran] = await Promise.all([
    infoPemda(db, cakupan),
    hasilIku(db, cakupan, opd.id, tahun),
    ringkasanAnggaran(db, cakupan, opd.id, tahun),
  ]);
  return {
    pemda: { kode: pemda.kode, nama: pemda.nama },
    opd: { kode: opd.kode, nama: opd.nama },
    tahun,
    skalaPredikat: iku.skala.nama,
    iku: iku.indikator.map((b) => ({
      sasaran: b.sasaran?.uraian ?? null,
      kode: b.indikator.kode,
      indikator: b.indikator.nama,
      satuan: b.indikator.satuan,
      target: b.target,
      sumberTarget: b.sumberTarget,
      realisasi: b.realisasi,
      capaian: persen(b.capaian),
      predikat: b.predikat,
    })),
    anggaran: {
      dpa: anggaran?.dpa.jenis ?? null,
      program: (anggaran?.program ?? []).map((p) => ({
        kode: p.kode,
        nama: p.nama,
        pagu: p.pagu.toString(),
        realisasi: p.realisasi.toString(),
        serapan: persen(p.serapan),
      })),
      total: {
        pagu: (anggaran?.total.pagu ?? 0n).toString(),
        realisasi: (anggaran?.total.realisasi ?? 0n).toString(),
        serapan: anggaran
          ? persen(anggaran.total.serapan)
          : { status: "tidak_dapat_dihitung", alasan: "Belum ada DPA untuk tahun ini" },
      },
    },
  };
}

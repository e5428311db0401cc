import type { z } from "zod";
import { catatAudit } from "../../platform/db/audit.ts";
import { tolakDuplikat } from "../../platform/db/constraint-errors.ts";
import { antreTulis } from "../../platform/db/kunci-baris.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { validasi } from "../../platform/validation.ts";
import { labelPeriode, type Periode, periodeBertumpuk } from "../performance/periode.domain.ts";
import * as repo from "./budget.repo.ts";
import { skemaRealisasiAnggaran } from "./budget.schemas.ts";

/**
 * Records the budget realisation of a sub kegiatan for one period. Periods of one sub kegiatan may not share
 * a month (a month entered again inside a quarter would be counted twice). Realisation above the pagu is
 * accepted: it happens in source documents and the consistency checker reports it.
 */
export async function catatRealisasiAnggaran(
  db: Db,
  cakupan: Cakupan,
  subKegiatanId: number,
  input: z.input<typeof skemaRealisasiAnggaran>,
): Promise<number> {
  const d = validasi(skemaRealisasiAnggaran, input);
  return dalamTransaksi(db, async (trx) => {
    const sub = await repo.cariSubKegiatanById(trx, cakupan, subKegiatanId);
    if (!sub) throw new GalatTerukur("tidak_ditemukan", "Sub kegiatan DPA tidak ditemukan", "subKegiatanId");
    const c = cakupanOpd(cakupan, sub.opd_id);
    // the overlap check below reads then inserts: two savers of one sub kegiatan take turns
    await antreTulis(trx, "realisasi_anggaran", sub.id);
    for (const ada of await repo.daftarPeriodeRealisasiAnggaran(trx, c, sub.id)) {
      const periodeAda = { jenis: ada.periode_jenis, ke: ada.periode_ke };
      if (periodeBertumpuk(d.periode, periodeAda)) {
        throw new GalatTerukur(
          "konflik",
          `Realisasi ${labelPeriode(d.periode)} bertumpuk dengan realisasi ${labelPeriode(periodeAda)} yang sudah tercatat untuk sub kegiatan ${sub.kode}`,
          "periode",
        );
      }
    }
    const { id } = await tolakDuplikat(
      () =>
        trx
          .insertInto("realisasi_anggaran")
          .values({
            pemda_id: c.pemdaId,
            opd_id: sub.opd_id,
            dpa_sub_kegiatan_id: sub.id,
            periode_jenis: d.periode.jenis,
            periode_ke: d.periode.ke,
            jumlah: d.jumlah,
            catatan: d.catatan,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      `Realisasi ${labelPeriode(d.periode)} sudah tercatat untuk sub kegiatan ${sub.kode}`,
      "periode",
    );
    await catatAudit(trx, c, "buat", "realisasi_anggaran", id, d);
    return id;
  });
}

/** One budget realisation row of a DPA with the codes it rolls up to. */
export type RealisasiAnggaranPeriode = {
  programKode: string;
  kegiatanKode: string;
  subKegiatanKode: string;
  periode: Periode;
  jumlah: bigint;
};

/**
 * Every budget realisation row of a DPA with its period, unsummed. Why: the quarterly evaluation of the
 * Renja (Permendagri 86/2017) shows each quarter's realisation, which the yearly roll-up cannot give.
 */
export async function realisasiAnggaranPerPeriode(
  db: Db,
  cakupan: Cakupan,
  dpaId: number,
): Promise<RealisasiAnggaranPeriode[]> {
  const dpa = await repo.cariDpaById(db, cakupan, dpaId);
  if (!dpa) throw new GalatTerukur("tidak_ditemukan", "DPA tidak ditemukan", "dpaId");
  const c = cakupanOpd(cakupan, dpa.opd_id);
  return (await repo.daftarRealisasiAnggaranDpa(db, c, dpa.id)).map((r) => ({
    programKode: r.program_kode,
    kegiatanKode: r.kegiatan_kode,
    subKegiatanKode: r.sub_kode,
    periode: { jenis: r.periode_jenis, ke: r.periode_ke },
    jumlah: r.jumlah,
  }));
}

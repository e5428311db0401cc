import type { z } from "zod";
import { catatAudit } from "../../platform/db/audit.ts";
import { tolakDuplikat } from "../../platform/db/constraint-errors.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { desimal } from "../../platform/decimal.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { validasi } from "../../platform/validation.ts";
import { catatRealisasi } from "../performance/realisasi.service.ts";
import * as repo from "./evaluation.repo.ts";
import { skemaHasilEvaluasi } from "./evaluation.schemas.ts";
import { predikatNilaiSakip } from "./nilai-sakip.domain.ts";

/** One year of an OPD's evaluation history with its letter grade. */
export type RiwayatEvaluasi = {
  id: number;
  tahun: number;
  nilai: string;
  predikat: { huruf: string; sebutan: string };
  tanggalLhe: string | null;
  catatan: string | null;
};

/**
 * Records the LHE score of one year and, in the same transaction, writes it as the yearly realisation of
 * the OPD's indicator fed by the LKE score (sumber_otomatis 'nilai_lakip'), linked by evaluasi_id, so the
 * score is typed once (design brief principle 1). Returns the evaluation id and the realisation ids written.
 */
export async function catatHasilEvaluasi(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  input: z.input<typeof skemaHasilEvaluasi>,
): Promise<{ evaluasiId: number; realisasiIds: number[] }> {
  const c = cakupanOpd(cakupan, opdId);
  const d = validasi(skemaHasilEvaluasi, input);
  return dalamTransaksi(db, async (trx) => {
    const { id } = await tolakDuplikat(
      () =>
        trx
          .insertInto("evaluasi_hasil")
          .values({
            pemda_id: c.pemdaId,
            opd_id: opdId,
            tahun: d.tahun,
            nilai: d.nilai,
            tanggal_lhe: d.tanggalLhe,
            catatan: d.catatan,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      `Hasil evaluasi tahun ${d.tahun} sudah tercatat untuk perangkat daerah ini`,
      "tahun",
    );
    await catatAudit(trx, c, "buat", "evaluasi_hasil", id, d);
    const realisasiIds: number[] = [];
    for (const indikator of await repo.indikatorNilaiLakip(trx, c, opdId, d.tahun)) {
      realisasiIds.push(
        await catatRealisasi(trx, c, {
          indikatorId: indikator.id,
          tahun: d.tahun,
          periode: { jenis: "tahun", ke: 1 },
          nilai: d.nilai,
          sumber: `Laporan Hasil Evaluasi AKIP tahun ${d.tahun}`,
          catatan: d.catatan,
          evaluasiId: id,
        }),
      );
    }
    return { evaluasiId: id, realisasiIds };
  });
}

/** Every evaluated year of an OPD with its score and LKE letter grade (PermenPANRB 88/2021), oldest first. */
export async function riwayatEvaluasi(db: Db, cakupan: Cakupan, opdId: number): Promise<RiwayatEvaluasi[]> {
  const c = cakupanOpd(cakupan, opdId);
  return (await repo.daftarEvaluasi(db, c, opdId)).map((e) => ({
    id: e.id,
    tahun: e.tahun,
    nilai: e.nilai,
    predikat: predikatNilaiSakip(desimal(e.nilai)),
    tanggalLhe: e.tanggal_lhe,
    catatan: e.catatan,
  }));
}

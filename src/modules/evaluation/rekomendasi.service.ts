import type { z } from "zod";
import { catatAudit } from "../../platform/db/audit.ts";
import { tolakDuplikat } from "../../platform/db/constraint-errors.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { validasi } from "../../platform/validation.ts";
import * as repo from "./evaluation.repo.ts";
import { skemaRekomendasi } from "./evaluation.schemas.ts";

/** A recommendation row as stored. */
export type Rekomendasi = Awaited<ReturnType<typeof repo.daftarRekomendasi>>[number];

/**
 * Records one recommendation of an evaluation with its follow-up plan and status; the LKjIP section
 * "Tindak lanjut hasil rekomendasi" is generated from these rows.
 */
export async function tambahRekomendasi(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  input: z.input<typeof skemaRekomendasi>,
): Promise<number> {
  const c = cakupanOpd(cakupan, opdId);
  const d = validasi(skemaRekomendasi, input);
  return dalamTransaksi(db, async (trx) => {
    const { id } = await tolakDuplikat(
      () =>
        trx
          .insertInto("rekomendasi")
          .values({
            pemda_id: c.pemdaId,
            opd_id: opdId,
            tahun_evaluasi: d.tahunEvaluasi,
            nomor: d.nomor,
            uraian: d.uraian,
            rencana_aksi: d.rencanaAksi,
            penanggung_jawab: d.penanggungJawab,
            tenggat: d.tenggat,
            status: d.status,
            progres: d.progres,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      `Rekomendasi nomor ${d.nomor} hasil evaluasi tahun ${d.tahunEvaluasi} sudah ada`,
      "nomor",
    );
    await catatAudit(trx, c, "buat", "rekomendasi", id, d);
    return id;
  });
}

/** The recommendations of an OPD, of one evaluation year when given, by year and number. */
export async function daftarRekomendasi(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahunEvaluasi?: number,
): Promise<Rekomendasi[]> {
  const c = cakupanOpd(cakupan, opdId);
  return repo.daftarRekomendasi(db, c, opdId, tahunEvaluasi ?? null);
}

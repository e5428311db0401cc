import type { z } from "zod";
import { catatAudit } from "../../platform/db/audit.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { validasi } from "../../platform/validation.ts";
import { skemaTindakLanjut, skemaVerifikasiTindakLanjut } from "./tindak-lanjut.schemas.ts";

/** The refusal of a change to a follow-up the evaluator has accepted (closed). */
export const PESAN_DITUTUP =
  "Tindak lanjut ini sudah diterima evaluator dan ditutup; tidak dapat diubah lagi";

/** One recommendation of an OPD, row-locked for the rest of the transaction; refused when it is not there. */
export async function rekomendasiTerkunci(db: Db, c: Cakupan, opdId: number, id: number) {
  const r = await db
    .selectFrom("rekomendasi")
    .selectAll()
    .where("pemda_id", "=", c.pemdaId)
    .where("opd_id", "=", opdId)
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
  if (!r) throw new GalatTerukur("tidak_ditemukan", "Rekomendasi tidak ditemukan");
  return r;
}

/** One recommendation of an OPD by id, inside the caller's scope (the follow-up page reads it). */
export async function bacaRekomendasi(db: Db, cakupan: Cakupan, opdId: number, id: number) {
  const c = cakupanOpd(cakupan, opdId);
  const r = await db
    .selectFrom("rekomendasi")
    .selectAll()
    .where("pemda_id", "=", c.pemdaId)
    .where("opd_id", "=", opdId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!r) throw new GalatTerukur("tidak_ditemukan", "Rekomendasi tidak ditemukan");
  return r;
}

/**
 * Records the OPD's follow-up of a recommendation (PermenPANRB 88/2021: rencana aksi, penanggung jawab,
 * tenggat, status, progres) in one transaction, with the row as it was in the audit log. A follow-up the
 * evaluator returned goes back to "belum diverifikasi" (the last note stays for the OPD to read); one the
 * evaluator accepted is closed and refused.
 */
export async function catatTindakLanjut(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  rekomendasiId: number,
  input: z.input<typeof skemaTindakLanjut>,
): Promise<void> {
  const c = cakupanOpd(cakupan, opdId);
  const d = validasi(skemaTindakLanjut, input);
  await dalamTransaksi(db, async (trx) => {
    const sebelum = await rekomendasiTerkunci(trx, c, opdId, rekomendasiId);
    if (sebelum.verifikasi === "diterima") throw new GalatTerukur("konflik", PESAN_DITUTUP, "status");
    const sesudah = await trx
      .updateTable("rekomendasi")
      .set({
        rencana_aksi: d.rencanaAksi,
        penanggung_jawab: d.penanggungJawab,
        tenggat: d.tenggat,
        status: d.status,
        progres: d.progres,
        verifikasi: "belum",
      })
      .where("id", "=", rekomendasiId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await catatAudit(trx, c, "ubah", "rekomendasi", rekomendasiId, sesudah, opdId, sebelum);
  });
}

/**
 * The evaluator's check of a follow-up the OPD reports as finished, written to the row (verifikasi, note, who,
 * when): "terima" closes it (diterima); "kembalikan" reopens it (status proses, dikembalikan) with the note
 * saying what is missing, which the OPD reads on the follow-up screen. Only a finished follow-up can be verified.
 */
export async function verifikasiTindakLanjut(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  rekomendasiId: number,
  input: z.input<typeof skemaVerifikasiTindakLanjut>,
): Promise<void> {
  const c = cakupanOpd(cakupan, opdId);
  const d = validasi(skemaVerifikasiTindakLanjut, input);
  await dalamTransaksi(db, async (trx) => {
    const sebelum = await rekomendasiTerkunci(trx, c, opdId, rekomendasiId);
    if (sebelum.status !== "selesai") {
      throw new GalatTerukur(
        "konflik",
        "Hanya tindak lanjut berstatus selesai yang dapat diverifikasi",
        "keputusan",
      );
    }
    if (sebelum.verifikasi === "diterima") {
      throw new GalatTerukur("konflik", PESAN_DITUTUP, "keputusan");
    }
    const diterima = d.keputusan === "terima";
    const sesudah = await trx
      .updateTable("rekomendasi")
      .set({
        status: diterima ? "selesai" : "proses",
        verifikasi: diterima ? "diterima" : "dikembalikan",
        verifikasi_catatan: d.catatan,
        diverifikasi_oleh: c.pelaku,
        diverifikasi_pada: new Date(),
      })
      .where("id", "=", rekomendasiId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await catatAudit(trx, c, "ubah", "rekomendasi", rekomendasiId, sesudah, opdId, sebelum);
  });
}

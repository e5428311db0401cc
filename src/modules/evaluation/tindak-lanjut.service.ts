import type { z } from "zod";
import { catatAudit } from "../../platform/db/audit.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { validasi } from "../../platform/validation.ts";
import { skemaTindakLanjut, skemaVerifikasiTindakLanjut } from "./tindak-lanjut.schemas.ts";

async function rekomendasiTerkunci(db: Db, c: Cakupan, opdId: number, id: number) {
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
 * tenggat, status, progres) in one transaction, with the row as it was in the audit log.
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
    const sesudah = await trx
      .updateTable("rekomendasi")
      .set({
        rencana_aksi: d.rencanaAksi,
        penanggung_jawab: d.penanggungJawab,
        tenggat: d.tenggat,
        status: d.status,
        progres: d.progres,
      })
      .where("id", "=", rekomendasiId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await catatAudit(trx, c, "ubah", "rekomendasi", rekomendasiId, sesudah, opdId, sebelum);
  });
}

/**
 * The evaluator's check of a follow-up the OPD reports as finished: "terima" leaves it finished and logs the
 * verification; "kembalikan" reopens it (status proses) with the evaluator's note added to the progress text,
 * so the OPD sees why. Only a finished follow-up can be verified.
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
    if (d.keputusan === "terima") {
      await catatAudit(
        trx,
        c,
        "ubah",
        "rekomendasi",
        rekomendasiId,
        { ...sebelum, verifikasi: "diterima", catatan_evaluator: d.catatan },
        opdId,
        sebelum,
      );
      return;
    }
    const catatan = `Dikembalikan evaluator (${c.pelaku}): ${d.catatan ?? ""}`;
    const sesudah = await trx
      .updateTable("rekomendasi")
      .set({ status: "proses", progres: sebelum.progres ? `${sebelum.progres}\n${catatan}` : catatan })
      .where("id", "=", rekomendasiId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await catatAudit(
      trx,
      c,
      "ubah",
      "rekomendasi",
      rekomendasiId,
      { ...sesudah, verifikasi: "dikembalikan", catatan_evaluator: d.catatan },
      opdId,
      sebelum,
    );
  });
}

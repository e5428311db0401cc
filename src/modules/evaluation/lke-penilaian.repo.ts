/** Kysely queries of the LKE assessment (lke_penilaian, lke_jawaban, bukti_evaluasi); scope first. */
import type { DokumenOpdTable } from "../../platform/db/schema.ts";
import type { Db } from "../../platform/db/transaction.ts";
import type { Cakupan } from "../../platform/scope.ts";

/** The assessment row of an OPD and year, or undefined. */
export function cariPenilaian(db: Db, c: Cakupan, opdId: number, tahun: number) {
  return db
    .selectFrom("lke_penilaian")
    .selectAll()
    .where("pemda_id", "=", c.pemdaId)
    .where("opd_id", "=", opdId)
    .where("tahun", "=", tahun)
    .executeTakeFirst();
}

/** The assessment row locked for update (a write reads its status under the lock). */
export function kunciPenilaian(db: Db, c: Cakupan, opdId: number, tahun: number) {
  return db
    .selectFrom("lke_penilaian")
    .selectAll()
    .where("pemda_id", "=", c.pemdaId)
    .where("opd_id", "=", opdId)
    .where("tahun", "=", tahun)
    .forUpdate()
    .executeTakeFirst();
}

/** Every assessment of an OPD, oldest year first. */
export function daftarPenilaian(db: Db, c: Cakupan, opdId: number) {
  return db
    .selectFrom("lke_penilaian")
    .selectAll()
    .where("pemda_id", "=", c.pemdaId)
    .where("opd_id", "=", opdId)
    .orderBy("tahun")
    .execute();
}

/** The answer rows of some assessments. */
export function daftarJawaban(db: Db, c: Cakupan, penilaianIds: readonly number[]) {
  if (penilaianIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("lke_jawaban")
    .selectAll()
    .where("pemda_id", "=", c.pemdaId)
    .where("penilaian_id", "in", [...penilaianIds])
    .orderBy("id")
    .execute();
}

/** The evidence files of an assessment's answers (no bytes), oldest first. */
export function daftarBuktiPenilaian(db: Db, c: Cakupan, penilaianId: number) {
  return db
    .selectFrom("bukti_evaluasi as b")
    .innerJoin("lke_jawaban as j", "j.id", "b.lke_jawaban_id")
    .select([
      "b.id",
      "j.kriteria_kode",
      "b.nama_berkas",
      "b.ukuran",
      "b.diunggah_pada",
      "b.diunggah_oleh",
      "b.jenis_mime",
    ])
    .where("b.pemda_id", "=", c.pemdaId)
    .where("j.penilaian_id", "=", penilaianId)
    .orderBy("b.diunggah_pada")
    .orderBy("b.id")
    .execute();
}

/** One evidence file of an OPD's LKE answer with its assessment's year, or undefined. */
export function cariBuktiLke(db: Db, c: Cakupan, opdId: number, buktiId: number) {
  return db
    .selectFrom("bukti_evaluasi as b")
    .innerJoin("lke_jawaban as j", "j.id", "b.lke_jawaban_id")
    .innerJoin("lke_penilaian as p", "p.id", "j.penilaian_id")
    .selectAll("b")
    .select(["p.tahun", "j.kriteria_kode"])
    .where("b.pemda_id", "=", c.pemdaId)
    .where("b.opd_id", "=", opdId)
    .where("b.id", "=", buktiId)
    .executeTakeFirst();
}

/**
 * The approval status of an OPD's document record (dokumen_opd), or null when none was made. A read only:
 * the documents module creates the record when its screen first needs it.
 */
export async function statusDokumenOpd(
  db: Db,
  c: Cakupan,
  opdId: number,
  jenis: DokumenOpdTable["jenis"],
  tahun: number,
): Promise<"draf" | "diajukan" | "diverifikasi" | "disetujui" | null> {
  const r = await db
    .selectFrom("dokumen_opd")
    .select("status")
    .where("pemda_id", "=", c.pemdaId)
    .where("opd_id", "=", opdId)
    .where("jenis", "=", jenis)
    .where("tahun", "=", tahun)
    .executeTakeFirst();
  return r?.status ?? null;
}

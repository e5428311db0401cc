import { sql } from "kysely";
import type { Db } from "../../platform/db/transaction.ts";
import type { Cakupan } from "../../platform/scope.ts";

/** The reviewed reports of an OPD, newest first, with the summary counts only (not every finding). */
export function daftarReviuDokumen(db: Db, cakupan: Cakupan, opdId: number) {
  return db
    .selectFrom("reviu_dokumen")
    .select([
      "id",
      "tahun",
      "nama_berkas",
      "ukuran",
      "diunggah_oleh",
      "diunggah_pada",
      "diimpor_oleh",
      "diimpor_pada",
      sql<unknown>`hasil -> 'ringkasan'`.as("ringkasan"),
    ])
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId)
    .orderBy("diunggah_pada", "desc")
    .orderBy("id", "desc")
    .execute();
}

/** One reviewed report of an OPD with its findings, or undefined. */
export function cariReviuDokumen(db: Db, cakupan: Cakupan, opdId: number, id: number) {
  return db
    .selectFrom("reviu_dokumen")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** The same row locked for the rest of the transaction, so two imports of one report take turns. */
export function kunciReviuDokumen(db: Db, cakupan: Cakupan, opdId: number, id: number) {
  return db
    .selectFrom("reviu_dokumen")
    .select(["id", "diimpor_oleh", "diimpor_pada"])
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId)
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
}

/** Whether any reviewed report of the pemda already keeps its file under this key (stored once per content). */
export async function adaKunciSimpan(db: Db, cakupan: Cakupan, kunci: string): Promise<boolean> {
  const r = await db
    .selectFrom("reviu_dokumen")
    .select("id")
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("kunci_simpan", "=", kunci)
    .limit(1)
    .executeTakeFirst();
  return r !== undefined;
}

/** A new reviewed report row; returns its id. */
export async function sisipkanReviuDokumen(
  db: Db,
  data: {
    pemda_id: number;
    opd_id: number;
    tahun: number | null;
    nama_berkas: string;
    jenis_mime: string;
    ukuran: number;
    sha256: string;
    kunci_simpan: string;
    hasil: string;
    diunggah_oleh: string;
  },
): Promise<number> {
  const { id } = await db.insertInto("reviu_dokumen").values(data).returning("id").executeTakeFirstOrThrow();
  return id;
}

/** Marks a reviewed report as imported (who and when). */
export async function tandaiDiimpor(db: Db, cakupan: Cakupan, id: number, pelaku: string): Promise<Date> {
  const r = await db
    .updateTable("reviu_dokumen")
    .set({ diimpor_oleh: pelaku, diimpor_pada: sql<Date>`now()` })
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("id", "=", id)
    .returning("diimpor_pada")
    .executeTakeFirstOrThrow();
  return r.diimpor_pada as Date;
}

/** One imported history figure as stored. */
export type BarisAngkaHistoris = {
  pemda_id: number;
  opd_id: number;
  reviu_dokumen_id: number;
  jenis: "target_indikator" | "realisasi_indikator" | "pagu" | "realisasi_anggaran" | "jumlah_pegawai";
  tahun: number;
  kode: string | null;
  uraian: string;
  satuan: string | null;
  nilai: string;
  indikator_id: number | null;
  lokasi: string;
};

/** Inserts history figures in batches (one statement per 500 rows); returns their ids in order. */
export async function sisipkanAngkaHistoris(db: Db, baris: readonly BarisAngkaHistoris[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < baris.length; i += 500) {
    const potong = baris.slice(i, i + 500);
    const r = await db.insertInto("angka_historis").values(potong).returning("id").execute();
    ids.push(...r.map((x) => x.id));
  }
  return ids;
}

/** The history figures imported from one reviewed report, in insertion order. */
export function daftarAngkaHistoris(db: Db, cakupan: Cakupan, opdId: number, reviuDokumenId: number) {
  return db
    .selectFrom("angka_historis")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId)
    .where("reviu_dokumen_id", "=", reviuDokumenId)
    .orderBy("id")
    .execute();
}

import { sql } from "kysely";
import type { Db } from "../../platform/db/transaction.ts";
import type { Cakupan } from "../../platform/scope.ts";

/** The evaluation results of an OPD, oldest year first. */
export function daftarEvaluasi(db: Db, cakupan: Cakupan, opdId: number) {
  return db
    .selectFrom("evaluasi_hasil")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId)
    .orderBy("tahun")
    .execute();
}

/**
 * The indicators fed by the LKE score (sumber_otomatis = 'nilai_lakip') of the Renstra that takes a year's
 * value: the Renstra covering the year, else (history before the first plan) the earliest Renstra starting
 * after it. Empty when none applies.
 */
export function indikatorNilaiLakip(db: Db, cakupan: Cakupan, opdId: number, tahun: number) {
  const renstra = db
    .selectFrom("renstra")
    .select("id")
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId)
    .where("tahun_akhir", ">=", tahun)
    .orderBy(sql`(tahun_awal <= ${tahun})`, "desc")
    .orderBy("tahun_awal")
    .limit(1);
  return db
    .selectFrom("indikator")
    .select(["id", "kode"])
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId)
    .where("sumber_otomatis", "=", "nilai_lakip")
    .where("renstra_id", "=", renstra)
    .orderBy("urutan")
    .orderBy("id")
    .execute();
}

/** The recommendations of an OPD, of one evaluation year or all, by year and number. */
export function daftarRekomendasi(db: Db, cakupan: Cakupan, opdId: number, tahunEvaluasi: number | null) {
  let q = db
    .selectFrom("rekomendasi")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId);
  if (tahunEvaluasi !== null) q = q.where("tahun_evaluasi", "=", tahunEvaluasi);
  return q.orderBy("tahun_evaluasi").orderBy("nomor").execute();
}

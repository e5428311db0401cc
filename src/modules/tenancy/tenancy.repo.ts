import { daftarBerurutanMilikPemda } from "../../platform/db/milik-pemda.ts";
import type { Db } from "../../platform/db/transaction.ts";
import type { Cakupan } from "../../platform/scope.ts";

/** A pemda by its code; the code is how users and URLs name a tenant. */
export function cariPemdaByKode(db: Db, kode: string) {
  return db.selectFrom("pemda").selectAll().where("kode", "=", kode).executeTakeFirst();
}

/** Every OPD of the caller's pemda, by name; an OPD-scoped caller sees only its own. */
export function daftarOpd(db: Db, cakupan: Cakupan) {
  let q = db.selectFrom("opd").selectAll().where("pemda_id", "=", cakupan.pemdaId);
  if (cakupan.opdId !== null) q = q.where("id", "=", cakupan.opdId);
  return q.orderBy("nama").execute();
}

/** One OPD of the caller's pemda by its code. */
export function cariOpdByKode(db: Db, cakupan: Cakupan, kode: string) {
  return db
    .selectFrom("opd")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("kode", "=", kode)
    .executeTakeFirst();
}

/** One unit kerja of an OPD by its code. */
export function cariUnitByKode(db: Db, cakupan: Cakupan, opdId: number, kode: string) {
  return db
    .selectFrom("unit_kerja")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId)
    .where("kode", "=", kode)
    .executeTakeFirst();
}

/** The unit hierarchy of an OPD in display order (struktur organisasi). */
export function daftarUnit(db: Db, cakupan: Cakupan, opdId: number) {
  return daftarBerurutanMilikPemda(db, cakupan, "unit_kerja", "opd_id", opdId);
}

/** One wilayah of an OPD by its code. */
export function cariWilayahByKode(db: Db, cakupan: Cakupan, opdId: number, kode: string) {
  return db
    .selectFrom("wilayah")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId)
    .where("kode", "=", kode)
    .executeTakeFirst();
}

/** The wilayah of an OPD with the population of one year where known. */
export function daftarWilayah(db: Db, cakupan: Cakupan, opdId: number, tahun: number) {
  return db
    .selectFrom("wilayah as w")
    .leftJoin("wilayah_penduduk as p", (j) => j.onRef("p.wilayah_id", "=", "w.id").on("p.tahun", "=", tahun))
    .select([
      "w.id",
      "w.induk_id",
      "w.kode",
      "w.nama",
      "w.jenis",
      "w.luas_km2",
      "w.jumlah_dusun",
      "w.jumlah_rt",
      "p.laki_laki",
      "p.perempuan",
      "p.sumber as sumber_penduduk",
    ])
    .where("w.pemda_id", "=", cakupan.pemdaId)
    .where("w.opd_id", "=", opdId)
    .orderBy("w.urutan")
    .orderBy("w.id")
    .execute();
}

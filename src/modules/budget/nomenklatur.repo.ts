import type { Db } from "../../platform/db/transaction.ts";

/** One master nomenclature entry of a version (reference data shared by every pemda, so no scope filter). */
export function cariNomenklatur(db: Db, kode: string, versiKode: string) {
  return db
    .selectFrom("nomenklatur as n")
    .innerJoin("nomenklatur_versi as v", "v.id", "n.versi_id")
    .select([
      "n.id",
      "n.kode",
      "n.tingkat",
      "n.kode_induk",
      "n.nama",
      "n.kinerja",
      "n.indikator",
      "n.satuan",
      "v.kode as versi_kode",
      "v.digit_sub",
    ])
    .where("v.kode", "=", versiKode)
    .where("n.kode", "=", kode.trim())
    .executeTakeFirst();
}

/**
 * The nomenclature version in force on a date (the latest whose berlaku_mulai is on or before it).
 * Why: the same code can be renamed or deleted between Kepmendagri versions (regulations.md §5.1).
 */
export function versiNomenklaturBerlaku(db: Db, tanggal: string) {
  return db
    .selectFrom("nomenklatur_versi")
    .selectAll()
    .where("berlaku_mulai", "<=", tanggal)
    .orderBy("berlaku_mulai", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** The direct children of a code within a version, in code order (program → its kegiatan …). */
export function daftarAnakNomenklatur(db: Db, kodeInduk: string, versiKode: string) {
  return db
    .selectFrom("nomenklatur as n")
    .innerJoin("nomenklatur_versi as v", "v.id", "n.versi_id")
    .select(["n.kode", "n.tingkat", "n.nama", "n.indikator", "n.satuan"])
    .where("v.kode", "=", versiKode)
    .where("n.kode_induk", "=", kodeInduk)
    .orderBy("n.kode")
    .execute();
}

/**
 * The master output indicator and satuan of a code in the version in force on a date, or undefined.
 * Why: a DPA line whose indicator is left empty takes the Kepmendagri's own, instead of staying without one.
 */
export function keluaranBaku(db: Db, kode: string, tanggal: string) {
  return db
    .selectFrom("nomenklatur as n")
    .innerJoin("nomenklatur_versi as v", "v.id", "n.versi_id")
    .select(["n.indikator", "n.satuan"])
    .where("n.kode", "=", kode)
    .where("v.berlaku_mulai", "<=", tanggal)
    .orderBy("v.berlaku_mulai", "desc")
    .limit(1)
    .executeTakeFirst();
}

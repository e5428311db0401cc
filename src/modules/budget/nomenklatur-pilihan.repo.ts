import type { Db } from "../../platform/db/transaction.ts";
import type { LevelKode } from "./kode-nomenklatur.domain.ts";

/**
 * Every code of one level in a nomenclature version (reference data shared by every pemda, so no scope filter).
 * Why: the DPA screen offers the valid codes as a list instead of letting people type one.
 */
export function daftarNomenklaturTingkat(db: Db, versiKode: string, tingkat: LevelKode) {
  return db
    .selectFrom("nomenklatur as n")
    .innerJoin("nomenklatur_versi as v", "v.id", "n.versi_id")
    .select(["n.kode", "n.kode_induk", "n.nama"])
    .where("v.kode", "=", versiKode)
    .where("n.tingkat", "=", tingkat)
    .orderBy("n.kode")
    .execute();
}

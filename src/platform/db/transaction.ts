import type { Kysely, Transaction } from "kysely";
import type { DB } from "./schema.ts";

/** A handle that is either the database or an open transaction on it. */
export type Db = Kysely<DB>;

/**
 * Runs work in one transaction, joining the caller's transaction when there is one,
 * so a use case that calls other use cases still commits or rolls back as a whole.
 */
export async function dalamTransaksi<T>(db: Db, kerja: (trx: Transaction<DB> | Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return kerja(db);
  return db.transaction().execute((trx) => kerja(trx));
}

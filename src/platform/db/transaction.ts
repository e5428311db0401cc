import { type Kysely, sql, type Transaction } from "kysely";
import type { DB } from "./schema.ts";

/** A handle that is either the database or an open transaction on it. */
export type Db = Kysely<DB>;

let nomorSavepoint = 0;

/**
 * Runs work in one transaction. Inside a caller's transaction it runs under a savepoint, so a refused
 * use case leaves nothing behind and the caller's transaction stays usable (PostgreSQL aborts a whole
 * transaction on a failed statement otherwise).
 */
export async function dalamTransaksi<T>(
  db: Db,
  kerja: (trx: Transaction<DB> | Db) => Promise<T>,
): Promise<T> {
  if (!db.isTransaction) return db.transaction().execute((trx) => kerja(trx));
  nomorSavepoint += 1;
  const nama = sql.id(`sp_terukur_${nomorSavepoint}`);
  await sql`savepoint ${nama}`.execute(db);
  try {
    const hasil = await kerja(db);
    await sql`release savepoint ${nama}`.execute(db);
    return hasil;
  } catch (e) {
    await sql`rollback to savepoint ${nama}`.execute(db);
    throw e;
  }
}

import type { Transaction } from "kysely";
import { type Basisdata, bukaBasisdata } from "../../src/platform/db/database.ts";
import { migrasiKeTerbaru } from "../../src/platform/db/migrate.ts";
import type { DB } from "../../src/platform/db/schema.ts";

/**
 * The database for a test file: a fresh in-memory PGlite, or the real PostgreSQL named by
 * TERUKUR_TEST_DATABASE_URL (CI runs the *.db.test.ts files a second time that way). Migrated to the latest.
 */
export async function bukaDbUji(): Promise<Basisdata> {
  const url = process.env.TERUKUR_TEST_DATABASE_URL || null;
  const b = await bukaBasisdata({ databaseUrl: url, dataDir: "memory://" });
  await migrasiKeTerbaru(b.db);
  return b;
}

class Batalkan extends Error {}

/** Runs a test body inside a transaction that is always rolled back, so tests never see each other's rows. */
export async function dalamRollback(
  b: Basisdata,
  isi: (trx: Transaction<DB>) => Promise<void>,
): Promise<void> {
  try {
    await b.db.transaction().execute(async (trx) => {
      await isi(trx);
      throw new Batalkan();
    });
  } catch (e) {
    if (!(e instanceof Batalkan)) throw e;
  }
}

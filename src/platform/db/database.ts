import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { kunciFolderData } from "./pglite-lock.ts";
import type { DB } from "./schema.ts";

const OID_INT8 = 20;
const OID_DATE = 1082;

/** BIGINT as bigint (rupiah stay exact) and DATE as 'YYYY-MM-DD' (no time-zone shift); NUMERIC stays a string. */
const parserTipe = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === OID_INT8) return (v: string) => BigInt(v);
    if (oid === OID_DATE) return (v: string) => v;
    return pg.types.getTypeParser(oid, format);
  },
};

/** An open database in either mode, with the one way to close it. */
export type Basisdata = {
  db: Kysely<DB>;
  mode: "pglite" | "postgres";
  tutup(): Promise<void>;
};

/** Where the data lives: a real PostgreSQL when a URL is given, otherwise embedded PGlite in a folder (or memory). */
export type LokasiBasisdata = { databaseUrl: string | null; dataDir: string };

/** Opens the database behind one pg.Pool so both modes share the driver, the types and the SQL. */
export async function bukaBasisdata(lokasi: LokasiBasisdata): Promise<Basisdata> {
  if (lokasi.databaseUrl) {
    const pool = new pg.Pool({ connectionString: lokasi.databaseUrl, max: 10, types: parserTipe });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, mode: "postgres", tutup: () => db.destroy() };
  }
  const diMemori = lokasi.dataDir === "memory://";
  let lepasKunci = () => {};
  if (!diMemori) {
    mkdirSync(lokasi.dataDir, { recursive: true });
    lepasKunci = kunciFolderData(lokasi.dataDir);
  }
  let pglite: PGlite;
  try {
    pglite = new PGlite(diMemori ? "memory://" : join(lokasi.dataDir, "pglite"));
    await pglite.waitReady;
  } catch (e) {
    lepasKunci();
    throw e;
  }
  const pool = new pg.Pool({ ...createPgConfig(pglite), types: parserTipe });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    mode: "pglite",
    async tutup() {
      await db.destroy();
      await pglite.close();
      lepasKunci();
    },
  };
}

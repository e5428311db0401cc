import { sql } from "kysely";
import type { Db } from "./transaction.ts";

/** The kinds of record whose writers queue behind each other; each kind has its own advisory-lock space. */
const RUANG = { realisasi_indikator: 4101, realisasi_anggaran: 4102, narasi: 4103 } as const;

/**
 * Makes concurrent writers of the same record wait for each other until the transaction ends, in PGlite and
 * in PostgreSQL alike. Why: "read the rows of the year, then insert or update" is not safe when two people
 * save the same indicator at once (the second insert would hit the unique key and fail with a 500, and the
 * granularity check could be passed by both); with the lock the second sees the first's row.
 */
export async function antreTulis(db: Db, ruang: keyof typeof RUANG, id: number): Promise<void> {
  await sql`select pg_advisory_xact_lock(${RUANG[ruang]}, ${id})`.execute(db);
}

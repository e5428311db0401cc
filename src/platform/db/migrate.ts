import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema, before the typed one exists
type KyselyApaSaja = Kysely<any>;

/** The folder of numbered forward-only SQL files, next to src/. */
export const FOLDER_MIGRASI = join(dirname(fileURLToPath(import.meta.url)), "../../../migrations");

/** Serves each migrations/NNNN_name.sql file as one Kysely migration, in file-name order. */
export class MigrasiSql implements MigrationProvider {
  readonly folder: string;
  constructor(folder: string = FOLDER_MIGRASI) {
    this.folder = folder;
  }
  async getMigrations(): Promise<Record<string, Migration>> {
    const hasil: Record<string, Migration> = {};
    for (const berkas of readdirSync(this.folder)
      .filter((f) => /^\d{4}_.+\.sql$/.test(f))
      .sort()) {
      const teks = readFileSync(join(this.folder, berkas), "utf8");
      hasil[berkas.replace(/\.sql$/, "")] = {
        up: async (db) => {
          await sql.raw(teks).execute(db);
        },
      };
    }
    return hasil;
  }
}

/** Raised when the database was migrated by a newer Terukur than this code. */
export class SkemaLebihBaru extends Error {}

/** Names of the migrations this database has run that this code does not know. */
export async function migrasiTakDikenal(db: KyselyApaSaja, penyedia: MigrationProvider): Promise<string[]> {
  const dikenal = new Set(Object.keys(await penyedia.getMigrations()));
  const ada = await sql<{
    ada: boolean;
  }>`select to_regclass('public.kysely_migration') is not null as ada`.execute(db);
  if (!ada.rows[0]?.ada) return [];
  const jalan = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return jalan.rows.map((r) => r.name).filter((n) => !dikenal.has(n));
}

/**
 * The advisory lock key taken around every migration run (any fixed bigint; this one spells "terukur" in
 * ASCII), distinct from the one Kysely takes inside the Migrator.
 */
export const KUNCI_MIGRASI = 0x7465_7275_6b75_72n;

/**
 * Brings the schema up to date; refuses (without touching anything) a schema newer than the code.
 * Why the lock (issue 8 item 2): two instances starting at once on one PostgreSQL would both find the
 * schema behind and both migrate. The whole run — the check, Kysely's bookkeeping tables and the
 * migrations — holds a session-level advisory lock on one connection, so the second instance waits, then
 * finds nothing left to do. On PGlite (one process, one connection) the same code runs: the lock is taken
 * and a second run waits for the connection.
 */
export async function migrasiKeTerbaru(
  db: KyselyApaSaja,
  penyedia: MigrationProvider = new MigrasiSql(),
): Promise<string[]> {
  return db.connection().execute(async (sambungan) => {
    await sql`select pg_advisory_lock(${String(KUNCI_MIGRASI)}::bigint)`.execute(sambungan);
    try {
      return await migrasiTanpaKunci(sambungan, penyedia);
    } finally {
      await sql`select pg_advisory_unlock(${String(KUNCI_MIGRASI)}::bigint)`.execute(sambungan);
    }
  });
}

async function migrasiTanpaKunci(db: KyselyApaSaja, penyedia: MigrationProvider): Promise<string[]> {
  const asing = await migrasiTakDikenal(db, penyedia);
  if (asing.length > 0) {
    throw new SkemaLebihBaru(
      `Skema basis data lebih baru daripada versi Terukur ini (migrasi tidak dikenal: ${asing.join(", ")}). ` +
        "Pasang versi Terukur yang lebih baru atau pulihkan cadangan yang sesuai; basis data tidak diubah.",
    );
  }
  const migrator = new Migrator({ db, provider: penyedia });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const gagal = results?.find((r) => r.status === "Error")?.migrationName ?? "?";
    throw new Error(`Migrasi ${gagal} gagal: ${error instanceof Error ? error.message : String(error)}`);
  }
  return results?.filter((r) => r.status === "Success").map((r) => r.migrationName) ?? [];
}

/** Where the schema stands against the migrations this code knows: what is still to run, what is unknown. */
export type StatusMigrasi = { tertunda: string[]; asing: string[] };

/** Reads the migration state without changing anything; /readyz answers from it (issue 8 item 3). */
export async function statusMigrasi(
  db: KyselyApaSaja,
  penyedia: MigrationProvider = new MigrasiSql(),
): Promise<StatusMigrasi> {
  const dikenal = Object.keys(await penyedia.getMigrations());
  const ada = await sql<{
    ada: boolean;
  }>`select to_regclass('public.kysely_migration') is not null as ada`.execute(db);
  const jalan = ada.rows[0]?.ada
    ? (await sql<{ name: string }>`select name from kysely_migration`.execute(db)).rows.map((r) => r.name)
    : [];
  const sudah = new Set(jalan);
  const kenal = new Set(dikenal);
  return {
    tertunda: dikenal.filter((n) => !sudah.has(n)),
    asing: jalan.filter((n) => !kenal.has(n)).sort(),
  };
}

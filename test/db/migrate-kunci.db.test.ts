import { randomBytes } from "node:crypto";
import { type Migration, type MigrationProvider, sql } from "kysely";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { type Basisdata, bukaBasisdata } from "../../src/platform/db/database.ts";
import { KUNCI_MIGRASI, MigrasiSql, migrasiKeTerbaru, statusMigrasi } from "../../src/platform/db/migrate.ts";

/**
 * Issue 8 item 2: migrations run under a lock, so two instances starting at once do not both migrate.
 * On PostgreSQL (TERUKUR_TEST_DATABASE_URL) each case gets its own empty database and two separate pools,
 * as two server processes would have; on PGlite two runs in one process share the one database.
 */

const URL_UJI = process.env.TERUKUR_TEST_DATABASE_URL || null;
const terbuka: Basisdata[] = [];
const dibuat: string[] = [];

function urlDenganBasisdata(nama: string): string {
  const u = new URL(URL_UJI ?? "");
  u.pathname = `/${nama}`;
  return u.toString();
}

async function adminPg<T>(isi: (k: pg.Client) => Promise<T>): Promise<T> {
  const k = new pg.Client({ connectionString: urlDenganBasisdata("postgres") });
  await k.connect();
  try {
    return await isi(k);
  } finally {
    await k.end();
  }
}

/** A new empty PostgreSQL database, dropped after the file. */
async function basisdataKosongPg(): Promise<string> {
  const nama = `terukur_kunci_${randomBytes(6).toString("hex")}`;
  await adminPg((k) => k.query(`create database ${nama}`));
  dibuat.push(nama);
  return urlDenganBasisdata(nama);
}

async function buka(url: string | null): Promise<Basisdata> {
  const b = await bukaBasisdata({ databaseUrl: url, dataDir: "memory://" });
  terbuka.push(b);
  return b;
}

afterAll(async () => {
  for (const b of terbuka) await b.tutup().catch(() => {});
  if (URL_UJI) for (const nama of dibuat) await adminPg((k) => k.query(`drop database if exists ${nama}`));
});

async function namaTercatat(b: Basisdata): Promise<string[]> {
  const r = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(b.db);
  return r.rows.map((x) => x.name);
}

describe("migrations under a lock", () => {
  it("two runs started at once on an empty database both succeed and the schema is migrated once", async () => {
    const semua = Object.keys(await new MigrasiSql().getMigrations());
    const url = URL_UJI ? await basisdataKosongPg() : null;
    const pertama = await buka(url);
    const kedua = URL_UJI ? await buka(url) : pertama;

    const hasil = await Promise.all([migrasiKeTerbaru(pertama.db), migrasiKeTerbaru(kedua.db)]);

    // one run did every migration, the other found nothing left to do
    expect([...hasil].sort((a, b) => b.length - a.length)).toEqual([semua, []]);
    expect(await namaTercatat(pertama)).toEqual(semua);
    expect(await statusMigrasi(kedua.db)).toEqual({ tertunda: [], asing: [] });
  });

  it.skipIf(!URL_UJI)(
    "a run waits while another instance holds the lock, touching nothing, then migrates",
    async () => {
      const url = await basisdataKosongPg();
      const pemegang = new pg.Client({ connectionString: url });
      await pemegang.connect();
      await pemegang.query("select pg_advisory_lock($1::bigint)", [String(KUNCI_MIGRASI)]);
      const b = await buka(url);
      let selesai = false;
      const jalan = migrasiKeTerbaru(b.db).then((r) => {
        selesai = true;
        return r;
      });
      await new Promise((r) => setTimeout(r, 700));
      // without the lock Kysely would already have created its bookkeeping table here
      expect(selesai).toBe(false);
      const tabel = await pemegang.query("select to_regclass('public.kysely_migration') is null as kosong");
      expect(tabel.rows[0].kosong).toBe(true);
      await pemegang.query("select pg_advisory_unlock($1::bigint)", [String(KUNCI_MIGRASI)]);
      await pemegang.end();
      expect(await jalan).toEqual(Object.keys(await new MigrasiSql().getMigrations()));
      // the lock is released after the run: it can be taken again at once
      const lagi = await sql<{
        dapat: boolean;
      }>`select pg_try_advisory_lock(${String(KUNCI_MIGRASI)}::bigint) as dapat`.execute(b.db);
      expect(lagi.rows[0]?.dapat).toBe(true);
    },
  );

  it("a refused run (schema newer than the code) releases the lock for the next one", async () => {
    const b = await buka(URL_UJI ? await basisdataKosongPg() : null);
    await migrasiKeTerbaru(b.db);
    await sql`insert into kysely_migration (name, timestamp) values ('9999_masa_depan', now()::text)`.execute(
      b.db,
    );
    await expect(migrasiKeTerbaru(b.db)).rejects.toThrow("9999_masa_depan");
    expect(await statusMigrasi(b.db)).toEqual({ tertunda: [], asing: ["9999_masa_depan"] });
    await sql`delete from kysely_migration where name = '9999_masa_depan'`.execute(b.db);
    await expect(migrasiKeTerbaru(b.db)).resolves.toEqual([]);
  });

  it("reports what is still to run on a database migrated only in part", async () => {
    const b = await buka(URL_UJI ? await basisdataKosongPg() : null);
    const semua = Object.keys(await new MigrasiSql().getMigrations());
    expect(await statusMigrasi(b.db)).toEqual({ tertunda: semua, asing: [] });
    const lengkap = await new MigrasiSql().getMigrations();
    const pertama = semua[0] ?? "";
    // the code of an older release that knew only the first migration
    const sebagian: MigrationProvider = {
      getMigrations: async () => ({ [pertama]: lengkap[pertama] as Migration }),
    };
    await migrasiKeTerbaru(b.db, sebagian);
    expect(await statusMigrasi(b.db)).toEqual({ tertunda: semua.slice(1), asing: [] });
  });
});

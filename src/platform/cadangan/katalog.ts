import { sql } from "kysely";
import type { Db } from "../db/transaction.ts";
import { urutanTabel } from "./urutan.domain.ts";

/** A column as the backup needs it: its name and its type as PostgreSQL spells it (for the cast back). */
export type KolomTabel = { nama: string; tipe: string };

/** A table of the installation with what a dump and a load need to know about it. */
export type InfoTabel = {
  nama: string;
  kolom: KolomTabel[];
  kunciUtama: string[];
  /** foreign keys of the table to itself, by column names */
  rujukDiri: { kolomRujuk: string[]; kolomKunci: string[] }[];
};

/** Migration bookkeeping is recreated by migrating the target, not copied. */
const TABEL_DILEWATI = new Set(["kysely_migration", "kysely_migration_lock"]);

/** Quotes an identifier for SQL text (names come from the catalogue, never from input). */
export function kutip(nama: string): string {
  return `"${nama.replaceAll('"', '""')}"`;
}

/**
 * The tables of the public schema in foreign-key order (a table after those it references, deferrable keys
 * aside), with their
 * stored columns (generated ones are left out: they are computed again), primary keys and self-references.
 */
export async function bacaKatalog(db: Db): Promise<InfoTabel[]> {
  const kolom = await sql<{ tabel: string; nama: string; tipe: string }>`
    select c.relname as tabel, a.attname as nama, format_type(a.atttypid, a.atttypmod) as tipe
    from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
      and a.attgenerated = ''
    order by c.relname, a.attnum`.execute(db);
  const kunci = await sql<{ tabel: string; kolom: string[] }>`
    select c.relname as tabel,
           array(select a.attname from unnest(i.indkey) with ordinality k(n, o)
                 join pg_attribute a on a.attrelid = c.oid and a.attnum = k.n order by k.o)::text[] as kolom
    from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and i.indisprimary`.execute(db);
  const rujukan = await sql<{
    dari: string;
    ke: string;
    kolom_rujuk: string[];
    kolom_kunci: string[];
    tunda: boolean;
  }>`
    select c.conrelid::regclass::text as dari, c.confrelid::regclass::text as ke, c.condeferrable as tunda,
           array(select a.attname from unnest(c.conkey) with ordinality k(n, o)
                 join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.o)::text[] as kolom_rujuk,
           array(select a.attname from unnest(c.confkey) with ordinality k(n, o)
                 join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.o)::text[] as kolom_kunci
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where c.contype = 'f' and n.nspname = 'public'`.execute(db);
  const peta = new Map<string, InfoTabel>();
  for (const k of kolom.rows) {
    if (TABEL_DILEWATI.has(k.tabel)) continue;
    let t = peta.get(k.tabel);
    if (!t) {
      t = { nama: k.tabel, kolom: [], kunciUtama: [], rujukDiri: [] };
      peta.set(k.tabel, t);
    }
    t.kolom.push({ nama: k.nama, tipe: k.tipe });
  }
  for (const k of kunci.rows) {
    const t = peta.get(k.tabel);
    if (t) t.kunciUtama = k.kolom;
  }
  const tanpaKutip = (n: string) => n.replace(/^"(.*)"$/, "$1");
  const antar = rujukan.rows.map((r) => ({ ...r, dari: tanpaKutip(r.dari), ke: tanpaKutip(r.ke) }));
  for (const r of antar) {
    if (r.dari === r.ke)
      peta.get(r.dari)?.rujukDiri.push({ kolomRujuk: r.kolom_rujuk, kolomKunci: r.kolom_kunci });
  }
  // a deferrable key is checked at the restore's commit (it sets constraints deferred), so it does not order
  // the tables: that is how two tables pointing at each other (pohon_kinerja ⇄ faktor_keberhasilan) load
  return urutanTabel(
    [...peta.keys()],
    antar.filter((r) => !r.tunda),
  ).map((n) => peta.get(n) as InfoTabel);
}

/** The sequences of the public schema (serial columns' counters). */
export async function bacaUrutan(db: Db): Promise<string[]> {
  const r = await sql<{ nama: string }>`
    select c.relname as nama from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'S' order by c.relname`.execute(db);
  return r.rows.map((x) => x.nama);
}

/** The migrations a database has run, in order (empty when it has never been migrated). */
export async function migrasiTerpasang(db: Db): Promise<string[]> {
  const ada = await sql<{
    ada: boolean;
  }>`select to_regclass('public.kysely_migration') is not null as ada`.execute(db);
  if (!ada.rows[0]?.ada) return [];
  const r = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return r.rows.map((x) => x.name);
}

/** Row counts of every table in the catalogue. */
export async function hitungBaris(db: Db, tabel: readonly InfoTabel[]): Promise<Record<string, number>> {
  const hasil: Record<string, number> = {};
  for (const t of tabel) {
    const r = await sql<{ n: string }>`select count(*)::text as n from ${sql.raw(kutip(t.nama))}`.execute(db);
    hasil[t.nama] = Number(r.rows[0]?.n ?? 0);
  }
  return hasil;
}

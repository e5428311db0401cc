import type { Kysely, Selectable } from "kysely";
import type { Cakupan } from "../scope.ts";
import type { DB } from "./schema.ts";
import type { Db } from "./transaction.ts";

/** Tables whose rows belong to one pemda and are addressed by a numeric id. */
export type TabelMilikPemda = {
  [K in keyof DB]: DB[K] extends { pemda_id: unknown; id: unknown } ? K : never;
}[keyof DB];

/** Tables whose rows have a display order within their parent. */
export type TabelBerurutan = {
  [K in TabelMilikPemda]: DB[K] extends { urutan: unknown } ? K : never;
}[TabelMilikPemda];

// biome-ignore lint/suspicious/noExplicitAny: the table name is a parameter; results are typed by the signatures below
type DbDinamis = Kysely<any>;

/**
 * One row of a table by id, only when it belongs to the caller's pemda: the scope-first lookup every repository
 * needs before it touches a row, written once.
 */
export function satuMilikPemda<T extends TabelMilikPemda>(
  db: Db,
  cakupan: Cakupan,
  tabel: T,
  id: number,
): Promise<Selectable<DB[T]> | undefined> {
  return (db as unknown as DbDinamis)
    .selectFrom(tabel)
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("id", "=", id)
    .executeTakeFirst() as Promise<Selectable<DB[T]> | undefined>;
}

/** The rows under one parent in display order (urutan, then id), within the caller's pemda. */
export function daftarBerurutanMilikPemda<T extends TabelBerurutan>(
  db: Db,
  cakupan: Cakupan,
  tabel: T,
  kolomInduk: keyof DB[T] & string,
  idInduk: number,
): Promise<Selectable<DB[T]>[]> {
  return (db as unknown as DbDinamis)
    .selectFrom(tabel)
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where(kolomInduk as string, "=", idInduk)
    .orderBy("urutan")
    .orderBy("id")
    .execute() as Promise<Selectable<DB[T]>[]>;
}

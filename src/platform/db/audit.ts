import type { Cakupan } from "../scope.ts";
import type { Db } from "./transaction.ts";

function json(nilai: unknown): string | null {
  if (nilai === undefined || nilai === null) return null;
  return JSON.stringify(nilai, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
}

/**
 * Records a change in the audit log inside the same transaction as the change itself: who (pelaku and
 * account), what (table, row), and the value after and, for a change or a removal, before.
 */
export async function catatAudit(
  db: Db,
  cakupan: Cakupan,
  aksi: "buat" | "ubah" | "hapus",
  tabel: string,
  barisId: number | null,
  data: unknown,
  opdId: number | null = cakupan.opdId,
  sebelum: unknown = null,
): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      pemda_id: cakupan.pemdaId,
      opd_id: opdId,
      pelaku: cakupan.pelaku,
      akun_id: cakupan.akunId ?? null,
      aksi,
      tabel,
      baris_id: barisId,
      data: json(data),
      sebelum: json(sebelum),
    })
    .execute();
}

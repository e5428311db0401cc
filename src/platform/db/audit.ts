import type { Cakupan } from "../scope.ts";
import type { Db } from "./transaction.ts";

/** Records a change in the audit log inside the same transaction as the change itself. */
export async function catatAudit(
  db: Db,
  cakupan: Cakupan,
  aksi: "buat" | "ubah" | "hapus",
  tabel: string,
  barisId: number | null,
  data: unknown,
  opdId: number | null = cakupan.opdId,
): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      pemda_id: cakupan.pemdaId,
      opd_id: opdId,
      pelaku: cakupan.pelaku,
      aksi,
      tabel,
      baris_id: barisId,
      data: JSON.stringify(data, (_k, v) => (typeof v === "bigint" ? v.toString() : v)),
    })
    .execute();
}

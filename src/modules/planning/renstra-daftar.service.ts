import type { Db } from "../../platform/db/transaction.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";

/** A Renstra period of an OPD as the editor lists it. */
export type RingkasRenstra = { id: number; nama: string; tahunAwal: number; tahunAkhir: number };

/** Every Renstra of an OPD, newest period first, so the editor can offer a choice when there are several. */
export async function daftarRenstraOpd(db: Db, cakupan: Cakupan, opdId: number): Promise<RingkasRenstra[]> {
  const c = cakupanOpd(cakupan, opdId);
  const baris = await db
    .selectFrom("renstra")
    .select(["id", "nama", "tahun_awal", "tahun_akhir"])
    .where("pemda_id", "=", c.pemdaId)
    .where("opd_id", "=", opdId)
    .orderBy("tahun_awal", "desc")
    .execute();
  return baris.map((r) => ({ id: r.id, nama: r.nama, tahunAwal: r.tahun_awal, tahunAkhir: r.tahun_akhir }));
}

/**
 * The display position after every existing tujuan, sasaran or indikator of a Renstra, so a row added in the
 * editor appears last in its group instead of before rows loaded with positions 0, 1, 2 …
 */
export async function urutanBerikut(
  db: Db,
  cakupan: Cakupan,
  tabel: "tujuan" | "sasaran" | "indikator",
  renstraId: number,
): Promise<number> {
  const baris = await db
    .selectFrom(tabel)
    .select((eb) => eb.fn.max<number | null>("urutan").as("maks"))
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("renstra_id", "=", renstraId)
    .executeTakeFirst();
  const maks = baris?.maks;
  return maks === null || maks === undefined ? 0 : Number(maks) + 1;
}

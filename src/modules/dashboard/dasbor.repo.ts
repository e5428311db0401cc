import type { Db } from "../../platform/db/transaction.ts";
import type { Cakupan } from "../../platform/scope.ts";

/** How many realisation rows of an OPD's year wait for verification (status diajukan), for the dashboard card. */
export async function jumlahRealisasiDiajukan(db: Db, cakupan: Cakupan, opdId: number, tahun: number) {
  const r = await db
    .selectFrom("realisasi_indikator")
    .select((e) => e.fn.countAll<string>().as("jumlah"))
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId)
    .where("tahun", "=", tahun)
    .where("status", "=", "diajukan")
    .executeTakeFirst();
  return Number(r?.jumlah ?? 0);
}

/** The years an OPD has a DPA for, newest first: the dashboard's year switcher offers them. */
export async function daftarTahunDpa(db: Db, cakupan: Cakupan, opdId: number): Promise<number[]> {
  const baris = await db
    .selectFrom("dpa")
    .select("tahun")
    .distinct()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId)
    .orderBy("tahun", "desc")
    .execute();
  return baris.map((b) => b.tahun);
}

/** The approval status of each OPD's LKjIP of a year, where a tracked document row exists (dokumen_opd). */
export async function statusLkjip(db: Db, cakupan: Cakupan, tahun: number): Promise<Map<number, string>> {
  let q = db
    .selectFrom("dokumen_opd")
    .select(["opd_id", "status"])
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("jenis", "=", "lkjip")
    .where("tahun", "=", tahun);
  if (cakupan.opdId !== null) q = q.where("opd_id", "=", cakupan.opdId);
  const baris = await q.execute();
  return new Map(baris.map((b) => [b.opd_id, b.status]));
}

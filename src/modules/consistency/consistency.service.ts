/** Use case: check one OPD-year's stored data for contradictions and gaps, with every registered rule. */
import type { Db } from "../../platform/db/transaction.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import type { AturanKonsistensi } from "./aturan.ts";
import { muatDataPemeriksaan } from "./consistency.repo.ts";
import { DAFTAR_ATURAN } from "./daftar-aturan.ts";
import type { DataPemeriksaan } from "./data-pemeriksaan.ts";
import { type Temuan, urutkanTemuan } from "./temuan.ts";

export { DAFTAR_ATURAN } from "./daftar-aturan.ts";

/** A rule as listed to people: what it checks, without the function. */
export type KeteranganAturan = Pick<AturanKonsistensi, "id" | "judul" | "uraian">;

/** The rules for `terukur periksa --daftar` and the UI's explanation page. */
export function daftarAturan(): KeteranganAturan[] {
  return DAFTAR_ATURAN.map(({ id, judul, uraian }) => ({ id, judul, uraian }));
}

/** Runs every rule over already-loaded data, sorted galat first. Why: the pure core, reused by previews. */
export function jalankanAturan(
  data: DataPemeriksaan,
  aturan: readonly AturanKonsistensi[] = DAFTAR_ATURAN,
): Temuan[] {
  return urutkanTemuan(aturan.flatMap((a) => a.periksa(data)));
}

/**
 * Every finding for one OPD and year, galat first. Refuses an OPD outside the caller's scope before
 * reading anything; reads only.
 */
export async function periksaOpd(db: Db, cakupan: Cakupan, opdId: number, tahun: number): Promise<Temuan[]> {
  const lingkup = cakupanOpd(cakupan, opdId);
  const data = await muatDataPemeriksaan(db, lingkup, opdId, tahun);
  return jalankanAturan(data);
}

import type { Db } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import * as repo from "./survey.repo.ts";

/**
 * A survey period of an OPD by year and kind (default: the yearly one), refused by name when absent. Why: the CLI
 * and documents name a period as "2024" or "triwulan II 2024", not by id.
 */
export async function cariPeriodeSkm(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
  jenis: "triwulan" | "semester" | "tahun" = "tahun",
  ke = 1,
) {
  const p = await repo.cariPeriode(db, cakupanOpd(cakupan, opdId), opdId, tahun, jenis, ke);
  if (!p) {
    throw new GalatTerukur(
      "tidak_ditemukan",
      `Periode survei ${jenis === "tahun" ? "tahunan" : `${jenis} ${ke}`} tahun ${tahun} tidak ditemukan`,
      "periode",
    );
  }
  return p;
}

/** Every survey period of an OPD in time order. Why: the survey admin page and the trend list them. */
export async function daftarPeriodeSkm(db: Db, cakupan: Cakupan, opdId: number) {
  return repo.daftarPeriode(db, cakupanOpd(cakupan, opdId), opdId);
}

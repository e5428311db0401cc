/**
 * The footer of the Renja evaluation form (Permendagri 86/2017, regulations.md §4.2): the average capaian
 * and its predikat on the stored scale (decisions.md: Permendagri 86/2017 by default). The average is the
 * exact mean of the row percentages as printed (2 decimals), rounded half up to 2 decimals; rows whose
 * capaian cannot be computed are left out and counted, never taken as 0 %.
 */
import { bagiBulatSetengahNaik, type Desimal, desimal, jumlahkan } from "../../../platform/decimal.ts";
import { predikatCapaian, type SkalaPredikat } from "../../performance/predikat.domain.ts";
import type { CapaianBaris } from "./kolom-evaluasi.domain.ts";

/** A mean and how many rows it rests on. */
export type RataRata = { nilai: Desimal; jumlahBaris: number };

/** The four averages of the footer: this year's Renja (column 12 / 7) and the Renstra (column 14), K and Rp. */
export type RingkasanCapaian = {
  renja: { k: RataRata | null; rp: RataRata | null };
  renstra: { k: RataRata | null; rp: RataRata | null };
};

/** Mean of the computable percentages, half up to 2 decimals, or null when none is computable. */
export function rataRataPersen(nilai: readonly (Desimal | null)[]): RataRata | null {
  const ada = nilai.filter((n): n is Desimal => n !== null);
  if (ada.length === 0) return null;
  return {
    nilai: bagiBulatSetengahNaik(jumlahkan(ada), desimal(BigInt(ada.length)), 1n, 2),
    jumlahBaris: ada.length,
  };
}

/**
 * The footer averages over the rows that carry an outcome (sasaran indicators and programs; kegiatan are
 * their outputs and would weigh a program twice). Why: one rule, stated in the note under the table.
 */
export function ringkasCapaian(
  baris: readonly { capaianRenja: CapaianBaris; capaianRenstra: CapaianBaris }[],
): RingkasanCapaian {
  return {
    renja: {
      k: rataRataPersen(baris.map((b) => b.capaianRenja.k)),
      rp: rataRataPersen(baris.map((b) => b.capaianRenja.rp)),
    },
    renstra: {
      k: rataRataPersen(baris.map((b) => b.capaianRenstra.k)),
      rp: rataRataPersen(baris.map((b) => b.capaianRenstra.rp)),
    },
  };
}

/** The predikat of an average on the scale, or null without an average. */
export function predikatRataRata(r: RataRata | null, skala: SkalaPredikat): string | null {
  return r === null ? null : predikatCapaian(r.nilai, skala);
}

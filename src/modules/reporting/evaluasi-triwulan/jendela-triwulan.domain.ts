/**
 * Which stored period rows belong to which quarter of the Renja evaluation (Permendagri 86/2017 columns 8–12,
 * regulations.md §4.2 and §7.2–7.3: TW I = Jan–Mar …). A row of a month or a quarter lies in one quarter; a
 * semester or year row cannot be split, so it counts only in the year-to-date column, and only once its last
 * month falls within the quarters evaluated.
 */
import { bulanTerakhir, type Periode, periodeMemuat } from "../../performance/periode.domain.ts";

/** A quarter of the year. */
export type Triwulan = 1 | 2 | 3 | 4;

/** The four quarters in order. */
export const SEMUA_TRIWULAN: readonly Triwulan[] = [1, 2, 3, 4];

/** "I" … "IV", as the form prints quarters. */
export const ROMAWI_TRIWULAN: Readonly<Record<Triwulan, string>> = { 1: "I", 2: "II", 3: "III", 4: "IV" };

/** The quarter a period lies wholly within, or null for a semester or a year. Why: only those fill TW cells. */
export function triwulanDari(p: Periode): Triwulan | null {
  for (const tw of SEMUA_TRIWULAN) {
    if (periodeMemuat({ jenis: "triwulan", ke: tw }, p)) return tw;
  }
  return null;
}

/** True when a period has ended by the end of quarter `tw`. Why: column 12 is the realisation up to that quarter. */
export function selesaiSampai(p: Periode, tw: Triwulan): boolean {
  return bulanTerakhir(p) <= tw * 3;
}

/** The rows of each quarter (null after the evaluated one), the rows up to it, and those too long to split. */
export type PilahanTriwulan<T> = {
  perTriwulan: Record<Triwulan, T[] | null>;
  sampaiDengan: T[];
  tidakTerbagi: T[];
};

/**
 * Sorts one year's period rows into the quarters up to `tw`: each quarter's own rows, every row ended by the
 * end of `tw` (for column 12) and the semester or year rows among them that no quarter can show.
 */
export function pilahTriwulan<T extends { periode: Periode }>(
  rows: readonly T[],
  tw: Triwulan,
): PilahanTriwulan<T> {
  const perTriwulan: Record<Triwulan, T[] | null> = { 1: null, 2: null, 3: null, 4: null };
  for (const q of SEMUA_TRIWULAN) if (q <= tw) perTriwulan[q] = [];
  const sampaiDengan: T[] = [];
  const tidakTerbagi: T[] = [];
  for (const r of rows) {
    if (!selesaiSampai(r.periode, tw)) continue;
    sampaiDengan.push(r);
    const q = triwulanDari(r.periode);
    if (q === null) tidakTerbagi.push(r);
    else perTriwulan[q]?.push(r);
  }
  return { perTriwulan, sampaiDengan, tidakTerbagi };
}

/**
 * What the SKM report is built from — the survey core's result of one period, the OPD's trend, the pemda and the
 * signing head — and the few ways a value of it is printed, so every table and sentence shows the same text.
 */
import { bagiBulatSetengahNaik, desimal } from "../../../platform/decimal.ts";
import { formatAngka, formatPersen, formatTanggal } from "../../../platform/number-format.ts";
import type { HasilPeriode, TitikTren } from "../../survey/survey.service.ts";

/** Everything the chapters read; loaded once by skm.service.ts. */
export type BahanSkm = {
  hasil: HasilPeriode;
  tren: TitikTren[];
  pemda: { nama: string };
  pimpinan: { jabatan: string | null; nama: string | null; nip: string | null };
};

const ROMAWI = ["I", "II", "III", "IV"];

/** "Triwulan II Tahun 2024", "Semester I Tahun 2024", "Tahun 2024". */
export function namaPeriode(p: { tahun: number; periodeJenis: string; periodeKe: number }): string {
  if (p.periodeJenis === "tahun") return `Tahun ${p.tahun}`;
  const jenis = p.periodeJenis === "triwulan" ? "Triwulan" : "Semester";
  return `${jenis} ${ROMAWI[p.periodeKe - 1] ?? p.periodeKe} Tahun ${p.tahun}`;
}

/** "1 April 2024 s.d. 30 Juni 2024". */
export function rentangTanggal(p: { mulai: string; selesai: string }): string {
  return `${formatTanggal(p.mulai)} s.d. ${formatTanggal(p.selesai)}`;
}

/** An NRR (1–4) as printed: 4 decimals, the precision of the 14/2017 interval table ("3,5324"). */
export const tampilNrr = (nrr: string) => formatAngka(nrr, 4);

/** A konversi value or IKM (25–100) as printed: 2 decimals ("88,31"). */
export const tampilIkm = (nilai: string) => formatAngka(nilai, 2);

/** A count as printed ("1.234"). */
export const tampilJumlah = (n: number | string | bigint) => formatAngka(String(n));

/** A share of a total as printed ("41,67 %"); "-" when the total is zero. */
export function tampilPorsi(n: number, total: number): string {
  if (total === 0) return "-";
  return formatPersen(bagiBulatSetengahNaik(desimal(n), desimal(total), 100n, 2));
}

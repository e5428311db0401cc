/**
 * Predikat of a final LKE AKIP score (PermenPANRB 88/2021), on the same band mechanism as capaian scales.
 * Implements decisions.md "LKE AKIP": exclusive lower bounds as the regulation writes them ("> 90 – 100").
 */
import type { Desimal } from "../../platform/decimal.ts";
import { labelPada, type SkalaPredikat } from "../performance/predikat.domain.ts";

/** LKE 88/2021 grade scale; band labels are the letter grades (regulations.md §3.4). */
export const SKALA_LKE_88_2021: SkalaPredikat = {
  kode: "lke-88-2021",
  nama: "Predikat nilai evaluasi AKIP PermenPANRB 88/2021",
  sumber:
    "PermenPANRB Nomor 88 Tahun 2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah, Lampiran",
  batasInklusif: false,
  band: [
    { batasBawah: "90", label: "AA" },
    { batasBawah: "80", label: "A" },
    { batasBawah: "70", label: "BB" },
    { batasBawah: "60", label: "B" },
    { batasBawah: "50", label: "CC" },
    { batasBawah: "30", label: "C" },
  ],
  labelTerendah: "D",
};

/** The words that go with each letter grade, as printed in the LHE. */
export const SEBUTAN_PREDIKAT_LKE: Readonly<Record<string, string>> = {
  AA: "Sangat Memuaskan",
  A: "Memuaskan",
  BB: "Sangat Baik",
  B: "Baik",
  CC: "Cukup (Memadai)",
  C: "Kurang",
  D: "Sangat Kurang",
};

/**
 * Letter grade and its words for a final LKE score, judged on the score rounded to 2 decimals so the grade
 * always agrees with the printed score (90,00 → A; 90,01 → AA).
 */
export function predikatNilaiSakip(nilai: Desimal): { huruf: string; sebutan: string } {
  const huruf = labelPada(nilai, SKALA_LKE_88_2021);
  return { huruf, sebutan: SEBUTAN_PREDIKAT_LKE[huruf] ?? huruf };
}

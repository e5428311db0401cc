/**
 * BAB IV ANALISIS: the weakest unsur to improve and the strongest to keep, stated from the same values as the
 * results table, the unsur below the IKM, and the suggestions received, grouped so repeated ones are counted once.
 */
import { judul, paragraf } from "../lkjip/blok.ts";
import type { Blok } from "../model.ts";
import { type BahanSkm, tampilJumlah } from "./bahan.ts";
import { kalimatDiBawahIkm, kalimatTerendah, kalimatTertinggi } from "./kalimat-skm.ts";

/** At most this many distinct suggestions are listed; the rest are counted. */
export const SARAN_DITAMPILKAN = 30;

/**
 * Suggestions grouped by their text (case, spacing and final punctuation ignored), most frequent first, then in
 * the order received. Why: a stack of paper forms repeats "tingkatkan kecepatan" many times.
 */
export function ringkasSaran(saran: readonly string[]): { teks: string; jumlah: number }[] {
  const grup = new Map<string, { teks: string; jumlah: number; urutan: number }>();
  saran.forEach((s, urutan) => {
    const teks = s.trim().replace(/\s+/g, " ");
    if (teks === "") return;
    const kunci = teks.toLowerCase().replace(/[.!]+$/, "");
    const g = grup.get(kunci);
    if (g) g.jumlah += 1;
    else grup.set(kunci, { teks, jumlah: 1, urutan });
  });
  return [...grup.values()]
    .sort((a, b) => b.jumlah - a.jumlah || a.urutan - b.urutan)
    .map(({ teks, jumlah }) => ({ teks, jumlah }));
}

/** The whole of BAB IV. */
export function babAnalisis(bahan: BahanSkm): Blok[] {
  const h = bahan.hasil;
  const r = h.hasil;
  const saran = ringkasSaran(h.saran);
  const tampil = saran.slice(0, SARAN_DITAMPILKAN);
  const sisa = saran.slice(SARAN_DITAMPILKAN).reduce((n, s) => n + s.jumlah, 0);
  return [
    judul(1, "BAB IV", "ANALISIS HASIL SURVEI"),
    judul(2, "4.1", "Unsur Terendah dan Tertinggi"),
    ...(r === null
      ? [paragraf(`Analisis per unsur belum dapat dibuat: ${h.alasanTanpaHasil ?? "belum ada data"}`)]
      : [paragraf(kalimatTerendah(r)), paragraf(kalimatTertinggi(r)), paragraf(kalimatDiBawahIkm(r))]),
    judul(2, "4.2", "Saran dan Masukan Responden"),
    ...(saran.length === 0
      ? [paragraf("Tidak ada saran atau masukan tertulis dari responden pada periode ini.")]
      : [
          paragraf(
            `Sebanyak ${tampilJumlah(h.saran.length)} responden menuliskan saran atau masukan (${tampilJumlah(saran.length)} isi yang berbeda). Ringkasannya:`,
          ),
          {
            jenis: "daftar" as const,
            bernomor: true,
            butir: tampil.map((s) =>
              s.jumlah > 1 ? `${s.teks} (${tampilJumlah(s.jumlah)} responden)` : s.teks,
            ),
          },
          ...(sisa > 0
            ? [
                paragraf(
                  `Ditambah ${tampilJumlah(sisa)} saran lain yang masing-masing disampaikan lebih jarang.`,
                ),
              ]
            : []),
        ]),
  ];
}

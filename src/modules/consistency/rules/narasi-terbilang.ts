/**
 * A figure and the words in brackets after it must say the same number: "15 (empat belas) orang PNS" in
 * the Malili 2024 report cannot be right both ways.
 */
import type { AturanKonsistensi } from "../aturan.ts";
import type { DataPemeriksaan } from "../data-pemeriksaan.ts";
import { lokasiNarasi } from "../lokasi.ts";
import { nilaiBulat } from "../nilai-temuan.ts";
import { pindaiAngka } from "../pindai-angka.ts";
import type { Temuan } from "../temuan.ts";
import { bacaTerbilang, terbilang } from "../terbilang.ts";

const ID = "narasi-angka-vs-terbilang";

/**
 * Every "angka (terbilang)" pair in the year's narratives whose words read as a different number. Brackets
 * that are not number words ("66 (B)") are ignored. dinyatakan = the digits, dihitung = the words.
 */
export function periksaNarasiTerbilang(data: DataPemeriksaan): Temuan[] {
  const temuan: Temuan[] = [];
  for (const n of data.narasi) {
    for (const a of pindaiAngka(n.isi)) {
      if (a.dalamKurung === null) continue;
      const dariKata = bacaTerbilang(a.dalamKurung);
      if (dariKata === null || dariKata === a.nilai) continue;
      temuan.push({
        aturan: ID,
        tingkat: "galat",
        lokasi: lokasiNarasi(data, n),
        pesan: `Angka ${a.teks} ditulis dengan huruf "${a.dalamKurung}" (${dariKata}); tulis ${a.teks} (${terbilang(a.nilai)}) atau perbaiki angkanya.`,
        ...nilaiBulat(a.nilai, dariKata),
      });
    }
  }
  return temuan;
}

/** Registry entry. */
export const aturanNarasiTerbilang: AturanKonsistensi = {
  id: ID,
  judul: "Angka sama dengan tulisan hurufnya",
  uraian:
    'Angka dalam narasi yang diikuti tulisan huruf dalam kurung, seperti "15 (lima belas)", harus menyebut bilangan yang sama.',
  periksa: periksaNarasiTerbilang,
};

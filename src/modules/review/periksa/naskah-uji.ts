/**
 * Hand-made reports for the tests of the review checks: a few headings, paragraphs and tables written the
 * way people type them, with file lines counted as a text reader would.
 */
import type { BlokNaskah, NaskahLaporan } from "../naskah.ts";

/** A block to build: a chapter, a section, a paragraph or a table (caption, header, rows; "  " indents). */
export type BlokUji =
  | { bab: string }
  | { bagian: string }
  | { p: string }
  | { tabel: string; kolom: string[]; baris: string[][] };

/** Builds a NaskahLaporan from blocks; each block takes one line, each table row one more. */
export function naskahUji(blok: readonly BlokUji[], namaBerkas = "uji.txt"): NaskahLaporan {
  let bab: string | null = null;
  let bagian: string | null = null;
  let baris = 1;
  const hasil: BlokNaskah[] = [];
  for (const b of blok) {
    if ("bab" in b) {
      bab = b.bab;
      bagian = null;
      hasil.push({ jenis: "judul", tingkat: 1, teks: b.bab, barisBerkas: baris++ });
    } else if ("bagian" in b) {
      bagian = b.bagian;
      hasil.push({ jenis: "judul", tingkat: 2, teks: b.bagian, barisBerkas: baris++ });
    } else if ("p" in b) {
      hasil.push({ jenis: "paragraf", teks: b.p, bab, bagian, barisBerkas: baris++ });
    } else {
      const nomor = /^(Tabel\s+[\w.-]+)/.exec(b.tabel)?.[1] ?? null;
      const awal = baris++;
      baris++;
      hasil.push({
        jenis: "tabel",
        nomor,
        judul: b.tabel,
        bab,
        bagian,
        kepala: [b.kolom],
        namaKolom: b.kolom,
        baris: b.baris.map((sel) => ({
          sel: sel.map((s) => s.trimStart()),
          inden: Math.max(0, ...sel.slice(0, 2).map((s) => (s.length - s.trimStart().length) / 2)),
          barisBerkas: baris++,
        })),
        barisBerkas: awal,
      });
    }
  }
  return { namaBerkas, format: "teks", blok: hasil };
}

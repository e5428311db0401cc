/**
 * What every check of a report reads: its tables recognised once, its paragraphs and headings with their
 * place in reading order, and the year the report is about. Pure; no I/O.
 */
import { kenaliTabel, type TabelDikenali } from "../kenali-tabel.ts";
import type { JudulNaskah, NaskahLaporan, ParagrafNaskah, TemuanReviu } from "../naskah.ts";

/** A recognised table with its position in reading order. */
export type TabelBerurut = TabelDikenali & { urutan: number };

/** The report as the checks read it. */
export type KonteksReviu = {
  naskah: NaskahLaporan;
  tabel: TabelBerurut[];
  paragraf: (ParagrafNaskah & { urutan: number })[];
  judul: (JudulNaskah & { urutan: number })[];
  /** the year the report accounts for (2024 for the LKjIP 2024), or null when the report never says */
  tahunLaporan: number | null;
};

/** A finding with a sort key in reading order (block × 10 000 + row), dropped before it is returned. */
export type TemuanBerurut = TemuanReviu & { urutan: number };

/** One check: reads the report, returns its findings. */
export type AturanReviu = (k: KonteksReviu) => TemuanBerurut[];

/** Sort key of a table cell. */
export function urutanSel(t: TabelBerurut, indeksBaris: number): number {
  return t.urutan * 10_000 + indeksBaris + 1;
}

function tahunLaporan(naskah: NaskahLaporan): number | null {
  const hitung = new Map<number, number>();
  const tambah = (tahun: number, bobot: number) => hitung.set(tahun, (hitung.get(tahun) ?? 0) + bobot);
  let sebelumBab = true;
  for (const b of naskah.blok) {
    if (b.jenis === "tabel") continue;
    if (b.jenis === "judul" && /^bab\b/i.test(b.teks)) sebelumBab = false;
    const teks = b.teks;
    // the cover: a year alone on a line, or "… Tahun 2024" in the title
    const sendiri = /^\s*((?:19|20)\d{2})\s*$/.exec(teks);
    if (sendiri !== null && sebelumBab) tambah(Number(sendiri[1]), 10);
    for (const m of teks.matchAll(/\btahun(?: anggaran)?\s+((?:19|20)\d{2})\b/gi))
      tambah(Number(m[1]), sebelumBab ? 3 : 1);
  }
  let terbaik: number | null = null;
  let bobotTerbaik = 0;
  for (const [tahun, bobot] of hitung) {
    if (bobot > bobotTerbaik) {
      terbaik = tahun;
      bobotTerbaik = bobot;
    }
  }
  return terbaik;
}

/** Builds the context once for all checks. */
export function siapkanKonteks(naskah: NaskahLaporan): KonteksReviu {
  const k: KonteksReviu = { naskah, tabel: [], paragraf: [], judul: [], tahunLaporan: tahunLaporan(naskah) };
  naskah.blok.forEach((b, urutan) => {
    if (b.jenis === "tabel") k.tabel.push({ ...kenaliTabel(b), urutan });
    else if (b.jenis === "paragraf") k.paragraf.push({ ...b, urutan });
    else k.judul.push({ ...b, urutan });
  });
  return k;
}

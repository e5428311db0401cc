/**
 * How a review's findings are shown to people, the same in the terminal, on the page and in the working
 * paper: the location as one line a reviewer can follow in the document, the numbers in Indonesian format,
 * the findings grouped by chapter and table. Pure; no I/O.
 */
import { desimal } from "../../platform/decimal.ts";
import { formatAngka } from "../../platform/number-format.ts";
import type {
  HasilReviu,
  JenisTemuanReviu,
  LokasiNaskah,
  NaskahLaporan,
  TemuanReviu,
  TingkatTemuan,
} from "./naskah.ts";

/** Severity levels in the order the summary ranks them. */
export const URUTAN_TINGKAT: readonly TingkatTemuan[] = ["tinggi", "sedang", "rendah"];

/** Every kind of check in the order the summary and the working paper list them. */
export const URUTAN_JENIS: readonly JenisTemuanReviu[] = [
  "aritmetika",
  "antar_tabel",
  "predikat",
  "kata_tren",
  "hitungan_teks",
  "tanggal_penandatangan",
  "struktur",
];

/** Indonesian names of the severity levels (terminal, working paper). */
export const NAMA_TINGKAT: Record<TingkatTemuan, string> = {
  tinggi: "Tinggi",
  sedang: "Sedang",
  rendah: "Rendah",
};

/** Indonesian names of the kinds of check (terminal, working paper). */
export const NAMA_JENIS: Record<JenisTemuanReviu, string> = {
  aritmetika: "Aritmetika tabel",
  antar_tabel: "Kesesuaian antartabel",
  predikat: "Predikat dan skala",
  kata_tren: "Kata tren dalam narasi",
  hitungan_teks: "Hitungan dalam teks",
  tanggal_penandatangan: "Tanggal dan penanda tangan",
  struktur: "Struktur laporan",
};

/**
 * A number from a finding in Indonesian format: whole numbers as they are ("1.240.713.100"), others rounded
 * half up to 2 decimals ("93,06"). The value arrives as a JSON number; it is read through its shortest
 * decimal text, never rounded in binary.
 */
export function formatNilaiTemuan(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return formatAngka(desimal(BigInt(n)));
  const teks = String(n);
  return formatAngka(desimal(teks.includes("e") ? n.toFixed(10) : teks), 2);
}

/** The parts of a location that are known, from the widest (chapter) to the narrowest (line of the file). */
export function bagianLokasi(l: LokasiNaskah): string[] {
  const bagian: string[] = [];
  if (l.bab) bagian.push(l.bab);
  if (l.bagian && l.bagian !== l.bab) bagian.push(l.bagian);
  if (l.tabel) bagian.push(l.tabel);
  if (l.baris !== null) bagian.push(`baris ${l.baris}`);
  if (l.kolom) bagian.push(`kolom "${l.kolom}"`);
  if (l.barisBerkas !== null) bagian.push(`baris berkas ${l.barisBerkas}`);
  return bagian;
}

/** A location as one line, e.g. `BAB III … › Tabel 3.8 … › baris 5 › kolom "Realisasi (Rp)" › baris berkas 870`. */
export function lokasiTeks(l: LokasiNaskah): string {
  const bagian = bagianLokasi(l);
  return bagian.length === 0 ? "(awal dokumen)" : bagian.join(" › ");
}

/** "tertulis 1.240.713.100 · dihitung 1.240.813.100 · selisih -100.000", or null for a finding without numbers. */
export function angkaTemuanTeks(t: TemuanReviu): string | null {
  const bagian: string[] = [];
  if (t.stated !== undefined) bagian.push(`tertulis ${formatNilaiTemuan(t.stated)}`);
  if (t.computed !== undefined) bagian.push(`dihitung ${formatNilaiTemuan(t.computed)}`);
  if (t.difference !== undefined) bagian.push(`selisih ${formatNilaiTemuan(t.difference)}`);
  return bagian.length === 0 ? null : bagian.join(" · ");
}

/** Findings that sit in one place of the report: a table, or else a section or chapter. */
export type KelompokTemuan = { judul: string; bab: string | null; temuan: TemuanReviu[] };

function urutanDokumen(t: TemuanReviu): number {
  return t.lokasi.barisBerkas ?? Number.MAX_SAFE_INTEGER;
}

/**
 * The findings grouped by where they sit (table caption, else section, else chapter), groups in document
 * order and findings inside a group in document order, so a reviewer walks the report once.
 */
export function kelompokkanTemuan(temuan: readonly TemuanReviu[]): KelompokTemuan[] {
  const kelompok = new Map<string, KelompokTemuan & { awal: number }>();
  for (const t of temuan) {
    const judul = t.lokasi.tabel ?? t.lokasi.bagian ?? t.lokasi.bab ?? "Keseluruhan dokumen";
    const kunci = `${t.lokasi.bab ?? ""}\u0000${judul}`;
    const ada = kelompok.get(kunci);
    if (ada) {
      ada.temuan.push(t);
      ada.awal = Math.min(ada.awal, urutanDokumen(t));
    } else {
      kelompok.set(kunci, { judul, bab: t.lokasi.bab, temuan: [t], awal: urutanDokumen(t) });
    }
  }
  return [...kelompok.values()]
    .sort((a, b) => a.awal - b.awal)
    .map(({ awal: _a, ...k }) => ({
      ...k,
      temuan: [...k.temuan].sort((x, y) => urutanDokumen(x) - urutanDokumen(y)),
    }));
}

/** Total number of findings of a review. */
export function jumlahTemuan(h: HasilReviu): number {
  return h.ringkasan.tinggi + h.ringkasan.sedang + h.ringkasan.rendah;
}

const POLA_TAHUN = /\b(20\d{2})\b/;

/**
 * The year a report is about, read from its cover (the blocks before the first chapter, where an LKjIP
 * prints "… TAHUN 2024" or the year alone), else from its file name; null when neither names one.
 */
export function tahunNaskah(n: NaskahLaporan): number | null {
  for (const b of n.blok) {
    if (b.jenis === "judul" && b.tingkat === 1 && /^BAB\b/i.test(b.teks)) break;
    if (b.jenis === "tabel") continue;
    const cocok = POLA_TAHUN.exec(b.teks);
    if (cocok?.[1]) return Number(cocok[1]);
  }
  const dariNama = POLA_TAHUN.exec(n.namaBerkas);
  return dariNama?.[1] ? Number(dariNama[1]) : null;
}

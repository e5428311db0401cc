/**
 * The report model: plain data (chapters, headings, paragraphs, tables, charts, signature blocks) that one
 * builder fills from the database and three renderers (HTML, DOCX, PDF) draw. Nothing here does I/O, and
 * no renderer computes a figure: every number arrives as finished Indonesian text.
 */

/** A run of text with its emphasis. */
export type Potongan = { teks: string; tebal?: boolean; miring?: boolean };

/** Inline text: plain, or runs with emphasis. */
export type Teks = string | Potongan[];

/** Horizontal alignment of a paragraph or a table column. */
export type Perataan = "kiri" | "tengah" | "kanan" | "rata";

/** A heading; level 1 is a chapter (BAB), levels 2–3 its sections. Headings build the table of contents. */
export type BlokJudul = {
  jenis: "judul";
  tingkat: 1 | 2 | 3;
  /** the label printed before the text, e.g. "BAB III" or "3.1" */
  nomor: string | null;
  teks: string;
  /** when false the heading is printed but left out of the table of contents (cover, kata pengantar …) */
  diDaftarIsi?: boolean;
};

/** A paragraph of running text. */
export type BlokParagraf = { jenis: "paragraf"; teks: Teks; perataan?: Perataan };

/** A bulleted or numbered list. */
export type BlokDaftar = { jenis: "daftar"; bernomor: boolean; butir: Teks[] };

/** One cell of a table header, possibly spanning columns or rows. */
export type SelKepala = { teks: string; rentangKolom?: number; rentangBaris?: number };

/** One column of a table: how it aligns and its share of the width (relative weights). */
export type KolomTabel = { perataan: Perataan; lebar: number };

/** One body cell; may span columns (e.g. a "JUMLAH" label over two columns). */
export type SelTabel = { teks: string; rentangKolom?: number; tebal?: boolean };

/** A body row: "induk" rows (program, kegiatan) are emphasised, "jumlah" rows close a table. */
export type BarisTabel = { sel: SelTabel[]; gaya?: "biasa" | "induk" | "jumlah"; inden?: number };

/** A numbered table with its caption, a header of one or more rows, and its source line. */
export type BlokTabel = {
  jenis: "tabel";
  /** the caption number, e.g. "Tabel 3.8" */
  nomor: string;
  judul: string;
  kolom: KolomTabel[];
  kepala: SelKepala[][];
  baris: BarisTabel[];
  sumber: string | null;
  /** turn the page sideways for very wide tables */
  lanskap?: boolean;
  /** a smaller type for tables with many columns (the quarterly evaluation's 25), so cells do not overflow */
  hurufKecil?: boolean;
};

/** One data series of a chart. */
export type SeriGrafik = { nama: string; tipe: "batang" | "garis"; nilai: (number | null)[] };

/** A numbered chart: categories on the x axis (years), one or more series; drawn by platform/charts. */
export type BlokGrafik = {
  jenis: "grafik";
  /** the caption number, e.g. "Grafik 3.1" */
  nomor: string;
  judul: string;
  kategori: string[];
  seri: SeriGrafik[];
  judulSumbuY: string | null;
  /** the lowest value of the y axis; null lets the chart choose */
  minSumbuY: number | null;
};

/** One box of an organisation chart and the boxes under it. */
export type SimpulBagan = { label: string; keterangan: string | null; anak: SimpulBagan[] };

/** An organisation chart (struktur organisasi) drawn from the unit hierarchy; rendered as an image like a chart. */
export type BlokBagan = { jenis: "bagan"; nomor: string; judul: string; akar: SimpulBagan };

/**
 * A picture already drawn as SVG by its own module (the pohon kinerja diagram), with its natural size; `lanskap`
 * puts it on a sideways page of its own, like a wide table.
 */
export type BlokGambar = {
  jenis: "gambar";
  nomor: string;
  judul: string;
  svg: string;
  lebar: number;
  tinggi: number;
  lanskap?: boolean;
};

/** A person who signs: position, name and NIP (and rank where printed). */
export type Penandatangan = { jabatan: string; nama: string; nip: string | null; pangkat?: string | null };

/** Place, date and one or two signature blocks side by side (PK: Pihak Kedua left, Pihak Pertama right). */
export type BlokTandaTangan = {
  jenis: "tandatangan";
  tempat: string;
  tanggal: string | null;
  penandatangan: Penandatangan[];
};

/** Generated lists: table of contents, list of tables, list of charts. */
export type BlokDaftarOtomatis = { jenis: "daftar_isi" | "daftar_tabel" | "daftar_grafik"; judul: string };

/** Forces the next block onto a new page. */
export type BlokHalamanBaru = { jenis: "halaman_baru" };

/** Every kind of block a document is made of. */
export type Blok =
  | BlokJudul
  | BlokParagraf
  | BlokDaftar
  | BlokTabel
  | BlokGrafik
  | BlokBagan
  | BlokGambar
  | BlokTandaTangan
  | BlokDaftarOtomatis
  | BlokHalamanBaru;

/** The cover page: lines of title, the organisation, the year; printed centred. */
export type Sampul = { baris: string[]; tahun: string };

/** Paper size: A4, F4 (215 × 330 mm) still common in Indonesian offices, or A3 for a pohon kinerja on the wall. */
export type Kertas = "a4" | "f4" | "a3";

/** Millimetre sizes of each paper. */
export const UKURAN_KERTAS: Record<Kertas, { lebarMm: number; tinggiMm: number }> = {
  a4: { lebarMm: 210, tinggiMm: 297 },
  f4: { lebarMm: 215, tinggiMm: 330 },
  a3: { lebarMm: 297, tinggiMm: 420 },
};

/** The kinds of document Terukur generates. */
export type JenisDokumen =
  | "lkjip"
  | "pk"
  | "iku"
  | "evaluasi-triwulan"
  | "skm"
  | "lhe"
  | "kertas-kerja-reviu"
  | "pernyataan-reviu"
  | "pohon-kinerja";

/** A whole document, ready for any renderer. */
export type Dokumen = {
  jenis: JenisDokumen;
  /** document title for metadata and the running header */
  judul: string;
  /** the organisation and year, printed in the running header */
  kepalaHalaman: string;
  kertas: Kertas;
  /** a draft carries a visible "DRAF" mark on every page (issue: error-level findings) */
  draf: boolean;
  sampul: Sampul | null;
  isi: Blok[];
};

/** Turns inline text into its runs, so renderers handle one shape. */
export function potongan(t: Teks): Potongan[] {
  return typeof t === "string" ? [{ teks: t }] : t;
}

/** Plain text of inline text, for tests, metadata and the table of contents. */
export function teksPolos(t: Teks): string {
  return potongan(t)
    .map((p) => p.teks)
    .join("");
}

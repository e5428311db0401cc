/**
 * The shape a hand-written report takes once read (issue 7): its blocks in order (headings, paragraphs,
 * tables) each with where it sits, so every check can name the place a reviewer must look. Readers of .docx
 * and of text fill it; checks and the history import read it. Nothing here does I/O.
 */

/** Where something is, precise enough that a reviewer finds it in the document in a minute. */
export type LokasiNaskah = {
  /** the chapter heading it falls under, e.g. "BAB III AKUNTABILITAS KINERJA"; null before the first */
  bab: string | null;
  /** the nearest section heading under the chapter, e.g. "3.1 Capaian Kinerja Organisasi" */
  bagian: string | null;
  /** the table caption, e.g. "Tabel 3.8 Realisasi Anggaran per Program"; null outside tables */
  tabel: string | null;
  /** 1-based row of the table body (header rows not counted), as the reviewer counts them */
  baris: number | null;
  /** the column's header text */
  kolom: string | null;
  /** the line of a text file, or the paragraph number of a .docx (1-based) */
  barisBerkas: number | null;
  /** a short excerpt of the words at the place (a sentence or a row label) */
  kutipan: string | null;
};

/** One body row of a table as written: raw cell texts, and its indentation (hierarchy) when visible. */
export type BarisNaskah = {
  sel: string[];
  /** 0 for a top-level row; more for rows indented (leading spaces/tabs in text, indent in Word) */
  inden: number;
  barisBerkas: number | null;
};

/** A table with its caption and header, its pieces broken across pages joined and repeated headers dropped. */
export type TabelNaskah = {
  /** "Tabel 3.8" when the caption has a number */
  nomor: string | null;
  /** the whole caption line, e.g. "Tabel 3.8 Realisasi Anggaran per Program" */
  judul: string | null;
  bab: string | null;
  bagian: string | null;
  /** header rows (usually one or two), raw texts */
  kepala: string[][];
  /** the header text per column after joining multi-row headers, e.g. "Realisasi (Rp)" */
  namaKolom: string[];
  baris: BarisNaskah[];
  barisBerkas: number | null;
};

/** A heading: level 1 a chapter (BAB …), 2–3 its sections. */
export type JudulNaskah = { jenis: "judul"; tingkat: 1 | 2 | 3; teks: string; barisBerkas: number | null };

/** A paragraph of running text with the chapter and section it falls under. */
export type ParagrafNaskah = {
  jenis: "paragraf";
  teks: string;
  bab: string | null;
  bagian: string | null;
  barisBerkas: number | null;
};

/** A block of the report in reading order. */
export type BlokNaskah = JudulNaskah | ParagrafNaskah | ({ jenis: "tabel" } & TabelNaskah);

/** A whole report as read. */
export type NaskahLaporan = {
  namaBerkas: string;
  format: "docx" | "teks";
  blok: BlokNaskah[];
};

/** How serious a finding is; the summary at the top ranks by this. */
export type TingkatTemuan = "tinggi" | "sedang" | "rendah";

/** The kinds of check (issue 7 item 2). */
export type JenisTemuanReviu =
  | "aritmetika"
  | "antar_tabel"
  | "predikat"
  | "kata_tren"
  | "hitungan_teks"
  | "tanggal_penandatangan"
  | "struktur";

/**
 * One finding: what is wrong, where, and for numeric comparisons the stated and recomputed values and their
 * difference (field names in English because `reviu --json` promises them so to other tools).
 */
export type TemuanReviu = {
  /** a stable code of the rule that found it, e.g. "jumlah_baris_tabel" */
  kode: string;
  jenis: JenisTemuanReviu;
  tingkat: TingkatTemuan;
  /** one Indonesian sentence a reviewer can act on */
  pesan: string;
  lokasi: LokasiNaskah;
  stated?: number;
  computed?: number;
  difference?: number;
};

/** What the review of one report returns: its findings ranked, and counts for the summary at the top. */
export type HasilReviu = {
  namaBerkas: string;
  format: NaskahLaporan["format"];
  /** what was read: how many chapters, tables and paragraphs (a reviewer sees at once if a table was missed) */
  terbaca: { bab: number; tabel: number; paragraf: number };
  ringkasan: Record<TingkatTemuan, number> & { perJenis: Partial<Record<JenisTemuanReviu, number>> };
  /** tinggi first, then sedang, then rendah; within a level in document order */
  temuan: TemuanReviu[];
};

/** One past figure found in a report, ready to enter as history (issue 7 item 3). */
export type AngkaHistorisNaskah = {
  jenis: "target_indikator" | "realisasi_indikator" | "pagu" | "realisasi_anggaran" | "jumlah_pegawai";
  tahun: number;
  /** program or kegiatan code when the row has one, e.g. "7.01.01" */
  kode: string | null;
  /** indicator name, program/kegiatan name, or staffing group (e.g. "PNS", "Golongan III") */
  uraian: string;
  satuan: string | null;
  /** the value as a decimal string with a point ("93.06", "1240713100"): never through a float for money */
  nilai: string;
  lokasi: LokasiNaskah;
};

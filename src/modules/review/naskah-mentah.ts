/**
 * What the .docx and text readers hand to the shared assembly (tabel-gabung.ts, susun-naskah.ts): paragraphs
 * and table pieces in reading order, before headings, captions, header rows and page-broken tables are
 * worked out. Two readers, one set of rules after them.
 */

/** A raw table row: cell texts as written, visible indentation, and where it is. */
export type BarisMentah = { sel: string[]; inden: number; barisBerkas: number | null; kepala?: boolean };

/** A paragraph as read, with the heading level its style gives (docx) when it has one. */
export type ParagrafMentah = {
  jenis: "paragraf";
  teks: string;
  barisBerkas: number | null;
  /** 1–3 when a heading style says so (Word's Heading 1–3 or an outline level); null for text files */
  tingkatGaya: 1 | 2 | 3 | null;
  /** true when a caption style (Word's "Caption", Terukur's "Keterangan Tabel") marks it */
  gayaKeterangan: boolean;
};

/** A piece of a table; `bersambung` when only blank lines/paragraphs separate it from the piece before. */
export type TabelMentah = {
  jenis: "tabel";
  baris: BarisMentah[];
  barisBerkas: number | null;
  bersambung: boolean;
};

/** One raw block in reading order. */
export type BlokMentah = ParagrafMentah | TabelMentah;

const POLA_PENANDA =
  /^(?:(\d{1,2})[.)]|([a-z])[.)]|([ivx]{1,4})[.)]|([-\u2013\u2022\u25aa\u25cf*\u27a2\u2756]))\s+/;

/**
 * Indentation a label shows by its leading spaces and its list marker: "1." → 1, "a." → 2, "i." → 3,
 * "-"/"•" → 3, plus one per two leading spaces. Why: hand-written tables mark the hierarchy this way.
 */
export function indenLabel(teks: string): number {
  const spasi = /^[ \u00a0]*/.exec(teks)?.[0].length ?? 0;
  const m = POLA_PENANDA.exec(teks.trimStart());
  let tingkat = 0;
  if (m !== null) {
    if (m[1] !== undefined) tingkat = 1;
    else if (m[3] !== undefined && m[3] !== "i") tingkat = 3;
    else if (m[2] !== undefined) tingkat = 2;
    else tingkat = 3;
  }
  return Math.floor(spasi / 2) + tingkat;
}

/** The label without its list marker ("- Penyusunan Dokumen" → "Penyusunan Dokumen"). */
export function tanpaPenanda(teks: string): string {
  return teks.trim().replace(POLA_PENANDA, "").trim();
}

/**
 * Finds the figures written in a narrative ("15 (empat belas) orang PNS", "45.853 jiwa") with the words in
 * brackets after them and the text around them, so rules can compare what a sentence says with the store.
 */

/** One figure in a text. */
export type AngkaDalamTeks = {
  /** the value, thousands dots removed ("45.853" → 45853) */
  nilai: number;
  /** as written */
  teks: string;
  awal: number;
  /** the words inside the brackets right after the figure, if any ("empat belas") */
  dalamKurung: string | null;
  /** index just after the figure and its brackets */
  akhir: number;
  /** the text of the same sentence before the figure */
  sebelum: string;
  /** the text after the figure and its brackets, up to the end of the sentence */
  sesudah: string;
};

// A whole number: Indonesian thousands grouping or plain digits; not part of a decimal ("93,05", "93.06"),
// a code ("7.01.02") or a word.
const POLA_ANGKA = /(?<![\w.,])(\d{1,3}(?:\.\d{3})+|\d+)(?![\w]|[.,]\d)/g;
const POLA_KURUNG = /^\s*\(([^()]{1,60})\)/;
// a sentence ends at . ! ? ; : before a space; a line break or a tab (a table cell) also ends it
const AKHIR_KALIMAT = /[.!?;:](?=\s|$)|[\n\t]/g;

function awalKalimat(teks: string, posisi: number): number {
  let awal = 0;
  for (const m of teks.slice(0, posisi).matchAll(AKHIR_KALIMAT)) awal = (m.index ?? 0) + 1;
  return awal;
}

function akhirKalimat(teks: string, posisi: number): number {
  const pola = new RegExp(AKHIR_KALIMAT.source, "g");
  pola.lastIndex = posisi;
  const m = pola.exec(teks);
  return m === null ? teks.length : m.index;
}

/** Every whole-number figure in a text, in order. Why: one scanner for every narrative rule. */
export function pindaiAngka(teks: string): AngkaDalamTeks[] {
  const hasil: AngkaDalamTeks[] = [];
  for (const m of teks.matchAll(POLA_ANGKA)) {
    const tulis = m[1] ?? "";
    const awal = m.index ?? 0;
    let akhir = awal + m[0].length;
    const kurung = POLA_KURUNG.exec(teks.slice(akhir));
    const dalamKurung = kurung === null ? null : (kurung[1] ?? "").trim();
    if (kurung !== null) akhir += kurung[0].length;
    hasil.push({
      nilai: Number(tulis.replaceAll(".", "")),
      teks: tulis,
      awal,
      dalamKurung,
      akhir,
      sebelum: teks.slice(awalKalimat(teks, awal), awal),
      sesudah: teks.slice(akhir, Math.max(akhir, akhirKalimat(teks, akhir))),
    });
  }
  return hasil;
}

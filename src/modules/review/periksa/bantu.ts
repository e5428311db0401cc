/**
 * Small pieces every check of a hand-written report shares: reading a cell as an exact number, the
 * tolerance its printed precision allows, naming a place in the document, and comparing names as people
 * spell them. Pure; no I/O.
 */
import { bandingkan, type Desimal, desimal, keString, kurang, mutlak } from "../../../platform/decimal.ts";
import { formatAngka } from "../../../platform/number-format.ts";
import { desimalNaskah } from "../angka-naskah.ts";
import type { LokasiNaskah, ParagrafNaskah, TabelNaskah, TemuanReviu } from "../naskah.ts";

/**
 * The exact value of a cell, also when a grade follows it in brackets ("66 (B)") or a unit is glued to a
 * percent ("100,01%"). Null for words, codes and empty cells. Why: one reading of a cell for every check.
 */
export function desimalSel(teks: string | undefined): Desimal | null {
  if (teks === undefined) return null;
  const s = teks.trim();
  if (s === "") return null;
  const langsung = desimalNaskah(s);
  if (langsung !== null) return desimal(langsung);
  const bertanda = /^(.+?)\s*\([A-Za-z]{1,3}\)$/.exec(s);
  if (bertanda !== null) {
    const d = desimalNaskah(bertanda[1] ?? "");
    if (d !== null) return desimal(d);
  }
  return null;
}

/** True for a cell that is only a dash or empty: "no value", not a figure that disagrees. */
export function selKosong(teks: string | undefined): boolean {
  return teks === undefined || /^[\s\-–—−]*$/.test(teks);
}

/**
 * Half a unit of the last decimal printed ("96,42" → 0,005; "101%" → 0,5): a difference within it is
 * rounding, not a finding (issue 7: "a difference within the printed precision is not a finding").
 */
export function toleransiCetak(teks: string): Desimal {
  const s = teks.trim().replace(/\s*\([A-Za-z]{1,3}\)$/, "");
  const ekor = /[.,](\d+)\s*%?\s*$/.exec(s);
  let jumlahDesimal = 0;
  if (ekor !== null) {
    const digit = ekor[1] ?? "";
    const nilai = desimalNaskah(s);
    // three digits after the last separator are thousands ("4.271.900") unless the reading kept a fraction
    jumlahDesimal = digit.length !== 3 ? digit.length : (nilai?.split(".")[1]?.length ?? 0);
  }
  return { nilai: 5n, skala: jumlahDesimal + 1 };
}

/** |a − b| ≤ batas, exact. */
export function dalamToleransi(a: Desimal, b: Desimal, batas: Desimal): boolean {
  return bandingkan(mutlak(kurang(a, b)), batas) <= 0;
}

/** A decimal as a JS number for the JSON fields `stated`/`computed`/`difference`. */
export function angka(d: Desimal): number {
  return Number(keString(d));
}

/** "4.445.199.950", "93,05": a value as the report would print it, for messages. */
export function tulisAngka(d: Desimal, desimalTetap?: number): string {
  return formatAngka(d, desimalTetap);
}

/** "Tabel 3.8 Realisasi Anggaran Tahun 2024", or where the table starts when it has no caption. */
export function namaTabel(t: TabelNaskah): string {
  if (t.judul !== null && t.judul.trim() !== "") return t.judul.trim();
  if (t.nomor !== null) return t.nomor;
  return t.barisBerkas === null ? "tabel tanpa judul" : `tabel tanpa judul (baris ${t.barisBerkas})`;
}

/** A cell's place: caption, 1-based body row, column header, file line and the row's label. */
export function lokasiSel(
  t: TabelNaskah,
  indeksBaris: number | null,
  indeksKolom: number | null,
  kutipan?: string,
): LokasiNaskah {
  const baris = indeksBaris === null ? null : t.baris[indeksBaris];
  return {
    bab: t.bab,
    bagian: t.bagian,
    tabel: namaTabel(t),
    baris: indeksBaris === null ? null : indeksBaris + 1,
    kolom:
      indeksKolom === null
        ? null
        : (t.namaKolom[indeksKolom] ?? `kolom ${indeksKolom + 1}`).trim() || `kolom ${indeksKolom + 1}`,
    barisBerkas: baris?.barisBerkas ?? t.barisBerkas,
    kutipan: kutipan ?? null,
  };
}

/** A paragraph's place, with the words at issue as the excerpt. */
export function lokasiParagraf(p: ParagrafNaskah, kutipan?: string): LokasiNaskah {
  return {
    bab: p.bab,
    bagian: p.bagian,
    tabel: null,
    baris: null,
    kolom: null,
    barisBerkas: p.barisBerkas,
    kutipan: potongKutipan(kutipan ?? p.teks),
  };
}

/** At most 160 characters of an excerpt, cut at a word. */
export function potongKutipan(teks: string): string {
  const s = teks.replace(/\s+/g, " ").trim();
  if (s.length <= 160) return s;
  const potong = s.slice(0, 157);
  return `${potong.slice(0, Math.max(potong.lastIndexOf(" "), 120))}…`;
}

/** The three numeric fields of a finding that compares numbers: stated − computed. */
export function bandingAngka(
  dinyatakan: Desimal,
  dihitung: Desimal,
): Pick<TemuanReviu, "stated" | "computed" | "difference"> {
  return {
    stated: angka(dinyatakan),
    computed: angka(dihitung),
    difference: angka(kurang(dinyatakan, dihitung)),
  };
}

const EJAAN: readonly [RegExp, string][] = [
  [/\bpemerintahan\b/g, "pemerintah"],
  [/\bkab\/kota\b/g, "kabupaten/kota"],
  [/\bkab\b/g, "kabupaten"],
  [/\bketenteraman\b/g, "ketentraman"],
  [/\bperdesaan\b/g, "pedesaan"],
  [/\bfasilitas\b/g, "fasilitasi"],
  [/\btujangan\b/g, "tunjangan"],
  [/\bcetakan\b/g, "cetak"],
  [/\bpenegakkan\b/g, "penegakan"],
  [/\befektifitas\b/g, "efektivitas"],
  [/\bkoordianasi\b/g, "koordinasi"],
];

/**
 * A name as compared across tables: lower case, a leading code and list marks dropped, spelling variants
 * that hand-written reports mix ("Pemerintah"/"Pemerintahan", "Kab/Kota") made one.
 */
export function normalNama(teks: string): string {
  let s = teks.toLowerCase().replace(/\s+/g, " ").trim();
  s = s.replace(/^[-–•*]\s*/, "");
  s = s.replace(/^\d+(?:\.\d+)+\s+/, "");
  s = s.replace(/^(?:[a-z]|\d{1,2})[.)]\s+/, "");
  for (const [pola, ganti] of EJAAN) s = s.replace(pola, ganti);
  s = s
    .replace(/[^a-z0-9/ ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return s;
}

/** A leading Kepmendagri 050 code in a label ("7.01.02 Program …"), or null. */
export function kodeDiAwal(teks: string): string | null {
  const m = /^\s*(\d{1,2}(?:\.\d{1,4}){1,5})\s/.exec(teks);
  if (m === null) return null;
  const kode = m[1] ?? "";
  return /^\d{1,2}\.\d{2}/.test(kode) ? kode : null;
}

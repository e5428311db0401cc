/**
 * Reading one spreadsheet cell as a number, a range, rupiah or text. A cell that the spreadsheet stored as a
 * number is taken exactly as stored; typed text goes through the id-ID parsers (decisions.md "Money and numbers").
 */
import { adalahDesimalSah, bandingkan, desimal, keString, ringkas } from "../../platform/decimal.ts";
import type { SelMentah } from "../../platform/excel.ts";
import { parseAngka, parseRupiah } from "../../platform/number-format.ts";

/** Outcome of reading a cell: the value (null when the cell is empty) or the message for the row error. */
export type HasilSel<T> = { ok: true; nilai: T | null } | { ok: false; pesan: string };

/** A cell's text, trimmed ("" for an empty cell). */
export function teksSel(s: SelMentah | undefined): string {
  return s === undefined ? "" : String(s).trim();
}

/** Whether a cell is empty. */
export function selKosong(s: SelMentah | undefined): boolean {
  return teksSel(s) === "";
}

function angkaDariNumber(n: number): HasilSel<string> {
  const teks = String(n);
  if (!Number.isFinite(n) || !adalahDesimalSah(teks))
    return { ok: false, pesan: `${teks} bukan angka yang sah` };
  return { ok: true, nilai: keString(desimal(teks)) };
}

/** An indicator value: a stored number, or text like "93,05"; the machine form is a NUMERIC string. */
export function bacaAngkaSel(s: SelMentah | undefined): HasilSel<string> {
  if (typeof s === "number") return angkaDariNumber(s);
  const teks = teksSel(s);
  if (teks === "") return { ok: true, nilai: null };
  const hasil = parseAngka(teks);
  return hasil.ok ? { ok: true, nilai: hasil.nilai } : { ok: false, pesan: hasil.pesan };
}

/** A target, either one number or a range "80-90" (lower and upper bound, upper not below lower). */
export type NilaiTarget = { target: string; targetAtas: string | null };

/** Reads a target cell: "93,05", a stored number, or a range "80-90" / "80 – 90". */
export function bacaTargetSel(s: SelMentah | undefined): HasilSel<NilaiTarget> {
  if (typeof s === "number") {
    const h = angkaDariNumber(s);
    return h.ok ? { ok: true, nilai: h.nilai === null ? null : { target: h.nilai, targetAtas: null } } : h;
  }
  const teks = teksSel(s);
  if (teks === "") return { ok: true, nilai: null };
  const rentang = /^(-?[\d.,]+)\s*[-–]\s*(-?[\d.,]+)$/.exec(teks);
  if (rentang) {
    const bawah = parseAngka(rentang[1] ?? "");
    const atas = parseAngka(rentang[2] ?? "");
    if (!bawah.ok) return { ok: false, pesan: bawah.pesan };
    if (!atas.ok) return { ok: false, pesan: atas.pesan };
    if (bandingkan(desimal(atas.nilai), desimal(bawah.nilai)) < 0) {
      return { ok: false, pesan: `batas atas rentang "${teks}" lebih kecil dari batas bawahnya` };
    }
    return { ok: true, nilai: { target: bawah.nilai, targetAtas: atas.nilai } };
  }
  const h = parseAngka(teks);
  return h.ok ? { ok: true, nilai: { target: h.nilai, targetAtas: null } } : { ok: false, pesan: h.pesan };
}

/** Whole rupiah: a stored whole number, or text like "1.234.567" / "Rp 1.234.567,-". */
export function bacaRupiahSel(s: SelMentah | undefined): HasilSel<bigint> {
  if (typeof s === "number") {
    if (!Number.isSafeInteger(s) || s < 0) {
      return { ok: false, pesan: `bukan angka rupiah: ${s} bukan bilangan bulat tidak negatif` };
    }
    return { ok: true, nilai: BigInt(s) };
  }
  const teks = teksSel(s);
  if (teks === "") return { ok: true, nilai: null };
  const h = parseRupiah(teks);
  return h.ok ? { ok: true, nilai: h.nilai } : { ok: false, pesan: `bukan angka rupiah. ${h.pesan}` };
}

/** Whether two NUMERIC strings (either may be null) hold the same value. */
export function angkaSama(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return bandingkan(desimal(a), desimal(b)) === 0;
}

/**
 * A NUMERIC string as the import reads it back unchanged: a plain number where a double holds it exactly,
 * otherwise text with a decimal comma (a fraction of exactly 3 digits padded to 4, so "1,234" is never
 * mistaken for a thousand).
 */
export function selAngka(nilai: string | null): string | number | null {
  if (nilai === null) return null;
  const ringkasan = keString(ringkas(desimal(nilai)));
  const n = Number(ringkasan);
  if (String(n) === ringkasan) return n;
  return teksAngkaAman(ringkasan);
}

function teksAngkaAman(nilai: string): string {
  const [bulat = "", pecahan] = keString(ringkas(desimal(nilai))).split(".");
  if (pecahan === undefined) return bulat;
  return `${bulat},${pecahan.length === 3 ? `${pecahan}0` : pecahan}`;
}

/** A target written back into a cell: one number, or a range "80-90" (the form the import reads). */
export function selTarget(target: string | null, targetAtas: string | null): string | number | null {
  if (target === null) return null;
  return targetAtas === null ? selAngka(target) : `${teksAngkaAman(target)}-${teksAngkaAman(targetAtas)}`;
}

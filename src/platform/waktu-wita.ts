/**
 * Times as people in the demo pemda read and type them: WITA (UTC+8, no daylight saving). Stored values
 * stay timestamptz; only display and form input are in WITA. Pure.
 */
import type { Bahasa } from "./i18n/kamus.ts";
import { NAMA_BULAN } from "./number-format.ts";

const GESER_WITA_MS = 8 * 3600 * 1000;
const BULAN_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const dua = (n: number) => String(n).padStart(2, "0");

function bagianWita(d: Date) {
  const w = new Date(d.getTime() + GESER_WITA_MS);
  return {
    tahun: w.getUTCFullYear(),
    bulan: w.getUTCMonth(),
    hari: w.getUTCDate(),
    jam: w.getUTCHours(),
    menit: w.getUTCMinutes(),
  };
}

/** "10 Januari 2027 pukul 23.59 WITA" (Indonesian) or "10 January 2027 at 23:59 WITA": for messages. */
export function formatWaktuWita(d: Date, bahasa: Bahasa = "id"): string {
  const b = bagianWita(d);
  if (bahasa === "en")
    return `${b.hari} ${BULAN_EN[b.bulan]} ${b.tahun} at ${dua(b.jam)}:${dua(b.menit)} WITA`;
  return `${b.hari} ${NAMA_BULAN[b.bulan]} ${b.tahun} pukul ${dua(b.jam)}.${dua(b.menit)} WITA`;
}

/** "10-01-2027 23.59": a compact WITA time for table cells. */
export function formatWaktuSingkatWita(d: Date): string {
  const b = bagianWita(d);
  return `${dua(b.hari)}-${dua(b.bulan + 1)}-${b.tahun} ${dua(b.jam)}.${dua(b.menit)}`;
}

/** The value of a datetime-local input showing this instant in WITA ("2027-01-10T23:59"). */
export function keIsianWita(d: Date): string {
  const b = bagianWita(d);
  return `${b.tahun}-${dua(b.bulan + 1)}-${dua(b.hari)}T${dua(b.jam)}:${dua(b.menit)}`;
}

/** Reads a datetime-local value typed in WITA; null when it is not a real date and time. */
export function dariIsianWita(teks: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(teks.trim());
  if (!m) return null;
  const [tahun, bulan, hari, jam, menit, detik] = m.slice(1).map((x) => Number(x ?? 0)) as number[];
  const utc = Date.UTC(tahun ?? 0, (bulan ?? 1) - 1, hari ?? 0, jam ?? 0, menit ?? 0, detik ?? 0);
  const d = new Date(utc - GESER_WITA_MS);
  // refuse 31 February and 25:00 instead of silently rolling over
  return keIsianWita(d) === `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}` ? d : null;
}

/** The first instant of a WITA calendar day ("2027-01-10"), or null when it is not a real date. */
export function awalHariWita(teks: string): Date | null {
  return dariIsianWita(`${teks.trim()}T00:00`);
}

/** The calendar date in WITA as "YYYY-MM-DD". Why: a publication at 23.30 UTC is already the next day in Malili. */
export function tanggalWita(waktu: Date): string {
  return new Date(waktu.getTime() + GESER_WITA_MS).toISOString().slice(0, 10);
}

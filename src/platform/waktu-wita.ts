/**
 * Times as people in the pemda read and type them, in the pemda's time zone (TERUKUR_ZONA_WAKTU; WITA,
 * Asia/Makassar, for the demo pemda Luwu Timur). Stored values stay timestamptz; only display, form input,
 * "today" and deadlines are in the zone. The zone is one setting for the process, set once at start by the
 * server and the CLI (`aturZonaWaktu`); each function also takes it as an argument, so the rules stay pure.
 */
import type { Bahasa } from "./i18n/kamus.ts";
import { NAMA_BULAN } from "./number-format.ts";

/** The zone used when nothing is configured: the demo pemda's (Luwu Timur, WITA). */
export const ZONA_BAWAAN = "Asia/Makassar";

let zonaAktif = ZONA_BAWAAN;

/** Sets the process's zone from the settings (main.ts, the CLI); an unknown IANA name is refused. */
export function aturZonaWaktu(zona: string): void {
  new Intl.DateTimeFormat("en-GB", { timeZone: zona });
  zonaAktif = zona;
}

/** The zone dates are shown and deadlines measured in, as set at start. */
export function zonaWaktuAktif(): string {
  return zonaAktif;
}

/** Indonesia's three legal zones by their usual names (Keppres 41/1987); elsewhere the UTC offset. */
const LABEL_ZONA: Record<string, string> = {
  "Asia/Jakarta": "WIB",
  "Asia/Pontianak": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Ujung_Pandang": "WITA",
  "Asia/Jayapura": "WIT",
};

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

const pemformat = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock parts of an instant in a zone (daylight saving included, for zones outside Indonesia). */
function bagian(d: Date, zona: string) {
  let f = pemformat.get(zona);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone: zona,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    pemformat.set(zona, f);
  }
  const p = Object.fromEntries(f.formatToParts(d).map((x) => [x.type, x.value]));
  return {
    tahun: Number(p.year),
    bulan: Number(p.month) - 1,
    hari: Number(p.day),
    jam: Number(p.hour),
    menit: Number(p.minute),
    detik: Number(p.second),
  };
}

/** How far the zone's clock is ahead of UTC at that instant, in milliseconds. */
function selisihMs(d: Date, zona: string): number {
  const b = bagian(d, zona);
  const dinding = Date.UTC(b.tahun, b.bulan, b.hari, b.jam, b.menit, b.detik);
  return dinding - Math.floor(d.getTime() / 1000) * 1000;
}

/** "WITA", "WIB", "WIT", or "UTC+5:30" for a zone without an Indonesian name (at that instant). */
export function labelZona(zona: string = zonaAktif, pada: Date = new Date()): string {
  const nama = LABEL_ZONA[zona];
  if (nama) return nama;
  const menit = Math.round(selisihMs(pada, zona) / 60000);
  if (menit === 0) return "UTC";
  const mutlak = Math.abs(menit);
  const jam = Math.floor(mutlak / 60);
  const sisa = mutlak % 60;
  return `UTC${menit < 0 ? "-" : "+"}${jam}${sisa ? `:${dua(sisa)}` : ""}`;
}

/** A catalogue text with "{zona}" replaced by the zone's label: "Waktu ({zona})" → "Waktu (WITA)". */
export function denganZona(teks: string, zona: string = zonaAktif): string {
  return teks.replaceAll("{zona}", labelZona(zona));
}

/** A screen's catalogue with "{zona}" in every text replaced by the zone's label (column headers, hints). */
export function kamusDenganZona<T extends Record<string, string>>(kamus: T, zona: string = zonaAktif): T {
  return Object.fromEntries(Object.entries(kamus).map(([k, v]) => [k, denganZona(v, zona)])) as T;
}

/** "10 Januari 2027 pukul 23.59 WITA" (Indonesian) or "10 January 2027 at 23:59 WITA": for messages. */
export function formatWaktuWita(d: Date, bahasa: Bahasa = "id", zona: string = zonaAktif): string {
  const b = bagian(d, zona);
  const label = labelZona(zona, d);
  if (bahasa === "en")
    return `${b.hari} ${BULAN_EN[b.bulan]} ${b.tahun} at ${dua(b.jam)}:${dua(b.menit)} ${label}`;
  return `${b.hari} ${NAMA_BULAN[b.bulan]} ${b.tahun} pukul ${dua(b.jam)}.${dua(b.menit)} ${label}`;
}

/** "10-01-2027 23.59": a compact time in the zone for table cells (the column header names the zone). */
export function formatWaktuSingkatWita(d: Date, zona: string = zonaAktif): string {
  const b = bagian(d, zona);
  return `${dua(b.hari)}-${dua(b.bulan + 1)}-${b.tahun} ${dua(b.jam)}.${dua(b.menit)}`;
}

/** The value of a datetime-local input showing this instant in the zone ("2027-01-10T23:59"). */
export function keIsianWita(d: Date, zona: string = zonaAktif): string {
  const b = bagian(d, zona);
  return `${b.tahun}-${dua(b.bulan + 1)}-${dua(b.hari)}T${dua(b.jam)}:${dua(b.menit)}`;
}

/** Reads a datetime-local value typed in the zone; null when it is not a real date and time there. */
export function dariIsianWita(teks: string, zona: string = zonaAktif): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(teks.trim());
  if (!m) return null;
  const [tahun, bulan, hari, jam, menit, detik] = m.slice(1).map((x) => Number(x ?? 0)) as number[];
  const dinding = Date.UTC(tahun ?? 0, (bulan ?? 1) - 1, hari ?? 0, jam ?? 0, menit ?? 0, detik ?? 0);
  // the offset at the guessed instant, then again at the corrected one (a daylight-saving change between)
  let d = new Date(dinding - selisihMs(new Date(dinding), zona));
  d = new Date(dinding - selisihMs(d, zona));
  // refuse 31 February and 25:00 (and a skipped daylight-saving hour) instead of silently rolling over
  return keIsianWita(d, zona) === `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}` ? d : null;
}

/** The first instant of a calendar day in the zone ("2027-01-10"), or null when it is not a real date. */
export function awalHariWita(teks: string, zona: string = zonaAktif): Date | null {
  return dariIsianWita(`${teks.trim()}T00:00`, zona);
}

/** The calendar date in the zone as "YYYY-MM-DD". Why: a publication at 23.30 UTC is already the next day in Malili. */
export function tanggalWita(waktu: Date, zona: string = zonaAktif): string {
  const b = bagian(waktu, zona);
  return `${b.tahun}-${dua(b.bulan + 1)}-${dua(b.hari)}`;
}

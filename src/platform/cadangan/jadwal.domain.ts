import { dariIsianWita, tanggalWita } from "../waktu-wita.ts";

/**
 * The daily backup's calendar (issue 8 item 1): when the next one runs, what it is called, which old ones
 * go. Pure: the clock and the folder listing come in as arguments.
 */

/** Daily backups are named by the pemda's calendar date, so a listing sorts oldest to newest. */
const POLA_NAMA = /^terukur-cadangan-(\d{4}-\d{2}-\d{2})\.jsonl\.gz$/;

/** The file name of the daily backup taken on a date ("2025-01-31" → terukur-cadangan-2025-01-31.jsonl.gz). */
export function namaCadanganHarian(tanggal: string): string {
  return `terukur-cadangan-${tanggal}.jsonl.gz`;
}

function hariBerikut(tanggal: string): string {
  const [t, b, h] = tanggal.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(t, b - 1, h + 1)).toISOString().slice(0, 10);
}

/**
 * The first instant after `kini` at which the wall clock in `zona` reads `jam` ("HH:MM"). A day whose
 * `jam` does not exist (a skipped daylight-saving hour; not in Indonesia) is passed over.
 */
export function waktuCadanganBerikutnya(kini: Date, jam: string, zona: string): Date {
  let tanggal = tanggalWita(kini, zona);
  for (let i = 0; i < 4; i++) {
    const calon = dariIsianWita(`${tanggal}T${jam}`, zona);
    if (calon && calon.getTime() > kini.getTime()) return calon;
    tanggal = hariBerikut(tanggal);
  }
  throw new Error(`Jam cadangan ${jam} tidak ada di zona ${zona}`);
}

/**
 * Which daily backups to delete so that the newest `simpan` remain. Only names this schedule writes are
 * considered: a hand-made copy, a half-written temp file or anything else in the folder is never touched.
 */
export function cadanganDihapus(namaBerkas: readonly string[], simpan: number): string[] {
  const harian = namaBerkas.filter((n) => POLA_NAMA.test(n)).sort();
  return harian.slice(0, Math.max(0, harian.length - simpan));
}

import type { Peran } from "../../platform/db/schema.ts";
import { TAUTAN } from "../../platform/ui/tautan.ts";

/** Roles that act across the whole pemda and so belong to no OPD (the database holds the same rule). */
export const PERAN_PEMDA: readonly Peran[] = ["admin_pemda", "evaluator"];

/** Every role, in the order screens list them. */
export const SEMUA_PERAN = [
  "admin_pemda",
  "perencana",
  "kepala_seksi",
  "pimpinan",
  "evaluator",
] as const satisfies readonly Peran[];

/** Consecutive wrong passwords after which an account is locked for a while. */
export const BATAS_GAGAL_MASUK = 5;

/** How long a lock lasts: long enough to stop guessing, short enough not to need the admin. */
export const LAMA_KUNCI_MS = 15 * 60 * 1000;

/** The shortest password accepted (long passphrases beat complexity rules). */
export const PANJANG_SANDI_MIN = 10;

/** Whether a role belongs to one OPD (everyone except admin pemda and evaluator). */
export function peranOpd(peran: Peran): boolean {
  return !PERAN_PEMDA.includes(peran);
}

/**
 * Where a signed-in person starts: their OPD's overview for OPD roles, the side-by-side view of every OPD
 * for admin pemda and evaluator.
 */
export function rumahPeran(peran: Peran, opdKode: string | null): string {
  if (peranOpd(peran) && opdKode) return TAUTAN.opd(opdKode);
  return TAUTAN.kabupaten;
}

/**
 * The failure count and lock after one more wrong password: the fifth in a row locks the account and
 * starts the count again, so after the lock the person gets five fresh tries.
 */
export function setelahGagal(
  gagalBerturut: number,
  sekarang: Date,
): { gagalBerturut: number; terkunciSampai: Date | null } {
  const gagal = gagalBerturut + 1;
  if (gagal >= BATAS_GAGAL_MASUK) {
    return { gagalBerturut: 0, terkunciSampai: new Date(sekarang.getTime() + LAMA_KUNCI_MS) };
  }
  return { gagalBerturut: gagal, terkunciSampai: null };
}

/** Whether a lock is still running at this moment. */
export function masihTerkunci(terkunciSampai: Date | null, sekarang: Date): boolean {
  return terkunciSampai !== null && terkunciSampai.getTime() > sekarang.getTime();
}

/** A clock time as Indonesians write it (14.05), in the given time zone (the server's own by default). */
export function jamMenit(waktu: Date, zonaWaktu?: string): string {
  const bagian = new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: zonaWaktu,
  }).formatToParts(waktu);
  const ambil = (jenis: string) => bagian.find((b) => b.type === jenis)?.value ?? "00";
  return `${ambil("hour")}.${ambil("minute")}`;
}

/** The refusal shown while an account is locked, naming when to try again. */
export function pesanTerkunci(terkunciSampai: Date, zonaWaktu?: string): string {
  return `Akun terkunci sementara karena terlalu banyak percobaan; coba lagi pukul ${jamMenit(terkunciSampai, zonaWaktu)}`;
}

import { tanggalWita } from "../../platform/waktu-wita.ts";

/** Today as `YYYY-MM-DD` in the pemda's time zone (TERUKUR_ZONA_WAKTU): what "overdue" is measured against. */
export function tanggalHariIni(): string {
  return tanggalWita(new Date());
}

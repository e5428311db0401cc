/**
 * When an LKjIP of a perangkat daerah is due, and whether it was published in time. PermenPANRB 53/2014 sets
 * the chain (kepala SKPD → kepala daerah) without a number for perangkat daerah; the pemda's LKjIP is due
 * three months after the year ends (31 March) and Perbup SAKIP commonly give perangkat daerah two months
 * (regulations.md §2.4), so the default is the end of February of the following year. LKE 88/2021 criterion
 * 3.a.6 ("disampaikan tepat waktu") and the reference report's first recommendation rely on this date.
 */

import { awalHariWita, zonaWaktuAktif } from "../../platform/waktu-wita.ts";

/** The last day of February of the year after `tahun`, as "YYYY-MM-DD" (29 in a leap year). */
export function tanggalTenggatLkjip(tahun: number): string {
  const hari = new Date(Date.UTC(tahun + 1, 2, 0)).getUTCDate();
  return `${tahun + 1}-02-${String(hari).padStart(2, "0")}`;
}

/**
 * The first instant after the deadline: 1 March of year+1 at 00.00 in the pemda's zone (WITA for Luwu
 * Timur). Why: a publication is on time before it.
 */
export function batasTenggatLkjip(tahun: number, zona: string = zonaWaktuAktif()): Date {
  return awalHariWita(`${tahun + 1}-03-01`, zona) as Date;
}

/** Whether the LKjIP of `tahun` published at `diterbitkanPada` met the end-of-February deadline (pemda's zone). */
export function terbitTepatWaktu(
  tahun: number,
  diterbitkanPada: Date,
  zona: string = zonaWaktuAktif(),
): boolean {
  return diterbitkanPada.getTime() < batasTenggatLkjip(tahun, zona).getTime();
}

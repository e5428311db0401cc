/**
 * Pure rules of the evaluator's kabupaten LKE table (issue 6 item 6): the rank of each OPD by its final score
 * (ties share a rank, the next rank skips: 1, 2, 2, 4), the follow-up completion share, the sort order the
 * column links ask for, and the CSV a spreadsheet in Indonesian settings opens.
 */
import {
  bagiBulatSetengahNaik,
  bandingkan,
  bulatkan,
  type Desimal,
  desimal,
} from "../../platform/decimal.ts";
import { formatAngka } from "../../platform/number-format.ts";

/**
 * Competition ranks by score, highest first, judged on the score as printed (2 decimals) so two OPDs shown with
 * the same score share a rank; a missing score has no rank.
 */
export function peringkat(nilai: readonly (string | null)[]): (number | null)[] {
  const bulat = nilai.map((n) => (n === null ? null : bulatkan(desimal(n), 2)));
  return bulat.map((n) => {
    if (n === null) return null;
    return 1 + bulat.filter((lain) => lain !== null && bandingkan(lain, n) > 0).length;
  });
}

/** Accepted ÷ total follow-up in percent, half up to 2 decimals; null without recommendations. */
export function persenTuntas(diterima: number, jumlah: number): Desimal | null {
  if (jumlah === 0) return null;
  return bagiBulatSetengahNaik(desimal(BigInt(diterima)), desimal(BigInt(jumlah)), 100n, 2);
}

/** Columns the table may be sorted by. */
export const KOLOM_URUT_LKE = ["peringkat", "nama", "nilai", "mandiri", "tuntas", "terlambat"] as const;

/** One sortable column. */
export type KolomUrutLke = (typeof KOLOM_URUT_LKE)[number];

/** A sort order: column and direction. */
export type UrutanLke = { kolom: KolomUrutLke; turun: boolean };

/** `?urut=nilai` or `?urut=-nilai`; anything else sorts by rank. */
export function bacaUrutanLke(teks: string | null | undefined): UrutanLke {
  const turun = teks?.startsWith("-") ?? false;
  const nama = turun ? (teks ?? "").slice(1) : (teks ?? "");
  if (!(KOLOM_URUT_LKE as readonly string[]).includes(nama)) return { kolom: "peringkat", turun: false };
  return { kolom: nama as KolomUrutLke, turun };
}

/** The `?urut=` a column header links to: the same column flips, another starts ascending. */
export function urutBerikutLke(kini: UrutanLke, kolom: KolomUrutLke): string {
  return kini.kolom === kolom && !kini.turun ? `-${kolom}` : kolom;
}

/** What a row is sorted by; null (no value) always goes last, ties by name. */
export type NilaiUrutLke = { nama: string } & Record<Exclude<KolomUrutLke, "nama">, Desimal | number | null>;

function banding(a: Desimal | number, b: Desimal | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return bandingkan(a as Desimal, b as Desimal);
}

/** Rows sorted by a column and direction; rows without a value last, then by OPD name. */
export function urutkanBarisLke<T extends { urut: NilaiUrutLke }>(baris: readonly T[], u: UrutanLke): T[] {
  const arah = u.turun ? -1 : 1;
  return [...baris].sort((x, y) => {
    const nama = x.urut.nama.localeCompare(y.urut.nama, "id");
    if (u.kolom === "nama") return arah * nama;
    const a = x.urut[u.kolom];
    const b = y.urut[u.kolom];
    if (a === null && b === null) return nama;
    if (a === null) return 1;
    if (b === null) return -1;
    return arah * banding(a, b) || nama;
  });
}

function selCsv(v: string): string {
  return /[";\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * A CSV for a spreadsheet in Indonesian settings: semicolon-separated, decimal comma, UTF-8 with a byte-order
 * mark so Excel reads the names right. Why: the evaluator passes the ranking on as a worksheet.
 */
export function keCsv(
  kepala: readonly string[],
  baris: readonly (readonly (string | number | null)[])[],
): string {
  const teks = (v: string | number | null) => (v === null ? "" : typeof v === "number" ? String(v) : v);
  return `\uFEFF${[kepala, ...baris].map((r) => r.map((v) => selCsv(teks(v))).join(";")).join("\r\n")}\r\n`;
}

/** A score for the CSV: "71,76", or empty. */
export function angkaCsv(nilai: string | Desimal | null): string | null {
  return nilai === null ? null : formatAngka(nilai, 2);
}

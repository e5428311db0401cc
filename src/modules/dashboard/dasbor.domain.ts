/**
 * Pure rules of the dashboards: the average capaian of an OPD's IKU and the order of the kabupaten table. No I/O, so each is table-tested with hand-worked values.
 */
import {
  bagiBulatSetengahNaik,
  bandingkan,
  type Desimal,
  desimal,
  jumlahkan,
} from "../../platform/decimal.ts";

/** An average capaian and how many indicators it rests on (and leaves out). */
export type RataRataCapaian = { nilai: Desimal | null; dihitung: number; tidakDihitung: number };

/**
 * Mean of the IKU capaian that can be computed (each as printed, 2 decimals), half up to 2 decimals; an
 * indicator whose capaian cannot be computed is left out and counted, never taken as 0 % (decisions.md).
 */
export function rataRataCapaian(persen: readonly (Desimal | null)[]): RataRataCapaian {
  const ada = persen.filter((p): p is Desimal => p !== null);
  return {
    nilai:
      ada.length === 0 ? null : bagiBulatSetengahNaik(jumlahkan(ada), desimal(BigInt(ada.length)), 1n, 2),
    dihitung: ada.length,
    tidakDihitung: persen.length - ada.length,
  };
}

/** The columns the kabupaten table can be sorted by (`?urut=kolom` ascending, `?urut=-kolom` descending). */
export const KOLOM_URUT = [
  "nama",
  "pagu",
  "realisasi",
  "serapan",
  "iku",
  "capaian",
  "nilai",
  "rekomendasi",
] as const;

/** One sortable column of the kabupaten table. */
export type KolomUrut = (typeof KOLOM_URUT)[number];

/** A parsed `?urut=`: the column and its direction. */
export type Urutan = { kolom: KolomUrut; turun: boolean };

/** Reads `?urut=`; anything unknown falls back to the OPD name, ascending (a bad link is not an error). */
export function bacaUrutan(teks: string | null | undefined): Urutan {
  const turun = teks?.startsWith("-") ?? false;
  const nama = turun ? (teks ?? "").slice(1) : (teks ?? "");
  if (!(KOLOM_URUT as readonly string[]).includes(nama)) return { kolom: "nama", turun: false };
  return { kolom: nama as KolomUrut, turun };
}

/** The `?urut=` value a column header links to: the same column flips direction, another starts ascending. */
export function urutBerikut(kini: Urutan, kolom: KolomUrut): string {
  return kini.kolom === kolom && !kini.turun ? `-${kolom}` : kolom;
}

/** What a kabupaten row is sorted by; null means "no value" and always goes last, whatever the direction. */
export type NilaiUrut = { nama: string } & Record<
  Exclude<KolomUrut, "nama">,
  Desimal | bigint | number | null
>;

function bandingkanNilai(a: Desimal | bigint | number, b: Desimal | bigint | number): number {
  if (typeof a === "bigint" && typeof b === "bigint") return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "object" && typeof b === "object") return bandingkan(a, b);
  return 0;
}

/**
 * The kabupaten rows in the order asked for, exactly (rupiah as bigint, percentages as decimals); rows
 * without a value go last in both directions and ties fall back to the OPD name.
 */
export function urutkanBaris<T extends { urut: NilaiUrut }>(baris: readonly T[], urutan: Urutan): T[] {
  const arah = urutan.turun ? -1 : 1;
  const menurutNama = (a: T, b: T) => a.urut.nama.localeCompare(b.urut.nama, "id");
  return [...baris].sort((a, b) => {
    if (urutan.kolom === "nama") return arah * menurutNama(a, b);
    const x = a.urut[urutan.kolom];
    const y = b.urut[urutan.kolom];
    if (x === null && y === null) return menurutNama(a, b);
    if (x === null) return 1;
    if (y === null) return -1;
    return arah * bandingkanNilai(x, y) || menurutNama(a, b);
  });
}

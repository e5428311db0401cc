/**
 * Small constructors for report-model blocks and the one way each kind of figure is printed in an LKjIP
 * cell ("4.445.199.950", "93,05", "100,01", "-"), so tables and sentences agree (decisions.md "Money and
 * numbers"; a missing value is "-", never 0).
 */
import { formatAngka, formatRupiah } from "../../../platform/number-format.ts";
import type { HasilSerapan } from "../../budget/anggaran.domain.ts";
import type { HasilCapaian } from "../../performance/capaian.domain.ts";
import type {
  BarisTabel,
  BlokJudul,
  BlokParagraf,
  BlokTabel,
  KolomTabel,
  Perataan,
  SelKepala,
  Teks,
} from "../model.ts";

/** A stored NUMERIC value as a cell: "93,05", or "-" when there is none. */
export function tampilNilai(nilai: string | null): string {
  return nilai === null ? "-" : formatAngka(nilai);
}

/** A target as a cell: "93,05", a range "80–90", or "-". */
export function tampilTarget(target: string | null, targetAtas: string | null): string {
  if (target === null) return "-";
  if (targetAtas === null || targetAtas === target) return formatAngka(target);
  return `${formatAngka(target)}–${formatAngka(targetAtas)}`;
}

/** A capaian as a cell: "100,01", or "-" when it cannot be computed (never 0). */
export function tampilCapaian(c: HasilCapaian): string {
  return c.status === "dihitung" ? formatAngka(c.persen, 2) : "-";
}

/** A serapan as a cell: "96,42", or "-". */
export function tampilSerapan(s: HasilSerapan): string {
  return s.status === "dihitung" ? formatAngka(s.persen, 2) : "-";
}

/** Rupiah as a cell, without the "Rp" the column header carries: "4.445.199.950". */
export function tampilRupiah(n: bigint | null): string {
  return n === null ? "-" : formatRupiah(n).replace("Rp ", "");
}

/** A count as a cell: "-" for zero, as staffing tables print it. */
export function tampilHitungan(n: number): string {
  return n === 0 ? "-" : String(n);
}

/** A heading. */
export function judul(tingkat: 1 | 2 | 3, nomor: string | null, teks: string, diDaftarIsi = true): BlokJudul {
  return diDaftarIsi
    ? { jenis: "judul", tingkat, nomor, teks }
    : { jenis: "judul", tingkat, nomor, teks, diDaftarIsi };
}

/** A justified paragraph. */
export function paragraf(teks: Teks, perataan: Perataan = "rata"): BlokParagraf {
  return { jenis: "paragraf", teks, perataan };
}

/** A bold run-in label paragraph ("a. Perbandingan antara Target dan Realisasi …"). */
export function label(teks: string): BlokParagraf {
  return { jenis: "paragraf", teks: [{ teks, tebal: true }], perataan: "kiri" };
}

/** A body row from plain cell texts. */
export function baris(sel: readonly string[], gaya?: BarisTabel["gaya"], inden?: number): BarisTabel {
  const hasil: BarisTabel = { sel: sel.map((teks) => ({ teks })) };
  if (gaya !== undefined) hasil.gaya = gaya;
  if (inden !== undefined && inden > 0) hasil.inden = inden;
  return hasil;
}

/** Column layout from [alignment, relative width] pairs. */
export function kolom(...k: [Perataan, number][]): KolomTabel[] {
  return k.map(([perataan, lebar]) => ({ perataan, lebar }));
}

/** A one-row header from plain texts. */
export function kepala(...teks: string[]): SelKepala[][] {
  return [teks.map((t) => ({ teks: t }))];
}

/** A numbered table. */
export function tabel(
  nomor: string,
  judulTabel: string,
  k: KolomTabel[],
  h: SelKepala[][],
  b: BarisTabel[],
  sumber: string | null,
  lanskap = false,
): BlokTabel {
  const t: BlokTabel = { jenis: "tabel", nomor, judul: judulTabel, kolom: k, kepala: h, baris: b, sumber };
  if (lanskap) t.lanskap = true;
  return t;
}

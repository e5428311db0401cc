/**
 * Reads a CSV of respondents (one row per respondent, columns U1–U9 as in regulations.md §1.2, values 1–4, blank
 * for no answer) into per-unsur sums and counts, with row-level errors. Pure: the caller reads the file.
 */
import { bacaCsv } from "../../platform/csv.ts";
import type { AgregatUnsur, UnsurHitung } from "./skm.domain.ts";

/** A problem in one row of the file, numbered as a spreadsheet shows it (the header is row 1). */
export type GalatBaris = { baris: number; pesan: string };

/** Splits CSV text into rows of cells with the import's reader (separator detected, quotes, CRLF, BOM dropped). */
export function pecahCsv(teks: string): string[][] {
  return bacaCsv(teks.replace(/^\uFEFF/, ""));
}

/**
 * Sums and counts per unsur from the rows of a respondents file, refusing values other than 1–4 and rows with no
 * answer at all, each error with its row number. Why: `terukur skm hitung --csv` (issue 5 item 6); blanks stay out
 * of the denominator (PermenPANRB 14/2017, "jumlah kuesioner yang terisi").
 */
export function agregatCsv(
  teks: string,
  unsur: readonly UnsurHitung[],
): { agregat: Map<string, AgregatUnsur>; responden: number; galat: GalatBaris[] } {
  const baris = pecahCsv(teks);
  const kepala = (baris[0] ?? []).map((k) => k.trim().toUpperCase());
  const galat: GalatBaris[] = [];
  const kolom = unsur.map((u) => ({ u, i: kepala.indexOf(u.kunci.toUpperCase()) }));
  const hilang = kolom.filter((k) => k.i < 0).map((k) => k.u.kunci);
  const agregat = new Map<string, AgregatUnsur>(unsur.map((u) => [u.kunci, { jumlah: 0, responden: 0 }]));
  if (hilang.length > 0) {
    galat.push({ baris: 1, pesan: `kolom ${hilang.join(", ")} tidak ada di baris judul` });
    return { agregat, responden: 0, galat };
  }
  let responden = 0;
  for (let r = 1; r < baris.length; r++) {
    const sel = baris[r] ?? [];
    if (sel.every((s) => s.trim() === "")) continue;
    const nilai: [string, number][] = [];
    const salah: string[] = [];
    for (const { u, i } of kolom) {
      const t = (sel[i] ?? "").trim();
      if (t === "") continue;
      if (!/^[1-4]$/.test(t)) salah.push(`${u.kunci}: nilai "${t}" harus 1 sampai 4 atau kosong`);
      else nilai.push([u.kunci, Number(t)]);
    }
    if (salah.length > 0) {
      for (const pesan of salah) galat.push({ baris: r + 1, pesan });
      continue;
    }
    if (nilai.length === 0) {
      galat.push({ baris: r + 1, pesan: "tidak ada unsur yang dijawab" });
      continue;
    }
    responden += 1;
    for (const [k, v] of nilai) {
      const a = agregat.get(k);
      if (a) agregat.set(k, { jumlah: Number(a.jumlah) + v, responden: a.responden + 1 });
    }
  }
  return { agregat, responden, galat };
}

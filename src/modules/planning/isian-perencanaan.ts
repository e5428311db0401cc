/**
 * Reading the planning screens' form fields into service inputs: empty text becomes null, numbers typed in
 * fields the schemas expect as numbers become numbers (or NaN, which the schema refuses by field).
 */
import type { z } from "zod";
import { GalatTerukur } from "../../platform/errors.ts";
import type { skemaPasporIndikator } from "./renstra-ubah.service.ts";

/** Trimmed text, or null when left empty: optional passport fields are null, not "". */
export function teksAtauNull(v: string | undefined): string | null {
  const t = (v ?? "").trim();
  return t === "" ? null : t;
}

/** A whole number typed in a form; empty is null, anything else unreadable is NaN so the schema names the field. */
export function bulatAtauNull(v: string | undefined): number | null {
  const t = (v ?? "").trim();
  if (t === "") return null;
  return /^-?\d+$/.test(t) ? Number(t) : Number.NaN;
}

/** An id from the path; anything that is not one gives the same 404 as an id that does not exist. */
export function idJalur(v: string | undefined): number {
  const t = v ?? "";
  if (!/^\d{1,9}$/.test(t)) throw new GalatTerukur("tidak_ditemukan", "Data tidak ditemukan");
  return Number(t);
}

/** The year asked for in ?tahun=, else the fallback (the current year, or one the page knows has data). */
export function tahunDiminta(v: string | undefined, cadangan: number): number {
  const t = (v ?? "").trim();
  return /^\d{4}$/.test(t) ? Number(t) : cadangan;
}

/** The indicator passport fields of the add and edit forms (same names as the service input). */
export function isianKePaspor(isian: Record<string, string>): z.input<typeof skemaPasporIndikator> {
  return {
    nama: isian.nama ?? "",
    satuan: isian.satuan ?? "",
    definisiOperasional: teksAtauNull(isian.definisiOperasional),
    formula: teksAtauNull(isian.formula),
    sumberData: teksAtauNull(isian.sumberData),
    penanggungJawabUnitKode: teksAtauNull(isian.penanggungJawabUnitKode),
    penanggungJawabTeks: teksAtauNull(isian.penanggungJawabTeks),
    polaritas: (isian.polaritas ?? "") as "positif",
    rumusNegatif: (teksAtauNull(isian.rumusNegatif) ?? "dua_t_kurang_r") as "dua_t_kurang_r",
    agregasi: (isian.agregasi ?? "") as "sum",
    presisi: bulatAtauNull(isian.presisi) ?? 2,
    baseline: teksAtauNull(isian.baseline),
    baselineTahun: bulatAtauNull(isian.baselineTahun),
    kondisiAkhir: teksAtauNull(isian.kondisiAkhir),
    iku: isian.iku === "ya",
    sumberOtomatis: teksAtauNull(isian.sumberOtomatis) as "ikm" | null,
  };
}

/**
 * The fields of one form among several on a page: its inputs are posted as `<awalan><field>` so each has a
 * unique id; this strips the prefix back to the service's field names.
 */
export function tanpaAwalan(isian: Record<string, string>, awalan: string): Record<string, string> {
  const hasil: Record<string, string> = {};
  for (const [k, v] of Object.entries(isian)) if (k.startsWith(awalan)) hasil[k.slice(awalan.length)] = v;
  return hasil;
}

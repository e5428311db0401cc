import { TAUTAN } from "../../platform/ui/tautan.ts";
import type { JenisImpor, KodePeriode } from "./impor.domain.ts";

/** The selection a template or export link carries in its query. */
export type PilihanUnduh = { tahun: number; periode: KodePeriode; dpaJenis: "murni" | "perubahan" };

function kueri(jenis: JenisImpor, p: PilihanUnduh): string {
  const q = new URLSearchParams({ tahun: String(p.tahun) });
  if (jenis === "realisasi") q.set("periode", p.periode);
  if (jenis === "dpa") q.set("dpa", p.dpaJenis);
  return q.toString();
}

/** The addresses of this screen's downloads and its save, beside TAUTAN.impor (the upload page). */
export const TAUTAN_IMPOR = {
  templat: (kode: string, jenis: JenisImpor, p: PilihanUnduh) =>
    `${TAUTAN.impor(kode)}/templat/${jenis}.xlsx?${kueri(jenis, p)}`,
  ekspor: (kode: string, jenis: JenisImpor, p: PilihanUnduh) =>
    `/opd/${kode}/ekspor/${jenis}.xlsx?${kueri(jenis, p)}`,
  simpan: (kode: string) => `${TAUTAN.impor(kode)}/simpan`,
} as const;

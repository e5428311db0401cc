/** The shape of a consistency rule, so the service, the CLI and the UI can list and run them uniformly. */
import type { DataPemeriksaan } from "./data-pemeriksaan.ts";
import type { Temuan } from "./temuan.ts";

/** A rule: a stable id, an Indonesian title and description, and a pure check over the loaded data. */
export type AturanKonsistensi = {
  readonly id: string;
  readonly judul: string;
  readonly uraian: string;
  readonly periksa: (data: DataPemeriksaan) => Temuan[];
};

/**
 * The names of the tree's levels and result kinds in both languages (PermenPANRB 89/2021 levels; the
 * Indonesian ones match the diagram's legend), shared by the outline, the editor and the guided flow.
 */
import type { LevelPohon } from "../../../platform/db/schema.ts";
import { buatKamus } from "../../../platform/i18n/kamus.ts";

/** Level and result-kind labels. */
export const kamusLabelPohon = buatKamus(
  {
    strategis_pemda: "Sasaran Strategis Pemda",
    strategis: "Sasaran Strategis",
    taktis: "Sasaran Program (Taktis)",
    operasional: "Sasaran Kegiatan (Operasional)",
    individu: "Rencana Hasil Kerja (Individu)",
    outcome: "Outcome",
    intermediate_outcome: "Intermediate outcome",
    output: "Output",
    pengampu: "Pengampu",
    pendukung: "Pendukung",
  },
  {
    strategis_pemda: "Pemda strategic goal",
    strategis: "Strategic goal",
    taktis: "Programme goal (tactical)",
    operasional: "Activity goal (operational)",
    individu: "Individual work result",
    outcome: "Outcome",
    intermediate_outcome: "Intermediate outcome",
    output: "Output",
    pengampu: "Lead",
    pendukung: "Supporting",
  },
);

/** The levels an OPD's own nodes may take, top down. */
export const LEVEL_OPD: readonly LevelPohon[] = ["strategis", "taktis", "operasional", "individu"];

/** The result kind a new node of a level states by default (89/2021: outcome → intermediate → output). */
export const JENIS_HASIL_LEVEL: Record<LevelPohon, "outcome" | "intermediate_outcome" | "output"> = {
  strategis_pemda: "outcome",
  strategis: "outcome",
  taktis: "intermediate_outcome",
  operasional: "output",
  individu: "output",
};

/** The level a child of a node takes by default. */
export const LEVEL_ANAK: Record<LevelPohon, LevelPohon> = {
  strategis_pemda: "strategis",
  strategis: "taktis",
  taktis: "operasional",
  operasional: "individu",
  individu: "individu",
};

import type { Peran } from "../../platform/db/schema.ts";
import type { Bahasa } from "../../platform/i18n/kamus.ts";
import type { Cakupan } from "../../platform/scope.ts";

/** The signed-in person as every route and view sees it, read from the session on each request. */
export type Pengguna = {
  readonly akunId: number;
  readonly namaPengguna: string;
  readonly nama: string;
  readonly peran: Peran;
  readonly pemdaId: number;
  /** null for admin pemda and evaluator, who see every OPD of the pemda */
  readonly opdId: number | null;
  readonly opdKode: string | null;
  /** the unit whose realisations a kepala seksi enters */
  readonly unitKerjaId: number | null;
  readonly bahasa: Bahasa;
};

/** The scope every service call of this person runs in: their pemda, their OPD, and their name for the audit. */
export function cakupanPengguna(p: Pengguna): Cakupan {
  return { pemdaId: p.pemdaId, opdId: p.opdId, pelaku: p.namaPengguna, akunId: p.akunId };
}

/** Role names as people in a pemda say them, for screens and the README. */
export const NAMA_PERAN: Record<Peran, { id: string; en: string }> = {
  admin_pemda: { id: "Admin pemda", en: "Local government admin" },
  perencana: { id: "Perencana OPD", en: "Agency planner" },
  kepala_seksi: { id: "Kepala seksi/subbagian", en: "Section head" },
  pimpinan: { id: "Pimpinan OPD", en: "Agency head" },
  evaluator: { id: "Evaluator (Inspektorat)", en: "Evaluator (Inspectorate)" },
};

import { GalatTerukur } from "./errors.ts";

/**
 * Who is asking and over what: every repository function takes this first and filters by it.
 * opdId null means the whole pemda (admin pemda, evaluator).
 */
export type Cakupan = {
  readonly pemdaId: number;
  readonly opdId: number | null;
  readonly pelaku: string;
  /** the signed-in account behind pelaku, for the audit log (absent for the CLI, the demo and the public) */
  readonly akunId?: number | null;
};

/** Refuses work on an OPD outside the caller's scope, before anything is read or written. */
export function pastikanOpdDalamCakupan(cakupan: Cakupan, opdId: number): void {
  if (cakupan.opdId !== null && cakupan.opdId !== opdId) {
    throw new GalatTerukur(
      "di_luar_cakupan",
      "Data ini milik perangkat daerah lain dan berada di luar cakupan Anda.",
    );
  }
}

/** The scope of one OPD inside a pemda, for services acting on that OPD's data. */
export function cakupanOpd(cakupan: Cakupan, opdId: number): Cakupan {
  pastikanOpdDalamCakupan(cakupan, opdId);
  return { pemdaId: cakupan.pemdaId, opdId, pelaku: cakupan.pelaku, akunId: cakupan.akunId ?? null };
}

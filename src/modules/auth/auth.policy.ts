import type { Peran } from "../../platform/db/schema.ts";
import type { Pengguna } from "./pengguna.ts";

/**
 * Everything a signed-in person can be allowed to do. Reading published documents needs no account and
 * is not listed: the public portal serves them to everyone.
 */
export type Tindakan =
  /** read an OPD's data: its own for OPD roles, every OPD for admin pemda and evaluator */
  | "lihat_opd"
  /** Renstra, IKU, DPA, PK, rencana aksi, narratives, staffing, survey set-up, Excel imports */
  | "ubah_perencanaan"
  /** enter realisations and their evidence (a kepala seksi only for indicators of their unit) */
  | "isi_realisasi"
  /** draf → diajukan */
  | "ajukan"
  /** diajukan → diverifikasi, or back to draf with a comment */
  | "verifikasi"
  /** diverifikasi → disetujui, opening a revision of an approved row, publishing an approved document */
  | "setujui"
  /** record the follow-up of a recommendation */
  | "tindak_lanjut"
  /** write evaluation results and recommendations, verify follow-up */
  | "tulis_evaluasi"
  /** fill the OPD's LKE self-assessment (penilaian mandiri) */
  | "isi_lke_mandiri"
  /** check a hand-written report (reviu) and read the findings */
  | "reviu_laporan"
  /** every OPD side by side */
  | "lihat_kabupaten"
  /** accounts and input schedules */
  | "kelola_pemda"
  /** read and filter the audit log */
  | "baca_audit";

/** Which roles may do what (declarative, one place; a test walks every route with every role against it). */
export const IZIN: Record<Tindakan, readonly Peran[]> = {
  lihat_opd: ["admin_pemda", "perencana", "kepala_seksi", "pimpinan", "evaluator"],
  ubah_perencanaan: ["perencana"],
  isi_realisasi: ["perencana", "kepala_seksi"],
  ajukan: ["perencana", "kepala_seksi"],
  verifikasi: ["perencana", "pimpinan"],
  setujui: ["pimpinan"],
  tindak_lanjut: ["perencana", "pimpinan"],
  tulis_evaluasi: ["evaluator"],
  isi_lke_mandiri: ["perencana", "pimpinan"],
  reviu_laporan: ["perencana", "pimpinan", "evaluator"],
  lihat_kabupaten: ["admin_pemda", "evaluator"],
  kelola_pemda: ["admin_pemda"],
  baca_audit: ["admin_pemda", "evaluator"],
};

/**
 * Whether this person may do this, on this OPD when one is named: OPD roles act only inside their own
 * OPD; admin pemda and evaluator act across the pemda (what they may do is still limited by IZIN).
 */
export function boleh(p: Pengguna | null, tindakan: Tindakan, opdId?: number): boolean {
  if (!p) return false;
  if (!IZIN[tindakan].includes(p.peran)) return false;
  if (opdId !== undefined && p.opdId !== null && p.opdId !== opdId) return false;
  return true;
}

/**
 * A kepala seksi enters (and submits) realisations only for indicators their unit is responsible for;
 * other roles allowed to enter realisations are not limited by unit.
 */
export function bolehUnitIndikator(p: Pengguna, penanggungJawabUnitId: number | null): boolean {
  return p.peran !== "kepala_seksi" || (p.unitKerjaId !== null && p.unitKerjaId === penanggungJawabUnitId);
}

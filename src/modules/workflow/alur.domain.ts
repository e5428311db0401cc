/**
 * The approval workflow of a realisation, a Perjanjian Kinerja or an OPD document (issue 4 item 4):
 * draf → diajukan → diverifikasi → disetujui, and back to draf with a comment. Pure rules only.
 */
import type { ObjekAlur, StatusAlur } from "../../platform/db/schema.ts";
import type { Bahasa } from "../../platform/i18n/kamus.ts";
import type { Tindakan } from "../auth/auth.policy.ts";

/** One step a person can take on an item in the workflow. */
export type LangkahAlur = "ajukan" | "verifikasi" | "setujui" | "kembalikan";

/** Every step, in the order buttons are shown. */
export const SEMUA_LANGKAH: readonly LangkahAlur[] = ["ajukan", "verifikasi", "setujui", "kembalikan"];

/** Every status, in workflow order. */
export const SEMUA_STATUS: readonly StatusAlur[] = ["draf", "diajukan", "diverifikasi", "disetujui"];

/** Every kind of item that moves through the workflow, as named in addresses and tables. */
export const SEMUA_OBJEK: readonly ObjekAlur[] = ["realisasi_indikator", "perjanjian_kinerja", "dokumen_opd"];

const TRANSISI: Readonly<Record<StatusAlur, Partial<Record<LangkahAlur, StatusAlur>>>> = {
  draf: { ajukan: "diajukan" },
  diajukan: { verifikasi: "diverifikasi", kembalikan: "draf" },
  diverifikasi: { setujui: "disetujui", kembalikan: "draf" },
  disetujui: {},
};

/** Which permission each step needs; returning an item for correction is part of verifying it. */
export const TINDAKAN_LANGKAH: Readonly<Record<LangkahAlur, Tindakan>> = {
  ajukan: "ajukan",
  verifikasi: "verifikasi",
  setujui: "setujui",
  kembalikan: "verifikasi",
};

/** The steps that can be taken from a status (an approved item only moves again through a revision). */
export function langkahTersedia(status: StatusAlur): LangkahAlur[] {
  return SEMUA_LANGKAH.filter((l) => TRANSISI[status][l] !== undefined);
}

/** The status after a step, or null when the step is not available from this status. */
export function statusSesudah(status: StatusAlur, langkah: LangkahAlur): StatusAlur | null {
  return TRANSISI[status][langkah] ?? null;
}

/** Returning an item needs a comment saying what to fix; the other steps may carry one. */
export function komentarWajib(langkah: LangkahAlur): boolean {
  return langkah === "kembalikan";
}

/** Reads a step from a form field; anything unknown is null. */
export function langkahDari(teks: string | null | undefined): LangkahAlur | null {
  return SEMUA_LANGKAH.find((l) => l === teks) ?? null;
}

/** Reads the kind of item from an address segment; anything unknown is null. */
export function objekDari(teks: string | null | undefined): ObjekAlur | null {
  return SEMUA_OBJEK.find((o) => o === teks) ?? null;
}

/** Status names for badges, in both languages. */
export const LABEL_STATUS: Readonly<Record<StatusAlur, Record<Bahasa, string>>> = {
  draf: { id: "Draf", en: "Draft" },
  diajukan: { id: "Diajukan", en: "Submitted" },
  diverifikasi: { id: "Diverifikasi", en: "Verified" },
  disetujui: { id: "Disetujui", en: "Approved" },
};

/** Step names for buttons, in both languages. */
export const LABEL_LANGKAH: Readonly<Record<LangkahAlur, Record<Bahasa, string>>> = {
  ajukan: { id: "Ajukan", en: "Submit" },
  verifikasi: { id: "Verifikasi", en: "Verify" },
  setujui: { id: "Setujui", en: "Approve" },
  kembalikan: { id: "Kembalikan", en: "Return for correction" },
};

/** Item kinds as people name them, in both languages (messages and page titles). */
export const LABEL_OBJEK: Readonly<Record<ObjekAlur, Record<Bahasa, string>>> = {
  realisasi_indikator: { id: "Realisasi", en: "Result" },
  perjanjian_kinerja: { id: "Perjanjian Kinerja", en: "Performance agreement" },
  dokumen_opd: { id: "Dokumen", en: "Document" },
};

/** The Indonesian refusal for a step not available from the item's status. */
export function pesanLangkahTidakTersedia(
  objek: ObjekAlur,
  status: StatusAlur,
  langkah: LangkahAlur,
): string {
  const nama = LABEL_OBJEK[objek].id;
  if (status === "disetujui") {
    return `${nama} ini berstatus disetujui; langkah '${langkah}' tidak tersedia. Buka revisi dengan alasan untuk mengubahnya`;
  }
  return `${nama} ini berstatus ${status}; langkah '${langkah}' tidak tersedia`;
}

/**
 * The signed payload a survey-import preview hands to its "Simpan" button: the chosen period and service unit,
 * the file name, and the checked sheet as canonical CSV. Signed with the Excel import's helper (key: the session's
 * CSRF token, the account and the OPD), so the save needs no server-side state and refuses anything changed.
 */
import { z } from "zod";
import { type KunciTanda, tandaiMuatan, tandaSah } from "../impor-excel/tanda.ts";

/** What "Simpan" saves: the sheet previewed, for the period and unit chosen when it was previewed. */
export type MuatanImporSurvei = {
  periodeId: number;
  kodeUnit: string | null;
  nama: string;
  csv: string;
};

const skemaMuatan = z.object({
  periodeId: z.number().int().positive(),
  kodeUnit: z.string().min(1).max(100).nullable(),
  nama: z.string().max(300),
  csv: z.string(),
});

/** The payload as the hidden field's text and its signature. */
export function tandatanganiMuatan(
  m: MuatanImporSurvei,
  kunci: KunciTanda,
): { muatan: string; tanda: string } {
  const muatan = JSON.stringify(m);
  return { muatan, tanda: tandaiMuatan(muatan, kunci) };
}

/** The payload back from the posted fields, or null when the signature or the shape does not hold. */
export function bukaMuatan(muatan: string, tanda: string, kunci: KunciTanda): MuatanImporSurvei | null {
  if (!tandaSah(muatan, tanda, kunci)) return null;
  try {
    const hasil = skemaMuatan.safeParse(JSON.parse(muatan));
    return hasil.success ? hasil.data : null;
  } catch {
    return null;
  }
}

/**
 * Helpers the tree forms share: a refusal naming a field the form does not show goes on top of that form (so
 * no message is ever lost), and the selects of units, employees, OPDs and levels.
 */
import { GALAT_UMUM, type GalatFormulir } from "../../../platform/ui/formulir.tsx";

/** The refusal of one form, shown only on that form; a field it lacks is shown on top of it. */
export function galatForm(
  aktif: string | null,
  nama: string,
  galat: GalatFormulir | undefined,
  bidang: readonly string[],
): GalatFormulir | undefined {
  if (aktif !== nama || !galat) return undefined;
  const hasil: GalatFormulir = {};
  for (const [kunci, pesan] of Object.entries(galat)) {
    const tempat = bidang.includes(kunci) ? kunci : GALAT_UMUM;
    hasil[tempat] = hasil[tempat] ? `${hasil[tempat]}; ${pesan}` : pesan;
  }
  return hasil;
}

/** What was typed into one form, or its defaults when it is not the one being shown again. */
export function isianForm(
  aktif: string | null,
  nama: string,
  isian: Record<string, string>,
  bawaan: Record<string, string>,
): Record<string, string> {
  return aktif === nama ? { ...bawaan, ...isian } : bawaan;
}

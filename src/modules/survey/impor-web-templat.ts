/**
 * The empty CSV a counter types paper questionnaires into: one header row naming the unsur keys of the period's
 * questionnaire (the 9 unsur of PermenPANRB 14/2017 when no period is named) and the optional profile columns the
 * import understands. No example row: a forgotten example would be imported as a respondent.
 */
import type { Db } from "../../platform/db/transaction.ts";
import type { Cakupan } from "../../platform/scope.ts";
import { periodeTerpilih } from "./impor-web.service.ts";
import { UNSUR_PERMENPANRB_14_2017 } from "./skm.domain.ts";
import * as repo from "./survey.repo.ts";

/** The optional columns after the unsur, in the spelling the import reads (baris.domain.ts). */
export const KOLOM_PROFIL_TEMPLAT = [
  "jenis_layanan",
  "jenis_kelamin",
  "usia",
  "pendidikan",
  "pekerjaan",
  "saran",
  "tanggal",
] as const;

/** The header line for these unsur keys, CRLF-terminated as spreadsheets write it. */
export function barisJudulTemplat(kunciUnsur: readonly string[]): string {
  return `${[...kunciUnsur, ...KOLOM_PROFIL_TEMPLAT].join(",")}\r\n`;
}

/**
 * The template's text: the unsur of the named period's questionnaire (refused when the period is not this OPD's),
 * else the standard nine. Why: an OPD with a custom questionnaire needs its own keys in the header.
 */
export async function templatImporCsv(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  periode: string | undefined,
): Promise<string> {
  if (periode === undefined || periode === "") {
    return barisJudulTemplat(UNSUR_PERMENPANRB_14_2017.map((u) => u.kunci));
  }
  const p = await periodeTerpilih(db, cakupan, opdId, periode);
  const unsur = await repo.daftarUnsur(db, p.kuesioner_id);
  return barisJudulTemplat(unsur.map((u) => u.kunci));
}

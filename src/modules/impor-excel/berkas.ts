/**
 * Turns an uploaded file into cells, recognising the kind by its content, not its name: an .xlsx is a zip
 * ("PK\x03\x04"), a CSV is UTF-8 text without NUL bytes. Anything else, or a file over 5 MB, is refused.
 */

import { bacaCsv, dekodeTeks } from "../../platform/csv.ts";
import { inputTidakValid } from "../../platform/errors.ts";
import { bacaSelXlsx, type SelMentah } from "../../platform/excel.ts";

/** The largest file accepted (hundreds of rows take a few tens of kilobytes). */
export const UKURAN_MAKS_BERKAS = 5 * 1024 * 1024;

/** Whether bytes start with the zip signature every .xlsx has. */
export function adalahZip(b: Uint8Array): boolean {
  return b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

function adalahTeks(b: Uint8Array): boolean {
  if (b.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

/** The cells of an uploaded .xlsx (first sheet) or .csv; the field named in a refusal is "berkas". */
export async function bacaBerkasImpor(berkas: { nama: string; isi: Uint8Array }): Promise<SelMentah[][]> {
  if (berkas.isi.length === 0)
    throw inputTidakValid("Berkas kosong; pilih berkas .xlsx atau .csv.", "berkas");
  if (berkas.isi.length > UKURAN_MAKS_BERKAS) {
    throw inputTidakValid(
      `Berkas terlalu besar (paling besar ${UKURAN_MAKS_BERKAS / 1024 / 1024} MB).`,
      "berkas",
    );
  }
  if (adalahZip(berkas.isi)) {
    try {
      return await bacaSelXlsx(berkas.isi);
    } catch {
      throw inputTidakValid(`Berkas ${berkas.nama} tidak dapat dibaca sebagai Excel (.xlsx).`, "berkas");
    }
  }
  if (!adalahTeks(berkas.isi)) {
    throw inputTidakValid(
      "Berkas ini bukan Excel (.xlsx) maupun CSV; format .xls lama harus disimpan ulang sebagai .xlsx.",
      "berkas",
    );
  }
  return bacaCsv(dekodeTeks(berkas.isi));
}

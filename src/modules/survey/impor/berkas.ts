/**
 * Turns an uploaded file into rows of text, whichever way the counter staff saved their sheet: .xlsx (first
 * worksheet) or .csv with "," or ";" (Indonesian Excel), recognised by name or, failing that, by the zip signature.
 */

import { bacaCsv, dekodeTeks } from "../../../platform/csv.ts";
import { inputTidakValid } from "../../../platform/errors.ts";
import { bacaXlsx } from "./xlsx.ts";

/** An uploaded file: its name (for the kind) and its bytes. */
export type BerkasImpor = { nama: string; isi: Uint8Array };

/** The largest file accepted (a year of paper forms of a busy counter is far below this). */
export const UKURAN_MAKS_BERKAS = 20 * 1024 * 1024;

const adalahZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Rows of the file as text; refuses what is neither CSV nor XLSX with a message saying what to upload. */
export async function bacaBerkas(berkas: BerkasImpor): Promise<string[][]> {
  if (berkas.isi.length > UKURAN_MAKS_BERKAS) {
    throw inputTidakValid(
      `Berkas terlalu besar (paling besar ${UKURAN_MAKS_BERKAS / 1024 / 1024} MB).`,
      "berkas",
    );
  }
  const nama = berkas.nama.toLowerCase();
  if (nama.endsWith(".xlsx") || (!nama.endsWith(".csv") && adalahZip(berkas.isi))) {
    try {
      return await bacaXlsx(berkas.isi);
    } catch {
      throw inputTidakValid(`Berkas ${berkas.nama} tidak dapat dibaca sebagai Excel (.xlsx).`, "berkas");
    }
  }
  if (nama.endsWith(".xls")) {
    throw inputTidakValid("Format .xls lama tidak didukung; simpan ulang sebagai .xlsx atau .csv.", "berkas");
  }
  return bacaCsv(dekodeTeks(berkas.isi));
}

/**
 * What the browser import does with an uploaded questionnaire sheet before the survey import reads it: the kind is
 * recognised by content (an .xlsx is a zip, a CSV is UTF-8 text without NUL bytes), the size and the number of
 * respondents are capped so the checked sheet can travel in the preview page, and the sheet's cells are written
 * back as one canonical CSV that the import reads to exactly the same cells.
 */
import { inputTidakValid } from "../../platform/errors.ts";
import { petakanKepala, type UnsurImpor } from "./impor/baris.domain.ts";
import { type BerkasImpor, bacaBerkas } from "./impor/berkas.ts";

/** The largest upload accepted in the browser (the Excel import of realisations has the same limit). */
export const UKURAN_MAKS_UNGGAH = 5 * 1024 * 1024;

/** The most respondent rows one upload may hold: the checked sheet travels in the preview page. */
export const BARIS_MAKS_UNGGAH = 2000;

const adalahZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

function adalahTeks(b: Uint8Array): boolean {
  if (b.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

/** The file name with the extension of what its content is, so the import reads it the right way whatever it was called. */
function namaSesuaiIsi(nama: string, ekstensi: ".xlsx" | ".csv"): string {
  const dasar = nama.replace(/\.[^./\\]*$/, "") || "kuesioner";
  return `${dasar}${ekstensi}`;
}

/**
 * The cells of an uploaded .xlsx (first sheet) or .csv, refused (field "berkas") when empty, over 5 MB, neither
 * kind by content, or over 2 000 respondent rows. Why: the survey import alone reads any non-zip as CSV.
 */
export async function bacaUnggahan(berkas: BerkasImpor): Promise<string[][]> {
  if (berkas.isi.length === 0)
    throw inputTidakValid("Berkas kosong; pilih berkas .xlsx atau .csv.", "berkas");
  if (berkas.isi.length > UKURAN_MAKS_UNGGAH) {
    throw inputTidakValid(
      `Berkas terlalu besar (paling besar ${UKURAN_MAKS_UNGGAH / 1024 / 1024} MB).`,
      "berkas",
    );
  }
  let nama: string;
  if (adalahZip(berkas.isi)) nama = namaSesuaiIsi(berkas.nama, ".xlsx");
  else if (adalahTeks(berkas.isi)) nama = namaSesuaiIsi(berkas.nama, ".csv");
  else {
    throw inputTidakValid(
      "Berkas ini bukan Excel (.xlsx) maupun CSV; format .xls lama harus disimpan ulang sebagai .xlsx atau .csv.",
      "berkas",
    );
  }
  const tabel = await bacaBerkas({ nama, isi: berkas.isi });
  const responden = tabel.slice(1).filter((sel) => sel.some((s) => s.trim() !== "")).length;
  if (responden > BARIS_MAKS_UNGGAH) {
    throw inputTidakValid(
      `Berkas memuat ${responden} baris responden; paling banyak ${BARIS_MAKS_UNGGAH} per unggahan. Bagi berkas menjadi beberapa bagian.`,
      "berkas",
    );
  }
  return tabel;
}

/** Characters that make a CSV field need quotes (";" and tab too, so the reader's separator guess stays ","). */
const PERLU_KUTIP = /[",;\t\r\n\uFEFF]/;

/**
 * The cells as CSV with "," and CRLF, every row kept (empty ones too, so spreadsheet row numbers stay the same)
 * and trailing empty cells dropped. Why: the preview carries this text to "Simpan", and the import reads it back
 * to the same cells, so the save checks exactly what was previewed.
 */
export function tabelKeCsv(tabel: readonly (readonly string[])[]): string {
  return tabel
    .map((sel) => {
      let akhir = sel.length;
      while (akhir > 0 && sel[akhir - 1] === "") akhir -= 1;
      return sel
        .slice(0, akhir)
        .map((s) => (PERLU_KUTIP.test(s) ? `"${s.replace(/"/g, '""')}"` : s))
        .join(",");
    })
    .join("\r\n");
}

/**
 * The sheet without the columns the import ignores (a "No" column, notes), so the preview page carries only what
 * is read. A row whose only content was in a dropped column keeps one marker cell, so it is still checked (not
 * skipped as empty) exactly as before. A header with problems is left whole: its errors must read the same.
 */
export function buangKolomAbaian(
  tabel: readonly (readonly string[])[],
  unsur: readonly UnsurImpor[],
): string[][] {
  const [kepala, ...data] = tabel;
  if (kepala === undefined) return [];
  const { peran, galat } = petakanKepala(kepala, unsur);
  if (galat.length > 0 || peran.every((p) => p !== null)) return tabel.map((sel) => [...sel]);
  const dipakai = peran.flatMap((p, k) => (p === null ? [] : [k]));
  const ambil = (sel: readonly string[]) => dipakai.map((k) => sel[k] ?? "");
  return [
    ambil(kepala),
    ...data.map((sel) => {
      const baru = ambil(sel);
      const kosong = baru.every((s) => s.trim() === "");
      return kosong && sel.some((s) => s.trim() !== "") ? [...baru, "x"] : baru;
    }),
  ];
}

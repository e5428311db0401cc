/**
 * What a report file must be before anyone reads it (issue 7 "Done when": bad input gets a clear message and
 * the process stays up): not empty and not above UKURAN_MAKS_REVIU, checked from its size alone so a 50 MB
 * file is refused before a byte is read. Pure; no I/O.
 */
import { UKURAN_MAKS_REVIU } from "./batas-berkas.ts";

/** The refusal of a file above the limit: the same words as the 413 answer of the upload route. */
export const PESAN_TERLALU_BESAR = `Berkas laporan terlalu besar untuk direviu (paling besar ${UKURAN_MAKS_REVIU / 1024 / 1024} MB); simpan ulang tanpa gambar beresolusi tinggi lalu unggah lagi`;

/** The refusal of an empty file (a failed copy or a download that did not finish). */
export const PESAN_KOSONG =
  "Berkas laporan kosong (0 bait); pilih berkas LKjIP .docx, .txt atau .md yang berisi naskah";

/** The refusal when no file was chosen on the upload form. */
export const PESAN_TIDAK_ADA_BERKAS = "Pilih berkas laporan (.docx, .txt atau .md) yang akan direviu";

/** Why a file of this size cannot be reviewed, or null when its size is acceptable. */
export function masalahUkuran(ukuran: number): string | null {
  if (ukuran <= 0) return PESAN_KOSONG;
  if (ukuran > UKURAN_MAKS_REVIU) return PESAN_TERLALU_BESAR;
  return null;
}

/** The media type a stored report is offered under when downloaded again, from its first bytes and name. */
export function jenisMimeNaskah(nama: string, isi: Uint8Array): string {
  if (isi[0] === 0x50 && isi[1] === 0x4b && isi[2] === 0x03 && isi[3] === 0x04) {
    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  }
  return /\.(md|markdown)$/i.test(nama) ? "text/markdown; charset=utf-8" : "text/plain; charset=utf-8";
}

/** The key a report is stored under in the file store: its SHA-256, so identical uploads are stored once. */
export function kunciSimpanReviu(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new RangeError(`SHA-256 tidak sah: ${sha256}`);
  return `reviu/${sha256.slice(0, 2)}/${sha256}`;
}

/** A file name safe to store and to offer in a download header: no folders, no control or quote characters. */
export function namaBerkasAman(nama: string): string {
  const dasar = nama.split(/[\\/]/).pop() ?? "";
  const bersih = [...dasar]
    .filter((h) => h !== '"' && (h.codePointAt(0) ?? 0) >= 0x20 && h !== "\u007f")
    .join("")
    .trim()
    .slice(0, 200);
  return bersih === "" ? "laporan" : bersih;
}

import { GalatTerukur } from "../../platform/errors.ts";
import { UKURAN_MAKS_REVIU } from "./batas-berkas.ts";

/**
 * What kind of file was uploaded for review, told from its bytes and never from its name (issue 7 item 1):
 * a .docx (a zip), or plain text / Markdown. Everything else is refused with an Indonesian message that says
 * what to do instead, so the upload page and `terukur reviu` can show it as is.
 */

/** The two readable kinds; text carries its decoded content. */
export type JenisBerkas = { jenis: "docx" } | { jenis: "teks"; teks: string };

function tolak(pesan: string): GalatTerukur {
  return new GalatTerukur("input_tidak_valid", pesan, "berkas");
}

const SIMPAN_DOCX = "Buka laporan di Word lalu simpan sebagai .docx (Word) atau .txt, kemudian unggah ulang.";

function diawali(isi: Uint8Array, tanda: readonly number[]): boolean {
  return tanda.every((b, i) => isi[i] === b);
}

/** Refuses files that are not a report, naming what they look like. */
function tolakBukanDokumen(isi: Uint8Array): void {
  if (diawali(isi, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw tolak(
      "Berkas ini dokumen Word lama (.doc) atau .docx yang dilindungi kata sandi, dan tidak dapat dibaca. " +
        "Buka di Word, hapus kata sandinya bila ada, lalu simpan sebagai .docx.",
    );
  }
  if (diawali(isi, [0x25, 0x50, 0x44, 0x46])) {
    throw tolak(`Berkas PDF tidak dapat direviu karena tabelnya tidak terbaca utuh. ${SIMPAN_DOCX}`);
  }
  const gambar: [string, number[]][] = [
    ["PNG", [0x89, 0x50, 0x4e, 0x47]],
    ["JPEG", [0xff, 0xd8, 0xff]],
    ["GIF", [0x47, 0x49, 0x46, 0x38]],
    ["BMP", [0x42, 0x4d]],
    ["TIFF", [0x49, 0x49, 0x2a, 0x00]],
    ["TIFF", [0x4d, 0x4d, 0x00, 0x2a]],
  ];
  for (const [nama, tanda] of gambar) {
    if (diawali(isi, tanda)) throw tolak(`Berkas ini gambar ${nama}, bukan dokumen laporan. ${SIMPAN_DOCX}`);
  }
  if (diawali(isi, [0x52, 0x49, 0x46, 0x46]) && diawali(isi.subarray(8), [0x57, 0x45, 0x42, 0x50])) {
    throw tolak(`Berkas ini gambar WEBP, bukan dokumen laporan. ${SIMPAN_DOCX}`);
  }
  if (diawali(isi, [0x7b, 0x5c, 0x72, 0x74, 0x66])) {
    throw tolak(`Berkas RTF belum dapat dibaca. ${SIMPAN_DOCX}`);
  }
}

/** Decodes text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252; refuses binary. */
function dekodeTeks(isi: Uint8Array): string {
  if (diawali(isi, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(isi.subarray(2));
  if (diawali(isi, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(isi.subarray(2));
  let kendali = 0;
  for (const b of isi) if (b === 0 || (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12)) kendali++;
  if (kendali > 0 && kendali / isi.length > 0.001) {
    throw tolak(`Berkas ini bukan dokumen teks atau Word (isinya data biner). ${SIMPAN_DOCX}`);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(isi);
  } catch {
    return windows1252(isi);
  }
}

// 0x80–0x9F of Windows-1252 (Node's own decoder may treat them as Latin-1 control characters)
const CP1252 =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** Decodes Windows-1252, the encoding of a .txt saved by older Windows Notepad in Indonesia. */
function windows1252(isi: Uint8Array): string {
  let hasil = "";
  for (const b of isi) hasil += b >= 0x80 && b < 0xa0 ? CP1252[b - 0x80] : String.fromCharCode(b);
  return hasil;
}

/**
 * Tells a .docx from text by content and refuses everything else: empty, too large, binary, images, PDF,
 * the old .doc and password-protected .docx (both OLE compound files). Zip checks happen when the .docx is read.
 */
export function kenaliBerkas(isi: Uint8Array): JenisBerkas {
  if (isi.length === 0) throw tolak("Berkas kosong: tidak ada isi yang dapat direviu.");
  if (isi.length > UKURAN_MAKS_REVIU) {
    const mb = Math.round(UKURAN_MAKS_REVIU / (1024 * 1024));
    throw tolak(
      `Berkas terlalu besar (lebih dari ${mb} MB). Simpan ulang laporan tanpa gambar besar, lalu unggah ulang.`,
    );
  }
  if (diawali(isi, [0x50, 0x4b, 0x03, 0x04]) || diawali(isi, [0x50, 0x4b, 0x05, 0x06]))
    return { jenis: "docx" };
  tolakBukanDokumen(isi);
  const teks = dekodeTeks(isi);
  if (teks.trim() === "") throw tolak("Berkas kosong: tidak ada isi yang dapat direviu.");
  return { jenis: "teks", teks: teks.replace(/^\ufeff/, "") };
}

import type { BarisMentah, BlokMentah } from "./naskah-mentah.ts";

/**
 * Reads a report saved as plain text or Markdown (the form of the reference LAKIP Malili 2024): one paragraph
 * per line, tables as runs of tab-separated lines (or Markdown pipe tables), pieces of a table broken by blank
 * lines kept apart but marked `bersambung` so the assembly can join them. Line numbers are kept for locations.
 */

/** Removes inline Markdown/HTML emphasis a converter leaves behind ("**Solusi**", "<i>…</i>"). */
export function bersihkanMarkah(teks: string): string {
  return teks
    .replace(/<\/?[a-z][^>]*>/gi, "")
    .replace(/\*{2,3}/g, "")
    .replace(/\\([*_#|])/g, "$1");
}

const BARIS_PIPA = /^\s*\|.*\|\s*$/;
const PEMISAH_PIPA = /^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*(?::?-{2,}:?\s*)?\|?\s*$/;

function selTab(baris: string): string[] {
  return baris.split("\t").map(bersihkanMarkah);
}

function selPipa(baris: string): string[] {
  const dalam = baris.trim().replace(/^\|/, "").replace(/\|$/, "");
  return dalam.split(/(?<!\\)\|/).map((s) => bersihkanMarkah(s).replace(/^ /, "").replace(/ $/, ""));
}

/** True for a line that is a table row: it has a tab between two pieces of text, or is a pipe row. */
function barisTabel(baris: string): boolean {
  if (BARIS_PIPA.test(baris)) return true;
  return baris.includes("\t") && baris.trim() !== "";
}

/** Reads the text into raw blocks in order. */
export function bacaTeks(teks: string): BlokMentah[] {
  const semua = teks.split(/\r\n|\r|\n/);
  const hasil: BlokMentah[] = [];
  let potongan: BarisMentah[] = [];
  let awalPotongan = 0;
  // whether only blank lines stand between here and the last table piece
  let setelahTabel = false;

  const tutupPotongan = () => {
    if (potongan.length === 0) return;
    // a lone line with one tab and two cells, not beside another table, is a paragraph ("1.\tKelurahan Malili")
    const [satu] = potongan;
    if (
      potongan.length === 1 &&
      satu !== undefined &&
      satu.sel.filter((s) => s.trim() !== "").length < 3 &&
      !setelahTabel
    ) {
      hasil.push({
        jenis: "paragraf",
        teks: satu.sel
          .map((s) => s.trim())
          .filter((s) => s !== "")
          .join(" "),
        barisBerkas: satu.barisBerkas,
        tingkatGaya: null,
        gayaKeterangan: false,
      });
      potongan = [];
      return;
    }
    hasil.push({ jenis: "tabel", baris: potongan, barisBerkas: awalPotongan, bersambung: setelahTabel });
    potongan = [];
    setelahTabel = true;
  };

  semua.forEach((mentah, i) => {
    const nomor = i + 1;
    if (barisTabel(mentah)) {
      if (PEMISAH_PIPA.test(mentah)) {
        // the Markdown line under a header row: the rows above it are the header
        for (const b of potongan) b.kepala = true;
        return;
      }
      if (potongan.length === 0) awalPotongan = nomor;
      potongan.push({
        sel: BARIS_PIPA.test(mentah) ? selPipa(mentah) : selTab(mentah),
        inden: 0,
        barisBerkas: nomor,
      });
      return;
    }
    tutupPotongan();
    const bersih = bersihkanMarkah(mentah).trim();
    if (bersih === "") return;
    const markdown = /^(#{1,6})\s+(.*)$/.exec(bersih);
    const tingkat = markdown === null ? null : (Math.min(3, markdown[1]?.length ?? 1) as 1 | 2 | 3);
    hasil.push({
      jenis: "paragraf",
      teks: markdown === null ? bersih : (markdown[2] ?? "").trim(),
      barisBerkas: nomor,
      tingkatGaya: tingkat,
      gayaKeterangan: false,
    });
    setelahTabel = false;
  });
  tutupPotongan();
  return hasil;
}

/**
 * A small RFC 4180 reader for files typed into a spreadsheet (paper questionnaires, LKE answers, imports): quoted fields (with "" for a
 * quote and line breaks inside quotes), CRLF or LF, UTF-8 with or without BOM, and the separator of the file —
 * Indonesian Excel writes ";" because the comma is the decimal mark.
 */

/** Which character separates fields: the one of "," ";" or tab that occurs most in the first line outside quotes. */
export function tebakPemisah(teks: string): "," | ";" | "\t" {
  const hitung = { ",": 0, ";": 0, "\t": 0 };
  let dalamKutip = false;
  for (const ch of teks) {
    if (ch === '"') dalamKutip = !dalamKutip;
    else if (!dalamKutip && (ch === "\n" || ch === "\r")) break;
    else if (!dalamKutip && (ch === "," || ch === ";" || ch === "\t")) hitung[ch] += 1;
  }
  if (hitung[";"] > hitung[","] && hitung[";"] >= hitung["\t"]) return ";";
  if (hitung["\t"] > hitung[","]) return "\t";
  return ",";
}

/** Decodes bytes as UTF-8 and drops a leading BOM, so the first header is read as "U1", not "\uFEFFU1". */
export function dekodeTeks(isi: Uint8Array): string {
  const teks = new TextDecoder("utf-8").decode(isi);
  return teks.charCodeAt(0) === 0xfeff ? teks.slice(1) : teks;
}

/**
 * Rows of fields as written (no trimming, no type guessing): the caller decides what a cell means.
 * A trailing empty line is not a row; an unterminated quote runs to the end of the file (as Excel reads it).
 */
export function bacaCsv(teks: string, pemisah: string = tebakPemisah(teks)): string[][] {
  const baris: string[][] = [];
  let kini: string[] = [];
  let sel = "";
  let dalamKutip = false;
  let adaIsi = false;
  for (let i = 0; i < teks.length; i++) {
    const ch = teks[i];
    if (dalamKutip) {
      if (ch === '"') {
        if (teks[i + 1] === '"') {
          sel += '"';
          i += 1;
        } else dalamKutip = false;
      } else sel += ch;
      continue;
    }
    if (ch === '"') {
      dalamKutip = true;
      adaIsi = true;
    } else if (ch === pemisah) {
      kini.push(sel);
      sel = "";
      adaIsi = true;
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && teks[i + 1] === "\n") i += 1;
      kini.push(sel);
      baris.push(kini);
      kini = [];
      sel = "";
      adaIsi = false;
    } else {
      sel += ch;
      adaIsi = true;
    }
  }
  if (adaIsi || sel !== "" || kini.length > 0) {
    kini.push(sel);
    baris.push(kini);
  }
  return baris;
}

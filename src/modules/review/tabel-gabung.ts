import { adalahKodeAtauTahun, desimalNaskah } from "./angka-naskah.ts";
import type { BarisNaskah } from "./naskah.ts";
import { type BarisMentah, indenLabel, type TabelMentah, tanpaPenanda } from "./naskah-mentah.ts";

/**
 * One table out of its raw pieces (issue 7 item 1): header rows found (leading rows without figures, a row of
 * column numbers, a row of years), multi-row headers joined into one name per column, pieces broken across
 * pages joined with their repeated header rows dropped, a row whose text wrapped onto the next page put back
 * together, short rows aligned to the right (where the figures are), and indentation read from the label.
 */

/** A table being assembled; `kolom` is the column count every row is padded to. */
export type TabelKerja = {
  kepala: string[][];
  baris: BarisNaskah[];
  kolom: number;
  barisBerkas: number | null;
};

const NOMOR_BARIS = /^(?:\d{1,3}|[A-Za-z]|[IVXLivxl]{1,5})[.)]?$/;
const NOMOR_KOLOM = /^\(?\d{1,2}\)?$/;
const RUMUS_KOLOM = /^\(?[\d\s]+(?:[/*x\u00d7+\-=][\d\s]+)+\)?$/;

function rapat(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function isi(s: string): boolean {
  return s.trim() !== "";
}

/** True for a figure: a number that is not a year ("93,06", "1.240.713", "-"); row numbers count too. */
function bernilai(s: string): boolean {
  const t = s.trim();
  if (t === "") return false;
  if (/^\d{1,3}[.)]$/.test(t)) return true;
  return desimalNaskah(t) !== null && !adalahKodeAtauTahun(t);
}

/** A row of column numbers "(1) (2) (3)" or "1 2 3 4", or of formulas "(6/5*100)". */
function barisNomorKolom(sel: string[]): boolean {
  const terisi = sel.map((s) => s.trim()).filter(isi);
  if (terisi.length === 0) return false;
  if (terisi.every((s) => RUMUS_KOLOM.test(s))) return true;
  if (!terisi.every((s) => NOMOR_KOLOM.test(s))) return false;
  const angka = terisi.map((s) => Number(s.replace(/[()]/g, "")));
  return terisi.length >= 2 && angka.every((n, i) => i === 0 || n > (angka[i - 1] ?? 0));
}

/** True when a row reads as a header: no figures (years and column numbers allowed). */
export function sepertiKepala(sel: string[]): boolean {
  if (barisNomorKolom(sel)) return true;
  const terisi = sel.filter(isi);
  if (terisi.length === 0) return false;
  return terisi.every((s) => !bernilai(s) || adalahKodeAtauTahun(s.trim()));
}

function kunci(sel: string[]): string {
  return sel
    .map((s) => s.trim().toLowerCase().replace(/\s+/g, " "))
    .filter(isi)
    .join("|");
}

/** Pads (or trims) a piece's rows to `kolom` cells: right-aligned when its rows end in figures. */
function ratakan(
  baris: BarisMentah[],
  kolom: number,
): { sel: string[]; lebihKiri: number; asal: BarisMentah }[] {
  const panjang = Math.max(...baris.map((b) => b.sel.length));
  const berakhirAngka = baris.filter((b) => bernilai(b.sel[b.sel.length - 1] ?? "")).length;
  const kanan = panjang < kolom && berakhirAngka * 2 >= baris.length;
  return baris.map((b) => {
    let sel = [...b.sel];
    let lebihKiri = 0;
    while (sel.length > kolom && !isi(sel[0] ?? "x")) {
      sel.shift();
      lebihKiri++;
    }
    while (sel.length > kolom && !isi(sel[sel.length - 1] ?? "x")) sel.pop();
    if (sel.length < panjang) sel = [...sel, ...new Array<string>(panjang - sel.length).fill("")];
    if (sel.length < kolom) {
      const tambahan = new Array<string>(kolom - sel.length).fill("");
      sel = kanan ? [...tambahan, ...sel] : [...sel, ...tambahan];
    }
    return { sel, lebihKiri, asal: b };
  });
}

function barisNaskah(sel: string[], lebihKiri: number, asal: BarisMentah): BarisNaskah {
  const label =
    sel.find((s) => isi(s) && !bernilai(s) && !NOMOR_BARIS.test(s.trim()) && !adalahKodeAtauTahun(s)) ?? "";
  return {
    sel: sel.map(rapat),
    inden: asal.inden + lebihKiri + indenLabel(label.replace(/^\s+/, (m) => m.replace(/\t/g, "  "))),
    barisBerkas: asal.barisBerkas,
  };
}

/** Starts a table from its first piece: header rows split off, rows padded. */
export function mulaiTabel(potongan: TabelMentah): TabelKerja {
  const baris = potongan.baris.filter((b) => b.sel.some(isi));
  let jumlahKepala = 0;
  if (baris.some((b) => b.kepala === true)) {
    while (baris[jumlahKepala]?.kepala === true) jumlahKepala++;
  } else {
    while (jumlahKepala < Math.min(5, baris.length) && sepertiKepala(baris[jumlahKepala]?.sel ?? []))
      jumlahKepala++;
    // a table of words only (a matrix of recommendations): its first row is the header
    if (jumlahKepala === baris.length) jumlahKepala = baris.length > 1 ? 1 : 0;
  }
  const kepalaMentah = baris.slice(0, jumlahKepala);
  const kolom = Math.max(1, ...(kepalaMentah.length > 0 ? kepalaMentah : baris).map((b) => b.sel.length));
  const t: TabelKerja = {
    kepala: kepalaMentah.map((b) => {
      const sel = b.sel.map(rapat);
      return sel.length < kolom ? [...sel, ...new Array<string>(kolom - sel.length).fill("")] : sel;
    }),
    baris: [],
    kolom,
    barisBerkas: potongan.barisBerkas,
  };
  tambahBaris(t, baris.slice(jumlahKepala), false);
  return t;
}

/** True when a following piece reads as the start of a different table (its own, different header). */
export function potonganTabelBaru(t: TabelKerja, potongan: TabelMentah): boolean {
  const pertama = potongan.baris.find((b) => b.sel.some(isi));
  if (pertama === undefined) return false;
  if (!sepertiKepala(pertama.sel)) return false;
  const k0 = t.kepala[0];
  if (k0 !== undefined && kunci(pertama.sel) === kunci(k0)) return false;
  if (barisSambungan(pertama.sel, t.kolom)) return t.baris.length === 0;
  return true;
}

/** A row that carries only the wrapped rest of the row above (first cell empty, or a few words). */
function barisSambungan(sel: string[], kolom: number): boolean {
  if (sel.some(bernilai)) return false;
  const terisi = sel.filter(isi);
  if (terisi.length === 0) return false;
  if (!isi(sel[0] ?? "")) return true;
  return terisi.length * 2 < kolom || /^[a-z]/.test(terisi[0]?.trim() ?? "");
}

/** Adds a following piece of the same table: drops repeated headers, rejoins a row split by the page break. */
export function sambungTabel(t: TabelKerja, potongan: TabelMentah): void {
  tambahBaris(
    t,
    potongan.baris.filter((b) => b.sel.some(isi)),
    true,
  );
}

function tambahBaris(t: TabelKerja, baris: BarisMentah[], setelahJeda: boolean): void {
  const kunciKepala = t.kepala.map(kunci);
  const rata = ratakan(baris, t.kolom);
  let lewatiKepala = -1;
  rata.forEach((r, i) => {
    const k = kunci(r.sel);
    // a header row repeated inside a run (Word's repeated header, or a page's header typed again)
    if (kunciKepala.length > 0 && k === kunciKepala[0]) {
      lewatiKepala = 1;
      return;
    }
    if (lewatiKepala > 0 && lewatiKepala < kunciKepala.length && k === kunciKepala[lewatiKepala]) {
      lewatiKepala++;
      return;
    }
    if (lewatiKepala > 0 && barisNomorKolom(r.sel)) return;
    lewatiKepala = -1;
    const sebelum = t.baris[t.baris.length - 1];
    const awalPotongan = setelahJeda && i === 0;
    const pertamaHurufKecil = /^[a-z]/.test(r.sel.find(isi)?.trim() ?? "");
    if (
      sebelum !== undefined &&
      !r.sel.some(bernilai) &&
      (awalPotongan ? barisSambungan(r.sel, t.kolom) : pertamaHurufKecil && r.sel.filter(isi).length <= 2)
    ) {
      r.sel.forEach((s, c) => {
        if (!isi(s)) return;
        const lama = sebelum.sel[c] ?? "";
        sebelum.sel[c] = lama === "" ? rapat(s) : `${lama} ${rapat(s)}`;
      });
      return;
    }
    t.baris.push(barisNaskah(r.sel, r.lebihKiri, r.asal));
  });
  const terpanjang = Math.max(t.kolom, ...t.baris.map((b) => b.sel.length));
  if (terpanjang > t.kolom) {
    t.kolom = terpanjang;
    t.kepala = t.kepala.map((k) => [...k, ...new Array<string>(terpanjang - k.length).fill("")]);
  }
  for (const b of t.baris)
    if (b.sel.length < t.kolom) b.sel.push(...new Array<string>(t.kolom - b.sel.length).fill(""));
}

/**
 * One name per column from the header rows: a blank cell under a spanning heading takes the heading on its left
 * ("RUANG" over "A", "B", "C"), rows of column numbers are left out, repeated words are not doubled.
 */
export function namaKolom(kepala: string[][], kolom: number): string[] {
  const baris = kepala.filter((k) => !barisNomorKolom(k)).map((k) => [...k]);
  for (let r = 0; r < baris.length - 1; r++) {
    const atas = baris[r] ?? [];
    for (let c = 1; c < kolom; c++) {
      const adaDiBawah = baris.slice(r + 1).some((b) => isi(b[c] ?? ""));
      if (!isi(atas[c] ?? "") && adaDiBawah && isi(atas[c - 1] ?? "")) {
        const kiriPunyaBawah = baris.slice(r + 1).some((b) => isi(b[c - 1] ?? ""));
        if (kiriPunyaBawah) atas[c] = atas[c - 1] ?? "";
      }
    }
  }
  const hasil: string[] = [];
  for (let c = 0; c < kolom; c++) {
    let nama = "";
    for (const b of baris) {
      const bagian = (b[c] ?? "").trim().replace(/\s+/g, " ");
      // "Capaian (%)" over "(%)" stays "Capaian (%)"; "RUANG" over "A" becomes "RUANG A"
      if (bagian === "" || ` ${nama.toLowerCase()}`.endsWith(` ${bagian.toLowerCase()}`)) continue;
      nama = nama === "" ? bagian : `${nama} ${bagian}`;
    }
    hasil.push(nama);
  }
  return hasil;
}

/**
 * The label of a body row: its first cell that is text (not a row number or a figure), without list marker.
 * Why: checks match the same programme across tables by name, and locate a row by its label.
 */
export function labelBaris(b: BarisNaskah): string {
  const sel = b.sel.find(
    (s) => isi(s) && !bernilai(s) && !NOMOR_BARIS.test(s.trim()) && !adalahKodeAtauTahun(s),
  );
  return sel === undefined ? "" : tanpaPenanda(sel);
}

/**
 * Splits a table where a second header row stands inside it ("No | Program | Anggaran | Keterangan" under the
 * PK's indicators): every cell filled with words, figures again below it. Why: the two parts have different
 * columns, and summing across them would report errors that are not there.
 */
export function pisahSubKepala(t: TabelKerja): TabelKerja[] {
  const hasil: TabelKerja[] = [];
  let saatIni: TabelKerja = { ...t, baris: [] };
  t.baris.forEach((b, i) => {
    const berikut = t.baris[i + 1];
    const subKepala =
      saatIni.baris.length > 0 &&
      t.kolom >= 3 &&
      b.sel.every(isi) &&
      sepertiKepala(b.sel) &&
      berikut !== undefined &&
      !sepertiKepala(berikut.sel);
    if (subKepala) {
      hasil.push(saatIni);
      saatIni = { kepala: [b.sel], baris: [], kolom: t.kolom, barisBerkas: b.barisBerkas };
      return;
    }
    saatIni.baris.push(b);
  });
  hasil.push(saatIni);
  return hasil;
}

/** True for a table used only to lay out text (a signature block): few rows, no header, no figures. */
export function tabelTataLetak(p: TabelMentah): boolean {
  const baris = p.baris.filter((b) => b.sel.some(isi));
  return (
    baris.length > 0 && baris.length <= 3 && !baris.some((b) => b.kepala === true || b.sel.some(bernilai))
  );
}

import {
  AlignmentType,
  BorderStyle,
  type FileChild,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { BarisTabel, BlokTabel, KolomTabel, SelKepala } from "../model.ts";
import { GAYA } from "./docx-gaya.ts";
import { perataanWord } from "./docx-teks.ts";

/** A table of at most this many body rows is kept on one page with its caption; a longer one may break. */
const BARIS_TETAP_UTUH = 12;
/** Indentation of one `inden` step, in twips (5 mm). */
const LANGKAH_INDEN = 283;
const MARGIN_SEL = { top: 40, bottom: 40, left: 80, right: 80 } as const;
const ARSIR_KEPALA = "D9D9D9";
const ARSIR_JUMLAH = "F2F2F2";

const garis = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;

/** Column widths in twips from the relative weights, summing exactly to the text width so nothing overflows. */
export function lebarKolom(kolom: KolomTabel[], lebarTeks: number): number[] {
  const bobot = kolom.map((k) => Math.max(k.lebar, 0));
  const total = bobot.reduce((s, b) => s + b, 0);
  const lebar = bobot.map((b) => Math.floor(total > 0 ? (lebarTeks * b) / total : lebarTeks / kolom.length));
  const sisa = lebarTeks - lebar.reduce((s, l) => s + l, 0);
  return lebar.map((l, i) => (i === lebar.length - 1 ? l + sisa : l));
}

function jumlahLebar(lebar: number[], dari: number, rentang: number): number {
  return lebar.slice(dari, dari + rentang).reduce((s, l) => s + l, 0);
}

function paragrafSel(
  teks: string,
  alignment: ReturnType<typeof perataanWord>,
  opsi: { tebal?: boolean; inden?: number; keepNext?: boolean; kecil?: boolean },
): Paragraph {
  return new Paragraph({
    style: opsi.kecil ? GAYA.isiTabelKecil : GAYA.isiTabel,
    alignment,
    keepNext: opsi.keepNext,
    indent: opsi.inden ? { left: opsi.inden * LANGKAH_INDEN } : undefined,
    children: [new TextRun({ text: teks, bold: opsi.tebal })],
  });
}

/** The header rows: centred, bold, shaded, repeated on every page, with merged cells where the model spans them. */
function barisKepala(kepala: SelKepala[][], lebar: number[], kecil: boolean): TableRow[] {
  // how many more header rows each column is still covered by a cell merged down from above
  let terisiDariAtas = new Array<number>(lebar.length).fill(0);
  return kepala.map((sel) => {
    let kolom = 0;
    const cells = sel.map((s) => {
      while (kolom < lebar.length && (terisiDariAtas[kolom] ?? 0) > 0) kolom++;
      const rentangKolom = s.rentangKolom ?? 1;
      const rentangBaris = s.rentangBaris ?? 1;
      const cell = new TableCell({
        columnSpan: rentangKolom > 1 ? rentangKolom : undefined,
        rowSpan: rentangBaris > 1 ? rentangBaris : undefined,
        width: { size: jumlahLebar(lebar, kolom, rentangKolom), type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        shading: { fill: ARSIR_KEPALA, type: ShadingType.CLEAR, color: "auto" },
        margins: MARGIN_SEL,
        children: [paragrafSel(s.teks, AlignmentType.CENTER, { tebal: true, keepNext: true, kecil })],
      });
      for (let k = kolom; k < kolom + rentangKolom; k++) terisiDariAtas[k] = rentangBaris;
      kolom += rentangKolom;
      return cell;
    });
    terisiDariAtas = terisiDariAtas.map((n) => Math.max(0, n - 1));
    return new TableRow({ tableHeader: true, cantSplit: true, children: cells });
  });
}

/** A body row: aligned per column, "induk" and "jumlah" rows bold (totals shaded), `inden` on the first text column. */
function barisIsi(
  b: BarisTabel,
  kolom: KolomTabel[],
  lebar: number[],
  keepNext: boolean,
  kecil: boolean,
): TableRow {
  const kolomInden = Math.max(
    0,
    kolom.findIndex((k) => k.perataan === "kiri"),
  );
  const tebalBaris = b.gaya === "induk" || b.gaya === "jumlah";
  let k = 0;
  const cells = b.sel.map((s) => {
    const rentang = s.rentangKolom ?? 1;
    const cell = new TableCell({
      columnSpan: rentang > 1 ? rentang : undefined,
      width: { size: jumlahLebar(lebar, k, rentang), type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.TOP,
      margins: MARGIN_SEL,
      shading:
        b.gaya === "jumlah" ? { fill: ARSIR_JUMLAH, type: ShadingType.CLEAR, color: "auto" } : undefined,
      children: [
        paragrafSel(
          s.teks,
          b.gaya === "jumlah" && rentang > 1 ? AlignmentType.CENTER : perataanWord(kolom[k]?.perataan),
          {
            tebal: tebalBaris || s.tebal,
            inden: k === kolomInden ? b.inden : undefined,
            kecil,
          },
        ),
      ],
    });
    k += rentang;
    return cell;
  });
  return new TableRow({ cantSplit: true, keepNext, children: cells });
}

/**
 * A numbered table as Word shows one: caption above (kept with the table), a native bordered table with fixed column
 * widths so long names wrap inside the margins, and the source line below.
 */
export function blokTabel(b: BlokTabel, lebarTeks: number, halamanBaru: boolean): FileChild[] {
  const lebar = lebarKolom(b.kolom, lebarTeks);
  const utuh = b.baris.length <= BARIS_TETAP_UTUH;
  const baris = [
    ...barisKepala(b.kepala, lebar, b.hurufKecil === true),
    ...b.baris.map((r, i) => {
      const terakhir = i === b.baris.length - 1;
      // a short table stays on one page; the last row always keeps its source line with it
      const keepNext = utuh ? true : terakhir || i === 0;
      return barisIsi(r, b.kolom, lebar, keepNext && !(terakhir && b.sumber === null), b.hurufKecil === true);
    }),
  ];
  const tabel = new Table({
    rows: baris,
    width: { size: lebarTeks, type: WidthType.DXA },
    columnWidths: lebar,
    layout: TableLayoutType.FIXED,
    borders: {
      top: garis,
      bottom: garis,
      left: garis,
      right: garis,
      insideHorizontal: garis,
      insideVertical: garis,
    },
  });
  const keterangan = new Paragraph({
    style: GAYA.keteranganTabel,
    pageBreakBefore: halamanBaru,
    children: [new TextRun(`${b.nomor} ${b.judul}`)],
  });
  const hasil: FileChild[] = [keterangan, tabel];
  if (b.sumber !== null) {
    hasil.push(new Paragraph({ style: GAYA.sumber, children: [new TextRun(`Sumber: ${b.sumber}`)] }));
  } else {
    hasil.push(new Paragraph({ style: GAYA.sumber, children: [] }));
  }
  return hasil;
}

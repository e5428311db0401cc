import { AlignmentType, HeadingLevel, Paragraph, TextRun } from "docx";
import {
  type BlokDaftar,
  type BlokJudul,
  type BlokParagraf,
  type Perataan,
  potongan,
  type Teks,
} from "../model.ts";
import { DAFTAR, GAYA } from "./docx-gaya.ts";

/** The model's alignment as Word's; "rata" is justified text. */
export function perataanWord(p: Perataan | undefined): (typeof AlignmentType)[keyof typeof AlignmentType] {
  switch (p) {
    case "tengah":
      return AlignmentType.CENTER;
    case "kanan":
      return AlignmentType.RIGHT;
    case "rata":
      return AlignmentType.JUSTIFIED;
    default:
      return AlignmentType.LEFT;
  }
}

/** Inline text as Word runs, keeping bold and italic. */
export function runTeks(t: Teks): TextRun[] {
  return potongan(t).map((p) => new TextRun({ text: p.teks, bold: p.tebal, italics: p.miring }));
}

const TINGKAT_JUDUL = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

/**
 * A heading with its number before the text, in a real Heading style so the navigation pane and TOC list it; a heading
 * kept out of the TOC (cover, kata pengantar) gets a look-alike style without an outline level.
 */
export function paragrafJudul(b: BlokJudul, halamanBaru: boolean): Paragraph {
  const text = b.nomor ? `${b.nomor} ${b.teks}` : b.teks;
  if (b.diDaftarIsi === false) {
    return new Paragraph({
      style: GAYA.judulTanpaDaftar,
      pageBreakBefore: halamanBaru,
      children: [new TextRun(text)],
    });
  }
  return new Paragraph({
    heading: TINGKAT_JUDUL[b.tingkat],
    pageBreakBefore: halamanBaru,
    children: [new TextRun(text)],
  });
}

/** A paragraph of running text, justified when the model asks for "rata". */
export function paragrafIsi(b: BlokParagraf, halamanBaru: boolean): Paragraph {
  return new Paragraph({
    alignment: perataanWord(b.perataan),
    pageBreakBefore: halamanBaru,
    children: runTeks(b.teks),
  });
}

/** A list as Word list paragraphs; `instance` makes each numbered list count from 1 again. */
export function paragrafDaftar(b: BlokDaftar, instance: number, halamanBaru: boolean): Paragraph[] {
  const reference = b.bernomor ? DAFTAR.bernomor : DAFTAR.butir;
  return b.butir.map(
    (butir, i) =>
      new Paragraph({
        numbering: { reference, level: 0, instance },
        spacing: { after: 60 },
        pageBreakBefore: halamanBaru && i === 0,
        children: runTeks(butir),
      }),
  );
}

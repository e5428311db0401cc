import {
  AlignmentType,
  BorderStyle,
  type FileChild,
  Footer,
  Header,
  type ISectionOptions,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from "docx";
import { TextWatermark } from "docx/watermarks";
import type { Dokumen, Sampul } from "../model.ts";
import { GAYA, HURUF, UKURAN } from "./docx-gaya.ts";
import { type Halaman, MARGIN_MM, twips } from "./docx-ukuran.ts";

/** Where the cover's title starts below the top margin, and the gap before the year, in millimetres. */
const SAMPUL_MM = { atasJudul: 55, sebelumTahun: 80 } as const;

/** A grey diagonal "DRAF" behind the text of every page, as Word's own Design > Watermark writes it. */
function tandaDraf(): TextWatermark {
  return new TextWatermark({ text: "DRAF", font: HURUF, bold: true, color: "BFBFBF", opacity: 0.5 });
}

/** The running header: the organisation and year, prefixed with DRAF on a draft; the watermark rides in it. */
function kepala(dok: Dokumen, denganTeks: boolean): Header {
  const anak = [
    ...(dok.draf ? [tandaDraf()] : []),
    ...(denganTeks && dok.draf ? [new TextRun({ text: "DRAF \u2014 ", bold: true, color: "C00000" })] : []),
    ...(denganTeks ? [new TextRun({ text: dok.kepalaHalaman, italics: true })] : []),
  ];
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { before: 0, after: 0, line: 240, lineRule: "auto" },
        run: { size: UKURAN.kecil },
        border: denganTeks
          ? { bottom: { style: BorderStyle.SINGLE, size: 4, color: "808080", space: 4 } }
          : undefined,
        children: anak,
      }),
    ],
  });
}

/** The footer with the page number, counted from the first page after the cover. */
function kaki(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: 0, line: 240, lineRule: "auto" },
        children: [new TextRun({ size: UKURAN.kecil, children: ["Halaman ", PageNumber.CURRENT] })],
      }),
    ],
  });
}

function halamanSection(h: Halaman): NonNullable<NonNullable<ISectionOptions["properties"]>["page"]> {
  // docx swaps width and height itself for a landscape page, so it is given the portrait size
  const potret = h.lanskap ? { w: h.tinggiMm, h: h.lebarMm } : { w: h.lebarMm, h: h.tinggiMm };
  return {
    size: {
      width: twips(potret.w),
      height: twips(potret.h),
      orientation: h.lanskap ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: {
      top: twips(MARGIN_MM.atas),
      bottom: twips(MARGIN_MM.bawah),
      left: twips(MARGIN_MM.kiri),
      right: twips(MARGIN_MM.kanan),
      header: twips(MARGIN_MM.kepala),
      footer: twips(MARGIN_MM.kaki),
    },
  };
}

/** A body section (portrait or a landscape one for a wide table) with the running header and page-number footer. */
export function sectionIsi(
  dok: Dokumen,
  h: Halaman,
  children: FileChild[],
  pertama: boolean,
): ISectionOptions {
  const page = halamanSection(h);
  return {
    properties: { page: pertama ? { ...page, pageNumbers: { start: 1 } } : page },
    headers: { default: kepala(dok, true) },
    footers: { default: kaki() },
    children,
  };
}

/** The cover: the title lines large and centred on the page, then the year; no running header or page number. */
export function sectionSampul(dok: Dokumen, sampul: Sampul, h: Halaman): ISectionOptions {
  return {
    // spacing rather than a centred section: LibreOffice ignores a section's vertical alignment
    properties: { page: halamanSection(h) },
    headers: { default: kepala(dok, false) },
    footers: { default: new Footer({ children: [new Paragraph({ children: [] })] }) },
    children: [
      ...sampul.baris.map(
        (b, i) =>
          new Paragraph({
            style: GAYA.sampul,
            spacing: i === 0 ? { before: twips(SAMPUL_MM.atasJudul) } : undefined,
            children: [new TextRun(b)],
          }),
      ),
      new Paragraph({
        style: GAYA.sampul,
        spacing: { before: twips(SAMPUL_MM.sebelumTahun) },
        children: [new TextRun({ text: sampul.tahun, size: 40 })],
      }),
    ],
  };
}

import {
  AlignmentType,
  type IBaseParagraphStyleOptions,
  type INumberingOptions,
  type IStylesOptions,
  LevelFormat,
} from "docx";

/** The one typeface of the document: Arial is on every office PC, and LibreOffice maps it to a metric twin. */
export const HURUF = "Arial";

/** Font sizes in half-points (docx's unit), kept together so body and tables stay 12 pt and 10 pt. */
export const UKURAN = {
  isi: 24,
  tabel: 20,
  tabelKecil: 13,
  kecil: 18,
  judul1: 28,
  judul2: 24,
  judul3: 24,
} as const;

/** Style ids the blocks refer to; the caption styles are what the lists of tables and charts collect. */
export const GAYA = {
  judulTanpaDaftar: "JudulTanpaDaftar",
  keteranganTabel: "KeteranganTabel",
  keteranganGambar: "KeteranganGambar",
  isiTabel: "IsiTabel",
  isiTabelKecil: "IsiTabelKecil",
  sumber: "Sumber",
  sampul: "Sampul",
} as const;

/** Style names (what Word shows and what a TOC `\t` switch names) of the caption styles. */
export const NAMA_GAYA = {
  keteranganTabel: "Keterangan Tabel",
  keteranganGambar: "Keterangan Gambar",
} as const;

/** Numbering references of the two list kinds. */
export const DAFTAR = { bernomor: "daftar-bernomor", butir: "daftar-butir" } as const;

const hitam = "000000";

/**
 * Real Heading 1–3 styles (so Word's navigation pane and TOC see the chapters) plus the captions, table text and cover
 * styles, all in Arial and in Indonesian for spelling.
 */
export function gayaDokumen(): IStylesOptions {
  const judul1: IBaseParagraphStyleOptions = {
    run: { font: HURUF, size: UKURAN.judul1, bold: true, color: hitam },
    paragraph: {
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 360, line: 276, lineRule: "auto" },
      keepNext: true,
      keepLines: true,
    },
  };
  return {
    default: {
      document: {
        run: { font: HURUF, size: UKURAN.isi, language: { value: "id-ID" } },
        paragraph: { spacing: { after: 120, line: 300, lineRule: "auto" } },
      },
      heading1: judul1,
      heading2: {
        run: { font: HURUF, size: UKURAN.judul2, bold: true, color: hitam },
        paragraph: {
          spacing: { before: 240, after: 120, line: 276, lineRule: "auto" },
          keepNext: true,
          keepLines: true,
        },
      },
      heading3: {
        run: { font: HURUF, size: UKURAN.judul3, bold: true, italics: true, color: hitam },
        paragraph: {
          spacing: { before: 200, after: 120, line: 276, lineRule: "auto" },
          keepNext: true,
          keepLines: true,
        },
      },
    },
    paragraphStyles: [
      {
        id: GAYA.judulTanpaDaftar,
        name: "Judul Tanpa Daftar",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        ...judul1,
      },
      {
        id: GAYA.keteranganTabel,
        name: NAMA_GAYA.keteranganTabel,
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        run: { font: HURUF, size: UKURAN.isi - 2, bold: true },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: 240, after: 120, line: 240, lineRule: "auto" },
          keepNext: true,
          keepLines: true,
        },
      },
      {
        id: GAYA.keteranganGambar,
        name: NAMA_GAYA.keteranganGambar,
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        run: { font: HURUF, size: UKURAN.isi - 2, bold: true },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: 240, after: 120, line: 240, lineRule: "auto" },
          keepNext: true,
          keepLines: true,
        },
      },
      {
        id: GAYA.isiTabel,
        name: "Isi Tabel",
        basedOn: "Normal",
        run: { font: HURUF, size: UKURAN.tabel },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: "auto" } },
      },
      {
        id: GAYA.isiTabelKecil,
        name: "Isi Tabel Kecil",
        basedOn: GAYA.isiTabel,
        run: { font: HURUF, size: UKURAN.tabelKecil },
        paragraph: { spacing: { before: 0, after: 0, line: 220, lineRule: "auto" } },
      },
      {
        id: GAYA.sumber,
        name: "Sumber Tabel",
        basedOn: "Normal",
        next: "Normal",
        run: { font: HURUF, size: UKURAN.kecil, italics: true },
        paragraph: { spacing: { before: 60, after: 240, line: 240, lineRule: "auto" } },
      },
      {
        id: GAYA.sampul,
        name: "Sampul",
        basedOn: "Normal",
        run: { font: HURUF, size: 32, bold: true },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: 0, after: 160, line: 276, lineRule: "auto" },
        },
      },
    ],
  };
}

/** One numbered and one bulleted list definition; each list block takes its own instance so numbering restarts. */
export function penomoranDokumen(): INumberingOptions {
  const inden = { left: 720, hanging: 360 };
  return {
    config: [
      {
        reference: DAFTAR.bernomor,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: "%1.",
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: inden } },
          },
        ],
      },
      {
        reference: DAFTAR.butir,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: "\u2022",
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: inden } },
          },
        ],
      },
    ],
  };
}

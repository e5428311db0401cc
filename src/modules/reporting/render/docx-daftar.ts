import { type FileChild, Paragraph, StyleLevel, TableOfContents, TextRun } from "docx";
import type { BlokDaftarOtomatis } from "../model.ts";
import { GAYA, NAMA_GAYA } from "./docx-gaya.ts";

/**
 * What each generated list collects: the contents from Heading 1–3, the lists of tables and charts from the caption
 * styles (organisation charts are figures too, so they sit in the list of charts).
 */
function opsiDaftar(jenis: BlokDaftarOtomatis["jenis"]): ConstructorParameters<typeof TableOfContents>[1] {
  switch (jenis) {
    case "daftar_isi":
      return { hyperlink: true, headingStyleRange: "1-3" };
    case "daftar_tabel":
      return { hyperlink: true, stylesWithLevels: [new StyleLevel(NAMA_GAYA.keteranganTabel, 1)] };
    case "daftar_grafik":
      return { hyperlink: true, stylesWithLevels: [new StyleLevel(NAMA_GAYA.keteranganGambar, 1)] };
  }
}

/**
 * A generated list as a real Word TOC field (Word refreshes it on open) whose entries and page numbers docx writes in
 * advance, so LibreOffice, PDF conversion and text readers show it filled without updating fields.
 */
export function blokDaftarOtomatis(b: BlokDaftarOtomatis, halamanBaru: boolean): FileChild[] {
  return [
    new Paragraph({
      style: GAYA.judulTanpaDaftar,
      pageBreakBefore: halamanBaru,
      children: [new TextRun(b.judul)],
    }),
    new TableOfContents(b.judul, opsiDaftar(b.jenis)),
  ];
}

/**
 * The PDF renderer: report model → Typst source → PDF, with charts and organisation charts drawn by
 * platform/charts and embedded as SVG. Only the fonts in the repository's fonts/ folder are used.
 */
import { gambarBlok } from "../../../platform/charts.ts";
import type { Dokumen } from "../model.ts";
import { type HasilKompilasi, kompilasiTypst } from "./typst-kompilasi.ts";
import { KELUARGA_FONTA, susunSumberTypst } from "./typst-sumber.ts";

const encoder = new TextEncoder();

/** Points every font-family in a chart's SVG at our font, so the PDF never depends on system fonts. */
function svgDenganFontaKami(svg: string): string {
  return svg
    .replace(/font-family="[^"]*"/g, `font-family="${KELUARGA_FONTA}"`)
    .replace(/font-family:[^;"]*/g, `font-family:${KELUARGA_FONTA}`);
}

/**
 * The PDF with the compiler's warnings; why: tests (and the CLI) can insist that a document compiles
 * without warnings such as a missing font, while callers that only want the file use `renderPdf`.
 */
export async function susunPdf(dok: Dokumen): Promise<HasilKompilasi> {
  const { sumber, gambar } = susunSumberTypst(dok);
  const berkas = gambar.map((g) => ({
    jalur: g.jalur,
    isi: encoder.encode(svgDenganFontaKami(gambarBlok(g.blok).svg)),
  }));
  return kompilasiTypst(sumber, berkas);
}

/** The document as PDF bytes; why: the single entry point routes and the CLI call for a PDF download. */
export async function renderPdf(dok: Dokumen): Promise<Uint8Array> {
  return (await susunPdf(dok)).pdf;
}

import { AlignmentType, type FileChild, ImageRun, Paragraph, TextRun } from "docx";
import { gambarBlok, pngDariSvg } from "../../../platform/charts.ts";
import type { BlokBagan, BlokGambar, BlokGrafik } from "../model.ts";
import { GAYA } from "./docx-gaya.ts";
import { type Halaman, pikselDariTwips } from "./docx-ukuran.ts";

/** Pixels per displayed pixel of the PNG, so charts stay sharp when printed or zoomed. */
const KERAPATAN = 2;
/** The tallest a picture may be, as a share of the text height, so its caption and a line of text fit beside it. */
const TINGGI_MAKS = { grafik: 0.45, bagan: 0.7, gambar: 0.9 } as const;

/** The size an image is shown at, in CSS pixels: the text width, shrunk (aspect kept) if it would be too tall. */
export function ukuranTampil(
  gambar: { lebar: number; tinggi: number },
  h: Halaman,
  jenis: "grafik" | "bagan" | "gambar",
): { lebar: number; tinggi: number } {
  const lebarTeks = pikselDariTwips(h.lebarTeks);
  const tinggiMaks = pikselDariTwips(h.tinggiTeks) * TINGGI_MAKS[jenis];
  const skala = Math.min(lebarTeks / gambar.lebar, tinggiMaks / gambar.tinggi);
  return { lebar: Math.floor(gambar.lebar * skala), tinggi: Math.floor(gambar.tinggi * skala) };
}

/**
 * A chart or organisation chart as Word shows a figure: the caption above, kept with the picture, and the picture as a
 * PNG (drawn at twice its shown size) scaled to the text width.
 */
export function blokGambar(
  b: BlokGrafik | BlokBagan | BlokGambar,
  h: Halaman,
  halamanBaru: boolean,
): FileChild[] {
  const gambar = gambarBlok(b);
  const tampil = ukuranTampil(gambar, h, b.jenis);
  const png = pngDariSvg(gambar.svg, tampil.lebar * KERAPATAN);
  const judul = `${b.nomor} ${b.judul}`;
  return [
    new Paragraph({
      style: GAYA.keteranganGambar,
      pageBreakBefore: halamanBaru,
      children: [new TextRun(judul)],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 240, line: 240, lineRule: "auto" },
      children: [
        new ImageRun({
          type: "png",
          data: png,
          transformation: { width: tampil.lebar, height: tampil.tinggi },
          altText: { name: b.nomor, title: judul, description: judul },
        }),
      ],
    }),
  ];
}

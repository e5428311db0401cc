import { type Kertas, UKURAN_KERTAS } from "../model.ts";

/** Twips (1/20 pt) in one millimetre: the unit Word measures pages, indents and table widths in. */
const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres to whole twips, because Word rejects fractional page and table measures. */
export function twips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** Margins of every page, in millimetres: 3 cm on the binding side, 2.5 cm elsewhere (Indonesian report custom). */
export const MARGIN_MM = { kiri: 30, kanan: 25, atas: 25, bawah: 25, kepala: 12, kaki: 12 } as const;

/** The size of a page and of its text area, so tables, the TOC and images fill the width exactly. */
export type Halaman = {
  lebarMm: number;
  tinggiMm: number;
  lanskap: boolean;
  /** width between the margins, in twips */
  lebarTeks: number;
  /** height between the margins, in twips */
  tinggiTeks: number;
};

/** The page of a paper size in either orientation, since a wide table turns its own section sideways. */
export function halaman(kertas: Kertas, lanskap: boolean): Halaman {
  const u = UKURAN_KERTAS[kertas];
  const lebarMm = lanskap ? u.tinggiMm : u.lebarMm;
  const tinggiMm = lanskap ? u.lebarMm : u.tinggiMm;
  return {
    lebarMm,
    tinggiMm,
    lanskap,
    lebarTeks: twips(lebarMm - MARGIN_MM.kiri - MARGIN_MM.kanan),
    tinggiTeks: twips(tinggiMm - MARGIN_MM.atas - MARGIN_MM.bawah),
  };
}

/** Twips to CSS pixels at 96 per inch, the unit docx sizes images in. */
export function pikselDariTwips(t: number): number {
  return (t / 1440) * 96;
}

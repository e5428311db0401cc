/**
 * The report model's pictures (charts and organisation charts) drawn once as SVG, so a page, the HTML
 * report, the DOCX (as PNG) and the PDF all show the same image. Pure apart from font loading for PNG.
 */
import { Resvg } from "@resvg/resvg-js";
import { BarChart, type BarSeriesOption, LineChart, type LineSeriesOption } from "echarts/charts";
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
} from "echarts/components";
import { type ComposeOption, init, use } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import type { BlokBagan, BlokGambar, BlokGrafik, SimpulBagan } from "../modules/reporting/model.ts";

use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer]);

type OpsiGrafik = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption
>;

/** Width and height of a picture in CSS pixels (1 px = 1/96 inch). */
export type Ukuran = { lebar: number; tinggi: number };

/** An SVG picture with the size it was drawn for, so a renderer can scale it to the page. */
export type Gambar = { svg: string; lebar: number; tinggi: number };

/** Fonts present on a Debian server (fonts-dejavu, fonts-liberation) before the browser's defaults. */
export const HURUF_GAMBAR = "DejaVu Sans, Liberation Sans, Arial, sans-serif";

/** Default chart size: fits the text width of A4 and F4 at a legible scale. */
export const UKURAN_GRAFIK: Ukuran = { lebar: 640, tinggi: 360 };

const TINTA = "#1c2430";
const GARIS = "#8a94a3";
/** Bars are light and lines dark, so a bar-and-line chart stays readable in greyscale. */
const WARNA_BATANG = ["#9fbfdc", "#1f3f66", "#5f86ad"];
const WARNA_GARIS = ["#1f3f66", "#b5651d", "#000000"];
const GAYA_GARIS = ["solid", "dashed", "dotted"] as const;
const SIMBOL_GARIS = ["circle", "rect", "triangle"];

const formatId = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });

/** "93,06", "1.234,5": the chart's labels use the same Indonesian format as the documents' text. */
export function angkaGrafik(n: number): string {
  return formatId.format(n);
}

function nilaiLabel(p: unknown): string {
  const v = (p as { value?: unknown }).value;
  return typeof v === "number" ? angkaGrafik(v) : "";
}

/**
 * With a given minimum, echarts starts its ticks at the next multiple of its interval ("80, 81, 84 …");
 * choosing the interval (1, 2 or 5 × 10ⁿ, about five steps) keeps the minimum on a tick and leaves room
 * above the highest value for its label.
 */
function sumbuY(blok: BlokGrafik): { min?: number; max?: number; interval?: number } {
  const min = blok.minSumbuY;
  if (min === null) return {};
  const nilai = blok.seri
    .flatMap((s) => s.nilai)
    .filter((v): v is number => v !== null && Number.isFinite(v));
  const tertinggi = Math.max(min, ...nilai);
  if (tertinggi <= min) return { min };
  const kasar = (tertinggi - min) / 5;
  const pangkat = 10 ** Math.floor(Math.log10(kasar));
  const interval = ([1, 2, 5, 10].find((f) => f * pangkat >= kasar) ?? 10) * pangkat;
  let langkah = Math.ceil((tertinggi - min) / interval);
  if (min + langkah * interval - tertinggi < 0.08 * langkah * interval) langkah += 1;
  return { min, max: min + langkah * interval, interval };
}

/** A short stable tag per chart, so the ids of two charts inlined in one page never collide. */
function sidik(blok: BlokGrafik): string {
  let h = 0x811c9dc5;
  for (const c of `${blok.nomor}|${blok.judul}|${JSON.stringify(blok.seri)}`) {
    h = Math.imul(h ^ (c.codePointAt(0) ?? 0), 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Bars and/or lines per series with value labels, an axis title and a legend, as an SVG string. */
export function svgGrafik(blok: BlokGrafik, ukuran: Ukuran = UKURAN_GRAFIK): string {
  let batangKe = 0;
  let garisKe = 0;
  const seri: (BarSeriesOption | LineSeriesOption)[] = blok.seri.map((s) => {
    if (s.tipe === "batang") {
      const warna = WARNA_BATANG[batangKe++ % WARNA_BATANG.length] ?? TINTA;
      return {
        type: "bar",
        name: s.nama,
        data: s.nilai,
        itemStyle: { color: warna, borderColor: TINTA, borderWidth: 0.6 },
        barMaxWidth: 56,
        silent: true,
        label: {
          show: true,
          position: "insideTop",
          distance: 6,
          formatter: nilaiLabel,
          color: batangKe === 1 ? TINTA : "#ffffff",
          fontSize: 11,
        },
      };
    }
    const i = garisKe++;
    const warna = WARNA_GARIS[i % WARNA_GARIS.length] ?? TINTA;
    return {
      type: "line",
      name: s.nama,
      data: s.nilai,
      color: warna,
      lineStyle: { color: warna, width: 2.5, type: GAYA_GARIS[i % GAYA_GARIS.length] },
      symbol: SIMBOL_GARIS[i % SIMBOL_GARIS.length],
      symbolSize: 8,
      connectNulls: false,
      silent: true,
      z: 3,
      label: {
        show: true,
        position: "top",
        distance: 8,
        formatter: nilaiLabel,
        color: TINTA,
        fontSize: 11,
        fontWeight: "bold",
        textBorderColor: "#ffffff",
        textBorderWidth: 3,
      },
    };
  });

  const opsi: OpsiGrafik = {
    animation: false,
    backgroundColor: "#ffffff",
    textStyle: { fontFamily: HURUF_GAMBAR, color: TINTA, fontSize: 12 },
    legend: { bottom: 4, selectedMode: false, itemGap: 24, textStyle: { fontSize: 12, color: TINTA } },
    grid: {
      left: 16,
      right: 24,
      top: blok.judulSumbuY === null ? 24 : 40,
      bottom: 44,
      outerBoundsMode: "same",
      outerBoundsContain: "axisLabel",
    },
    xAxis: {
      type: "category",
      data: blok.kategori,
      axisLine: { lineStyle: { color: GARIS } },
      axisTick: { alignWithLabel: true },
      axisLabel: { color: TINTA, fontSize: 12, interval: 0 },
    },
    yAxis: {
      type: "value",
      name: blok.judulSumbuY ?? undefined,
      nameTextStyle: { color: TINTA, fontSize: 12, align: "left" },
      ...sumbuY(blok),
      axisLabel: { color: TINTA, fontSize: 11, formatter: (v: number) => angkaGrafik(v) },
      splitLine: { lineStyle: { color: "#dde2e8" } },
    },
    series: seri,
  };

  const grafik = init(null, null, { renderer: "svg", ssr: true, width: ukuran.lebar, height: ukuran.tinggi });
  try {
    grafik.setOption(opsi);
    // the hover classes and their <style> serve an interactive page only, and their numbering is global
    return grafik
      .renderToSVGString({ useViewBox: true })
      .replace(/<style[^>]*>[\s\S]*?<\/style>\s*/g, "")
      .replace(/ class="zr\d+-cls-\d+"/g, "")
      .replace(/\bzr\d+-/g, `tk${sidik(blok)}-`);
  } finally {
    grafik.dispose();
  }
}

// ---- organisation chart: a hand-made tree layout, predictable in every output ----

const LEBAR_KOTAK = 184;
const JARAK_DATAR = 18;
const JARAK_TEGAK = 36;
/** How far a stacked child box sits right of its parent, leaving room for the connector. */
const INDEN_SUSUN = 18;
const JARAK_SUSUN = 10;
const PADDING = 8;
const TINGGI_BARIS_LABEL = 15;
const TINGGI_BARIS_KET = 14;
const TEPI = 12;
const KARAKTER_PER_BARIS = 22;

/** Breaks text into lines of at most ~22 characters at spaces (a longer word keeps its own line). */
export function bungkusTeks(teks: string, maks = KARAKTER_PER_BARIS): string[] {
  const baris: string[] = [];
  let kini = "";
  for (const kata of teks.split(/\s+/).filter((k) => k !== "")) {
    if (kini === "") kini = kata;
    else if (kini.length + 1 + kata.length <= maks) kini = `${kini} ${kata}`;
    else {
      baris.push(kini);
      kini = kata;
    }
  }
  if (kini !== "") baris.push(kini);
  return baris.length === 0 ? [""] : baris;
}

type Kotak = {
  label: string[];
  keterangan: string[];
  tinggi: number;
  tingkat: number;
  x: number;
  y: number;
  /** children that are all leaves are stacked under their parent (not the root), keeping the chart narrow */
  susun: boolean;
  anak: Kotak[];
};

function bangunKotak(s: SimpulBagan, tingkat: number): Kotak {
  const label = bungkusTeks(s.label);
  const keterangan = s.keterangan === null || s.keterangan === "" ? [] : bungkusTeks(s.keterangan, 26);
  const tinggi =
    2 * PADDING +
    label.length * TINGGI_BARIS_LABEL +
    (keterangan.length > 0 ? 4 + keterangan.length * TINGGI_BARIS_KET : 0);
  const anak = s.anak.map((a) => bangunKotak(a, tingkat + 1));
  const susun = tingkat > 0 && anak.length > 0 && anak.every((a) => a.anak.length === 0);
  return { label, keterangan, tinggi, tingkat, x: 0, y: 0, susun, anak };
}

/** Places leaves left to right at even steps and each parent centred over its children; returns the next free x. */
function tempatkan(k: Kotak, xBebas: number): number {
  k.x = xBebas;
  if (k.anak.length === 0) return xBebas + LEBAR_KOTAK + JARAK_DATAR;
  if (k.susun) {
    for (const a of k.anak) a.x = xBebas + INDEN_SUSUN;
    return xBebas + INDEN_SUSUN + LEBAR_KOTAK + JARAK_DATAR;
  }
  let x = xBebas;
  for (const a of k.anak) x = tempatkan(a, x);
  const pertama = k.anak[0] as Kotak;
  const terakhir = k.anak[k.anak.length - 1] as Kotak;
  k.x = (pertama.x + terakhir.x) / 2;
  return x;
}

/** The boxes laid out level by level (stacked children are placed by their parent). */
function bertingkat(k: Kotak): Kotak[] {
  return [k, ...(k.susun ? [] : k.anak.flatMap(bertingkat))];
}

function esc(teks: string): string {
  return teks.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function teksKotak(k: Kotak, tinggi: number): string[] {
  const tengah = k.x + LEBAR_KOTAK / 2;
  const tinggiTeks =
    k.label.length * TINGGI_BARIS_LABEL +
    (k.keterangan.length > 0 ? 4 + k.keterangan.length * TINGGI_BARIS_KET : 0);
  const isi = [
    `<rect x="${k.x}" y="${k.y}" width="${LEBAR_KOTAK}" height="${tinggi}" rx="3" fill="#ffffff" stroke="${TINTA}" stroke-width="1.2"/>`,
  ];
  let ty = k.y + (tinggi - tinggiTeks) / 2 + 11;
  for (const b of k.label) {
    isi.push(
      `<text x="${tengah}" y="${ty}" text-anchor="middle" font-size="12" font-weight="bold">${esc(b)}</text>`,
    );
    ty += TINGGI_BARIS_LABEL;
  }
  if (k.keterangan.length > 0) ty += 4;
  for (const b of k.keterangan) {
    isi.push(`<text x="${tengah}" y="${ty}" text-anchor="middle" font-size="11">${esc(b)}</text>`);
    ty += TINGGI_BARIS_KET;
  }
  return isi;
}

/** Layout and SVG markup of an organisation chart at its natural size. */
function gambarBagan(blok: BlokBagan): Gambar {
  const akar = bangunKotak(blok.akar, 0);
  const lebar = Math.ceil(tempatkan(akar, TEPI) - JARAK_DATAR + TEPI);
  const kotak = bertingkat(akar);
  // every box of a level has the level's height, so siblings line up and the connectors meet them
  const tinggiTingkat: number[] = [];
  for (const k of kotak) tinggiTingkat[k.tingkat] = Math.max(tinggiTingkat[k.tingkat] ?? 0, k.tinggi);
  const yTingkat: number[] = [];
  let y = TEPI;
  for (const [i, t] of tinggiTingkat.entries()) {
    yTingkat[i] = y;
    y += t + JARAK_TEGAK;
  }
  let bawah = y - JARAK_TEGAK;
  for (const k of kotak) k.y = yTingkat[k.tingkat] ?? 0;
  const tinggiDari = (k: Kotak) => tinggiTingkat[k.tingkat] ?? k.tinggi;
  const tengah = (k: Kotak) => k.x + LEBAR_KOTAK / 2;

  const garis: string[] = [];
  const isi: string[] = [];
  for (const k of kotak) {
    const yBawah = k.y + tinggiDari(k);
    isi.push(...teksKotak(k, tinggiDari(k)));
    if (k.anak.length === 0) continue;
    if (k.susun) {
      const xGaris = k.x + INDEN_SUSUN / 2;
      let ya = yBawah + JARAK_SUSUN + 4;
      let yTerakhir = ya;
      for (const a of k.anak) {
        a.y = ya;
        yTerakhir = ya + a.tinggi / 2;
        garis.push(`M${xGaris} ${yTerakhir}H${a.x}`);
        isi.push(...teksKotak(a, a.tinggi));
        ya += a.tinggi + JARAK_SUSUN;
      }
      garis.push(`M${xGaris} ${yBawah}V${yTerakhir}`);
      bawah = Math.max(bawah, ya - JARAK_SUSUN);
      continue;
    }
    const ySiku = yBawah + JARAK_TEGAK / 2;
    const xs = k.anak.map(tengah);
    garis.push(`M${tengah(k)} ${yBawah}V${ySiku}`);
    garis.push(`M${Math.min(...xs)} ${ySiku}H${Math.max(...xs)}`);
    for (const a of k.anak) garis.push(`M${tengah(a)} ${ySiku}V${yTingkat[a.tingkat] ?? 0}`);
  }
  const tinggi = Math.ceil(bawah + TEPI);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${lebar}" height="${tinggi}" viewBox="0 0 ${lebar} ${tinggi}" role="img" aria-label="${esc(blok.judul)}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<path d="${garis.join("")}" fill="none" stroke="${TINTA}" stroke-width="1.2"/>` +
    `<g font-family="${HURUF_GAMBAR}" fill="${TINTA}">${isi.join("")}</g></svg>`;
  return { svg, lebar, tinggi };
}

/**
 * The organisation chart as a top-down tree of boxes with elbow connectors. Drawn at its natural size;
 * with `ukuran` the same drawing is scaled (aspect kept) into that box.
 */
export function svgBagan(blok: BlokBagan, ukuran?: Ukuran): string {
  const g = gambarBagan(blok);
  if (ukuran === undefined) return g.svg;
  return g.svg.replace(
    `width="${g.lebar}" height="${g.tinggi}"`,
    `width="${ukuran.lebar}" height="${ukuran.tinggi}"`,
  );
}

/** A chart or organisation chart with its drawing size, the one entry point renderers use. */
export function gambarBlok(blok: BlokGrafik | BlokBagan | BlokGambar, ukuran?: Ukuran): Gambar {
  if (blok.jenis === "gambar") return { svg: blok.svg, lebar: blok.lebar, tinggi: blok.tinggi };
  if (blok.jenis === "grafik") {
    const u = ukuran ?? UKURAN_GRAFIK;
    return { svg: svgGrafik(blok, u), lebar: u.lebar, tinggi: u.tinggi };
  }
  if (ukuran !== undefined)
    return { svg: svgBagan(blok, ukuran), lebar: ukuran.lebar, tinggi: ukuran.tinggi };
  return gambarBagan(blok);
}

/** Rasterises an SVG to PNG at `lebarPx` wide on white, with system fonts (DOCX needs raster images). */
export function pngDariSvg(svg: string, lebarPx: number): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: Math.round(lebarPx) },
    background: "#ffffff",
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
  });
  return new Uint8Array(resvg.render().asPng());
}

/**
 * A rounded lower bound for a y axis that starts near the data instead of at 0, so values that differ by a
 * few points (an index of 88–94) stay distinguishable; null (start at 0) when the data is near 0 anyway.
 */
export function batasBawahSumbuY(nilai: readonly (number | null)[]): number | null {
  const ada = nilai.filter((v): v is number => v !== null && Number.isFinite(v));
  if (ada.length === 0) return null;
  const terkecil = Math.min(...ada);
  const terbesar = Math.max(...ada);
  if (terkecil <= 0) return null;
  const jarak = Math.max((terbesar - terkecil) / 2, terkecil * 0.05);
  const langkah = terkecil >= 50 ? 5 : 1;
  const bawah = Math.floor((terkecil - jarak) / langkah) * langkah;
  return bawah <= terkecil * 0.25 ? null : Math.max(0, bawah);
}

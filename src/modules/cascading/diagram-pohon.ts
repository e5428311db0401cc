/**
 * The pohon kinerja drawn as an SVG string on the server (issue 9 item 3): no client library, every text escaped,
 * a viewBox so it scales to a phone or an A3 sheet, a `<title>` per box for screen readers and a legend of the
 * levels. Pages, the HTML report, the PDF (SVG) and the DOCX (PNG through resvg) all use this one drawing.
 */
import type { LevelPohon } from "../../platform/db/schema.ts";
import type { PohonKinerjaOpd } from "./pohon.model.ts";
import {
  type KotakPohon,
  LABEL_LEVEL,
  type OpsiTataLetak,
  PADDING,
  TEPI,
  TINGGI_PITA,
  tataLetakPohon,
  URUTAN_LEVEL,
  WARNA_LEVEL,
} from "./tata-letak-pohon.domain.ts";

/** Options of the drawing: collapse below a level, draw one branch. */
export type OpsiDiagramPohon = OpsiTataLetak;

/** An SVG drawing with its natural size in CSS pixels. */
export type DiagramPohon = { svg: string; lebar: number; tinggi: number; jumlahSimpul: number };

const TINTA = "#1c2430";
const HURUF = "DejaVu Sans, Liberation Sans, Arial, sans-serif";
const TINGGI_LEGENDA = 28;

/** Escapes text for SVG content and attribute values. */
export function escSvg(teks: string): string {
  return teks
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const UKURAN_HURUF = { kondisi: 12, indikator: 10.5, pemilik: 10.5, tersembunyi: 10.5 } as const;

function gambarKotak(k: KotakPohon, dy: number): string {
  const y = k.y + dy;
  const warna = WARNA_LEVEL[k.level];
  const bagian = [
    `<g id="simpul-${k.id}" class="simpul" data-level="${k.level}">`,
    `<title>${escSvg(k.judulLengkap)}</title>`,
    `<rect x="${k.x}" y="${y}" width="${k.lebar}" height="${k.tinggi}" rx="3" fill="#ffffff" stroke="${warna}" stroke-width="1.4"/>`,
    `<rect x="${k.x}" y="${y}" width="${k.lebar}" height="${TINGGI_PITA}" rx="3" fill="${warna}"/>`,
    `<text x="${k.x + PADDING}" y="${y + 12}" font-size="9.5" font-weight="bold" fill="#ffffff">${escSvg(LABEL_LEVEL[k.level].toUpperCase())}</text>`,
  ];
  let ty = y + TINGGI_PITA + PADDING;
  for (const b of k.baris) {
    const tinggi = b.gaya === "kondisi" ? 15 : 13;
    const gaya =
      b.gaya === "kondisi"
        ? ' font-weight="bold"'
        : b.gaya === "pemilik" || b.gaya === "tersembunyi"
          ? ' font-style="italic"'
          : "";
    bagian.push(
      `<text x="${k.x + PADDING}" y="${ty + tinggi - 3}" font-size="${UKURAN_HURUF[b.gaya]}"${gaya}>${escSvg(b.teks)}</text>`,
    );
    ty += tinggi;
  }
  bagian.push("</g>");
  return bagian.join("");
}

function legenda(level: LevelPohon[], lebarGambar: number): { svg: string; lebar: number } {
  let x = TEPI;
  const isi: string[] = [];
  for (const l of level) {
    const teks = LABEL_LEVEL[l];
    isi.push(
      `<rect x="${x}" y="${TEPI}" width="14" height="14" rx="2" fill="${WARNA_LEVEL[l]}"/>`,
      `<text x="${x + 19}" y="${TEPI + 11}" font-size="11">${escSvg(teks)}</text>`,
    );
    x += 19 + Math.ceil(teks.length * 6.4) + 18;
  }
  return {
    svg: `<g class="legenda" role="list" aria-label="Legenda level">${isi.join("")}</g>`,
    lebar: Math.max(lebarGambar, x - 18 + TEPI),
  };
}

/**
 * The tree of an OPD for one year as an SVG string with its size; why: one server-side drawing serves the page
 * (P4's zoomable view), the documents and the download. `sampaiLevel` collapses what is below a level (the box
 * says how many nodes it hides); `akarId` draws only that node's branch.
 */
export function gambarPohonSvg(
  pohon: PohonKinerjaOpd,
  tahun: number,
  opsi: OpsiDiagramPohon = {},
): DiagramPohon {
  const t = tataLetakPohon(pohon.akar, tahun, opsi);
  const adaLevel = URUTAN_LEVEL.filter((l) => t.kotak.some((k) => k.level === l));
  const leg = legenda(adaLevel, t.lebar);
  const dy = TINGGI_LEGENDA;
  const lebar = leg.lebar;
  const tinggi = t.tinggi + dy;
  const judul = `Pohon Kinerja ${pohon.opd.nama} Tahun ${tahun}`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${lebar}" height="${tinggi}" viewBox="0 0 ${lebar} ${tinggi}" role="img" aria-labelledby="judul-pohon">` +
    `<title id="judul-pohon">${escSvg(judul)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<g font-family="${HURUF}" fill="${TINTA}">${leg.svg}` +
    `<path d="${t.garis.join("")}" transform="translate(0 ${dy})" fill="none" stroke="${TINTA}" stroke-width="1.2"/>` +
    `${t.kotak.map((k) => gambarKotak(k, dy)).join("")}</g></svg>`;
  return { svg, lebar, tinggi, jumlahSimpul: t.kotak.length };
}

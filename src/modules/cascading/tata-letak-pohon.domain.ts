/**
 * Where each box of the pohon kinerja diagram goes (issue 9 item 3; PermenPANRB 89/2021 draws cascading as a tree
 * of conditions). Pure: text is wrapped by character count and every coordinate is computed here, so the SVG, the
 * documents and the tests see one layout.
 *
 * Layout choice: a tidy top-down tree (each parent centred over its children, subtrees side by side, never
 * overlapping), except that children which are all leaves are stacked in a column under their parent. The
 * most numerous level (each employee's RHK, or the kegiatan of a small unit) then adds height instead of width,
 * so the drawing's width grows with the number of operational branches, not of people: the Malili tree stays
 * about as wide as it is tall and prints legibly on A3 landscape, where a pure top-down tree of every RHK would
 * be several metres wide, and a left-to-right indented list would lose the parent-over-children reading.
 */

import type { LevelPohon } from "../../platform/db/schema.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import type { SimpulPohon } from "./pohon.model.ts";

/** The levels from top to bottom; the order `sampaiLevel` cuts at. */
export const URUTAN_LEVEL: readonly LevelPohon[] = [
  "strategis_pemda",
  "strategis",
  "taktis",
  "operasional",
  "individu",
];

/** What each level is called on the diagram and in the matrix (PermenPANRB 89/2021 and 6/2022). */
export const LABEL_LEVEL: Record<LevelPohon, string> = {
  strategis_pemda: "Sasaran Strategis Pemda",
  strategis: "Sasaran Strategis",
  taktis: "Sasaran Program (Taktis)",
  operasional: "Sasaran Kegiatan (Operasional)",
  individu: "Rencana Hasil Kerja (Individu)",
};

/** One fill per level, dark to light down the tree, each readable under white text and distinct in greyscale. */
export const WARNA_LEVEL: Record<LevelPohon, string> = {
  strategis_pemda: "#1f3f66",
  strategis: "#2e6b9e",
  taktis: "#2f7d4f",
  operasional: "#a35a12",
  individu: "#5b6472",
};

/** Box width in CSS pixels. */
export const LEBAR_KOTAK = 200;
/** Gap between neighbouring subtrees. */
export const JARAK_DATAR = 16;
/** Gap between a level and the next. */
export const JARAK_TEGAK = 40;
/** How far a stacked child sits right of its parent, leaving room for the connector. */
export const INDEN_SUSUN = 20;
/** Gap between stacked children. */
export const JARAK_SUSUN = 10;
/** Margin around the drawing. */
export const TEPI = 12;
/** Inner padding of a box. */
export const PADDING = 6;
/** Height of the coloured level band at the top of a box. */
export const TINGGI_PITA = 16;

/** Line height and characters per line per kind of text (DejaVu Sans at 12 px bold and 10.5 px). */
export const GAYA_BARIS = {
  kondisi: { tinggi: 15, karakter: 28 },
  indikator: { tinggi: 13, karakter: 32 },
  pemilik: { tinggi: 13, karakter: 32 },
  tersembunyi: { tinggi: 13, karakter: 32 },
} as const;

/** The kind of a line of text in a box. */
export type GayaBaris = keyof typeof GAYA_BARIS;

/** One wrapped line of a box. */
export type BarisKotak = { teks: string; gaya: GayaBaris };

/** A placed box: its node, position, size and wrapped text. */
export type KotakPohon = {
  id: number;
  indukId: number | null;
  level: LevelPohon;
  x: number;
  y: number;
  lebar: number;
  tinggi: number;
  baris: BarisKotak[];
  /** the whole text of the node unwrapped, for the SVG `<title>` read by screen readers */
  judulLengkap: string;
  /** nodes below this one left out by `sampaiLevel` */
  tersembunyi: number;
  /** this box is stacked under its parent rather than placed on its level's row */
  disusun: boolean;
};

/** The layout of the whole drawing: boxes in drawing order, connector paths and the drawing size. */
export type TataLetakPohon = {
  kotak: KotakPohon[];
  /** SVG path data of every connector ("M x y V y H x …") */
  garis: string[];
  lebar: number;
  tinggi: number;
};

/** Options: collapse below a level, or draw one branch only. */
export type OpsiTataLetak = { sampaiLevel?: LevelPohon; akarId?: number };

/** Breaks text into lines of at most `maks` characters at spaces; a longer word is cut so no line overflows. */
export function bungkus(teks: string, maks: number): string[] {
  const baris: string[] = [];
  let kini = "";
  for (let kata of teks.split(/\s+/).filter((k) => k !== "")) {
    while (kata.length > maks) {
      if (kini !== "") baris.push(kini);
      kini = "";
      baris.push(kata.slice(0, maks));
      kata = kata.slice(maks);
    }
    if (kini === "") kini = kata;
    else if (kini.length + 1 + kata.length <= maks) kini = `${kini} ${kata}`;
    else {
      baris.push(kini);
      kini = kata;
    }
  }
  if (kini !== "") baris.push(kini);
  return baris;
}

/** "66 %", "1.234,5 dokumen": a decimal target with its unit, Indonesian separators, without rounding. */
export function tampilTargetPohon(nilai: string, satuan: string): string {
  const negatif = nilai.startsWith("-");
  const [bulat = "0", pecahan] = (negatif ? nilai.slice(1) : nilai).split(".");
  const ribuan = bulat.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const pecah = pecahan?.replace(/0+$/, "") ?? "";
  const angka = `${negatif ? "-" : ""}${ribuan}${pecah === "" ? "" : `,${pecah}`}`;
  return satuan.trim() === "" ? angka : `${angka} ${satuan.trim()}`;
}

/**
 * Who owns a node as printed: the unit and the employee (with position) when both are known, so every unit of
 * the organisation can be found in the tree and the matrix; else whichever is known.
 */
export function pemilikSimpul(s: SimpulPohon): string | null {
  const orang = s.pegawai === null ? null : `${s.pegawai.nama} (${s.pegawai.jabatan})`;
  const unit = s.unitKerja?.nama ?? null;
  if (orang !== null && unit !== null) return `${unit}: ${orang}`;
  return orang ?? unit;
}

/** The text lines a node shows for a year: condition, each indicator with that year's target, owner. */
export function isiSimpul(s: SimpulPohon, tahun: number): { gaya: GayaBaris; teks: string }[] {
  const isi: { gaya: GayaBaris; teks: string }[] = [{ gaya: "kondisi", teks: s.kondisi }];
  for (const ind of s.indikator) {
    const t = ind.target[tahun];
    isi.push({
      gaya: "indikator",
      teks: `• ${ind.nama}: ${t === undefined ? "target belum ada" : tampilTargetPohon(t, ind.satuan)}`,
    });
  }
  const pemilik = pemilikSimpul(s);
  if (pemilik !== null) isi.push({ gaya: "pemilik", teks: `Pemilik: ${pemilik}` });
  return isi;
}

function hitungKeturunan(s: SimpulPohon): number {
  return s.anak.reduce((n, a) => n + 1 + hitungKeturunan(a), 0);
}

type Kerja = { k: KotakPohon; anak: Kerja[]; susun: boolean; tingkat: number };

function bangun(s: SimpulPohon, tahun: number, batas: number, tingkat: number): Kerja {
  const tampakAnak = URUTAN_LEVEL.indexOf(s.level) < batas;
  const anakSimpul = tampakAnak ? s.anak : [];
  const tersembunyi = tampakAnak ? 0 : hitungKeturunan(s);
  const isi = isiSimpul(s, tahun);
  if (tersembunyi > 0) isi.push({ gaya: "tersembunyi", teks: `+ ${tersembunyi} simpul di bawahnya` });
  const baris = isi.flatMap((b) =>
    bungkus(b.teks, GAYA_BARIS[b.gaya].karakter).map((teks) => ({ teks, gaya: b.gaya })),
  );
  const tinggi = TINGGI_PITA + 2 * PADDING + baris.reduce((t, b) => t + GAYA_BARIS[b.gaya].tinggi, 0);
  const k: KotakPohon = {
    id: s.id,
    indukId: s.indukId,
    level: s.level,
    x: 0,
    y: 0,
    lebar: LEBAR_KOTAK,
    tinggi,
    baris,
    judulLengkap: `${LABEL_LEVEL[s.level]}: ${isi.map((b) => b.teks).join("; ")}`,
    tersembunyi,
    disusun: false,
  };
  const anak = anakSimpul.map((a) => bangun(a, tahun, batas, tingkat + 1));
  const susun = anak.length > 0 && anak.every((a) => a.anak.length === 0) && tingkat > 0;
  for (const a of anak) a.k.disusun = susun;
  return { k, anak, susun, tingkat };
}

/** Places leaves left to right and each parent centred over its children; returns the next free x. */
function tempatkan(w: Kerja, xBebas: number): number {
  w.k.x = xBebas;
  if (w.anak.length === 0) return xBebas + LEBAR_KOTAK + JARAK_DATAR;
  if (w.susun) {
    for (const a of w.anak) a.k.x = xBebas + INDEN_SUSUN;
    return xBebas + INDEN_SUSUN + LEBAR_KOTAK + JARAK_DATAR;
  }
  let x = xBebas;
  for (const a of w.anak) x = tempatkan(a, x);
  const pertama = w.anak[0] as Kerja;
  const terakhir = w.anak[w.anak.length - 1] as Kerja;
  w.k.x = (pertama.k.x + terakhir.k.x) / 2;
  return x;
}

function padaBaris(w: Kerja): Kerja[] {
  return [w, ...(w.susun ? [] : w.anak.flatMap(padaBaris))];
}

function cari(akar: SimpulPohon[], id: number): SimpulPohon | null {
  for (const s of akar) {
    if (s.id === id) return s;
    const t = cari(s.anak, id);
    if (t !== null) return t;
  }
  return null;
}

/**
 * Lays out a forest of nodes for a year: boxes sized to their wrapped text, every box of a row as tall as the
 * row's tallest (siblings line up), stacked leaf columns under their parent, elbow connectors.
 */
export function tataLetakPohon(
  akar: readonly SimpulPohon[],
  tahun: number,
  opsi: OpsiTataLetak = {},
): TataLetakPohon {
  let pohon = [...akar];
  if (opsi.akarId !== undefined) {
    const cabang = cari(pohon, opsi.akarId);
    if (cabang === null) {
      throw new GalatTerukur("tidak_ditemukan", `Simpul ${opsi.akarId} tidak ada di pohon ini`, "akarId");
    }
    pohon = [cabang];
  }
  const batas = opsi.sampaiLevel === undefined ? URUTAN_LEVEL.length : URUTAN_LEVEL.indexOf(opsi.sampaiLevel);
  const kerja = pohon.map((s) => bangun(s, tahun, batas, 0));
  let x = TEPI;
  for (const w of kerja) x = tempatkan(w, x);
  const lebar = kerja.length === 0 ? 2 * TEPI : Math.ceil(x - JARAK_DATAR + TEPI);

  const diBaris = kerja.flatMap(padaBaris);
  const tinggiTingkat: number[] = [];
  for (const w of diBaris) tinggiTingkat[w.tingkat] = Math.max(tinggiTingkat[w.tingkat] ?? 0, w.k.tinggi);
  const yTingkat: number[] = [];
  let y = TEPI;
  for (const [i, t] of tinggiTingkat.entries()) {
    yTingkat[i] = y;
    y += (t ?? 0) + JARAK_TEGAK;
  }
  let bawah = diBaris.length === 0 ? TEPI : y - JARAK_TEGAK;

  const kotak: KotakPohon[] = [];
  const garis: string[] = [];
  for (const w of diBaris) {
    w.k.y = yTingkat[w.tingkat] ?? TEPI;
    w.k.tinggi = tinggiTingkat[w.tingkat] ?? w.k.tinggi;
    kotak.push(w.k);
  }
  for (const w of diBaris) {
    const k = w.k;
    if (w.anak.length === 0) continue;
    const yBawah = k.y + k.tinggi;
    if (w.susun) {
      const xGaris = k.x + INDEN_SUSUN / 2;
      let ya = yBawah + JARAK_SUSUN;
      let yTerakhir = ya;
      for (const a of w.anak) {
        a.k.y = ya;
        yTerakhir = ya + a.k.tinggi / 2;
        garis.push(`M${xGaris} ${yTerakhir}H${a.k.x}`);
        kotak.push(a.k);
        ya += a.k.tinggi + JARAK_SUSUN;
      }
      garis.push(`M${xGaris} ${yBawah}V${yTerakhir}`);
      bawah = Math.max(bawah, ya - JARAK_SUSUN);
      continue;
    }
    const tengah = (b: KotakPohon) => b.x + b.lebar / 2;
    const ySiku = yBawah + JARAK_TEGAK / 2;
    const xs = w.anak.map((a) => tengah(a.k));
    garis.push(`M${tengah(k)} ${yBawah}V${ySiku}`);
    if (xs.length > 1) garis.push(`M${Math.min(...xs)} ${ySiku}H${Math.max(...xs)}`);
    for (const a of w.anak) garis.push(`M${tengah(a.k)} ${ySiku}V${yTingkat[a.tingkat] ?? 0}`);
  }
  return { kotak, garis, lebar, tinggi: Math.ceil(bawah + TEPI) };
}

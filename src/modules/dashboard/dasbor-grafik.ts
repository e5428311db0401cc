/**
 * The three dashboard charts as inline SVG, drawn by the same echarts builder as the documents, at a size
 * that keeps the page light. Each takes plain numbers already computed by the services.
 */
import { svgGrafik } from "../../platform/charts.ts";

const UKURAN = { lebar: 640, tinggi: 300 };

/** Capaian per IKU as bars with the 100 % line, so "on target" is visible at a glance; null with no bar. */
export function grafikCapaianIku(
  baris: readonly { kode: string; persen: number | null }[],
  label: { judul: string; capaian: string; target: string },
): string | null {
  if (!baris.some((b) => b.persen !== null)) return null;
  return svgGrafik(
    {
      jenis: "grafik",
      nomor: "",
      judul: label.judul,
      kategori: baris.map((b) => b.kode),
      seri: [
        { nama: label.capaian, tipe: "batang", nilai: baris.map((b) => b.persen) },
        { nama: label.target, tipe: "garis", nilai: baris.map(() => 100) },
      ],
      judulSumbuY: "%",
      minSumbuY: 0,
    },
    UKURAN,
  );
}

/** Serapan per program as bars; null when the year has no DPA. */
export function grafikSerapanProgram(
  baris: readonly { kode: string; persen: number | null }[],
  label: { judul: string; serapan: string },
): string | null {
  if (!baris.some((b) => b.persen !== null)) return null;
  return svgGrafik(
    {
      jenis: "grafik",
      nomor: "",
      judul: label.judul,
      kategori: baris.map((b) => b.kode),
      seri: [{ nama: label.serapan, tipe: "batang", nilai: baris.map((b) => b.persen) }],
      judulSumbuY: "%",
      minSumbuY: 0,
    },
    UKURAN,
  );
}

/** Capaian of each IKU over the Renstra years, one line per IKU; null when no year has a value. */
export function grafikTrenIku(
  tahun: readonly number[],
  seri: readonly { kode: string; persen: (number | null)[] }[],
  label: { judul: string },
): string | null {
  if (!seri.some((s) => s.persen.some((p) => p !== null))) return null;
  return svgGrafik(
    {
      jenis: "grafik",
      nomor: "",
      judul: label.judul,
      kategori: tahun.map(String),
      seri: seri.map((s) => ({ nama: s.kode, tipe: "garis" as const, nilai: s.persen })),
      judulSumbuY: "%",
      minSumbuY: null,
    },
    UKURAN,
  );
}

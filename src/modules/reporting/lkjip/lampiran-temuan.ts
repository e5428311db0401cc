/**
 * The last appendix of a draft: every consistency finding, galat first, with the stated, computed and
 * difference figures in Indonesian notation. Why: a report with error-level findings is not fit to sign
 * (design brief: contradictions are detected, and a draft says so).
 */
import { formatAngka } from "../../../platform/number-format.ts";
import type { Temuan } from "../../consistency/temuan.ts";
import type { Blok } from "../model.ts";
import { baris, judul, kepala, kolom, paragraf, tabel } from "./blok.ts";

const LABEL_TINGKAT = { galat: "Galat", peringatan: "Peringatan", info: "Info" } as const;

/** "14.859.150", "93,05", "-4.000.000", or "-" for an absent figure. */
export function tampilAngkaTemuan(s: string | null | undefined): string {
  if (s === null || s === undefined || s.trim() === "") return "-";
  return /^-?\d+(\.\d+)?$/.test(s.trim()) ? formatAngka(s.trim()) : s;
}

/** True when any finding is an error: the document is then a draft. */
export function adaGalat(temuan: readonly Temuan[]): boolean {
  return temuan.some((t) => t.tingkat === "galat");
}

/** The findings appendix with its table. */
export function lampiranTemuan(temuan: readonly Temuan[], nomorLampiran: number, nomorTabel: string): Blok[] {
  const galat = temuan.filter((t) => t.tingkat === "galat").length;
  return [
    judul(2, `Lampiran ${nomorLampiran}.`, "Daftar Temuan Pemeriksaan Konsistensi"),
    paragraf(
      `Pemeriksaan konsistensi data menemukan ${galat} galat dan ${temuan.length - galat} temuan lain. Selama masih ada galat, laporan ini berstatus DRAF dan belum layak ditandatangani.`,
    ),
    tabel(
      nomorTabel,
      "Daftar Temuan Pemeriksaan Konsistensi",
      kolom(["tengah", 1], ["kiri", 2], ["kiri", 5], ["kiri", 8], ["kanan", 3], ["kanan", 3], ["kanan", 3]),
      kepala("No", "Tingkat", "Lokasi", "Pesan", "Dinyatakan", "Dihitung", "Selisih"),
      temuan.map((t, i) =>
        baris([
          String(i + 1),
          LABEL_TINGKAT[t.tingkat],
          t.lokasi,
          t.pesan,
          tampilAngkaTemuan(t.dinyatakan),
          tampilAngkaTemuan(t.dihitung),
          tampilAngkaTemuan(t.selisih),
        ]),
      ),
      "Pemeriksaan konsistensi Terukur",
      true,
    ),
  ];
}

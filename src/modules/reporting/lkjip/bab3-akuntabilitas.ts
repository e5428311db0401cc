/**
 * BAB III AKUNTABILITAS KINERJA (PermenPANRB 53/2014 Anak Lampiran II): A capaian kinerja per sasaran,
 * B realisasi anggaran, C tindak lanjut rekomendasi, with one table and chart numbering for the chapter.
 */
import type { Blok } from "../model.ts";
import { bagianCapaian } from "./bab3a-capaian.ts";
import { bagianAnggaran } from "./bab3b-anggaran.ts";
import { bagianTindakLanjut } from "./bab3c-tindak-lanjut.ts";
import type { BahanLkjip } from "./bahan.ts";
import { judul, paragraf } from "./blok.ts";
import { penomor } from "./penomor.ts";

/** The whole of BAB III. */
export function babAkuntabilitas(bahan: BahanLkjip): Blok[] {
  const n = penomor("3");
  return [
    judul(1, "BAB III", "AKUNTABILITAS KINERJA"),
    paragraf(
      `Bab ini menyajikan capaian kinerja ${bahan.opd.nama} Tahun ${bahan.tahun} untuk setiap sasaran strategis dalam Perjanjian Kinerja, analisisnya, realisasi anggaran yang digunakan untuk mewujudkannya, serta tindak lanjut rekomendasi hasil evaluasi.`,
    ),
    ...bagianCapaian(bahan, n),
    ...bagianAnggaran(bahan, n),
    ...bagianTindakLanjut(bahan, n),
    { jenis: "halaman_baru" },
  ];
}

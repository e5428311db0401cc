/**
 * IKHTISAR EKSEKUTIF: the generated summary before Bab I (common LKjIP practice, regulations.md §2.2):
 * how many sasaran and IKU, each IKU's result sentence, and the budget sentence — the same sentences
 * Bab III and Bab IV print.
 */
import { kalimatAnggaran, kalimatJumlahSasaran } from "../kalimat.domain.ts";
import type { Blok } from "../model.ts";
import type { BahanLkjip } from "./bahan.ts";
import { judul, paragraf } from "./blok.ts";
import { kalimatIku } from "./kalimat-iku.ts";

/** The number of sasaran of the Renstra in force (the unit of analysis of Bab III). */
export function jumlahSasaran(bahan: BahanLkjip): number {
  return bahan.pohon.tujuan.reduce((n, t) => n + t.sasaran.length, 0);
}

/** The budget sentence of the whole OPD-year, from the DPA in force. */
export function kalimatAnggaranOpd(bahan: BahanLkjip): string | null {
  const a = bahan.anggaran;
  if (a === null) return null;
  return kalimatAnggaran({
    subjek: `${bahan.opd.nama} tahun ${bahan.tahun}`,
    pagu: a.total.pagu,
    realisasi: a.total.realisasi,
    serapan: a.total.serapan,
  });
}

/** The Ikhtisar Eksekutif blocks. */
export function ikhtisarEksekutif(bahan: BahanLkjip): Blok[] {
  const anggaran = kalimatAnggaranOpd(bahan);
  return [
    judul(1, null, "IKHTISAR EKSEKUTIF"),
    paragraf(
      `Laporan Kinerja Instansi Pemerintah (LKjIP) ${bahan.opd.nama} Tahun ${bahan.tahun} disusun sebagai pertanggungjawaban atas pelaksanaan Perjanjian Kinerja Tahun ${bahan.tahun}, sesuai Peraturan Presiden Nomor 29 Tahun 2014 dan Peraturan Menteri PANRB Nomor 53 Tahun 2014.`,
    ),
    paragraf(
      kalimatJumlahSasaran({
        opd: bahan.opd.nama,
        tahun: bahan.tahun,
        sasaran: jumlahSasaran(bahan),
        iku: bahan.iku.indikator.length,
      }),
    ),
    ...bahan.iku.indikator.map((i) => paragraf(kalimatIku(i, bahan))),
    ...(anggaran === null ? [] : [paragraf(anggaran)]),
    { jenis: "halaman_baru" },
  ];
}

/**
 * Section D of the LHE: the recommendations of the evaluation year, grouped by the LKE komponen they address
 * (pack order), those without a komponen last under "Umum"; each with its person in charge and deadline.
 */
import { formatTanggal } from "../../../platform/number-format.ts";
import { baris, judul, kepala, kolom, paragraf, tabel } from "../lkjip/blok.ts";
import type { BarisTabel, Blok } from "../model.ts";
import type { BahanLhe, RekomendasiLhe } from "./bahan.ts";

function barisKelompok(label: string): BarisTabel {
  return { sel: [{ teks: label, rentangKolom: 4 }], gaya: "induk" };
}

function barisRekomendasi(r: RekomendasiLhe): BarisTabel {
  return baris([
    String(r.nomor),
    r.uraian,
    r.penanggungJawab ?? "-",
    r.tenggat ? formatTanggal(r.tenggat) : "-",
  ]);
}

/** The recommendations table, or a sentence when none were recorded. */
export function bagianRekomendasi(b: BahanLhe, nomorTabel: string): Blok[] {
  const kepalaBagian = judul(2, "D.", "Rekomendasi");
  if (b.rekomendasi.length === 0) {
    return [
      kepalaBagian,
      paragraf(`Belum ada rekomendasi yang dicatat untuk hasil evaluasi tahun ${b.tahun}.`),
    ];
  }
  const komponen = b.penilaian.paket.komponen;
  const isi: BarisTabel[] = [];
  for (const k of komponen) {
    const daftar = b.rekomendasi.filter((r) => r.komponenKode === k.kode);
    if (daftar.length === 0) continue;
    isi.push(barisKelompok(`Komponen ${k.kode}. ${k.nama}`), ...daftar.map(barisRekomendasi));
  }
  const umum = b.rekomendasi.filter(
    (r) => r.komponenKode === null || !komponen.some((k) => k.kode === r.komponenKode),
  );
  if (umum.length > 0) isi.push(barisKelompok("Umum"), ...umum.map(barisRekomendasi));
  return [
    kepalaBagian,
    paragraf(
      `Untuk meningkatkan akuntabilitas kinerja, ${b.opd.nama} perlu menindaklanjuti ${b.rekomendasi.length} rekomendasi berikut dan melaporkan tindak lanjutnya kepada Inspektorat.`,
    ),
    tabel(
      nomorTabel,
      `Rekomendasi Hasil Evaluasi AKIP Tahun ${b.tahun}`,
      kolom(["tengah", 1], ["kiri", 8], ["kiri", 3], ["kiri", 3]),
      kepala("No", "Rekomendasi", "Penanggung Jawab", "Tenggat"),
      isi,
      null,
    ),
  ];
}

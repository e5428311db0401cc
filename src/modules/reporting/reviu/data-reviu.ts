/**
 * What the two review documents (kertas kerja reviu, Pernyataan Telah Direviu) are built from: the stored
 * review of one report and who signs. Plain data; the service fills it, the builders only lay it out.
 */
import type { HasilReviu, TemuanReviu } from "../../review/naskah.ts";
import type { Kertas } from "../model.ts";

/** One reviewed report with the names the documents print. */
export type DataDokumenReviu = {
  namaOpd: string;
  namaPemda: string;
  /** the report year (read from its cover or given at upload); null prints "(tahun tidak tertera)" */
  tahun: number | null;
  namaBerkas: string;
  sha256: string;
  /** ISO date the report was uploaded for review */
  tanggalUnggah: string;
  hasil: HasilReviu;
  /** the APIP reviewer (the evaluator) who signs */
  pereviu: { nama: string; nip: string | null };
  /** ISO date printed above the signature */
  tanggal: string;
  tempat: string;
  kertas: Kertas;
};

/** "Laporan Kinerja Kecamatan Malili Tahun 2024" as both documents name the report. */
export function namaLaporan(d: DataDokumenReviu): string {
  return `Laporan Kinerja ${d.namaOpd} Tahun ${d.tahun ?? "(tahun tidak tertera)"}`;
}

/**
 * The correction a reviewer asks for, per kind of finding (the "rekomendasi/koreksi" column of the working
 * paper, PermenPANRB 53/2014 Lampiran III): where a value was recomputed, the value it should read.
 */
export function koreksiTemuan(t: TemuanReviu, angka: (n: number) => string): string {
  const menjadi = t.computed === undefined ? "" : ` (hasil hitung ulang: ${angka(t.computed)})`;
  switch (t.jenis) {
    case "aritmetika":
      return `Periksa rincian baris yang dijumlahkan atau dibagi; bila rinciannya benar, perbaiki angka yang tertulis${menjadi}.`;
    case "antar_tabel":
      return `Samakan angka ini dengan tabel lain yang menyajikan hal yang sama, berpedoman pada dokumen sumbernya (DPA, Perjanjian Kinerja)${menjadi}.`;
    case "predikat":
      return `Sesuaikan predikat dengan skala penilaian yang dicantumkan dalam laporan${menjadi}.`;
    case "kata_tren":
      return "Ganti kata naik/turun atau meningkat/menurun agar sesuai dengan arah angka yang diuraikan.";
    case "hitungan_teks":
      return `Samakan jumlah yang disebut dalam kalimat dengan jumlah pada tabel${menjadi}.`;
    case "tanggal_penandatangan":
      return "Perbaiki tanggal atau penanda tangan agar sesuai dengan tahun laporan dan pejabat yang berwenang.";
    case "struktur":
      return "Lengkapi bagian ini sesuai sistematika Laporan Kinerja (PermenPANRB 53/2014 Anak Lampiran II).";
  }
}

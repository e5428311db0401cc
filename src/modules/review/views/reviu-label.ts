import { buatKamus } from "../../../platform/i18n/kamus.ts";
import type { LokasiNaskah } from "../naskah.ts";

/** The names of severity levels, kinds of check and location parts the review screens share. */
export const kamusLabelReviu = buatKamus(
  {
    tinggi: "Tinggi",
    sedang: "Sedang",
    rendah: "Rendah",
    aritmetika: "Aritmetika tabel",
    antar_tabel: "Kesesuaian antartabel",
    predikat: "Predikat dan skala",
    kata_tren: "Kata tren dalam narasi",
    hitungan_teks: "Hitungan dalam teks",
    tanggal_penandatangan: "Tanggal dan penanda tangan",
    struktur: "Struktur laporan",
    baris: "baris",
    kolom: "kolom",
    barisBerkas: "baris berkas",
    awal: "(awal dokumen)",
    target_indikator: "Target indikator",
    realisasi_indikator: "Realisasi indikator",
    pagu: "Pagu anggaran",
    realisasi_anggaran: "Realisasi anggaran",
    jumlah_pegawai: "Jumlah pegawai",
  },
  {
    tinggi: "High",
    sedang: "Medium",
    rendah: "Low",
    aritmetika: "Table arithmetic",
    antar_tabel: "Agreement across tables",
    predikat: "Grade against its scale",
    kata_tren: "Trend words in the text",
    hitungan_teks: "Counts in the text",
    tanggal_penandatangan: "Dates and signatories",
    struktur: "Report structure",
    baris: "row",
    kolom: "column",
    barisBerkas: "file line",
    awal: "(start of the document)",
    target_indikator: "Indicator target",
    realisasi_indikator: "Indicator result",
    pagu: "Budget",
    realisasi_anggaran: "Budget spent",
    jumlah_pegawai: "Staff count",
  },
);

/** A location in the screen's language, widest part first. */
export function lokasiLabel(l: LokasiNaskah, t: ReturnType<typeof kamusLabelReviu>): string {
  const bagian: string[] = [];
  if (l.bab) bagian.push(l.bab);
  if (l.bagian && l.bagian !== l.bab) bagian.push(l.bagian);
  if (l.tabel) bagian.push(l.tabel);
  if (l.baris !== null) bagian.push(`${t.baris} ${l.baris}`);
  if (l.kolom) bagian.push(`${t.kolom} "${l.kolom}"`);
  if (l.barisBerkas !== null) bagian.push(`${t.barisBerkas} ${l.barisBerkas}`);
  return bagian.length === 0 ? t.awal : bagian.join(" › ");
}

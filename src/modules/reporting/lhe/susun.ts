/**
 * The LHE as one report model (PermenPANRB 88/2021: Laporan Hasil Evaluasi AKIP): title, identity, result per
 * komponen, the evaluator's notes, the recommendations, the comparison with earlier years and the signatures of
 * the evaluator and the Inspektur. Pure: every renderer draws the same model.
 */
import { judul, paragraf } from "../lkjip/blok.ts";
import type { Dokumen, Kertas } from "../model.ts";
import type { BahanLhe } from "./bahan.ts";
import { bagianCatatan } from "./catatan.ts";
import { bagianHasil, bagianIdentitas } from "./hasil.ts";
import { bagianPerbandingan } from "./perbandingan.ts";
import { bagianRekomendasi } from "./rekomendasi.ts";

/** The whole LHE of one OPD and year. Why a pure builder: tests read the model without a database. */
export function susunModelLhe(b: BahanLhe, opsi: { kertas: Kertas }): Dokumen {
  const tengah = (teks: string) => paragraf([{ teks, tebal: true }], "tengah");
  return {
    jenis: "lhe",
    judul: `Laporan Hasil Evaluasi AKIP ${b.opd.nama} Tahun ${b.tahun}`,
    kepalaHalaman: `LHE AKIP ${b.opd.nama} ${b.tahun}`,
    kertas: opsi.kertas,
    draf: false,
    sampul: null,
    isi: [
      judul(1, null, "LAPORAN HASIL EVALUASI AKUNTABILITAS KINERJA INSTANSI PEMERINTAH", false),
      tengah(b.opd.nama.toUpperCase()),
      tengah(`TAHUN ${b.tahun}`),
      tengah(b.pemda.nama.toUpperCase()),
      ...bagianIdentitas(b, "Tabel 1"),
      ...bagianHasil(b, "Tabel 2"),
      ...bagianCatatan(b),
      ...bagianRekomendasi(b, "Tabel 3"),
      ...bagianPerbandingan(b, b.rekomendasi.length > 0 ? "Tabel 4" : "Tabel 3"),
      judul(2, "F.", "Penutup"),
      paragraf(
        `Demikian laporan hasil evaluasi akuntabilitas kinerja ${b.opd.nama} tahun ${b.tahun}. Tindak lanjut atas rekomendasi di atas dicatat di Terukur dan diverifikasi oleh Inspektorat.`,
      ),
      { jenis: "tandatangan", tempat: b.tempat, tanggal: b.tanggal, penandatangan: b.penandatangan },
    ],
  };
}

/**
 * Every IKU is measured every year (PermenPANRB 53/2014: the LKjIP reports the capaian of each IKU); an
 * IKU without a realisation for the year leaves a hole in Bab III.
 */
import type { AturanKonsistensi } from "../aturan.ts";
import type { DataPemeriksaan } from "../data-pemeriksaan.ts";
import { lokasiIndikator } from "../lokasi.ts";
import type { Temuan } from "../temuan.ts";

const ID = "iku-tanpa-realisasi";

/**
 * IKU of the Renstra covering the year with no realisation value in the year. An IKU fed by the LAKIP
 * evaluation (sumber otomatis nilai_lakip) counts as measured when the year's evaluation result is recorded.
 */
export function periksaIkuTanpaRealisasi(data: DataPemeriksaan): Temuan[] {
  const renstraAktif = new Set(
    data.renstra.filter((r) => r.tahunAwal <= data.tahun && data.tahun <= r.tahunAkhir).map((r) => r.id),
  );
  const terukur = new Set(data.realisasiIndikator.filter((r) => r.nilai !== null).map((r) => r.indikatorId));
  const temuan: Temuan[] = [];
  for (const ind of data.indikator) {
    if (!ind.iku || !renstraAktif.has(ind.renstraId) || terukur.has(ind.id)) continue;
    const dariEvaluasi = ind.sumberOtomatis === "nilai_lakip";
    if (dariEvaluasi && data.nilaiEvaluasi !== null) continue;
    temuan.push({
      aturan: ID,
      tingkat: "peringatan",
      lokasi: lokasiIndikator(data, ind),
      pesan: dariEvaluasi
        ? `IKU ini diisi dari hasil evaluasi LAKIP, tetapi hasil evaluasi tahun ${data.tahun} belum dicatat.`
        : `IKU ini belum memiliki realisasi tahun ${data.tahun}.`,
    });
  }
  return temuan;
}

/** Registry entry. */
export const aturanIkuTanpaRealisasi: AturanKonsistensi = {
  id: ID,
  judul: "IKU memiliki realisasi",
  uraian: "Setiap Indikator Kinerja Utama harus memiliki realisasi pada tahun yang diperiksa.",
  periksa: periksaIkuTanpaRealisasi,
};

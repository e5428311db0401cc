/**
 * Every indicator of a Renstra has a target for every year of the period (Permendagri 86/2017 Pasal 114
 * ff.: the Renstra states indicator targets per year); a missing year leaves that year's PK and capaian
 * without a reference.
 */
import type { AturanKonsistensi } from "../aturan.ts";
import type { DataPemeriksaan } from "../data-pemeriksaan.ts";
import { lokasiIndikator } from "../lokasi.ts";
import type { Temuan } from "../temuan.ts";

const ID = "renstra-target-kosong";

/**
 * Per indicator of each Renstra covering the year: the years of the period with no target row or an empty
 * target. The indicator's baseline year is skipped: its value is the baseline, not a target.
 */
export function periksaRenstraTargetKosong(data: DataPemeriksaan): Temuan[] {
  const temuan: Temuan[] = [];
  for (const r of data.renstra) {
    if (data.tahun < r.tahunAwal || data.tahun > r.tahunAkhir) continue;
    for (const ind of data.indikator.filter((i) => i.renstraId === r.id)) {
      const kosong: number[] = [];
      for (let t = r.tahunAwal; t <= r.tahunAkhir; t += 1) {
        if (t === ind.baselineTahun) continue;
        const baris = data.targetIndikator.find((x) => x.indikatorId === ind.id && x.tahun === t);
        if (baris === undefined || baris.target === null) kosong.push(t);
      }
      if (kosong.length === 0) continue;
      temuan.push({
        aturan: ID,
        tingkat: "peringatan",
        lokasi: lokasiIndikator(data, ind),
        pesan: `Target tahun ${kosong.join(", ")} belum diisi.`,
      });
    }
  }
  return temuan;
}

/** Registry entry. */
export const aturanRenstraTargetKosong: AturanKonsistensi = {
  id: ID,
  judul: "Target Renstra lengkap setiap tahun",
  uraian:
    "Setiap indikator Renstra harus memiliki target untuk setiap tahun periode Renstra (kecuali tahun baseline).",
  periksa: periksaRenstraTargetKosong,
};

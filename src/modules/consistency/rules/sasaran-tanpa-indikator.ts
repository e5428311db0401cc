/**
 * A sasaran strategis without an indicator cannot be measured (PermenPANRB 53/2014 Lampiran I: every
 * sasaran has at least one indikator kinerja), so it has no row in the PK and no capaian in the LKjIP.
 */
import type { AturanKonsistensi } from "../aturan.ts";
import type { DataPemeriksaan } from "../data-pemeriksaan.ts";
import { labelRenstra } from "../lokasi.ts";
import type { Temuan } from "../temuan.ts";

const ID = "sasaran-tanpa-indikator";

/** Sasaran of the Renstra covering the year that no indicator measures. */
export function periksaSasaranTanpaIndikator(data: DataPemeriksaan): Temuan[] {
  const temuan: Temuan[] = [];
  const terukur = new Set(data.indikator.map((i) => i.sasaranId));
  for (const r of data.renstra) {
    if (data.tahun < r.tahunAwal || data.tahun > r.tahunAkhir) continue;
    for (const s of data.sasaran.filter((x) => x.renstraId === r.id && !terukur.has(x.id))) {
      temuan.push({
        aturan: ID,
        tingkat: "galat",
        lokasi: `${labelRenstra(r)} › Sasaran ${s.kode} ${s.uraian}`,
        pesan: "Sasaran ini belum memiliki indikator kinerja, sehingga capaiannya tidak dapat diukur.",
      });
    }
  }
  return temuan;
}

/** Registry entry. */
export const aturanSasaranTanpaIndikator: AturanKonsistensi = {
  id: ID,
  judul: "Sasaran memiliki indikator",
  uraian: "Setiap sasaran Renstra harus memiliki paling sedikit satu indikator kinerja.",
  periksa: periksaSasaranTanpaIndikator,
};

/**
 * Every indicator of the pohon kinerja has an owner: the unit or the employee whose performance it measures
 * (PermenPANRB 89/2021 step 5, the jobs that deliver each condition; LKE 88/2021 criteria 1.b.10–11, every unit
 * and every employee plans its performance). An indicator nobody owns is measured by nobody.
 */
import type { AturanKonsistensi } from "../aturan.ts";
import type { DataPemeriksaan } from "../data-pemeriksaan.ts";
import { indeksPohon } from "../pohon-simpul.ts";
import type { Temuan } from "../temuan.ts";

const ID = "pohon-indikator-tanpa-pemilik";

/** Indicators of the OPD's nodes whose node names neither a unit kerja nor an employee. */
export function periksaPohonIndikatorTanpaPemilik(data: DataPemeriksaan): Temuan[] {
  const pohon = indeksPohon(data);
  const temuan: Temuan[] = [];
  for (const s of pohon.simpulOpd) {
    if (s.unitKerjaId !== null || s.pegawaiId !== null) continue;
    for (const ind of pohon.indikatorPerSimpul.get(s.id) ?? []) {
      temuan.push({
        aturan: ID,
        tingkat: "peringatan",
        lokasi: `${pohon.lokasi(s)} › ${ind.nama}`,
        pesan:
          "Indikator ini belum memiliki pemilik: simpulnya tidak ditautkan ke unit kerja maupun pegawai yang bertanggung jawab.",
      });
    }
  }
  return temuan;
}

/** Registry entry. */
export const aturanPohonIndikatorTanpaPemilik: AturanKonsistensi = {
  id: ID,
  judul: "Setiap indikator pohon kinerja memiliki pemilik",
  uraian:
    "Simpul pohon kinerja yang memiliki indikator harus ditautkan ke unit kerja atau pegawai yang bertanggung jawab atas indikator itu.",
  periksa: periksaPohonIndikatorTanpaPemilik,
};

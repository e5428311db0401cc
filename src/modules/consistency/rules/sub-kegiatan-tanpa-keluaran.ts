/**
 * Every sub kegiatan states its output indicator and target (Permendagri 90/2019 nomenclature: each sub
 * kegiatan has a kinerja and indikator keluaran); without them the LKjIP cannot say what the money bought.
 */
import type { AturanKonsistensi } from "../aturan.ts";
import type { DataPemeriksaan } from "../data-pemeriksaan.ts";
import { bangunPohonDpa } from "../pohon-dpa.ts";
import type { Temuan } from "../temuan.ts";

const ID = "sub-kegiatan-tanpa-keluaran";

/** Sub kegiatan of the year's DPAs whose indikator keluaran is empty or whose target is missing. */
export function periksaSubKegiatanTanpaKeluaran(data: DataPemeriksaan): Temuan[] {
  const pohon = bangunPohonDpa(data);
  const temuan: Temuan[] = [];
  for (const sub of data.subKegiatan) {
    if (pohon.dpaSubKegiatan(sub)?.tahun !== data.tahun) continue;
    const tanpaIndikator = sub.indikatorKeluaran === null || sub.indikatorKeluaran.trim() === "";
    const tanpaTarget = sub.target === null;
    if (!tanpaIndikator && !tanpaTarget) continue;
    const kurang = [tanpaIndikator ? "indikator keluaran" : null, tanpaTarget ? "target keluaran" : null]
      .filter((x) => x !== null)
      .join(" dan ");
    temuan.push({
      aturan: ID,
      tingkat: "peringatan",
      lokasi: pohon.lokasiSubKegiatan(sub),
      pesan: `Sub kegiatan ini belum memiliki ${kurang}.`,
    });
  }
  return temuan;
}

/** Registry entry. */
export const aturanSubKegiatanTanpaKeluaran: AturanKonsistensi = {
  id: ID,
  judul: "Sub kegiatan memiliki indikator keluaran",
  uraian: "Setiap sub kegiatan dalam DPA tahun ini harus memiliki indikator keluaran beserta targetnya.",
  periksa: periksaSubKegiatanTanpaKeluaran,
};

/**
 * An indicator of tingkat "sasaran" measures one sasaran (PermenPANRB 53/2014: sasaran strategis with its
 * indikator kinerja); without one it cannot appear in the PK or the capaian table of any sasaran.
 */
import type { AturanKonsistensi } from "../aturan.ts";
import type { DataPemeriksaan } from "../data-pemeriksaan.ts";
import { lokasiIndikator } from "../lokasi.ts";
import type { Temuan } from "../temuan.ts";

const ID = "indikator-tanpa-sasaran";

/** Sasaran-level indicators of the Renstra covering the year that are attached to no sasaran. */
export function periksaIndikatorTanpaSasaran(data: DataPemeriksaan): Temuan[] {
  const renstraAktif = new Set(
    data.renstra.filter((r) => r.tahunAwal <= data.tahun && data.tahun <= r.tahunAkhir).map((r) => r.id),
  );
  return data.indikator
    .filter((i) => renstraAktif.has(i.renstraId) && i.tingkat === "sasaran" && i.sasaranId === null)
    .map((i) => ({
      aturan: ID,
      tingkat: "galat" as const,
      lokasi: lokasiIndikator(data, i),
      pesan: `Indikator sasaran ${i.kode} belum dikaitkan dengan sasaran mana pun.`,
    }));
}

/** Registry entry. */
export const aturanIndikatorTanpaSasaran: AturanKonsistensi = {
  id: ID,
  judul: "Indikator sasaran memiliki sasaran",
  uraian: "Setiap indikator tingkat sasaran dalam Renstra harus dikaitkan dengan satu sasaran.",
  periksa: periksaIndikatorTanpaSasaran,
};

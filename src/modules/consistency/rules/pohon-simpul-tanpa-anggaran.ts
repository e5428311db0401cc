/**
 * Every operational node of the pohon kinerja names what funds it (PermenPANRB 89/2021: operational
 * conditions are delivered through kegiatan and sub kegiatan; Permendagri 86/2017 links each to a budget
 * code). An operational condition with no funding is a promise without means.
 */
import type { AturanKonsistensi } from "../aturan.ts";
import type { DataPemeriksaan } from "../data-pemeriksaan.ts";
import { indeksPohon } from "../pohon-simpul.ts";
import type { Temuan } from "../temuan.ts";

const ID = "pohon-simpul-tanpa-anggaran";

/** The OPD's operational nodes with no program, kegiatan or sub kegiatan code linked. */
export function periksaPohonSimpulTanpaAnggaran(data: DataPemeriksaan): Temuan[] {
  const pohon = indeksPohon(data);
  const berdana = new Set(data.pohonAnggaran.map((a) => a.pohonId));
  return pohon.simpulOpd
    .filter((s) => s.level === "operasional" && !berdana.has(s.id))
    .map((s) => ({
      aturan: ID,
      tingkat: "peringatan" as const,
      lokasi: pohon.lokasi(s),
      pesan:
        "Simpul operasional ini belum ditautkan ke program, kegiatan atau sub kegiatan yang mendanainya.",
    }));
}

/** Registry entry. */
export const aturanPohonSimpulTanpaAnggaran: AturanKonsistensi = {
  id: ID,
  judul: "Setiap simpul operasional memiliki pendanaan",
  uraian:
    "Setiap simpul operasional pohon kinerja harus ditautkan ke kode program, kegiatan atau sub kegiatan DPA yang mendanainya.",
  periksa: periksaPohonSimpulTanpaAnggaran,
};

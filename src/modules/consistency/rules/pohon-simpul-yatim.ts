/**
 * Every node of an OPD's pohon kinerja hangs under the performance it supports, and an OPD's strategic node
 * under a pemda sasaran (PermenPANRB 89/2021 penjenjangan kinerja; LKE 88/2021 criterion 1.b.8 cascading).
 * A node without a parent shows work that supports nothing above it.
 */
import type { AturanKonsistensi } from "../aturan.ts";
import type { DataPemeriksaan, SimpulPeriksa } from "../data-pemeriksaan.ts";
import { indeksPohon } from "../pohon-simpul.ts";
import type { Temuan } from "../temuan.ts";

const ID = "pohon-simpul-yatim";

const NAMA_LEVEL: Record<SimpulPeriksa["level"], string> = {
  strategis_pemda: "sasaran pemda",
  strategis: "strategis",
  taktis: "taktis",
  operasional: "operasional",
  individu: "individu",
};

/** The OPD's nodes with no parent, and its strategic nodes whose parent is not a pemda node. */
export function periksaPohonSimpulYatim(data: DataPemeriksaan): Temuan[] {
  const pohon = indeksPohon(data);
  const temuan: Temuan[] = [];
  for (const s of pohon.simpulOpd) {
    const induk = s.indukId === null ? undefined : pohon.simpul.get(s.indukId);
    if (s.indukId === null) {
      temuan.push({
        aturan: ID,
        tingkat: "galat",
        lokasi: pohon.lokasi(s),
        pesan:
          s.level === "strategis"
            ? "Simpul strategis ini tidak berada di bawah sasaran pemda mana pun, sehingga tidak terlihat sasaran RPJMD yang didukungnya."
            : `Simpul ${NAMA_LEVEL[s.level]} ini tidak memiliki induk, sehingga tidak terlihat kinerja atasan yang didukungnya.`,
      });
    } else if (s.level === "strategis" && induk !== undefined && induk.level !== "strategis_pemda") {
      temuan.push({
        aturan: ID,
        tingkat: "galat",
        lokasi: pohon.lokasi(s),
        pesan: `Simpul strategis ini berada di bawah simpul ${NAMA_LEVEL[induk.level]}, bukan di bawah sasaran pemda.`,
      });
    }
  }
  return temuan;
}

/** Registry entry. */
export const aturanPohonSimpulYatim: AturanKonsistensi = {
  id: ID,
  judul: "Setiap simpul pohon kinerja memiliki induk",
  uraian:
    "Setiap simpul pohon kinerja perangkat daerah harus berada di bawah kinerja yang didukungnya; simpul strategis harus berada di bawah sasaran pemda (PermenPANRB 89/2021).",
  periksa: periksaPohonSimpulYatim,
};

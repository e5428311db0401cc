/** A small hand-made pohon kinerja over the dataDpa/dataRenstra OPD-year, for the cascading rule tests. */
import type { DataPemeriksaan } from "../data-pemeriksaan.ts";
import { dataDpa, dataRenstra } from "./data-uji.ts";

/**
 * OPD 1 in 2024 with Renstra 2021-2026 (sasaran S1, IKM target 93,05), DPA Perubahan 2024 (program 7.01.05 ›
 * kegiatan 7.01.05.2.01 › two sub kegiatan), the Camat's PK (IKM 93,05) and a consistent tree:
 * pemda 100 › strategis 101 (IKM) › taktis 102 (funded by 7.01.05) › operasional 103 (funded by
 * 7.01.05.2.01) › individu 104. Every pohon rule finds nothing in it.
 */
export function dataPohon(): DataPemeriksaan {
  const d = { ...dataRenstra(), ...bagianDpa() };
  d.pk = [{ id: 5, tahun: 2024, tingkat: "pimpinan_opd", unitKerjaNama: "Camat", dpaId: 10 }];
  d.pkIndikator = [{ pkId: 5, indikatorId: 3, target: "93.05", targetAtas: null }];
  const periode = { tahunAwal: 2021, tahunAkhir: 2026, urutan: 0 };
  d.pohon = [
    {
      id: 100,
      indukId: null,
      opdId: null,
      ...periode,
      level: "strategis_pemda",
      jenisHasil: "outcome",
      kondisi: "Meningkatnya Kualitas Pelayanan Publik",
      unitKerjaId: null,
      pegawaiId: null,
    },
    {
      id: 101,
      indukId: 100,
      opdId: 1,
      ...periode,
      level: "strategis",
      jenisHasil: "outcome",
      kondisi: "Meningkatnya pelayanan publik",
      unitKerjaId: 1,
      pegawaiId: 7,
    },
    {
      id: 102,
      indukId: 101,
      opdId: 1,
      ...periode,
      level: "taktis",
      jenisHasil: "intermediate_outcome",
      kondisi: "Terjaganya ketenteraman wilayah",
      unitKerjaId: 2,
      pegawaiId: null,
    },
    {
      id: 103,
      indukId: 102,
      opdId: 1,
      ...periode,
      level: "operasional",
      jenisHasil: "output",
      kondisi: "Terlaksananya koordinasi ketenteraman",
      unitKerjaId: 2,
      pegawaiId: null,
    },
    {
      id: 104,
      indukId: 103,
      opdId: 1,
      ...periode,
      level: "individu",
      jenisHasil: "output",
      kondisi: "Tersusunnya laporan koordinasi",
      unitKerjaId: null,
      pegawaiId: 9,
    },
  ];
  d.pohonIndikator = [
    { id: 201, pohonId: 101, indikatorId: 3, nama: "Indeks Kepuasan Masyarakat", satuan: "Nilai" },
    { id: 202, pohonId: 102, indikatorId: null, nama: "Persentase gangguan tertangani", satuan: "%" },
    { id: 203, pohonId: 103, indikatorId: null, nama: "Jumlah laporan koordinasi", satuan: "Laporan" },
    { id: 204, pohonId: 104, indikatorId: null, nama: "Jumlah laporan disusun", satuan: "Laporan" },
  ];
  d.pohonTarget = [
    { pohonIndikatorId: 201, tahun: 2024, target: "93.05" },
    { pohonIndikatorId: 201, tahun: 2025, target: "94" },
    { pohonIndikatorId: 202, tahun: 2024, target: "100" },
    { pohonIndikatorId: 203, tahun: 2024, target: "4" },
    { pohonIndikatorId: 204, tahun: 2024, target: "4" },
  ];
  d.pohonAnggaran = [
    { pohonId: 102, opdId: 1, kode: "7.01.05" },
    { pohonId: 103, opdId: 1, kode: "7.01.05.2.01" },
  ];
  return d;
}

function bagianDpa() {
  const { dpa, program, kegiatan, subKegiatan } = dataDpa();
  return { dpa, program, kegiatan, subKegiatan };
}

/** The location prefix of the tree's nodes, root to the named depth (1 = pemda node). */
export const JALUR = [
  "Pohon Kinerja 2021-2026",
  "Meningkatnya Kualitas Pelayanan Publik",
  "Meningkatnya pelayanan publik",
  "Terjaganya ketenteraman wilayah",
  "Terlaksananya koordinasi ketenteraman",
  "Tersusunnya laporan koordinasi",
] as const;

/** "Pohon Kinerja 2021-2026 › … ›" down to depth `n`. */
export function jalur(n: number): string {
  return JALUR.slice(0, n + 1).join(" › ");
}

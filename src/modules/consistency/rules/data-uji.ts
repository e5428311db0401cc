/** Small hand-made DataPemeriksaan builders for the rule tests (test support only). */
import { type DataPemeriksaan, dataKosong } from "../data-pemeriksaan.ts";

/** One OPD-year with DPA Perubahan 2024: program 7.01.05 › kegiatan 7.01.05.2.01 › two sub kegiatan. */
export function dataDpa(): DataPemeriksaan {
  const d = dataKosong(2024);
  d.dpa = [{ id: 10, tahun: 2024, jenis: "perubahan" }];
  d.program = [
    { id: 20, dpaId: 10, kode: "7.01.05", nama: "Program Koordinasi Ketentraman", paguDinyatakan: null },
  ];
  d.kegiatan = [
    { id: 30, programId: 20, kode: "7.01.05.2.01", nama: "Koordinasi Ketentraman", paguDinyatakan: null },
  ];
  d.subKegiatan = [
    {
      id: 40,
      kegiatanId: 30,
      kode: "7.01.05.2.01.0001",
      nama: "Sinergitas dengan Kepolisian",
      indikatorKeluaran: "Jumlah laporan",
      target: "4",
      satuan: "Laporan",
      pagu: 14_088_150n,
    },
    {
      id: 41,
      kegiatanId: 30,
      kode: "7.01.05.2.01.0002",
      nama: "Koordinasi Penegakan Perda",
      indikatorKeluaran: "Jumlah laporan",
      target: "4",
      satuan: "Laporan",
      pagu: 4_771_000n,
    },
  ];
  return d;
}

/** One OPD-year with Renstra 2021-2026, sasaran S1 and its indicator IKM (targets 2022-2026, baseline 2021). */
export function dataRenstra(): DataPemeriksaan {
  const d = dataKosong(2024);
  d.renstra = [{ id: 1, nama: "Renstra Kecamatan Uji", tahunAwal: 2021, tahunAkhir: 2026 }];
  d.sasaran = [{ id: 2, renstraId: 1, kode: "S1", uraian: "Meningkatnya pelayanan publik" }];
  d.indikator = [
    {
      id: 3,
      renstraId: 1,
      tingkat: "sasaran",
      tujuanId: null,
      sasaranId: 2,
      kode: "S1.I1",
      nama: "Indeks Kepuasan Masyarakat",
      iku: true,
      sumberOtomatis: null,
      baselineTahun: 2021,
    },
  ];
  d.targetIndikator = [2022, 2023, 2024, 2025, 2026].map((tahun) => ({
    indikatorId: 3,
    tahun,
    target: tahun === 2024 ? "93.05" : "94",
    targetAtas: null,
  }));
  return d;
}

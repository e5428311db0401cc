/**
 * Test fixtures shared by the planning and performance DB tests: a pemda with two kecamatan, a Renstra
 * 2021–2026 with the Malili IKM indicator, and a DPA written straight into the tables (the budget module's
 * own tests cover its services). Used only from *.db.test.ts inside a rolled-back transaction.
 */
import type { Db } from "../../platform/db/transaction.ts";
import type { Cakupan } from "../../platform/scope.ts";
import { buatOpd, buatPemda, buatUnitKerja } from "../tenancy/tenancy.service.ts";
import { aturTarget, buatRenstra, tambahIndikator, tambahSasaran, tambahTujuan } from "./renstra.service.ts";

/** Two OPDs of one pemda and a caller of each scope. */
export type DuaOpd = {
  pemdaId: number;
  opdId: number;
  opdLainId: number;
  admin: Cakupan;
  petugas: Cakupan;
  petugasLain: Cakupan;
};

/** A pemda with kecamatan A and B (each with a camat and a seksi pelayanan unit), and callers of each scope. */
export async function siapkanDuaOpd(db: Db): Promise<DuaOpd> {
  const pemdaId = await buatPemda(db, "uji", {
    kode: "uji-pemda",
    nama: "Kabupaten Uji",
    jenis: "kabupaten",
  });
  const admin: Cakupan = { pemdaId, opdId: null, pelaku: "uji" };
  const opdId = await buatOpd(db, admin, { kode: "kec-a", nama: "Kecamatan A", jenis: "kecamatan" });
  const opdLainId = await buatOpd(db, admin, { kode: "kec-b", nama: "Kecamatan B", jenis: "kecamatan" });
  await buatUnitKerja(db, admin, opdId, { kode: "camat", nama: "Camat", jenis: "pimpinan" });
  await buatUnitKerja(db, admin, opdId, {
    kode: "seksi-pelayanan",
    nama: "Seksi Pelayanan",
    jenis: "seksi",
    indukKode: "camat",
  });
  await buatUnitKerja(db, admin, opdLainId, { kode: "camat", nama: "Camat", jenis: "pimpinan" });
  await buatUnitKerja(db, admin, opdLainId, {
    kode: "seksi-pelayanan",
    nama: "Seksi Pelayanan",
    jenis: "seksi",
    indukKode: "camat",
  });
  return {
    pemdaId,
    opdId,
    opdLainId,
    admin,
    petugas: { pemdaId, opdId, pelaku: "petugas-a" },
    petugasLain: { pemdaId, opdId: opdLainId, pelaku: "petugas-b" },
  };
}

/** A Renstra 2021–2026 of an OPD with tujuan T1, sasaran S1 and the IKM indicator IK1 (target 2024 93,05). */
export async function siapkanRenstra(db: Db, cakupan: Cakupan, opdId: number) {
  const renstraId = await buatRenstra(db, cakupan, opdId, {
    nama: "Renstra Kecamatan 2021–2026",
    tahunAwal: 2021,
    tahunAkhir: 2026,
    rpjmdTahunAwal: null,
  });
  await tambahTujuan(db, cakupan, renstraId, {
    kode: "T1",
    uraian: "Meningkatnya kualitas pelayanan publik",
    rpjmdTujuanKode: null,
  });
  await tambahSasaran(db, cakupan, renstraId, {
    kode: "S1",
    tujuanKode: "T1",
    uraian: "Meningkatnya kemampuan pelayanan publik",
    rpjmdSasaranKode: null,
  });
  const indikatorId = await tambahIndikator(db, cakupan, renstraId, {
    kode: "IK1",
    tingkat: "sasaran",
    tujuanKode: null,
    sasaranKode: "S1",
    nama: "Indeks Kepuasan Masyarakat",
    satuan: "indeks",
    definisiOperasional: "Nilai IKM hasil SKM",
    formula: "Σ(NRR × bobot) × 25",
    sumberData: "Survei Kepuasan Masyarakat",
    penanggungJawabUnitKode: "seksi-pelayanan",
    penanggungJawabTeks: "Seksi Pelayanan",
    polaritas: "positif",
    agregasi: "last",
    presisi: 2,
    baseline: "90,5",
    baselineTahun: 2020,
    kondisiAkhir: "94.5",
    iku: true,
    sumberOtomatis: null,
  });
  await aturTarget(db, cakupan, indikatorId, { tahun: 2023, target: "92,5" });
  await aturTarget(db, cakupan, indikatorId, { tahun: 2024, target: "93,05" });
  return { renstraId, indikatorId };
}

/**
 * A DPA murni 2024 of an OPD with program 7.01.01 (two sub kegiatan, Rp 1.500.000 in all), written straight
 * into the tables.
 */
export async function siapkanDpa(db: Db, pemdaId: number, opdId: number) {
  const dpa = await db
    .insertInto("dpa")
    .values({
      pemda_id: pemdaId,
      opd_id: opdId,
      tahun: 2024,
      jenis: "murni",
      nomor: null,
      tanggal_pengesahan: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const program = await db
    .insertInto("dpa_program")
    .values({
      pemda_id: pemdaId,
      opd_id: opdId,
      dpa_id: dpa.id,
      sasaran_id: null,
      kode: "7.01.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      indikator_keluaran: null,
      target: null,
      satuan: null,
      pagu_dinyatakan: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const kegiatan = await db
    .insertInto("dpa_kegiatan")
    .values({
      pemda_id: pemdaId,
      opd_id: opdId,
      dpa_program_id: program.id,
      kode: "7.01.01.2.01",
      nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      indikator_keluaran: null,
      target: null,
      satuan: null,
      pagu_dinyatakan: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  for (const [kode, pagu] of [
    ["7.01.01.2.01.0001", 1_000_000n],
    ["7.01.01.2.01.0002", 500_000n],
  ] as const) {
    await db
      .insertInto("dpa_sub_kegiatan")
      .values({
        pemda_id: pemdaId,
        opd_id: opdId,
        dpa_kegiatan_id: kegiatan.id,
        kode,
        nama: `Sub kegiatan ${kode}`,
        indikator_keluaran: null,
        target: null,
        satuan: null,
        pagu,
      })
      .execute();
  }
  return dpa.id;
}

/** Number of rows in a table, to prove a refused call wrote nothing. */
export async function hitungBaris(
  db: Db,
  tabel:
    | "rpjmd"
    | "renstra"
    | "tujuan"
    | "sasaran"
    | "indikator"
    | "indikator_target"
    | "perjanjian_kinerja"
    | "pk_indikator"
    | "pk_program"
    | "rencana_aksi"
    | "realisasi_indikator"
    | "narasi"
    | "audit_log",
): Promise<number> {
  const r = await db
    .selectFrom(tabel)
    .select((e) => e.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * A kecamatan with no pohon kinerja yet, for the tree screens' route tests and the Chromium flow: Burau of the
 * Malili demo gains units, a Renstra 2025–2029 (T1 → S1 → IK1 with a 2025 target of 85), a DPA murni 2025 with
 * one program, kegiatan and sub kegiatan, and the camat's draft PK 2025 without indicators. Everything through
 * the ordinary services, plus one pemda node (the admin pemda's) for its outcome to hang under, so the state
 * is what a planner would have typed. Used only by tests.
 */
import type { Db } from "../../platform/db/transaction.ts";
import type { Cakupan } from "../../platform/scope.ts";
import {
  buatDpa,
  tambahKegiatanDpa,
  tambahProgramDpa,
  tambahSubKegiatanDpa,
} from "../budget/budget.service.ts";
import { buatPk } from "../planning/pk.service.ts";
import {
  aturTarget,
  buatRenstra,
  tambahIndikator,
  tambahSasaran,
  tambahTujuan,
} from "../planning/renstra.service.ts";
import { buatUnitKerja } from "../tenancy/tenancy.service.ts";
import { tambahSimpul } from "./pohon.service.ts";

/** The year of the fixture's DPA and PK (inside its Renstra 2025–2029). */
export const TAHUN_BURAU = 2025;

/** The budget codes of the fixture's DPA. */
export const KODE_BURAU = {
  program: "7.01.01",
  kegiatan: "7.01.01.2.01",
  sub: "7.01.01.2.01.0001",
} as const;

/** Ids the tests need after the fixture is loaded. */
export type Burau = {
  opdId: number;
  cakupan: Cakupan;
  sasaranId: number;
  indikatorId: number;
  pkId: number;
  pemdaSimpulId: number;
  unitCamatId: number;
  unitSeksiId: number;
};

/** Gives Burau (already created by the Malili demo) the plan, budget and PK a first tree is built on. */
export async function siapkanBurau(db: Db): Promise<Burau> {
  const opd = await db
    .selectFrom("opd")
    .select(["id", "pemda_id"])
    .where("kode", "=", "burau")
    .executeTakeFirstOrThrow();
  const c: Cakupan = { pemdaId: opd.pemda_id, opdId: opd.id, pelaku: "uji" };
  const unitCamatId = await buatUnitKerja(db, c, opd.id, {
    kode: "camat",
    nama: "Camat Burau",
    jenis: "pimpinan",
  });
  const unitSeksiId = await buatUnitKerja(db, c, opd.id, {
    kode: "seksi-pemerintahan",
    nama: "Seksi Pemerintahan",
    jenis: "seksi",
    indukKode: "camat",
  });
  const renstraId = await buatRenstra(db, c, opd.id, {
    nama: "Renstra Kecamatan Burau 2025–2029",
    tahunAwal: 2025,
    tahunAkhir: 2029,
    rpjmdTahunAwal: null,
  });
  await tambahTujuan(db, c, renstraId, {
    kode: "T1",
    uraian: "Meningkatnya kualitas penyelenggaraan pemerintahan kecamatan",
    rpjmdTujuanKode: null,
  });
  const sasaranId = await tambahSasaran(db, c, renstraId, {
    kode: "S1",
    tujuanKode: "T1",
    uraian: "Meningkatnya kualitas pelayanan administrasi kecamatan",
    rpjmdSasaranKode: null,
  });
  const indikatorId = await tambahIndikator(db, c, renstraId, {
    kode: "IK1",
    tingkat: "sasaran",
    tujuanKode: null,
    sasaranKode: "S1",
    nama: "Persentase layanan administrasi selesai tepat waktu",
    satuan: "%",
    definisiOperasional: null,
    formula: null,
    sumberData: null,
    penanggungJawabUnitKode: "seksi-pemerintahan",
    penanggungJawabTeks: null,
    polaritas: "positif",
    agregasi: "last",
    presisi: 2,
    baseline: null,
    baselineTahun: null,
    kondisiAkhir: null,
    iku: true,
    sumberOtomatis: null,
  });
  await aturTarget(db, c, indikatorId, { tahun: TAHUN_BURAU, target: "85" });
  const dpaId = await buatDpa(db, c, opd.id, {
    tahun: TAHUN_BURAU,
    jenis: "murni",
    nomor: null,
    tanggalPengesahan: null,
  });
  const programId = await tambahProgramDpa(db, c, dpaId, {
    kode: KODE_BURAU.program,
    nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    sasaranId,
  });
  const kegiatanId = await tambahKegiatanDpa(db, c, programId, {
    kode: KODE_BURAU.kegiatan,
    nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
  });
  await tambahSubKegiatanDpa(db, c, kegiatanId, {
    kode: KODE_BURAU.sub,
    nama: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
    pagu: "25000000",
  });
  const pkId = await buatPk(db, c, opd.id, {
    tahun: TAHUN_BURAU,
    tingkat: "pimpinan_opd",
    unitKode: "camat",
    dpaJenis: "murni",
    pihakPertama: { nama: "Camat Burau", jabatan: "Camat Burau", nip: null },
    pihakKedua: { nama: "Bupati Luwu Timur", jabatan: "Bupati Luwu Timur", nip: null },
    tempat: "Burau",
    tanggal: null,
  });
  const pemdaSimpulId = await tambahSimpul(
    db,
    { ...c, opdId: null },
    {
      opdId: null,
      tahun: TAHUN_BURAU,
      indukId: null,
      level: "strategis_pemda",
      jenisHasil: "outcome",
      kondisi: "Meningkatnya kualitas tata kelola pemerintahan daerah",
    },
  );
  return { opdId: opd.id, cakupan: c, sasaranId, indikatorId, pkId, pemdaSimpulId, unitCamatId, unitSeksiId };
}

/**
 * Reads everything one OPD-year's LKjIP shows, through the owning modules' services, in two parallel
 * rounds. Why: the chapter builders stay pure and every figure comes from the store when the report is
 * generated (design brief principle 1; PermenPANRB 53/2014 Anak Lampiran II lists what the report holds).
 */
import type { Db } from "../../../platform/db/transaction.ts";
import { formatTanggal } from "../../../platform/number-format.ts";
import { type Cakupan, cakupanOpd } from "../../../platform/scope.ts";
import { type RingkasanAnggaran, ringkasanAnggaran } from "../../budget/budget.service.ts";
import type { PohonKinerjaOpd } from "../../cascading/pohon.model.ts";
import { bacaPohonOpd } from "../../cascading/pohon.service.ts";
import { periksaOpd } from "../../consistency/consistency.service.ts";
import type { Temuan } from "../../consistency/temuan.ts";
import { daftarRekomendasi, type Rekomendasi } from "../../evaluation/evaluation.service.ts";
import {
  catatanRealisasiTahun,
  type HasilIku,
  hasilIku,
  skalaCapaianBerlaku,
} from "../../performance/iku.service.ts";
import { daftarNarasi } from "../../performance/narasi.service.ts";
import type { SkalaPredikat } from "../../performance/predikat.domain.ts";
import { cariPkPimpinan } from "../../planning/pk.service.ts";
import { type BacaanPk, bacaPk, bacaPohonRenstra, type PohonRenstra } from "../../planning/planning.read.ts";
import { cariRenstraAktif, tentukanOpdById } from "../../planning/renstra.service.ts";
import { type BacaanRpjmd, bacaRpjmd } from "../../planning/rpjmd.service.ts";
import {
  daftarPejabatStruktural,
  type PejabatStruktural,
  type RekapKepegawaian,
  rekapKepegawaian,
} from "../../staffing/staffing.service.ts";
import { daftarUnitKerja, daftarWilayahOpd, infoPemda } from "../../tenancy/tenancy.service.ts";
import type { BarisNarasi } from "./narasi.ts";

/** A unit kerja as the organisation chart needs it. */
export type UnitBagan = { id: number; indukId: number | null; kode: string; nama: string; jenis: string };

/** A wilayah row with the year's population where known. */
export type BarisWilayah = Awaited<ReturnType<typeof daftarWilayahOpd>>[number];

/** Everything the chapter builders read; plain data, no I/O beyond this point. */
export type BahanLkjip = {
  tahun: number;
  opd: {
    id: number;
    nama: string;
    pimpinanNama: string | null;
    pimpinanJabatan: string | null;
    pimpinanNip: string | null;
  };
  pemda: { nama: string };
  /** the town printed before the signature date */
  tempat: string;
  /** the printed signature date, or the blank line convention "…………… {tahun+1}" */
  tanggal: string;
  iku: HasilIku;
  pohon: PohonRenstra;
  rpjmd: BacaanRpjmd | null;
  pk: BacaanPk | null;
  anggaran: RingkasanAnggaran | null;
  staf: RekapKepegawaian;
  pejabat: PejabatStruktural[];
  unit: UnitBagan[];
  wilayah: BarisWilayah[];
  narasi: BarisNarasi[];
  /** the recommendations of the latest evaluation before the report year */
  rekomendasi: { tahunEvaluasi: number; daftar: Rekomendasi[] } | null;
  temuan: Temuan[];
  skala: SkalaPredikat;
  /** the OPD's pohon kinerja for the year (issue 9), or null when it has none: BAB II then leaves it out */
  pohonKinerja: PohonKinerjaOpd | null;
  /** the realisation notes of this year per IKU id, for the "belum dapat diukur karena …" sentences */
  catatanRealisasi: Map<number, string | null>;
};

/** Loads the material of one OPD-year's LKjIP; refuses an OPD outside the caller's scope before reading. */
export async function muatBahanLkjip(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
  tanggalIso?: string,
): Promise<BahanLkjip> {
  const c = cakupanOpd(cakupan, opdId);
  const [
    opd,
    pemda,
    renstra,
    iku,
    pkKepala,
    anggaran,
    staf,
    pejabat,
    unit,
    wilayah,
    narasi,
    rekomendasi,
    temuan,
    skala,
    pohonKinerja,
  ] = await Promise.all([
    tentukanOpdById(db, c, opdId),
    infoPemda(db, c),
    cariRenstraAktif(db, c, opdId, tahun),
    hasilIku(db, c, opdId, tahun),
    cariPkPimpinan(db, c, opdId, tahun),
    ringkasanAnggaran(db, c, opdId, tahun),
    rekapKepegawaian(db, c, opdId, tahun),
    daftarPejabatStruktural(db, c, opdId),
    daftarUnitKerja(db, c, opdId),
    daftarWilayahOpd(db, c, opdId, tahun),
    daftarNarasi(db, c, opdId, tahun),
    daftarRekomendasi(db, c, opdId),
    periksaOpd(db, c, opdId, tahun),
    skalaCapaianBerlaku(db, c, tahun),
    bacaPohonOpd(db, c, opdId, tahun),
  ]);
  const renstraId = renstra?.id ?? iku.renstra.id;
  const tanpaRealisasi = iku.indikator.filter((i) => i.realisasi === null);
  const [pohon, rpjmd, pk, catatan] = await Promise.all([
    bacaPohonRenstra(db, c, renstraId),
    renstra?.rpjmd_id != null ? bacaRpjmd(db, c, renstra.rpjmd_id) : Promise.resolve(undefined),
    pkKepala ? bacaPk(db, c, pkKepala.id) : Promise.resolve(null),
    Promise.all(tanpaRealisasi.map((i) => catatanRealisasiTahun(db, c, i.indikator.id, tahun))),
  ]);
  const tahunEvaluasi = Math.max(
    ...rekomendasi.filter((r) => r.tahun_evaluasi < tahun).map((r) => r.tahun_evaluasi),
  );
  const kecamatan = wilayah.find((w) => w.jenis === "kecamatan");
  return {
    tahun,
    opd: {
      id: opd.id,
      nama: opd.nama,
      pimpinanNama: opd.pimpinan_nama,
      pimpinanJabatan: opd.pimpinan_jabatan,
      pimpinanNip: opd.pimpinan_nip,
    },
    pemda: { nama: pemda.nama },
    tempat: pk?.tempat ?? kecamatan?.nama ?? opd.nama,
    tanggal: tanggalIso ? formatTanggal(tanggalIso) : `…………… ${tahun + 1}`,
    iku,
    pohon,
    rpjmd: rpjmd ?? null,
    pk,
    anggaran,
    staf,
    pejabat,
    unit: unit.map((u) => ({ id: u.id, indukId: u.induk_id, kode: u.kode, nama: u.nama, jenis: u.jenis })),
    wilayah,
    narasi,
    rekomendasi: Number.isFinite(tahunEvaluasi)
      ? { tahunEvaluasi, daftar: rekomendasi.filter((r) => r.tahun_evaluasi === tahunEvaluasi) }
      : null,
    temuan,
    skala,
    pohonKinerja: pohonKinerja !== null && pohonKinerja.akar.length > 0 ? pohonKinerja : null,
    catatanRealisasi: new Map(tanpaRealisasi.map((i, k) => [i.indikator.id, catatan[k]?.[0] ?? null])),
  };
}

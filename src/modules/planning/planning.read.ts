/**
 * Read model of planning for the report generator and the consistency checker: the Renstra tree with each
 * indicator's passport and yearly targets, the target in force per year, and a PK with its indicators,
 * rencana aksi and programs (budgets resolved from the DPA where the PK does not print its own figure).
 */
import type { Db } from "../../platform/db/transaction.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { paguProgram } from "../budget/budget.service.ts";
import { tentukanPk } from "./pk.service.ts";
import * as repo from "./planning.repo.ts";
import { tentukanIndikator, tentukanRenstra } from "./renstra.service.ts";

/** One year's target of an indicator; targetAtas set makes it a range target. */
export type TargetTahun = { tahun: number; target: string | null; targetAtas: string | null };

/** An indicator with its passport (PermenPANRB 53/2014 manual IKU) and its Renstra targets per year. */
export type IndikatorRenstra = {
  id: number;
  kode: string;
  nama: string;
  tingkat: "tujuan" | "sasaran";
  tujuanKode: string | null;
  sasaranKode: string | null;
  satuan: string;
  definisiOperasional: string | null;
  formula: string | null;
  sumberData: string | null;
  penanggungJawab: { unitKode: string | null; unitNama: string | null; teks: string | null };
  polaritas: "positif" | "negatif";
  rumusNegatif: "dua_t_kurang_r" | "t_per_r";
  agregasi: "sum" | "last" | "average";
  presisi: number;
  baseline: string | null;
  baselineTahun: number | null;
  kondisiAkhir: string | null;
  iku: boolean;
  sumberOtomatis: "ikm" | "nilai_lakip" | null;
  target: TargetTahun[];
};

/** A sasaran with its indicators. */
export type SasaranRenstra = { id: number; kode: string; uraian: string; indikator: IndikatorRenstra[] };

/** A tujuan with its own (tujuan-level) indicators and its sasaran. */
export type TujuanRenstra = {
  id: number;
  kode: string;
  uraian: string;
  indikator: IndikatorRenstra[];
  sasaran: SasaranRenstra[];
};

/** The whole Renstra of an OPD as one tree, in display order. */
export type PohonRenstra = {
  renstra: {
    id: number;
    opdId: number;
    nama: string;
    tahunAwal: number;
    tahunAkhir: number;
    rpjmdId: number | null;
  };
  tujuan: TujuanRenstra[];
  /** sasaran-level indicators whose sasaran is missing (only from imported data); the checker reports them */
  indikatorTanpaSasaran: IndikatorRenstra[];
};

/**
 * The Renstra tree tujuan → sasaran → indikator with passports and targets per year.
 * Why: Bab II (tujuan, sasaran, IKU), the IKU manual and the checker all read the plan in this one shape.
 */
export async function bacaPohonRenstra(db: Db, cakupan: Cakupan, renstraId: number): Promise<PohonRenstra> {
  const r = await tentukanRenstra(db, cakupan, renstraId);
  const c = cakupanOpd(cakupan, r.opd_id);
  const [tujuanRows, sasaranRows, indikatorRows, targetRows] = await Promise.all([
    repo.daftarTujuan(db, c, r.id),
    repo.daftarSasaran(db, c, r.id),
    repo.daftarIndikator(db, c, r.id),
    repo.daftarTargetRenstra(db, c, r.id),
  ]);
  const targetPer = new Map<number, TargetTahun[]>();
  for (const t of targetRows) {
    const daftar = targetPer.get(t.indikator_id) ?? [];
    daftar.push({ tahun: t.tahun, target: t.target, targetAtas: t.target_atas });
    targetPer.set(t.indikator_id, daftar);
  }
  const indikator = indikatorRows.map(
    (i): IndikatorRenstra & { tujuanId: number | null; sasaranId: number | null } => ({
      id: i.id,
      kode: i.kode,
      nama: i.nama,
      tingkat: i.tingkat,
      tujuanKode: i.tujuan_kode,
      sasaranKode: i.sasaran_kode,
      satuan: i.satuan,
      definisiOperasional: i.definisi_operasional,
      formula: i.formula,
      sumberData: i.sumber_data,
      penanggungJawab: {
        unitKode: i.penanggung_jawab_unit_kode,
        unitNama: i.penanggung_jawab_unit_nama,
        teks: i.penanggung_jawab_teks,
      },
      polaritas: i.polaritas,
      rumusNegatif: i.rumus_negatif,
      agregasi: i.agregasi,
      presisi: i.presisi,
      baseline: i.baseline,
      baselineTahun: i.baseline_tahun,
      kondisiAkhir: i.kondisi_akhir,
      iku: i.iku,
      sumberOtomatis: i.sumber_otomatis,
      target: targetPer.get(i.id) ?? [],
      tujuanId: i.tujuan_id,
      sasaranId: i.sasaran_id,
    }),
  );
  const tanpaId = ({ tujuanId: _t, sasaranId: _s, ...sisa }: (typeof indikator)[number]): IndikatorRenstra =>
    sisa;
  return {
    renstra: {
      id: r.id,
      opdId: r.opd_id,
      nama: r.nama,
      tahunAwal: r.tahun_awal,
      tahunAkhir: r.tahun_akhir,
      rpjmdId: r.rpjmd_id,
    },
    tujuan: tujuanRows.map((t) => ({
      id: t.id,
      kode: t.kode,
      uraian: t.uraian,
      indikator: indikator.filter((i) => i.tingkat === "tujuan" && i.tujuanId === t.id).map(tanpaId),
      sasaran: sasaranRows
        .filter((s) => s.tujuan_id === t.id)
        .map((s) => ({
          id: s.id,
          kode: s.kode,
          uraian: s.uraian,
          indikator: indikator.filter((i) => i.tingkat === "sasaran" && i.sasaranId === s.id).map(tanpaId),
        })),
    })),
    indikatorTanpaSasaran: indikator
      .filter((i) => i.tingkat === "sasaran" && i.sasaranId === null)
      .map(tanpaId),
  };
}

/** The target in force for one year, and where it comes from. */
export type TargetBerlaku = TargetTahun & { sumber: "pk" | "renstra" };

/**
 * The target in force per year for an indicator: the OPD head's PK target of that year where one exists,
 * otherwise the Renstra target (PermenPANRB 53/2014: the PK is the year's commitment).
 */
export async function targetBerlaku(db: Db, cakupan: Cakupan, indikatorId: number): Promise<TargetBerlaku[]> {
  const i = await tentukanIndikator(db, cakupan, indikatorId);
  const c = cakupanOpd(cakupan, i.opd_id);
  const [renstra, pk] = await Promise.all([
    repo.daftarTargetIndikator(db, c, i.id),
    repo.daftarTargetPkPimpinan(db, c, i.id),
  ]);
  const perTahun = new Map<number, TargetBerlaku>();
  for (const t of renstra) {
    perTahun.set(t.tahun, { tahun: t.tahun, target: t.target, targetAtas: t.target_atas, sumber: "renstra" });
  }
  for (const t of pk) {
    perTahun.set(t.tahun, { tahun: t.tahun, target: t.target, targetAtas: t.target_atas, sumber: "pk" });
  }
  return [...perTahun.values()].sort((a, b) => a.tahun - b.tahun);
}

/** A PK program with the budget that applies and where it comes from. */
export type ProgramPk = {
  id: number;
  kode: string;
  keterangan: string | null;
  urutan: number;
  /** the budget shown in the PK: the printed figure, else the DPA pagu (null when the DPA lacks the program) */
  anggaran: bigint | null;
  sumberAnggaran: "pk" | "dpa";
  /** the figure printed in the signed PK, when one was entered */
  anggaranDinyatakan: bigint | null;
  /** the program's pagu in the PK's DPA, for comparison */
  anggaranDpa: bigint | null;
};

/** A PK indicator with its target and its quarterly rencana aksi. */
export type IndikatorPk = {
  id: number;
  indikatorId: number;
  kode: string;
  nama: string;
  satuan: string;
  polaritas: "positif" | "negatif";
  tingkat: "tujuan" | "sasaran";
  sasaran: { kode: string; uraian: string } | null;
  tujuan: { kode: string; uraian: string } | null;
  target: string;
  targetAtas: string | null;
  urutan: number;
  rencanaAksi: { triwulan: number; target: string | null; uraian: string }[];
};

/** A Perjanjian Kinerja as printed: header, parties, indicators with rencana aksi, programs with budgets. */
export type BacaanPk = {
  id: number;
  opdId: number;
  tahun: number;
  tingkat: "kepala_daerah" | "pimpinan_opd" | "eselon_iii" | "eselon_iv";
  unit: { id: number; kode: string; nama: string };
  dpa: { id: number; jenis: "murni" | "perubahan" };
  pihakPertama: { nama: string; jabatan: string; nip: string | null };
  pihakKedua: { nama: string; jabatan: string; nip: string | null };
  tempat: string;
  tanggal: string | null;
  indikator: IndikatorPk[];
  program: ProgramPk[];
};

/**
 * One PK with everything its document and the checker need. Why: program budgets left empty are read from
 * the DPA here, so the PK, the DPA and the report show one figure.
 */
export async function bacaPk(db: Db, cakupan: Cakupan, pkId: number): Promise<BacaanPk> {
  const pk = await tentukanPk(db, cakupan, pkId);
  const c = cakupanOpd(cakupan, pk.opd_id);
  const [indikatorRows, programRows, aksiRows] = await Promise.all([
    repo.daftarPkIndikator(db, c, pk.id),
    repo.daftarPkProgram(db, c, pk.id),
    repo.daftarRencanaAksi(db, c, pk.id),
  ]);
  const program: ProgramPk[] = [];
  for (const p of programRows) {
    const anggaranDpa = await paguProgram(db, c, pk.dpa_id, p.kode);
    program.push({
      id: p.id,
      kode: p.kode,
      keterangan: p.keterangan,
      urutan: p.urutan,
      anggaran: p.anggaran ?? anggaranDpa,
      sumberAnggaran: p.anggaran === null ? "dpa" : "pk",
      anggaranDinyatakan: p.anggaran,
      anggaranDpa,
    });
  }
  return {
    id: pk.id,
    opdId: pk.opd_id,
    tahun: pk.tahun,
    tingkat: pk.tingkat,
    unit: { id: pk.unit_kerja_id, kode: pk.unit_kode, nama: pk.unit_nama },
    dpa: { id: pk.dpa_id, jenis: pk.dpa_jenis },
    pihakPertama: {
      nama: pk.pihak_pertama_nama,
      jabatan: pk.pihak_pertama_jabatan,
      nip: pk.pihak_pertama_nip,
    },
    pihakKedua: { nama: pk.pihak_kedua_nama, jabatan: pk.pihak_kedua_jabatan, nip: pk.pihak_kedua_nip },
    tempat: pk.tempat,
    tanggal: pk.tanggal,
    indikator: indikatorRows.map((k) => ({
      id: k.id,
      indikatorId: k.indikator_id,
      kode: k.indikator_kode,
      nama: k.indikator_nama,
      satuan: k.satuan,
      polaritas: k.polaritas,
      tingkat: k.tingkat,
      sasaran:
        k.sasaran_kode !== null && k.sasaran_uraian !== null
          ? { kode: k.sasaran_kode, uraian: k.sasaran_uraian }
          : null,
      tujuan:
        k.tujuan_kode !== null && k.tujuan_uraian !== null
          ? { kode: k.tujuan_kode, uraian: k.tujuan_uraian }
          : null,
      target: k.target,
      targetAtas: k.target_atas,
      urutan: k.urutan,
      rencanaAksi: aksiRows
        .filter((a) => a.pk_indikator_id === k.id)
        .map((a) => ({ triwulan: a.triwulan, target: a.target, uraian: a.uraian })),
    })),
    program,
  };
}

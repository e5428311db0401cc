import type { Db } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import {
  type BarisSubKegiatan,
  type JumlahAnggaran,
  type KegiatanAnggaran,
  type ProgramAnggaran,
  type SubKegiatanAnggaran,
  serapan,
  susunPohonAnggaran,
} from "./anggaran.domain.ts";
import * as repo from "./budget.repo.ts";
import { bandingKode } from "./kode-nomenklatur.domain.ts";

/** The stored id and output target of a budget node, next to its computed sums. */
export type KeluaranNode = {
  id: number;
  indikatorKeluaran: string | null;
  target: string | null;
  satuan: string | null;
};

/** A sub kegiatan of the summary. */
export type SubKegiatanRingkasan = SubKegiatanAnggaran & KeluaranNode;

/** A kegiatan of the summary with the pagu printed in the source, for the consistency checker. */
export type KegiatanRingkasan = Omit<KegiatanAnggaran, "subKegiatan"> &
  KeluaranNode & { paguDinyatakan: bigint | null; subKegiatan: SubKegiatanRingkasan[] };

/** A program of the summary with its sasaran link and the pagu printed in the source. */
export type ProgramRingkasan = Omit<ProgramAnggaran, "kegiatan"> &
  KeluaranNode & { sasaranId: number | null; paguDinyatakan: bigint | null; kegiatan: KegiatanRingkasan[] };

/** The budget of an OPD's year: which DPA is in force, its tree with exact sums and serapan, the total. */
export type RingkasanAnggaran = {
  dpa: {
    id: number;
    tahun: number;
    jenis: "murni" | "perubahan";
    nomor: string | null;
    tanggalPengesahan: string | null;
  };
  program: ProgramRingkasan[];
  total: JumlahAnggaran;
};

/** One program's totals computed in SQL only. */
export type TotalProgramSql = {
  opdId: number;
  dpaId: number;
  dpaJenis: "murni" | "perubahan";
  kode: string;
  nama: string;
  pagu: bigint;
  realisasi: bigint;
  serapan: string | null;
};

function nol(): JumlahAnggaran {
  return { pagu: 0n, realisasi: 0n, serapan: serapan(0n, 0n) };
}

/**
 * The budget tree of the DPA in force (program → kegiatan → sub kegiatan with pagu, realisasi, serapan and a
 * total) for LKjIP Bab III.B, read in one query and rolled up by the pure anggaran.domain.ts; null when the
 * OPD has no DPA for the year. Programs and kegiatan without sub kegiatan appear with zero sums.
 */
export async function ringkasanAnggaran(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
): Promise<RingkasanAnggaran | null> {
  const c = cakupanOpd(cakupan, opdId);
  const dpa = await repo.dpaBerlaku(db, c, opdId, tahun);
  return dpa ? susunRingkasan(db, c, dpa) : null;
}

/**
 * The same tree for one DPA version chosen by id (murni or perubahan, in force or not); null when the id is
 * not a DPA of this OPD. Why: the DPA screen shows any version with the sums computed the one way.
 */
export async function ringkasanAnggaranVersi(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  dpaId: number,
): Promise<RingkasanAnggaran | null> {
  const c = cakupanOpd(cakupan, opdId);
  const dpa = await repo.cariDpaById(db, c, dpaId);
  return dpa && dpa.opd_id === opdId ? susunRingkasan(db, c, dpa) : null;
}

async function susunRingkasan(
  db: Db,
  c: Cakupan,
  dpa: {
    id: number;
    tahun: number;
    jenis: "murni" | "perubahan";
    nomor: string | null;
    tanggal_pengesahan: string | null;
  },
): Promise<RingkasanAnggaran> {
  const baris = await repo.barisPohonDpa(db, c, dpa.id);

  const program = new Map<
    string,
    Omit<ProgramRingkasan, keyof JumlahAnggaran | "kegiatan"> & { kode: string }
  >();
  const kegiatan = new Map<
    string,
    Omit<KegiatanRingkasan, keyof JumlahAnggaran | "subKegiatan"> & { programKode: string }
  >();
  const sub = new Map<string, KeluaranNode>();
  const daun: BarisSubKegiatan[] = [];
  for (const b of baris) {
    program.set(b.program_kode, {
      id: b.program_id,
      kode: b.program_kode,
      nama: b.program_nama,
      sasaranId: b.program_sasaran_id,
      indikatorKeluaran: b.program_indikator,
      target: b.program_target,
      satuan: b.program_satuan,
      paguDinyatakan: b.program_pagu_dinyatakan,
    });
    if (b.kegiatan_id === null || b.kegiatan_kode === null || b.kegiatan_nama === null) continue;
    kegiatan.set(b.kegiatan_kode, {
      id: b.kegiatan_id,
      programKode: b.program_kode,
      kode: b.kegiatan_kode,
      nama: b.kegiatan_nama,
      indikatorKeluaran: b.kegiatan_indikator,
      target: b.kegiatan_target,
      satuan: b.kegiatan_satuan,
      paguDinyatakan: b.kegiatan_pagu_dinyatakan,
    });
    if (b.sub_id === null || b.sub_kode === null || b.sub_nama === null || b.sub_pagu === null) continue;
    sub.set(b.sub_kode, {
      id: b.sub_id,
      indikatorKeluaran: b.sub_indikator,
      target: b.sub_target,
      satuan: b.sub_satuan,
    });
    daun.push({
      kodeProgram: b.program_kode,
      namaProgram: b.program_nama,
      kodeKegiatan: b.kegiatan_kode,
      namaKegiatan: b.kegiatan_nama,
      kode: b.sub_kode,
      nama: b.sub_nama,
      pagu: b.sub_pagu,
      realisasi: b.sub_realisasi,
    });
  }

  const pohon = susunPohonAnggaran(daun);
  const hitungProgram = new Map(pohon.program.map((p) => [p.kode, p]));
  const hasil: ProgramRingkasan[] = [...program.values()].map((p) => {
    const dihitung = hitungProgram.get(p.kode);
    const hitungKegiatan = new Map((dihitung?.kegiatan ?? []).map((k) => [k.kode, k]));
    const daftarKegiatan: KegiatanRingkasan[] = [...kegiatan.values()]
      .filter((k) => k.programKode === p.kode)
      .map(({ programKode: _, ...k }) => {
        const dk = hitungKegiatan.get(k.kode);
        const subKegiatan = (dk?.subKegiatan ?? []).map((s) => ({
          ...s,
          ...(sub.get(s.kode) as KeluaranNode),
        }));
        return {
          ...k,
          ...(dk ? { pagu: dk.pagu, realisasi: dk.realisasi, serapan: dk.serapan } : nol()),
          subKegiatan,
        };
      })
      .sort((a, b) => bandingKode(a.kode, b.kode));
    const jumlah = dihitung
      ? { pagu: dihitung.pagu, realisasi: dihitung.realisasi, serapan: dihitung.serapan }
      : nol();
    return { ...p, ...jumlah, kegiatan: daftarKegiatan };
  });
  hasil.sort((a, b) => bandingKode(a.kode, b.kode));

  return {
    dpa: {
      id: dpa.id,
      tahun: dpa.tahun,
      jenis: dpa.jenis,
      nomor: dpa.nomor,
      tanggalPengesahan: dpa.tanggal_pengesahan,
    },
    program: hasil,
    total: pohon.total,
  };
}

/**
 * Pagu of one program of a DPA as the sum of its sub kegiatan; null when the DPA has no such program.
 * Why: a PK program budget left empty follows the DPA (migration 0003), so the figure is computed, not typed.
 */
export async function paguProgram(
  db: Db,
  cakupan: Cakupan,
  dpaId: number,
  kodeProgram: string,
): Promise<bigint | null> {
  const dpa = await repo.cariDpaById(db, cakupan, dpaId);
  if (!dpa) throw new GalatTerukur("tidak_ditemukan", "DPA tidak ditemukan", "dpaId");
  const c = cakupanOpd(cakupan, dpa.opd_id);
  const baris = await repo.jumlahPaguProgram(db, c, dpa.id, kodeProgram);
  return baris ? baris.pagu : null;
}

/**
 * Pagu, realisasi and serapan per program of the DPA in force, for one OPD or (opdId null) every OPD the caller
 * may see, computed purely in SQL. Why: the bare baseline of the roll-up benchmark and an independent check.
 */
export async function totalAnggaranSql(
  db: Db,
  cakupan: Cakupan,
  opdId: number | null,
  tahun: number,
): Promise<TotalProgramSql[]> {
  const c = opdId === null ? cakupan : cakupanOpd(cakupan, opdId);
  const baris = await repo.totalPerProgramSql(db, c, opdId, tahun);
  return baris.map((b) => ({
    opdId: b.opd_id,
    dpaId: b.dpa_id,
    dpaJenis: b.dpa_jenis,
    kode: b.kode,
    nama: b.nama,
    pagu: b.pagu,
    realisasi: b.realisasi,
    serapan: b.serapan,
  }));
}

/** The latest year with a DPA for each of the given OPDs, so pages can open on the most recent budget. */
export async function tahunDpaTerakhir(
  db: Db,
  cakupan: Cakupan,
  opdIds: readonly number[],
): Promise<Map<number, number>> {
  if (opdIds.length === 0) return new Map();
  const ids = cakupan.opdId === null ? opdIds : opdIds.filter((id) => id === cakupan.opdId);
  if (ids.length === 0) return new Map();
  const baris = await db
    .selectFrom("dpa")
    .select(["opd_id", (e) => e.fn.max("tahun").as("tahun")])
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "in", ids)
    .groupBy("opd_id")
    .execute();
  return new Map(baris.map((r) => [r.opd_id, Number(r.tahun)]));
}

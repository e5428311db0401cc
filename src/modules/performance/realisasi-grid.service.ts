/**
 * Read model of the realisation grid: one OPD's Renstra indicators in force in a year, grouped by the unit
 * responsible, each with the year's target in force, the realisation of the chosen period, and its evidence.
 */
import type { Db } from "../../platform/db/transaction.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { type TargetBerlaku, targetBerlaku } from "../planning/planning.read.ts";
import { cariRenstraAktif, daftarIndikator } from "../planning/renstra.service.ts";
import { daftarUnitKerja } from "../tenancy/tenancy.service.ts";
import { type BuktiTersimpan, daftarBuktiRealisasi } from "./bukti.service.ts";
import * as repo from "./performance.repo.ts";
import type { Periode } from "./periode.domain.ts";

/** The periods the grid is entered in: the four quarters, or the whole year for yearly indicators. */
export type KodePeriodeGrid = "tw1" | "tw2" | "tw3" | "tw4" | "tahun";

/** Every period code the grid offers, in the order of its switcher. */
export const KODE_PERIODE_GRID: readonly KodePeriodeGrid[] = ["tw1", "tw2", "tw3", "tw4", "tahun"];

/** The quarter a date falls in, as the grid's code: what the grid opens on when no period is asked for. */
export function periodeSekarang(sekarang: Date): KodePeriodeGrid {
  return `tw${Math.floor(sekarang.getMonth() / 3) + 1}` as KodePeriodeGrid;
}

/** Reads `?periode=` (tw1..tw4, tahun); anything else falls back to the current quarter. */
export function bacaKodePeriode(teks: string | undefined, sekarang: Date): KodePeriodeGrid {
  return KODE_PERIODE_GRID.find((k) => k === teks) ?? periodeSekarang(sekarang);
}

/** Reads `?tahun=`: a four-digit year, else the current year. */
export function bacaTahunGrid(teks: string | undefined, sekarang: Date): number {
  return teks && /^\d{4}$/.test(teks) ? Number(teks) : sekarang.getFullYear();
}

/** The period row a grid code stands for (time is rows: triwulan 1–4, or tahun 1). */
export function periodeDariKode(kode: KodePeriodeGrid): Periode {
  return kode === "tahun" ? { jenis: "tahun", ke: 1 } : { jenis: "triwulan", ke: Number(kode.slice(2)) };
}

/** The grid code of a period the grid can show, or null (months and semesters are not entered here). */
export function kodeDariPeriode(p: Periode): KodePeriodeGrid | null {
  if (p.jenis === "tahun") return "tahun";
  if (p.jenis === "triwulan" && p.ke >= 1 && p.ke <= 4) return `tw${p.ke}` as KodePeriodeGrid;
  return null;
}

/**
 * Which period a row is entered in: the one chosen, unless the indicator's year is already recorded in another
 * kind. A yearly-recorded indicator shows (and takes) its yearly row in every quarter; an indicator recorded
 * per quarter (or month) cannot be given a yearly row, so it is shown without an input. Why: catatRealisasi
 * refuses mixing kinds within a year, so the grid must never offer an input that would be refused.
 */
export function periodeBaris(
  dipilih: Periode,
  jenisTercatat: Periode["jenis"] | null,
): { periode: Periode; campuran: boolean } {
  if (jenisTercatat === null || jenisTercatat === dipilih.jenis) return { periode: dipilih, campuran: false };
  if (jenisTercatat === "tahun") return { periode: { jenis: "tahun", ke: 1 }, campuran: false };
  return { periode: dipilih, campuran: true };
}

/** The saved realisation of a row. */
export type RealisasiBaris = {
  id: number;
  nilai: string | null;
  sumber: string | null;
  catatan: string | null;
  status: "draf" | "diajukan" | "diverifikasi" | "disetujui";
  revisi: number;
};

/** One indicator's row of the grid. */
export type BarisGrid = {
  indikatorId: number;
  kode: string;
  nama: string;
  satuan: string;
  unitId: number | null;
  target: TargetBerlaku | null;
  /** the period this row's input writes */
  periode: Periode;
  /** the year is recorded in another kind of period than the one chosen: no input here */
  campuran: boolean;
  /** the kind already recorded in the year, when there is one */
  jenisTercatat: Periode["jenis"] | null;
  realisasi: RealisasiBaris | null;
  bukti: BuktiTersimpan[];
};

/** The rows of one responsible unit; unit null holds indicators no unit is responsible for. */
export type KelompokGrid = { unit: { id: number; kode: string; nama: string } | null; baris: BarisGrid[] };

/** The whole grid of one OPD, year and period. */
export type GridRealisasi = {
  tahun: number;
  periode: Periode;
  renstra: { id: number; nama: string; tahunAwal: number; tahunAkhir: number } | null;
  kelompok: KelompokGrid[];
};

/**
 * Builds the grid. Targets come from planning's targetBerlaku (the PK of the year where there is one,
 * else the Renstra); realisations and evidence are read as stored, never summed here.
 */
export async function bacaGridRealisasi(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
  dipilih: Periode,
): Promise<GridRealisasi> {
  const c = cakupanOpd(cakupan, opdId);
  const renstra = await cariRenstraAktif(db, c, opdId, tahun);
  if (!renstra) return { tahun, periode: dipilih, renstra: null, kelompok: [] };
  const [indikator, unit] = await Promise.all([
    daftarIndikator(db, c, renstra.id),
    daftarUnitKerja(db, c, opdId),
  ]);
  const perIndikator = await Promise.all(
    indikator.map(async (i) => {
      const [target, baris] = await Promise.all([
        targetBerlaku(db, c, i.id),
        repo.daftarRealisasiTahun(db, c, i.id, tahun),
      ]);
      const jenisTercatat = baris[0]?.periode_jenis ?? null;
      const { periode, campuran } = periodeBaris(dipilih, jenisTercatat);
      const r = campuran
        ? undefined
        : baris.find((b) => b.periode_jenis === periode.jenis && b.periode_ke === periode.ke);
      return {
        i,
        target: target.find((t) => t.tahun === tahun) ?? null,
        periode,
        campuran,
        jenisTercatat,
        realisasi: r
          ? {
              id: r.id,
              nilai: r.nilai,
              sumber: r.sumber,
              catatan: r.catatan,
              status: r.status,
              revisi: r.revisi,
            }
          : null,
      };
    }),
  );
  const bukti = await daftarBuktiRealisasi(
    db,
    c,
    opdId,
    perIndikator.flatMap((x) => (x.realisasi ? [x.realisasi.id] : [])),
  );
  const semuaBaris: BarisGrid[] = perIndikator.map((x) => ({
    indikatorId: x.i.id,
    kode: x.i.kode,
    nama: x.i.nama,
    satuan: x.i.satuan,
    unitId: x.i.penanggung_jawab_unit_id,
    target: x.target,
    periode: x.periode,
    campuran: x.campuran,
    jenisTercatat: x.jenisTercatat,
    realisasi: x.realisasi,
    bukti: x.realisasi ? (bukti.get(x.realisasi.id) ?? []) : [],
  }));
  const kelompok: KelompokGrid[] = unit
    .map((u) => ({
      unit: { id: u.id, kode: u.kode, nama: u.nama },
      baris: semuaBaris.filter((b) => b.unitId === u.id),
    }))
    .filter((k) => k.baris.length > 0);
  const tanpaUnit = semuaBaris.filter((b) => b.unitId === null || !unit.some((u) => u.id === b.unitId));
  if (tanpaUnit.length > 0) kelompok.push({ unit: null, baris: tanpaUnit });
  return {
    tahun,
    periode: dipilih,
    renstra: {
      id: renstra.id,
      nama: renstra.nama,
      tahunAwal: renstra.tahun_awal,
      tahunAkhir: renstra.tahun_akhir,
    },
    kelompok,
  };
}

/** One row of the grid by indicator, or undefined when the indicator is not in the year's Renstra. */
export function cariBaris(grid: GridRealisasi, indikatorId: number): BarisGrid | undefined {
  for (const k of grid.kelompok) {
    const b = k.baris.find((x) => x.indikatorId === indikatorId);
    if (b) return b;
  }
  return undefined;
}

/**
 * The writes of the guided flow (PermenPANRB 89/2021, five steps) that take more than one use case of the tree:
 * each runs in one transaction, so a refused step writes nothing. Why: a first-time planner fills one form per
 * step, not one per row.
 */
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import type { Cakupan } from "../../platform/scope.ts";
import { tentukanIndikator } from "../planning/renstra.service.ts";
import type { SimpulPohon } from "./pohon.model.ts";
import {
  aturTargetSimpul,
  bacaPohonOpd,
  tambahIndikatorSimpul,
  tambahSimpul,
  ubahSimpul,
} from "./pohon.service.ts";

/** Step 1: the outcome to cascade, a Renstra sasaran placed under the pemda node it supports. */
export type IsianHasil = {
  tahun: number;
  sasaranId: number | string | null;
  /** the pemda node it hangs under; null leaves it without a parent until the pemda's tree has one */
  indukId: number | string | null;
  /** the outcome statement; empty takes the sasaran's wording */
  kondisi: string;
  unitKerjaId: number | string | null;
  sasaranUraian: string | null;
};

/**
 * Creates the strategic node of step 1; returns its id. Pemda nodes are the admin pemda's (pohon.service), so a
 * planner picks one; without one the outcome waits as an orphan, which the consistency checker reports.
 */
export async function pilihHasil(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  isian: IsianHasil,
): Promise<number> {
  if (isian.sasaranId === null || isian.sasaranId === "") {
    throw inputTidakValid("Pilih sasaran Renstra yang akan dijabarkan", "sasaranId");
  }
  const kondisi = isian.kondisi.trim() === "" ? (isian.sasaranUraian ?? "") : isian.kondisi;
  return tambahSimpul(db, cakupan, {
    opdId,
    tahun: isian.tahun,
    indukId: isian.indukId,
    level: "strategis",
    jenisHasil: "outcome",
    kondisi,
    sasaranId: isian.sasaranId,
    unitKerjaId: isian.unitKerjaId,
  });
}

/** Step 4: an indicator of a node with its target of the year; a Renstra indicator lends its name and unit. */
export type IsianIndikatorTarget = {
  tahun: number;
  indikatorId: number | string | null;
  nama: string;
  satuan: string;
  target: string;
};

/** Adds an indicator and its target of the year in one transaction; returns the indicator's id. */
export async function tambahIndikatorDenganTarget(
  db: Db,
  cakupan: Cakupan,
  simpulId: number,
  isian: IsianIndikatorTarget,
): Promise<number> {
  return dalamTransaksi(db, async (trx) => {
    let { nama, satuan } = isian;
    const indikatorId = isian.indikatorId === "" ? null : isian.indikatorId;
    if (indikatorId !== null && /^\d{1,9}$/.test(String(indikatorId))) {
      const ind = await tentukanIndikator(trx, cakupan, Number(indikatorId));
      if (nama.trim() === "") nama = ind.nama;
      if (satuan.trim() === "") satuan = ind.satuan;
    }
    const id = await tambahIndikatorSimpul(trx, cakupan, simpulId, { indikatorId, nama, satuan });
    if (isian.target.trim() !== "") {
      await aturTargetSimpul(trx, cakupan, id, { tahun: isian.tahun, target: isian.target });
    }
    return id;
  });
}

/** Finds a node of an OPD's tree for a year, or refuses with "not found". */
export async function cariSimpul(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
  simpulId: number,
): Promise<SimpulPohon> {
  const pohon = await bacaPohonOpd(db, cakupan, opdId, tahun);
  const s = pohon ? temukan(pohon.akar, simpulId) : null;
  if (!s || s.opdId !== opdId)
    throw new GalatTerukur("tidak_ditemukan", "Simpul pohon kinerja tidak ditemukan");
  return s;
}

/** A node by id in a nested list, or null. */
export function temukan(akar: readonly SimpulPohon[], id: number): SimpulPohon | null {
  for (const s of akar) {
    if (s.id === id) return s;
    const di = temukan(s.anak, id);
    if (di) return di;
  }
  return null;
}

/** Step 5: the owner of a node (a unit, optionally one employee), keeping everything else as it is. */
export async function aturPemilik(
  db: Db,
  cakupan: Cakupan,
  s: SimpulPohon,
  pemilik: { unitKerjaId: number | string | null; pegawaiId: number | string | null },
): Promise<void> {
  await ubahSimpul(db, cakupan, s.id, {
    jenisHasil: s.jenisHasil,
    kondisi: s.kondisi,
    rpjmdSasaranId: s.rpjmdSasaranId,
    sasaranId: s.sasaranId,
    unitKerjaId: pemilik.unitKerjaId,
    pegawaiId: pemilik.pegawaiId,
    faktorKeberhasilanId: s.faktorKeberhasilan?.id ?? null,
    urutan: s.urutan,
  });
}

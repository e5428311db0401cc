/**
 * What the pohon kinerja screens offer in their selects, read once per page through the owning modules'
 * services: the Renstra sasaran and indicators of the year, the OPD's units and employees, the codes of its DPA,
 * the OPDs of the pemda (crosscutting) and the year's PKs. Why: people choose instead of typing an id or a code.
 */
import type { Db } from "../../platform/db/transaction.ts";
import type { Cakupan } from "../../platform/scope.ts";
import { ringkasanAnggaran } from "../budget/budget.service.ts";
import { daftarPk } from "../planning/pk.service.ts";
import { tahunPkTerakhir } from "../planning/pk-penyusun.service.ts";
import { bacaPohonRenstra } from "../planning/planning.read.ts";
import { cariRenstraAktif } from "../planning/renstra.service.ts";
import { registerPegawai } from "../staffing/pegawai-layar.service.ts";
import { daftarOpdTerlihat, daftarUnitKerja } from "../tenancy/tenancy.service.ts";

/** A Renstra sasaran with its indicators and their target of the year. */
export type SasaranPilihan = {
  id: number;
  kode: string;
  uraian: string;
  indikator: { id: number; kode: string; nama: string; satuan: string; target: string | null }[];
};

/** A budget code of the OPD's DPA in force for the year, with its level. */
export type KodeAnggaranPilihan = {
  kode: string;
  nama: string;
  tingkat: "program" | "kegiatan" | "sub_kegiatan";
};

/** A PK of the year, for the proposal links. */
export type PkPilihan = { id: number; tingkat: string; unitNama: string };

/** Everything the tree screens offer for choosing. */
export type BahanPohon = {
  sasaran: SasaranPilihan[];
  unit: { id: number; kode: string; nama: string; indukId: number | null }[];
  pegawai: { id: number; nama: string; jabatan: string; unitNama: string }[];
  kodeAnggaran: KodeAnggaranPilihan[];
  opd: { id: number; kode: string; nama: string }[];
  pk: PkPilihan[];
};

/** The year a tree page opens on when none is asked for: the latest PK's, else the current year. */
export async function tahunAwalPohon(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahunIni: number,
): Promise<number> {
  return (await tahunPkTerakhir(db, cakupan, opdId)) ?? tahunIni;
}

/** Reads the choices of the tree screens for an OPD and year. */
export async function bahanPohon(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
): Promise<BahanPohon> {
  const [renstra, unit, register, anggaran, opd, pk] = await Promise.all([
    cariRenstraAktif(db, cakupan, opdId, tahun),
    daftarUnitKerja(db, cakupan, opdId),
    registerPegawai(db, cakupan, opdId),
    ringkasanAnggaran(db, cakupan, opdId, tahun),
    daftarOpdTerlihat(db, { ...cakupan, opdId: null }),
    daftarPk(db, cakupan, opdId, tahun),
  ]);
  const sasaran: SasaranPilihan[] = [];
  if (renstra) {
    const pohon = await bacaPohonRenstra(db, cakupan, renstra.id);
    for (const t of pohon.tujuan) {
      for (const s of t.sasaran) {
        sasaran.push({
          id: s.id,
          kode: s.kode,
          uraian: s.uraian,
          indikator: s.indikator.map((i) => ({
            id: i.id,
            kode: i.kode,
            nama: i.nama,
            satuan: i.satuan,
            target: i.target.find((x) => x.tahun === tahun)?.target ?? null,
          })),
        });
      }
    }
  }
  const kodeAnggaran: KodeAnggaranPilihan[] = [];
  for (const p of anggaran?.program ?? []) {
    kodeAnggaran.push({ kode: p.kode, nama: p.nama, tingkat: "program" });
    for (const k of p.kegiatan) {
      kodeAnggaran.push({ kode: k.kode, nama: k.nama, tingkat: "kegiatan" });
      for (const s of k.subKegiatan)
        kodeAnggaran.push({ kode: s.kode, nama: s.nama, tingkat: "sub_kegiatan" });
    }
  }
  return {
    sasaran,
    unit: unit.map((u) => ({ id: u.id, kode: u.kode, nama: u.nama, indukId: u.induk_id })),
    pegawai: register.flatMap((u) =>
      u.pegawai.map((p) => ({ id: p.id, nama: p.nama, jabatan: p.jabatan, unitNama: u.nama })),
    ),
    kodeAnggaran,
    opd: opd.map((o) => ({ id: o.id, kode: o.kode, nama: o.nama })),
    pk: pk.map((p) => ({ id: p.id, tingkat: p.tingkat, unitNama: p.unit_nama })),
  };
}

import type { z } from "zod";
import { catatAudit } from "../../platform/db/audit.ts";
import { tolakDuplikat } from "../../platform/db/constraint-errors.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { validasi } from "../../platform/validation.ts";
import { tentukanUnit } from "../tenancy/tenancy.service.ts";
import {
  type Tabel11,
  type Tabel12,
  type Tabel13,
  type Tabel14,
  type Tabel37,
  tabelAnjab,
  tabelGolongan,
  tabelJabatan,
  tabelPendidikan,
  tabelStatus,
} from "./staffing.domain.ts";
import * as repo from "./staffing.repo.ts";
import { skemaKebutuhanAnjab, skemaPegawaiBaru } from "./staffing.schemas.ts";

/** The five staffing tables of one OPD's LKjIP. */
export type RekapKepegawaian = {
  golongan: Tabel11;
  pendidikan: Tabel12;
  jabatan: Tabel13;
  status: Tabel14;
  anjab: Tabel37;
};

/** Adds an employee to an OPD's register (the single source of LKjIP Tables 1.1–1.4 and 3.7). */
export async function tambahPegawai(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  input: z.input<typeof skemaPegawaiBaru>,
): Promise<number> {
  const c = cakupanOpd(cakupan, opdId);
  const d = validasi(skemaPegawaiBaru, input);
  return dalamTransaksi(db, async (trx) => {
    const unit = await tentukanUnit(trx, c, opdId, d.unitKode);
    const { id } = await tolakDuplikat(
      () =>
        trx
          .insertInto("pegawai")
          .values({
            pemda_id: c.pemdaId,
            opd_id: opdId,
            unit_kerja_id: unit.id,
            nama: d.nama,
            nip: d.nip,
            status: d.status,
            golongan: d.golongan,
            ruang: d.ruang,
            pendidikan: d.pendidikan,
            jabatan: d.jabatan,
            jenis_jabatan: d.jenisJabatan,
            eselon: d.eselon,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      `Pegawai dengan NIP ${d.nip ?? ""} sudah terdaftar`,
      "nip",
    );
    await catatAudit(trx, c, "buat", "pegawai", id, d);
    return id;
  });
}

/** Sets (or replaces) the ANJAB/ABK need of a unit for a year and kind of position (Table 3.7). */
export async function aturKebutuhanAnjab(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  input: z.input<typeof skemaKebutuhanAnjab>,
): Promise<number> {
  const c = cakupanOpd(cakupan, opdId);
  const d = validasi(skemaKebutuhanAnjab, input);
  return dalamTransaksi(db, async (trx) => {
    const unit = await tentukanUnit(trx, c, opdId, d.unitKode);
    const lama = await repo.cariKebutuhanAnjab(trx, c, unit.id, d.tahun, d.jenisJabatan);
    const { id } = await trx
      .insertInto("anjab_kebutuhan")
      .values({
        pemda_id: c.pemdaId,
        opd_id: opdId,
        unit_kerja_id: unit.id,
        tahun: d.tahun,
        jenis_jabatan: d.jenisJabatan,
        jumlah: d.jumlah,
      })
      .onConflict((oc) =>
        oc.columns(["unit_kerja_id", "tahun", "jenis_jabatan"]).doUpdateSet({ jumlah: d.jumlah }),
      )
      .returning("id")
      .executeTakeFirstOrThrow();
    await catatAudit(trx, c, lama ? "ubah" : "buat", "anjab_kebutuhan", id, {
      ...d,
      sebelum: lama?.jumlah ?? null,
    });
    return id;
  });
}

/**
 * LKjIP Tables 1.1 (golongan), 1.2 (pendidikan), 1.3 (jabatan), 1.4 (status) from the active register and
 * Table 3.7 (ANJAB needs of the year against current staff), all computed from stored rows.
 */
export async function rekapKepegawaian(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
): Promise<RekapKepegawaian> {
  const c = cakupanOpd(cakupan, opdId);
  const pegawai = await repo.daftarPegawaiAktif(db, c, opdId);
  const anjab = await repo.daftarKebutuhanAnjab(db, c, opdId, tahun);
  const units = await repo.daftarUnitUrut(db, c, opdId);
  const baris = pegawai.map((p) => ({
    status: p.status,
    golongan: p.golongan,
    ruang: p.ruang,
    pendidikan: p.pendidikan,
    jenisJabatan: p.jenis_jabatan,
    eselon: p.eselon,
    unitKode: p.unit_kode,
  }));
  return {
    golongan: tabelGolongan(baris),
    pendidikan: tabelPendidikan(baris),
    jabatan: tabelJabatan(baris),
    status: tabelStatus(baris),
    anjab: tabelAnjab(
      units.map((u) => ({ kode: u.kode, nama: u.nama })),
      anjab.map((a) => ({ unitKode: a.unit_kode, jenisJabatan: a.jenis_jabatan, jumlah: a.jumlah })),
      baris,
    ),
  };
}

/** A struktural official and the unit they head. */
export type PejabatStruktural = {
  unitKode: string;
  nama: string;
  nip: string | null;
  jabatan: string;
  eselon: string | null;
};

/**
 * The active struktural officials of an OPD with their unit, highest eselon first, so the organisation chart
 * of LKjIP Bab I (PermenPANRB 53/2014 "uraian singkat organisasi") can name who heads each unit.
 */
export async function daftarPejabatStruktural(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
): Promise<PejabatStruktural[]> {
  const c = cakupanOpd(cakupan, opdId);
  const pegawai = await repo.daftarPegawaiAktif(db, c, opdId);
  return pegawai
    .filter((p) => p.jenis_jabatan === "struktural")
    .map((p) => ({ unitKode: p.unit_kode, nama: p.nama, nip: p.nip, jabatan: p.jabatan, eselon: p.eselon }))
    .sort((a, b) => (a.eselon ?? "Z").localeCompare(b.eselon ?? "Z"));
}

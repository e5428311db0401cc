import type { z } from "zod";
import { catatAudit } from "../../platform/db/audit.ts";
import { tolakDuplikat } from "../../platform/db/constraint-errors.ts";
import type { Peran } from "../../platform/db/schema.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import type { Cakupan } from "../../platform/scope.ts";
import { validasi } from "../../platform/validation.ts";
import { daftarOpdTerlihat, daftarUnitKerja, tentukanOpd, tentukanUnit } from "../tenancy/tenancy.service.ts";
import { skemaAkunBaru, skemaSetelUlangSandi, skemaUbahSandi } from "./akun.schemas.ts";
import { cocokSandi, hashSandi } from "./sandi.ts";
import { hashToken } from "./sesi.service.ts";

/** One account as the admin's list shows it (never its password hash). */
export type BarisAkun = {
  id: number;
  namaPengguna: string;
  nama: string;
  peran: Peran;
  opdKode: string | null;
  opdNama: string | null;
  unitKode: string | null;
  unitNama: string | null;
  aktif: boolean;
  terkunciSampai: Date | null;
};

/** Accounts are managed at pemda level only: by the admin pemda, or by the CLI acting for the pemda. */
function pastikanTingkatPemda(cakupan: Cakupan): void {
  if (cakupan.opdId !== null) {
    throw new GalatTerukur("di_luar_cakupan", "Hanya admin pemda yang dapat mengelola akun.");
  }
}

async function akunDalamPemda(db: Db, cakupan: Cakupan, akunId: number) {
  const a = await db
    .selectFrom("akun")
    .select(["id", "nama_pengguna", "opd_id", "aktif", "sandi_hash", "terkunci_sampai", "gagal_berturut"])
    .where("id", "=", akunId)
    .where("pemda_id", "=", cakupan.pemdaId)
    .executeTakeFirst();
  if (!a) throw new GalatTerukur("tidak_ditemukan", "Akun tidak ditemukan");
  return a;
}

/**
 * Creates an account in the caller's pemda (admin pemda, or the CLI with no session). The OPD and unit
 * are named by code and checked against the pemda; `sandiHash` lets the demo loader hash its one
 * password once for every account.
 */
export async function buatAkun(
  db: Db,
  cakupan: Cakupan,
  input: z.input<typeof skemaAkunBaru>,
  opsi: { sandiHash?: string } = {},
): Promise<number> {
  pastikanTingkatPemda(cakupan);
  const d = validasi(skemaAkunBaru, input);
  const sandiHash = opsi.sandiHash ?? (await hashSandi(d.sandi));
  return dalamTransaksi(db, async (trx) => {
    let opdId: number | null = null;
    let unitId: number | null = null;
    if (d.opdKode) {
      const opd = await tentukanOpd(trx, cakupan, d.opdKode).catch((e: unknown) => {
        if (e instanceof GalatTerukur && e.jenis === "tidak_ditemukan") {
          throw inputTidakValid(`Perangkat daerah "${d.opdKode}" tidak ada di pemda ini`, "opdKode");
        }
        throw e;
      });
      opdId = opd.id;
      if (d.unitKode) unitId = (await tentukanUnit(trx, cakupan, opd.id, d.unitKode, "unitKode")).id;
    }
    const { id } = await tolakDuplikat(
      () =>
        trx
          .insertInto("akun")
          .values({
            pemda_id: cakupan.pemdaId,
            opd_id: opdId,
            unit_kerja_id: unitId,
            nama_pengguna: d.namaPengguna,
            nama: d.nama,
            peran: d.peran,
            sandi_hash: sandiHash,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      `Nama pengguna "${d.namaPengguna}" sudah dipakai`,
      "namaPengguna",
    );
    await catatAudit(
      trx,
      cakupan,
      "buat",
      "akun",
      id,
      { nama_pengguna: d.namaPengguna, nama: d.nama, peran: d.peran, opd_id: opdId, unit_kerja_id: unitId },
      opdId,
    );
    return id;
  });
}

/** Every account of the caller's pemda with its OPD and unit, for the admin's list. */
export async function daftarAkun(db: Db, cakupan: Cakupan): Promise<BarisAkun[]> {
  pastikanTingkatPemda(cakupan);
  const baris = await db
    .selectFrom("akun as a")
    .leftJoin("opd as o", "o.id", "a.opd_id")
    .leftJoin("unit_kerja as u", "u.id", "a.unit_kerja_id")
    .select([
      "a.id",
      "a.nama_pengguna",
      "a.nama",
      "a.peran",
      "o.kode as opd_kode",
      "o.nama as opd_nama",
      "u.kode as unit_kode",
      "u.nama as unit_nama",
      "a.aktif",
      "a.terkunci_sampai",
    ])
    .where("a.pemda_id", "=", cakupan.pemdaId)
    .orderBy("o.nama", (ob) => ob.nullsFirst())
    .orderBy("a.nama_pengguna")
    .execute();
  return baris.map((b) => ({
    id: b.id,
    namaPengguna: b.nama_pengguna,
    nama: b.nama,
    peran: b.peran,
    opdKode: b.opd_kode,
    opdNama: b.opd_nama,
    unitKode: b.unit_kode,
    unitNama: b.unit_nama,
    aktif: b.aktif,
    terkunciSampai: b.terkunci_sampai,
  }));
}

/** The OPDs and their units an account can be placed in, from the pemda's own data. */
export async function pilihanPenempatan(
  db: Db,
  cakupan: Cakupan,
): Promise<{
  opd: { kode: string; nama: string }[];
  unit: { opdNama: string; kode: string; nama: string }[];
}> {
  pastikanTingkatPemda(cakupan);
  const opd = await daftarOpdTerlihat(db, cakupan);
  const unit: { opdNama: string; kode: string; nama: string }[] = [];
  for (const o of opd) {
    for (const u of await daftarUnitKerja(db, cakupan, o.id))
      unit.push({ opdNama: o.nama, kode: u.kode, nama: u.nama });
  }
  return { opd: opd.map((o) => ({ kode: o.kode, nama: o.nama })), unit };
}

/** What "my account" shows: who I am, where, and how many sessions are open. */
export async function akunSaya(db: Db, cakupan: Cakupan, akunId: number, sekarang: Date = new Date()) {
  const a = await db
    .selectFrom("akun as a")
    .leftJoin("opd as o", "o.id", "a.opd_id")
    .leftJoin("unit_kerja as u", "u.id", "a.unit_kerja_id")
    .select([
      "a.nama_pengguna",
      "a.nama",
      "a.peran",
      "o.nama as opd_nama",
      "u.nama as unit_nama",
      "a.sandi_diubah_pada",
    ])
    .where("a.id", "=", akunId)
    .where("a.pemda_id", "=", cakupan.pemdaId)
    .executeTakeFirst();
  if (!a) throw new GalatTerukur("tidak_ditemukan", "Akun tidak ditemukan");
  const { jumlah } = await db
    .selectFrom("sesi")
    .select((eb) => eb.fn.countAll<string>().as("jumlah"))
    .where("akun_id", "=", akunId)
    .where("kedaluwarsa", ">", sekarang)
    .executeTakeFirstOrThrow();
  return {
    namaPengguna: a.nama_pengguna,
    nama: a.nama,
    peran: a.peran,
    opdNama: a.opd_nama,
    unitNama: a.unit_nama,
    sandiDiubahPada: a.sandi_diubah_pada,
    sesiAktif: Number(jumlah),
  };
}

/**
 * Changes one's own password after checking the old one, and ends every other session of the account
 * (the one in `sesiTetap`, this browser's, stays). Returns how many sessions were ended.
 */
export async function ubahSandi(
  db: Db,
  cakupan: Cakupan,
  akunId: number,
  input: z.input<typeof skemaUbahSandi>,
  opsi: { sesiTetap?: string | null; sekarang?: Date } = {},
): Promise<number> {
  const d = validasi(skemaUbahSandi, input);
  const a = await akunDalamPemda(db, cakupan, akunId);
  if (!(await cocokSandi(a.sandi_hash, d.sandiLama)))
    throw inputTidakValid("Kata sandi lama salah", "sandiLama");
  if (d.sandiBaru === a.nama_pengguna) {
    throw inputTidakValid("Kata sandi tidak boleh sama dengan nama pengguna", "sandiBaru");
  }
  const sandiHash = await hashSandi(d.sandiBaru);
  const sekarang = opsi.sekarang ?? new Date();
  return dalamTransaksi(db, async (trx) => {
    await trx
      .updateTable("akun")
      .set({ sandi_hash: sandiHash, sandi_diubah_pada: sekarang })
      .where("id", "=", akunId)
      .execute();
    let hapus = trx.deleteFrom("sesi").where("akun_id", "=", akunId);
    if (opsi.sesiTetap) hapus = hapus.where("token_hash", "<>", hashToken(opsi.sesiTetap));
    const r = await hapus.executeTakeFirst();
    await catatAudit(trx, cakupan, "ubah", "akun", akunId, { sandi_diubah: true }, a.opd_id);
    return Number(r.numDeletedRows);
  });
}

/** Deactivates (ending its sessions at once) or reactivates an account of the pemda; not one's own. */
export async function aturAktif(db: Db, cakupan: Cakupan, akunId: number, aktif: boolean): Promise<void> {
  pastikanTingkatPemda(cakupan);
  await dalamTransaksi(db, async (trx) => {
    const a = await akunDalamPemda(trx, cakupan, akunId);
    if (!aktif && cakupan.akunId === akunId) {
      throw new GalatTerukur("konflik", "Anda tidak dapat menonaktifkan akun Anda sendiri");
    }
    if (a.aktif === aktif) return;
    await trx.updateTable("akun").set({ aktif }).where("id", "=", akunId).execute();
    if (!aktif) await trx.deleteFrom("sesi").where("akun_id", "=", akunId).execute();
    await catatAudit(trx, cakupan, "ubah", "akun", akunId, { aktif }, a.opd_id, { aktif: a.aktif });
  });
}

/**
 * Sets a new password for someone who lost theirs: also lifts a lockout and ends the account's sessions,
 * so whoever might have had the old password is out.
 */
export async function setelUlangSandi(
  db: Db,
  cakupan: Cakupan,
  akunId: number,
  input: z.input<typeof skemaSetelUlangSandi>,
  sekarang: Date = new Date(),
): Promise<void> {
  pastikanTingkatPemda(cakupan);
  const d = validasi(skemaSetelUlangSandi, input);
  const a = await akunDalamPemda(db, cakupan, akunId);
  if (d.sandiBaru === a.nama_pengguna) {
    throw inputTidakValid("Kata sandi tidak boleh sama dengan nama pengguna", "sandiBaru");
  }
  const sandiHash = await hashSandi(d.sandiBaru);
  await dalamTransaksi(db, async (trx) => {
    await trx
      .updateTable("akun")
      .set({ sandi_hash: sandiHash, sandi_diubah_pada: sekarang, gagal_berturut: 0, terkunci_sampai: null })
      .where("id", "=", akunId)
      .execute();
    await trx.deleteFrom("sesi").where("akun_id", "=", akunId).execute();
    await catatAudit(
      trx,
      cakupan,
      "ubah",
      "akun",
      akunId,
      { sandi_disetel_ulang: true, gagal_berturut: 0, terkunci_sampai: null },
      a.opd_id,
      { gagal_berturut: a.gagal_berturut, terkunci_sampai: a.terkunci_sampai },
    );
  });
}

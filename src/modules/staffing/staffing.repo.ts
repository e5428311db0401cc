import type { Db } from "../../platform/db/transaction.ts";
import type { Cakupan } from "../../platform/scope.ts";

/** The active employees of an OPD with their unit's code, in unit order. */
export function daftarPegawaiAktif(db: Db, cakupan: Cakupan, opdId: number) {
  return db
    .selectFrom("pegawai as p")
    .innerJoin("unit_kerja as u", "u.id", "p.unit_kerja_id")
    .select([
      "p.id",
      "p.nama",
      "p.nip",
      "p.status",
      "p.golongan",
      "p.ruang",
      "p.pendidikan",
      "p.jabatan",
      "p.jenis_jabatan",
      "p.eselon",
      "u.kode as unit_kode",
    ])
    .where("p.pemda_id", "=", cakupan.pemdaId)
    .where("p.opd_id", "=", opdId)
    .where("p.aktif", "=", true)
    .orderBy("u.urutan")
    .orderBy("p.id")
    .execute();
}

/** The ANJAB/ABK needs of an OPD for one year, with unit codes. */
export function daftarKebutuhanAnjab(db: Db, cakupan: Cakupan, opdId: number, tahun: number) {
  return db
    .selectFrom("anjab_kebutuhan as a")
    .innerJoin("unit_kerja as u", "u.id", "a.unit_kerja_id")
    .select(["u.kode as unit_kode", "a.jenis_jabatan", "a.jumlah"])
    .where("a.pemda_id", "=", cakupan.pemdaId)
    .where("a.opd_id", "=", opdId)
    .where("a.tahun", "=", tahun)
    .execute();
}

/** The existing need of a unit for one year and kind, if any (to audit a change as "ubah"). */
export function cariKebutuhanAnjab(
  db: Db,
  cakupan: Cakupan,
  unitKerjaId: number,
  tahun: number,
  jenisJabatan: "struktural" | "pelaksana" | "fungsional",
) {
  return db
    .selectFrom("anjab_kebutuhan")
    .select(["id", "jumlah"])
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("unit_kerja_id", "=", unitKerjaId)
    .where("tahun", "=", tahun)
    .where("jenis_jabatan", "=", jenisJabatan)
    .executeTakeFirst();
}

/** The units of an OPD in display order (the rows of Table 3.7). */
export function daftarUnitUrut(db: Db, cakupan: Cakupan, opdId: number) {
  return db
    .selectFrom("unit_kerja")
    .select(["kode", "nama"])
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId)
    .orderBy("urutan")
    .orderBy("id")
    .execute();
}

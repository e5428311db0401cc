import { daftarBerurutanMilikPemda, satuMilikPemda } from "../../platform/db/milik-pemda.ts";
import type { Db } from "../../platform/db/transaction.ts";
import type { Cakupan } from "../../platform/scope.ts";

/** The pemda's RPJMD by its first year (how a Renstra names the RPJMD it derives from). */
export function cariRpjmdByTahunAwal(db: Db, cakupan: Cakupan, tahunAwal: number) {
  return db
    .selectFrom("rpjmd")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("tahun_awal", "=", tahunAwal)
    .executeTakeFirst();
}

/** An RPJMD tujuan by code, for linking an OPD tujuan to it. */
export function cariRpjmdTujuanByKode(db: Db, cakupan: Cakupan, rpjmdId: number, kode: string) {
  return db
    .selectFrom("rpjmd_tujuan")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("rpjmd_id", "=", rpjmdId)
    .where("kode", "=", kode)
    .executeTakeFirst();
}

/** An RPJMD sasaran by code within one RPJMD, for linking an OPD sasaran to it. */
export function cariRpjmdSasaranByKode(db: Db, cakupan: Cakupan, rpjmdId: number, kode: string) {
  return db
    .selectFrom("rpjmd_sasaran as s")
    .innerJoin("rpjmd_tujuan as t", "t.id", "s.tujuan_id")
    .selectAll("s")
    .where("s.pemda_id", "=", cakupan.pemdaId)
    .where("t.rpjmd_id", "=", rpjmdId)
    .where("s.kode", "=", kode)
    .executeTakeFirst();
}

/**
 * A Renstra of the caller's pemda by id, whatever its OPD: the service checks the OPD against the scope so
 * that another OPD's Renstra is refused as "di luar cakupan" rather than reported missing.
 */
export function cariRenstraById(db: Db, cakupan: Cakupan, id: number) {
  return satuMilikPemda(db, cakupan, "renstra", id);
}

/** The Renstra of an OPD whose period covers a year (at most one: periods of one OPD do not overlap). */
export function cariRenstraMeliputi(db: Db, cakupan: Cakupan, opdId: number, tahun: number) {
  return db
    .selectFrom("renstra")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId)
    .where("tahun_awal", "<=", tahun)
    .where("tahun_akhir", ">=", tahun)
    .orderBy("tahun_awal", "desc")
    .executeTakeFirst();
}

/** Renstra of an OPD whose period overlaps [awal, akhir], to refuse overlapping plans. */
export function daftarRenstraBertumpuk(db: Db, cakupan: Cakupan, opdId: number, awal: number, akhir: number) {
  return db
    .selectFrom("renstra")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId)
    .where("tahun_awal", "<=", akhir)
    .where("tahun_akhir", ">=", awal)
    .execute();
}

/** A tujuan of a Renstra by code. */
export function cariTujuanByKode(db: Db, cakupan: Cakupan, renstraId: number, kode: string) {
  return db
    .selectFrom("tujuan")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("renstra_id", "=", renstraId)
    .where("kode", "=", kode)
    .executeTakeFirst();
}

/** A sasaran of a Renstra by code. */
export function cariSasaranByKode(db: Db, cakupan: Cakupan, renstraId: number, kode: string) {
  return db
    .selectFrom("sasaran")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("renstra_id", "=", renstraId)
    .where("kode", "=", kode)
    .executeTakeFirst();
}

/** An indicator of the caller's pemda by id with its Renstra period; the service checks the OPD. */
export function cariIndikatorById(db: Db, cakupan: Cakupan, id: number) {
  return db
    .selectFrom("indikator as i")
    .innerJoin("renstra as r", "r.id", "i.renstra_id")
    .selectAll("i")
    .select(["r.tahun_awal as renstra_tahun_awal", "r.tahun_akhir as renstra_tahun_akhir"])
    .where("i.pemda_id", "=", cakupan.pemdaId)
    .where("i.id", "=", id)
    .executeTakeFirst();
}

/** An indicator of a Renstra by code. */
export function cariIndikatorByKode(db: Db, cakupan: Cakupan, renstraId: number, kode: string) {
  return db
    .selectFrom("indikator")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("renstra_id", "=", renstraId)
    .where("kode", "=", kode)
    .executeTakeFirst();
}

/** Every indicator of a Renstra in display order, with the codes of its tujuan and sasaran. */
export function daftarIndikator(db: Db, cakupan: Cakupan, renstraId: number) {
  return db
    .selectFrom("indikator as i")
    .leftJoin("tujuan as t", "t.id", "i.tujuan_id")
    .leftJoin("sasaran as s", "s.id", "i.sasaran_id")
    .leftJoin("unit_kerja as u", "u.id", "i.penanggung_jawab_unit_id")
    .selectAll("i")
    .select([
      "t.kode as tujuan_kode",
      "s.kode as sasaran_kode",
      "u.kode as penanggung_jawab_unit_kode",
      "u.nama as penanggung_jawab_unit_nama",
    ])
    .where("i.pemda_id", "=", cakupan.pemdaId)
    .where("i.renstra_id", "=", renstraId)
    .orderBy("i.urutan")
    .orderBy("i.id")
    .execute();
}

/** Tujuan of a Renstra in display order. */
export function daftarTujuan(db: Db, cakupan: Cakupan, renstraId: number) {
  return daftarBerurutanMilikPemda(db, cakupan, "tujuan", "renstra_id", renstraId);
}

/** Sasaran of a Renstra in display order. */
export function daftarSasaran(db: Db, cakupan: Cakupan, renstraId: number) {
  return daftarBerurutanMilikPemda(db, cakupan, "sasaran", "renstra_id", renstraId);
}

/** Every yearly target of the indicators of a Renstra, by year. */
export function daftarTargetRenstra(db: Db, cakupan: Cakupan, renstraId: number) {
  return db
    .selectFrom("indikator_target as t")
    .innerJoin("indikator as i", "i.id", "t.indikator_id")
    .selectAll("t")
    .where("t.pemda_id", "=", cakupan.pemdaId)
    .where("i.renstra_id", "=", renstraId)
    .orderBy("t.tahun")
    .execute();
}

/** Yearly targets of one indicator, by year. */
export function daftarTargetIndikator(db: Db, cakupan: Cakupan, indikatorId: number) {
  return db
    .selectFrom("indikator_target")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("indikator_id", "=", indikatorId)
    .orderBy("tahun")
    .execute();
}

/** A PK of the caller's pemda by id with the year and jenis of its DPA; the service checks the OPD. */
export function cariPkById(db: Db, cakupan: Cakupan, id: number) {
  return db
    .selectFrom("perjanjian_kinerja as p")
    .innerJoin("dpa as d", "d.id", "p.dpa_id")
    .innerJoin("unit_kerja as u", "u.id", "p.unit_kerja_id")
    .selectAll("p")
    .select(["d.jenis as dpa_jenis", "u.kode as unit_kode", "u.nama as unit_nama"])
    .where("p.pemda_id", "=", cakupan.pemdaId)
    .where("p.id", "=", id)
    .executeTakeFirst();
}

/** The PKs of an OPD for a year, highest tier first. */
export function daftarPk(db: Db, cakupan: Cakupan, opdId: number, tahun: number) {
  return db
    .selectFrom("perjanjian_kinerja as p")
    .innerJoin("dpa as d", "d.id", "p.dpa_id")
    .innerJoin("unit_kerja as u", "u.id", "p.unit_kerja_id")
    .selectAll("p")
    .select(["d.jenis as dpa_jenis", "u.kode as unit_kode", "u.nama as unit_nama"])
    .where("p.pemda_id", "=", cakupan.pemdaId)
    .where("p.opd_id", "=", opdId)
    .where("p.tahun", "=", tahun)
    .orderBy("p.id")
    .execute();
}

/** A PK indicator row with its PK's OPD and year; the service checks the OPD. */
export function cariPkIndikatorById(db: Db, cakupan: Cakupan, id: number) {
  return db
    .selectFrom("pk_indikator as k")
    .innerJoin("perjanjian_kinerja as p", "p.id", "k.pk_id")
    .selectAll("k")
    .select(["p.opd_id", "p.tahun"])
    .where("k.pemda_id", "=", cakupan.pemdaId)
    .where("k.id", "=", id)
    .executeTakeFirst();
}

/** The indicators of a PK with their Renstra passport fields, in order. */
export function daftarPkIndikator(db: Db, cakupan: Cakupan, pkId: number) {
  return db
    .selectFrom("pk_indikator as k")
    .innerJoin("indikator as i", "i.id", "k.indikator_id")
    .leftJoin("sasaran as s", "s.id", "i.sasaran_id")
    .leftJoin("tujuan as t", "t.id", "i.tujuan_id")
    .select([
      "k.id",
      "k.indikator_id",
      "k.target",
      "k.target_atas",
      "k.urutan",
      "i.kode as indikator_kode",
      "i.nama as indikator_nama",
      "i.satuan",
      "i.polaritas",
      "i.tingkat",
      "s.kode as sasaran_kode",
      "s.uraian as sasaran_uraian",
      "t.kode as tujuan_kode",
      "t.uraian as tujuan_uraian",
    ])
    .where("k.pemda_id", "=", cakupan.pemdaId)
    .where("k.pk_id", "=", pkId)
    .orderBy("k.urutan")
    .orderBy("k.id")
    .execute();
}

/** The programs of a PK in order, with the figure printed in the PK where one was given. */
export function daftarPkProgram(db: Db, cakupan: Cakupan, pkId: number) {
  return daftarBerurutanMilikPemda(db, cakupan, "pk_program", "pk_id", pkId);
}

/** Rencana aksi of every indicator of a PK, by quarter. */
export function daftarRencanaAksi(db: Db, cakupan: Cakupan, pkId: number) {
  return db
    .selectFrom("rencana_aksi as a")
    .innerJoin("pk_indikator as k", "k.id", "a.pk_indikator_id")
    .selectAll("a")
    .where("a.pemda_id", "=", cakupan.pemdaId)
    .where("k.pk_id", "=", pkId)
    .orderBy("a.triwulan")
    .execute();
}

/**
 * PK targets of one indicator per year from the OPD's pimpinan_opd PK of each year.
 * Why: the yearly commitment overrides the Renstra target in the IKU table.
 */
export function daftarTargetPkPimpinan(db: Db, cakupan: Cakupan, indikatorId: number) {
  return db
    .selectFrom("pk_indikator as k")
    .innerJoin("perjanjian_kinerja as p", "p.id", "k.pk_id")
    .select(["p.tahun", "p.id as pk_id", "k.target", "k.target_atas"])
    .where("k.pemda_id", "=", cakupan.pemdaId)
    .where("k.indikator_id", "=", indikatorId)
    .where("p.tingkat", "=", "pimpinan_opd")
    .orderBy("p.tahun")
    .orderBy("p.id")
    .execute();
}

/** An OPD of the caller's pemda by id, so a plan is never attached to another pemda's OPD. */
export function cariOpd(db: Db, cakupan: Cakupan, opdId: number) {
  return satuMilikPemda(db, cakupan, "opd", opdId);
}

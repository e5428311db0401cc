import { sql } from "kysely";
import { satuMilikPemda } from "../../platform/db/milik-pemda.ts";
import type { Db } from "../../platform/db/transaction.ts";
import type { Cakupan } from "../../platform/scope.ts";

/** One DPA of an OPD by year and kind. */
export function cariDpa(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
  jenis: "murni" | "perubahan",
) {
  return db
    .selectFrom("dpa")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId)
    .where("tahun", "=", tahun)
    .where("jenis", "=", jenis)
    .executeTakeFirst();
}

/** The DPA in force for an OPD and year: the perubahan when it exists, else the murni. */
export function dpaBerlaku(db: Db, cakupan: Cakupan, opdId: number, tahun: number) {
  return db
    .selectFrom("dpa")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId)
    .where("tahun", "=", tahun)
    .orderBy(sql`(jenis = 'perubahan')`, "desc")
    .limit(1)
    .executeTakeFirst();
}

/** A DPA by id within the caller's pemda. */
export function cariDpaById(db: Db, cakupan: Cakupan, dpaId: number) {
  return satuMilikPemda(db, cakupan, "dpa", dpaId);
}

/** A DPA program by id within the caller's pemda. */
export function cariProgramById(db: Db, cakupan: Cakupan, programId: number) {
  return satuMilikPemda(db, cakupan, "dpa_program", programId);
}

/** A DPA kegiatan by id within the caller's pemda. */
export function cariKegiatanById(db: Db, cakupan: Cakupan, kegiatanId: number) {
  return satuMilikPemda(db, cakupan, "dpa_kegiatan", kegiatanId);
}

/** A DPA sub kegiatan by id within the caller's pemda. */
export function cariSubKegiatanById(db: Db, cakupan: Cakupan, subKegiatanId: number) {
  return satuMilikPemda(db, cakupan, "dpa_sub_kegiatan", subKegiatanId);
}

/** A sasaran of the OPD (for linking a DPA program to the Renstra). */
export function cariSasaranOpd(db: Db, cakupan: Cakupan, opdId: number, sasaranId: number) {
  return db
    .selectFrom("sasaran")
    .select(["id", "kode"])
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId)
    .where("id", "=", sasaranId)
    .executeTakeFirst();
}

/** The periods already recorded for a sub kegiatan's budget realisation. */
export function daftarPeriodeRealisasiAnggaran(db: Db, cakupan: Cakupan, subKegiatanId: number) {
  return db
    .selectFrom("realisasi_anggaran")
    .select(["id", "periode_jenis", "periode_ke"])
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("dpa_sub_kegiatan_id", "=", subKegiatanId)
    .execute();
}

/** The monthly cash plan of a sub kegiatan, January first. */
export function daftarAnggaranKas(db: Db, cakupan: Cakupan, subKegiatanId: number) {
  return db
    .selectFrom("anggaran_kas")
    .select(["bulan", "jumlah"])
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("dpa_sub_kegiatan_id", "=", subKegiatanId)
    .orderBy("bulan")
    .execute();
}

/**
 * Every program, kegiatan and sub kegiatan of one DPA with each sub kegiatan's realisation sum, as flat rows,
 * in one query. Programs and kegiatan without children come back with null child columns.
 * Why: the whole LKjIP budget table is computed from this single read (no N+1 over the tree).
 */
export function barisPohonDpa(db: Db, cakupan: Cakupan, dpaId: number) {
  return db
    .selectFrom("dpa_program as p")
    .leftJoin("dpa_kegiatan as k", "k.dpa_program_id", "p.id")
    .leftJoin("dpa_sub_kegiatan as s", "s.dpa_kegiatan_id", "k.id")
    .leftJoin("realisasi_anggaran as r", "r.dpa_sub_kegiatan_id", "s.id")
    .select([
      "p.id as program_id",
      "p.kode as program_kode",
      "p.nama as program_nama",
      "p.sasaran_id as program_sasaran_id",
      "p.indikator_keluaran as program_indikator",
      "p.target as program_target",
      "p.satuan as program_satuan",
      "p.pagu_dinyatakan as program_pagu_dinyatakan",
      "k.id as kegiatan_id",
      "k.kode as kegiatan_kode",
      "k.nama as kegiatan_nama",
      "k.indikator_keluaran as kegiatan_indikator",
      "k.target as kegiatan_target",
      "k.satuan as kegiatan_satuan",
      "k.pagu_dinyatakan as kegiatan_pagu_dinyatakan",
      "s.id as sub_id",
      "s.kode as sub_kode",
      "s.nama as sub_nama",
      "s.indikator_keluaran as sub_indikator",
      "s.target as sub_target",
      "s.satuan as sub_satuan",
      "s.pagu as sub_pagu",
      sql<bigint>`coalesce(sum(r.jumlah), 0)::bigint`.as("sub_realisasi"),
    ])
    .where("p.pemda_id", "=", cakupan.pemdaId)
    .where("p.dpa_id", "=", dpaId)
    .groupBy(["p.id", "k.id", "s.id"])
    .execute();
}

/** Sum of the pagu of every sub kegiatan of one program of a DPA; undefined when the program is not in it. */
export function jumlahPaguProgram(db: Db, cakupan: Cakupan, dpaId: number, kodeProgram: string) {
  let q = db
    .selectFrom("dpa_program as p")
    .leftJoin("dpa_kegiatan as k", "k.dpa_program_id", "p.id")
    .leftJoin("dpa_sub_kegiatan as s", "s.dpa_kegiatan_id", "k.id")
    .select(sql<bigint>`coalesce(sum(s.pagu), 0)::bigint`.as("pagu"))
    .where("p.pemda_id", "=", cakupan.pemdaId)
    .where("p.dpa_id", "=", dpaId)
    .where("p.kode", "=", kodeProgram.trim())
    .groupBy("p.id");
  if (cakupan.opdId !== null) q = q.where("p.opd_id", "=", cakupan.opdId);
  return q.executeTakeFirst();
}

/**
 * Pagu, realisation and serapan per program of each OPD's DPA in force for a year, computed entirely in
 * SQL (serapan = round(realisasi × 100 / pagu, 2), half away from zero, null when the pagu is 0).
 * Why: the bare baseline a benchmark compares the domain roll-up against, and a cross-check of it.
 */
export function totalPerProgramSql(db: Db, cakupan: Cakupan, opdId: number | null, tahun: number) {
  const opdFilter = opdId ?? cakupan.opdId;
  return db
    .with("berlaku", (w) => {
      let q = w
        .selectFrom("dpa")
        .distinctOn("opd_id")
        .select(["id", "opd_id", "jenis"])
        .where("pemda_id", "=", cakupan.pemdaId)
        .where("tahun", "=", tahun);
      if (opdFilter !== null) q = q.where("opd_id", "=", opdFilter);
      return q.orderBy("opd_id").orderBy(sql`(jenis = 'perubahan')`, "desc");
    })
    .with("realisasi_sub", (w) =>
      w
        .selectFrom("realisasi_anggaran")
        .select(["dpa_sub_kegiatan_id", sql<string>`sum(jumlah)`.as("jumlah")])
        .where("pemda_id", "=", cakupan.pemdaId)
        .groupBy("dpa_sub_kegiatan_id"),
    )
    .selectFrom("berlaku as b")
    .innerJoin("dpa_program as p", "p.dpa_id", "b.id")
    .leftJoin("dpa_kegiatan as k", "k.dpa_program_id", "p.id")
    .leftJoin("dpa_sub_kegiatan as s", "s.dpa_kegiatan_id", "k.id")
    .leftJoin("realisasi_sub as r", "r.dpa_sub_kegiatan_id", "s.id")
    .select([
      "b.opd_id",
      "b.id as dpa_id",
      "b.jenis as dpa_jenis",
      "p.kode",
      "p.nama",
      sql<bigint>`coalesce(sum(s.pagu), 0)::bigint`.as("pagu"),
      sql<bigint>`coalesce(sum(r.jumlah), 0)::bigint`.as("realisasi"),
      sql<string | null>`round(coalesce(sum(r.jumlah), 0) * 100 / nullif(sum(s.pagu), 0), 2)::text`.as(
        "serapan",
      ),
    ])
    .groupBy(["b.opd_id", "b.id", "b.jenis", "p.id", "p.kode", "p.nama"])
    .orderBy("b.opd_id")
    .orderBy("p.kode")
    .execute();
}

/**
 * Every budget realisation row of one DPA with its period and the codes of its sub kegiatan, kegiatan and
 * program. Why: quarterly reports (evaluasi Renja, Permendagri 86/2017) place each row in its quarter.
 */
export function daftarRealisasiAnggaranDpa(db: Db, cakupan: Cakupan, dpaId: number) {
  return db
    .selectFrom("realisasi_anggaran as r")
    .innerJoin("dpa_sub_kegiatan as s", "s.id", "r.dpa_sub_kegiatan_id")
    .innerJoin("dpa_kegiatan as k", "k.id", "s.dpa_kegiatan_id")
    .innerJoin("dpa_program as p", "p.id", "k.dpa_program_id")
    .select([
      "p.kode as program_kode",
      "k.kode as kegiatan_kode",
      "s.kode as sub_kode",
      "r.periode_jenis",
      "r.periode_ke",
      "r.jumlah",
    ])
    .where("r.pemda_id", "=", cakupan.pemdaId)
    .where("p.dpa_id", "=", dpaId)
    .orderBy("s.kode")
    .orderBy("r.periode_jenis")
    .orderBy("r.periode_ke")
    .execute();
}

/** The programs of one DPA (code and name), in code order. */
export function daftarProgramDpa(db: Db, cakupan: Cakupan, dpaId: number) {
  return db
    .selectFrom("dpa_program")
    .select(["kode", "nama"])
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("dpa_id", "=", dpaId)
    .orderBy("kode")
    .execute();
}

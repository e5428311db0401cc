/**
 * Read-only queries the sheets are built and checked from (scope first). Every write goes through the owning
 * module's service; this file only reads what a template shows and what a preview compares with.
 */
import type { Db } from "../../platform/db/transaction.ts";
import type { Cakupan } from "../../platform/scope.ts";

/** Every Renstra of an OPD, oldest first. */
export function daftarRenstraOpd(db: Db, c: Cakupan, opdId: number) {
  return db
    .selectFrom("renstra")
    .select(["id", "nama", "tahun_awal", "tahun_akhir"])
    .where("pemda_id", "=", c.pemdaId)
    .where("opd_id", "=", opdId)
    .orderBy("tahun_awal")
    .execute();
}

/** The indicators of a Renstra in display order. */
export function daftarIndikatorRenstra(db: Db, c: Cakupan, renstraId: number) {
  return db
    .selectFrom("indikator")
    .select(["id", "kode", "nama", "satuan"])
    .where("pemda_id", "=", c.pemdaId)
    .where("renstra_id", "=", renstraId)
    .orderBy("urutan")
    .orderBy("kode")
    .execute();
}

/** Every yearly target of the indicators of a Renstra. */
export function daftarTargetRenstra(db: Db, c: Cakupan, renstraId: number) {
  return db
    .selectFrom("indikator_target as t")
    .innerJoin("indikator as i", "i.id", "t.indikator_id")
    .select(["i.kode", "t.tahun", "t.target", "t.target_atas"])
    .where("t.pemda_id", "=", c.pemdaId)
    .where("i.renstra_id", "=", renstraId)
    .execute();
}

/** Every realisation row of one year of the indicators of a Renstra, with its workflow status. */
export function daftarRealisasiTahun(db: Db, c: Cakupan, renstraId: number, tahun: number) {
  return db
    .selectFrom("realisasi_indikator as r")
    .innerJoin("indikator as i", "i.id", "r.indikator_id")
    .select([
      "i.kode",
      "r.indikator_id",
      "r.periode_jenis",
      "r.periode_ke",
      "r.nilai",
      "r.sumber",
      "r.catatan",
      "r.status",
      "r.bukti_ref",
      "r.evaluasi_id",
      "r.skm_periode_id",
    ])
    .where("r.pemda_id", "=", c.pemdaId)
    .where("i.renstra_id", "=", renstraId)
    .where("r.tahun", "=", tahun)
    .execute();
}

/** The lines of a DPA version: programs, kegiatan and sub kegiatan with their ids, pagu on sub kegiatan only. */
export async function daftarBarisDpa(db: Db, c: Cakupan, dpaId: number) {
  const program = await db
    .selectFrom("dpa_program")
    .select(["id", "kode", "nama"])
    .where("pemda_id", "=", c.pemdaId)
    .where("dpa_id", "=", dpaId)
    .execute();
  const kegiatan = await db
    .selectFrom("dpa_kegiatan as k")
    .innerJoin("dpa_program as p", "p.id", "k.dpa_program_id")
    .select(["k.id", "k.kode", "k.nama"])
    .where("k.pemda_id", "=", c.pemdaId)
    .where("p.dpa_id", "=", dpaId)
    .execute();
  const sub = await db
    .selectFrom("dpa_sub_kegiatan as s")
    .innerJoin("dpa_kegiatan as k", "k.id", "s.dpa_kegiatan_id")
    .innerJoin("dpa_program as p", "p.id", "k.dpa_program_id")
    .select(["s.id", "s.kode", "s.nama", "s.pagu"])
    .where("s.pemda_id", "=", c.pemdaId)
    .where("p.dpa_id", "=", dpaId)
    .execute();
  return { program, kegiatan, sub };
}

/**
 * Program, kegiatan and sub kegiatan codes of the nomenclature version in force on a date (reference data
 * shared by every pemda, so no scope filter).
 */
export async function daftarNomenklaturBerlaku(db: Db, tanggal: string) {
  const versi = await db
    .selectFrom("nomenklatur_versi")
    .select(["id", "kode"])
    .where("berlaku_mulai", "<=", tanggal)
    .orderBy("berlaku_mulai", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!versi) return [];
  return db
    .selectFrom("nomenklatur")
    .select(["kode", "tingkat", "nama"])
    .where("versi_id", "=", versi.id)
    .where("tingkat", "in", ["program", "kegiatan", "sub_kegiatan"])
    .execute();
}

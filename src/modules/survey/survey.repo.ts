import { sql } from "kysely";
import type { Db } from "../../platform/db/transaction.ts";
import type { Cakupan } from "../../platform/scope.ts";

/** A questionnaire by code visible to a pemda: its own version first, else the global one (14/2017). */
export function cariKuesionerByKode(db: Db, cakupan: Cakupan, kode: string) {
  return db
    .selectFrom("skm_kuesioner")
    .selectAll()
    .where("kode", "=", kode)
    .where((eb) => eb.or([eb("pemda_id", "=", cakupan.pemdaId), eb("pemda_id", "is", null)]))
    .orderBy(sql`pemda_id is null`)
    .executeTakeFirst();
}

/** A questionnaire by id; questionnaires are read-only reference data once created. */
export function cariKuesionerById(db: Db, id: number) {
  return db.selectFrom("skm_kuesioner").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

/** The unsur of a questionnaire in the order they are asked. */
export function daftarUnsur(db: Db, kuesionerId: number) {
  return db
    .selectFrom("skm_unsur")
    .selectAll()
    .where("kuesioner_id", "=", kuesionerId)
    .orderBy("urutan")
    .execute();
}

/** A survey period of the caller's pemda (and OPD, when the caller is OPD-scoped). */
export function cariPeriodeById(db: Db, cakupan: Cakupan, id: number) {
  let q = db
    .selectFrom("skm_periode")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("id", "=", id);
  if (cakupan.opdId !== null) q = q.where("opd_id", "=", cakupan.opdId);
  return q.executeTakeFirst();
}

/** A survey period of an OPD by year and period kind/number. */
export function cariPeriode(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
  jenis: "triwulan" | "semester" | "tahun",
  ke: number,
) {
  return db
    .selectFrom("skm_periode")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId)
    .where("tahun", "=", tahun)
    .where("periode_jenis", "=", jenis)
    .where("periode_ke", "=", ke)
    .executeTakeFirst();
}

/** Every survey period of an OPD in time order. */
export function daftarPeriode(db: Db, cakupan: Cakupan, opdId: number) {
  return db
    .selectFrom("skm_periode")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId)
    .orderBy("mulai")
    .orderBy("selesai", "desc")
    .execute();
}

/** The service types of an OPD, active ones only when asked. */
export function daftarJenisLayanan(db: Db, cakupan: Cakupan, opdId: number, hanyaAktif = true) {
  let q = db
    .selectFrom("skm_jenis_layanan")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId);
  if (hanyaAktif) q = q.where("aktif", "=", true);
  return q.orderBy("id").execute();
}

/**
 * A service unit by its public code, with its OPD and pemda names. Public: no caller scope, the code in the QR
 * is the only key; every active unit with that code is returned so the caller can refuse an ambiguous one.
 */
export function cariUnitPublik(db: Db, kodeUnit: string) {
  return db
    .selectFrom("skm_unit_layanan as u")
    .innerJoin("opd as o", "o.id", "u.opd_id")
    .innerJoin("pemda as p", "p.id", "u.pemda_id")
    .select([
      "u.id",
      "u.pemda_id",
      "u.opd_id",
      "u.kode",
      "u.nama",
      "o.kode as opd_kode",
      "o.nama as opd_nama",
      "p.kode as pemda_kode",
      "p.nama as pemda_nama",
    ])
    .where("u.kode", "=", kodeUnit)
    .where("u.aktif", "=", true)
    .orderBy("u.id")
    .limit(2)
    .execute();
}

/**
 * The survey period of an OPD in force on a date. When periods overlap (a yearly survey and a quarterly one) the
 * shortest wins, so a response lands in the most specific period.
 */
export function cariPeriodeAktif(db: Db, pemdaId: number, opdId: number, tanggal: string) {
  return db
    .selectFrom("skm_periode")
    .selectAll()
    .where("pemda_id", "=", pemdaId)
    .where("opd_id", "=", opdId)
    .where("mulai", "<=", tanggal)
    .where("selesai", ">=", tanggal)
    .orderBy(sql`selesai - mulai`)
    .orderBy("id")
    .executeTakeFirst();
}

/** An active service type of an OPD by code, for a public submission. */
export function cariJenisLayananPublik(db: Db, pemdaId: number, opdId: number, kode: string) {
  return db
    .selectFrom("skm_jenis_layanan")
    .select(["id", "kode", "nama"])
    .where("pemda_id", "=", pemdaId)
    .where("opd_id", "=", opdId)
    .where("kode", "=", kode)
    .where("aktif", "=", true)
    .executeTakeFirst();
}

/** Active service types of an OPD for the public form. */
export function daftarJenisLayananPublik(db: Db, pemdaId: number, opdId: number) {
  return db
    .selectFrom("skm_jenis_layanan")
    .select(["kode", "nama"])
    .where("pemda_id", "=", pemdaId)
    .where("opd_id", "=", opdId)
    .where("aktif", "=", true)
    .orderBy("id")
    .execute();
}

/**
 * Marks a one-time code used, atomically: only an unused code matches, so two concurrent submissions with the same
 * code cannot both succeed. Returns the row id, or undefined when the code is unknown or already used.
 */
export function pakaiKodeSekali(db: Db, periodeId: number, kode: string) {
  return db
    .updateTable("skm_kode_sekali")
    .set({ dipakai_pada: sql<Date>`now()` })
    .where("periode_id", "=", periodeId)
    .where("kode", "=", kode)
    .where("dipakai_pada", "is", null)
    .returning("id")
    .executeTakeFirst();
}

/** Whether a one-time code exists for a period at all (to tell "unknown" from "already used"). */
export function adaKodeSekali(db: Db, periodeId: number, kode: string) {
  return db
    .selectFrom("skm_kode_sekali")
    .select("id")
    .where("periode_id", "=", periodeId)
    .where("kode", "=", kode)
    .executeTakeFirst();
}

/** Dimensions the results are broken down by, besides the whole period. */
export type DimensiSkm = "semua" | "jenis_layanan" | "jenis_kelamin" | "pendidikan" | "pekerjaan" | "usia";

const SQL_DIMENSI = sql<DimensiSkm>`case
  when grouping(r.jl) = 0 then 'jenis_layanan'
  when grouping(r.jk) = 0 then 'jenis_kelamin'
  when grouping(r.pd) = 0 then 'pendidikan'
  when grouping(r.pk) = 0 then 'pekerjaan'
  when grouping(r.us) = 0 then 'usia'
  else 'semua' end`;

const SQL_NILAI = sql<string | null>`coalesce(r.jl, r.jk, r.pd, r.pk, r.us)`;

/**
 * The respondents of a period as the grouping columns: service type id, sex, education, occupation and age band
 * (10–19, 20–29 … 60+), all as text so one grouping-sets query can coalesce them.
 */
function responsPeriode(periodeId: number) {
  return sql`(select id, jenis_layanan_id::text as jl, jenis_kelamin as jk, pendidikan as pd, pekerjaan as pk,
      case when usia is null then null when usia >= 60 then '60+'
           else (usia / 10 * 10)::text || '-' || (usia / 10 * 10 + 9)::text end as us
    from skm_respons where periode_id = ${periodeId})`;
}

/**
 * Sum and count of answers per unsur for the whole period and per service type and respondent group, in ONE SQL
 * aggregate (grouping sets), never loading the answers. Why: a period may hold a million responses.
 */
export async function agregatJawaban(db: Db, cakupan: Cakupan, periodeId: number) {
  const hasil = await sql<{
    dimensi: DimensiSkm;
    nilai: string | null;
    unsur_id: number;
    jumlah: string;
    responden: number;
  }>`
    select ${SQL_DIMENSI} as dimensi, ${SQL_NILAI} as nilai, j.unsur_id,
           sum(j.nilai)::bigint::text as jumlah, count(*)::int as responden
    from skm_jawaban j
    join ${responsPeriode(periodeId)} r on r.id = j.respons_id
    where exists (select 1 from skm_periode p where p.id = ${periodeId} and p.pemda_id = ${cakupan.pemdaId})
    group by grouping sets ((j.unsur_id), (j.unsur_id, r.jl), (j.unsur_id, r.jk), (j.unsur_id, r.pd),
                            (j.unsur_id, r.pk), (j.unsur_id, r.us))
  `.execute(db);
  return hasil.rows;
}

/** Number of respondents of a period, overall and per service type and respondent group, in one aggregate. */
export async function hitungResponden(db: Db, cakupan: Cakupan, periodeId: number) {
  const hasil = await sql<{ dimensi: DimensiSkm; nilai: string | null; responden: number }>`
    select ${SQL_DIMENSI} as dimensi, ${SQL_NILAI} as nilai, count(*)::int as responden
    from ${responsPeriode(periodeId)} r
    where exists (select 1 from skm_periode p where p.id = ${periodeId} and p.pemda_id = ${cakupan.pemdaId})
    group by grouping sets ((), (r.jl), (r.jk), (r.pd), (r.pk), (r.us))
  `.execute(db);
  return hasil.rows;
}

/** Sum and count of answers per period and unsur for every period of an OPD (trend), one aggregate. */
export async function agregatPerPeriode(db: Db, cakupan: Cakupan, opdId: number) {
  const hasil = await sql<{ periode_id: number; unsur_id: number; jumlah: string; responden: number }>`
    select r.periode_id, j.unsur_id, sum(j.nilai)::bigint::text as jumlah, count(*)::int as responden
    from skm_jawaban j join skm_respons r on r.id = j.respons_id
    where r.pemda_id = ${cakupan.pemdaId} and r.opd_id = ${opdId}
    group by r.periode_id, j.unsur_id
  `.execute(db);
  return hasil.rows;
}

/** Number of respondents per period of an OPD. */
export function hitungRespondenPerPeriode(db: Db, cakupan: Cakupan, opdId: number) {
  return db
    .selectFrom("skm_respons")
    .select(["periode_id", (eb) => eb.fn.countAll<string>().as("responden")])
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId)
    .groupBy("periode_id")
    .execute();
}

/** The suggestions written in a period, oldest first, at most `batas`. */
export function daftarSaran(db: Db, cakupan: Cakupan, periodeId: number, batas: number) {
  return db
    .selectFrom("skm_respons")
    .select("saran")
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("periode_id", "=", periodeId)
    .where("saran", "is not", null)
    .orderBy("dibuat_pada")
    .orderBy("id")
    .limit(batas)
    .execute();
}

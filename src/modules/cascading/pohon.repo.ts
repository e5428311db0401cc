/**
 * Data access of the pohon kinerja (migration 0008). Every function filters by the caller's pemda; the reads
 * for a tree load all nodes of a set in one query and their indicators, targets, funding and support in one
 * query each, so a tree costs a fixed handful of queries whatever its size.
 */
import { sql } from "kysely";
import type { Db } from "../../platform/db/transaction.ts";
import type { Cakupan } from "../../platform/scope.ts";

function pilihSimpul(db: Db, pemdaId: number) {
  return db
    .selectFrom("pohon_kinerja as p")
    .leftJoin("unit_kerja as u", "u.id", "p.unit_kerja_id")
    .leftJoin("pegawai as g", "g.id", "p.pegawai_id")
    .leftJoin("faktor_keberhasilan as f", "f.id", "p.faktor_keberhasilan_id")
    .select([
      "p.id",
      "p.induk_id",
      "p.opd_id",
      "p.tahun_awal",
      "p.tahun_akhir",
      "p.level",
      "p.jenis_hasil",
      "p.kondisi",
      "p.urutan",
      "p.rpjmd_sasaran_id",
      "p.sasaran_id",
      "p.unit_kerja_id",
      "u.nama as unit_nama",
      "p.pegawai_id",
      "g.nama as pegawai_nama",
      "g.nip as pegawai_nip",
      "g.jabatan as pegawai_jabatan",
      "p.faktor_keberhasilan_id",
      "f.uraian as faktor_uraian",
    ])
    .where("p.pemda_id", "=", pemdaId);
}

/** A node row with the names of its unit, employee and critical success factor. */
export type BarisSimpul = Awaited<ReturnType<typeof daftarSimpulById>>[number];

/** Nodes by id (any OPD of the pemda). */
export function daftarSimpulById(db: Db, cakupan: Cakupan, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return pilihSimpul(db, cakupan.pemdaId)
    .where("p.id", "in", [...ids])
    .orderBy("p.urutan")
    .orderBy("p.id")
    .execute();
}

/** An OPD's nodes whose plan period covers a year. */
export function daftarSimpulOpd(db: Db, cakupan: Cakupan, opdId: number, tahun: number) {
  return pilihSimpul(db, cakupan.pemdaId)
    .where("p.opd_id", "=", opdId)
    .where("p.tahun_awal", "<=", tahun)
    .where("p.tahun_akhir", ">=", tahun)
    .orderBy("p.urutan")
    .orderBy("p.id")
    .execute();
}

/** The pemda nodes (opd_id null) whose plan period covers a year. */
export function daftarSimpulPemda(db: Db, cakupan: Cakupan, tahun: number) {
  return pilihSimpul(db, cakupan.pemdaId)
    .where("p.opd_id", "is", null)
    .where("p.tahun_awal", "<=", tahun)
    .where("p.tahun_akhir", ">=", tahun)
    .orderBy("p.urutan")
    .orderBy("p.id")
    .execute();
}

/** The ids of every ancestor of the given nodes (nearest first per chain), in one recursive query. */
export async function idLeluhur(db: Db, cakupan: Cakupan, indukIds: readonly number[]): Promise<number[]> {
  if (indukIds.length === 0) return [];
  const hasil = await sql<{ id: number }>`
    WITH RECURSIVE naik(id, induk_id, kedalaman) AS (
      SELECT id, induk_id, 1 FROM pohon_kinerja
       WHERE pemda_id = ${cakupan.pemdaId} AND id IN (${sql.join([...indukIds])})
      UNION ALL
      SELECT p.id, p.induk_id, n.kedalaman + 1 FROM pohon_kinerja p JOIN naik n ON p.id = n.induk_id
       WHERE n.kedalaman < 1000
    )
    SELECT DISTINCT id FROM naik`.execute(db);
  return hasil.rows.map((r) => Number(r.id));
}

/** One node row as stored, within the pemda. */
export function cariSimpul(db: Db, cakupan: Cakupan, id: number) {
  return db
    .selectFrom("pohon_kinerja")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** The parent of each node on the chain above a node (itself included), for the cycle rule. */
export async function rantaiInduk(db: Db, cakupan: Cakupan, id: number): Promise<Map<number, number | null>> {
  const hasil = await sql<{ id: number; induk_id: number | null }>`
    WITH RECURSIVE naik(id, induk_id, kedalaman) AS (
      SELECT id, induk_id, 1 FROM pohon_kinerja WHERE pemda_id = ${cakupan.pemdaId} AND id = ${id}
      UNION ALL
      SELECT p.id, p.induk_id, n.kedalaman + 1 FROM pohon_kinerja p JOIN naik n ON p.id = n.induk_id
       WHERE n.kedalaman < 1000
    )
    SELECT id, induk_id FROM naik`.execute(db);
  return new Map(hasil.rows.map((r) => [Number(r.id), r.induk_id === null ? null : Number(r.induk_id)]));
}

/** How many nodes hang directly under a node. */
export async function jumlahAnak(db: Db, cakupan: Cakupan, id: number): Promise<number> {
  const r = await db
    .selectFrom("pohon_kinerja")
    .select((e) => e.fn.countAll<string>().as("n"))
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("induk_id", "=", id)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The OPDs of the nodes directly under a node (to keep crosscutting consistent when support is removed). */
export function opdAnak(db: Db, cakupan: Cakupan, id: number) {
  return db
    .selectFrom("pohon_kinerja")
    .select("opd_id")
    .distinct()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("induk_id", "=", id)
    .execute();
}

/** The indicators of a set of nodes with all their targets (one row per indicator × target). */
export function daftarIndikatorTarget(db: Db, cakupan: Cakupan, pohonIds: readonly number[]) {
  if (pohonIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("pohon_kinerja_indikator as i")
    .leftJoin("pohon_kinerja_target as t", "t.pohon_indikator_id", "i.id")
    .leftJoin("indikator as r", "r.id", "i.indikator_id")
    .select([
      "i.id",
      "i.pohon_id",
      "i.indikator_id",
      "r.kode as indikator_kode",
      "i.nama",
      "i.satuan",
      "i.urutan",
      "t.tahun",
      "t.target",
    ])
    .where("i.pemda_id", "=", cakupan.pemdaId)
    .where("i.pohon_id", "in", [...pohonIds])
    .orderBy("i.urutan")
    .orderBy("i.id")
    .orderBy("t.tahun")
    .execute();
}

/**
 * The budget codes funding a set of nodes, with the OPD's code and the name the code has in that OPD's latest
 * DPA of a year in the node's period (program, kegiatan or sub kegiatan).
 */
export function daftarAnggaran(db: Db, cakupan: Cakupan, pohonIds: readonly number[]) {
  if (pohonIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("pohon_kinerja_anggaran as a")
    .innerJoin("opd as o", "o.id", "a.opd_id")
    .innerJoin("pohon_kinerja as p", "p.id", "a.pohon_id")
    .select([
      "a.id",
      "a.pohon_id",
      "a.opd_id",
      "o.kode as opd_kode",
      "a.kode_anggaran",
      sql<string | null>`coalesce(
        (SELECT x.nama FROM dpa_program x JOIN dpa d ON d.id = x.dpa_id
          WHERE d.opd_id = a.opd_id AND x.kode = a.kode_anggaran AND d.tahun BETWEEN p.tahun_awal AND p.tahun_akhir
          ORDER BY d.tahun DESC, d.jenis DESC LIMIT 1),
        (SELECT x.nama FROM dpa_kegiatan x JOIN dpa_program y ON y.id = x.dpa_program_id JOIN dpa d ON d.id = y.dpa_id
          WHERE d.opd_id = a.opd_id AND x.kode = a.kode_anggaran AND d.tahun BETWEEN p.tahun_awal AND p.tahun_akhir
          ORDER BY d.tahun DESC, d.jenis DESC LIMIT 1),
        (SELECT x.nama FROM dpa_sub_kegiatan x JOIN dpa_kegiatan k ON k.id = x.dpa_kegiatan_id
           JOIN dpa_program y ON y.id = k.dpa_program_id JOIN dpa d ON d.id = y.dpa_id
          WHERE d.opd_id = a.opd_id AND x.kode = a.kode_anggaran AND d.tahun BETWEEN p.tahun_awal AND p.tahun_akhir
          ORDER BY d.tahun DESC, d.jenis DESC LIMIT 1))`.as("nama"),
    ])
    .where("a.pemda_id", "=", cakupan.pemdaId)
    .where("a.pohon_id", "in", [...pohonIds])
    .orderBy("a.kode_anggaran")
    .orderBy("o.kode")
    .execute();
}

/** Whether a program, kegiatan or sub kegiatan code is in an OPD's DPA of a year in [awal, akhir]. */
export async function kodeAdaDiDpa(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  kode: string,
  awal: number,
  akhir: number,
): Promise<boolean> {
  const r = await sql<{ ada: boolean }>`
    SELECT EXISTS (
      SELECT 1 FROM dpa d JOIN dpa_program y ON y.dpa_id = d.id
        LEFT JOIN dpa_kegiatan k ON k.dpa_program_id = y.id
        LEFT JOIN dpa_sub_kegiatan s ON s.dpa_kegiatan_id = k.id
       WHERE d.pemda_id = ${cakupan.pemdaId} AND d.opd_id = ${opdId} AND d.tahun BETWEEN ${awal} AND ${akhir}
         AND (y.kode = ${kode} OR k.kode = ${kode} OR s.kode = ${kode})
    ) AS ada`.execute(db);
  return r.rows[0]?.ada === true;
}

/** The OPDs supporting a set of nodes (crosscutting), with their names. */
export function daftarDukungan(db: Db, cakupan: Cakupan, pohonIds: readonly number[]) {
  if (pohonIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("pohon_kinerja_dukungan as d")
    .innerJoin("opd as o", "o.id", "d.opd_id")
    .select([
      "d.id",
      "d.pohon_id",
      "d.opd_id",
      "o.kode as opd_kode",
      "o.nama as opd_nama",
      "d.peran",
      "d.porsi",
      "d.keterangan",
    ])
    .where("d.pemda_id", "=", cakupan.pemdaId)
    .where("d.pohon_id", "in", [...pohonIds])
    .orderBy("d.peran", "desc")
    .orderBy("o.kode")
    .execute();
}

/** The critical success factors of an OPD (or of the pemda when opdId is null) and of the given nodes. */
export function daftarFaktor(db: Db, cakupan: Cakupan, opdId: number | null, pohonIds: readonly number[]) {
  return db
    .selectFrom("faktor_keberhasilan")
    .select(["id", "pohon_id", "opd_id", "uraian", "urutan"])
    .where("pemda_id", "=", cakupan.pemdaId)
    .where((e) => {
      const milik = opdId === null ? e("opd_id", "is", null) : e("opd_id", "=", opdId);
      return pohonIds.length === 0 ? milik : e.or([milik, e("pohon_id", "in", [...pohonIds])]);
    })
    .orderBy("urutan")
    .orderBy("id")
    .execute();
}

/** An OPD of the pemda by id. */
export function cariOpdById(db: Db, cakupan: Cakupan, id: number) {
  return db
    .selectFrom("opd")
    .select(["id", "kode", "nama"])
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** An OPD of the pemda by code. */
export function cariOpdByKode(db: Db, cakupan: Cakupan, kode: string) {
  return db
    .selectFrom("opd")
    .select(["id", "kode", "nama"])
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("kode", "=", kode)
    .executeTakeFirst();
}

/** The RPJMD whose period covers a year. */
export function cariRpjmdMeliputi(db: Db, cakupan: Cakupan, tahun: number) {
  return db
    .selectFrom("rpjmd")
    .select(["id", "tahun_awal", "tahun_akhir"])
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("tahun_awal", "<=", tahun)
    .where("tahun_akhir", ">=", tahun)
    .orderBy("tahun_awal", "desc")
    .executeTakeFirst();
}

/** The units of an OPD with their parents, for the rule that an RHK stays inside its unit's branch. */
export function daftarUnitOpd(db: Db, cakupan: Cakupan, opdId: number) {
  return db
    .selectFrom("unit_kerja")
    .select(["id", "induk_id", "nama"])
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId)
    .execute();
}

/** An employee of the pemda by id. */
export function cariPegawai(db: Db, cakupan: Cakupan, id: number) {
  return db
    .selectFrom("pegawai")
    .select(["id", "opd_id", "unit_kerja_id", "nama"])
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** A Renstra sasaran with the period of its Renstra. */
export function cariSasaranDenganPeriode(db: Db, cakupan: Cakupan, id: number) {
  return db
    .selectFrom("sasaran as s")
    .innerJoin("renstra as r", "r.id", "s.renstra_id")
    .select(["s.id", "s.opd_id", "s.kode", "r.tahun_awal", "r.tahun_akhir"])
    .where("s.pemda_id", "=", cakupan.pemdaId)
    .where("s.id", "=", id)
    .executeTakeFirst();
}

/** A Renstra indicator with its OPD and the period of its Renstra. */
export function cariIndikatorRenstra(db: Db, cakupan: Cakupan, id: number) {
  return db
    .selectFrom("indikator as i")
    .innerJoin("renstra as r", "r.id", "i.renstra_id")
    .select(["i.id", "i.opd_id", "i.kode", "i.nama", "r.tahun_awal", "r.tahun_akhir"])
    .where("i.pemda_id", "=", cakupan.pemdaId)
    .where("i.id", "=", id)
    .executeTakeFirst();
}

/** A pemda sasaran (RPJMD) by id. */
export function cariRpjmdSasaran(db: Db, cakupan: Cakupan, id: number) {
  return db
    .selectFrom("rpjmd_sasaran")
    .select(["id", "kode"])
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** A critical success factor by id. */
export function cariFaktor(db: Db, cakupan: Cakupan, id: number) {
  return db
    .selectFrom("faktor_keberhasilan")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** A node's indicator with its node's owner and period. */
export function cariIndikatorSimpul(db: Db, cakupan: Cakupan, id: number) {
  return db
    .selectFrom("pohon_kinerja_indikator as i")
    .innerJoin("pohon_kinerja as p", "p.id", "i.pohon_id")
    .select([
      "i.id",
      "i.pohon_id",
      "i.indikator_id",
      "i.nama",
      "i.satuan",
      "i.urutan",
      "p.opd_id",
      "p.tahun_awal",
      "p.tahun_akhir",
    ])
    .where("i.pemda_id", "=", cakupan.pemdaId)
    .where("i.id", "=", id)
    .executeTakeFirst();
}

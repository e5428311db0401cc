import type { Db } from "../../platform/db/transaction.ts";
import { desimal, keString, ringkas } from "../../platform/decimal.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import type { Cakupan } from "../../platform/scope.ts";
import type { SkalaPredikat } from "./predikat.domain.ts";

/** Every realisation row of one indicator of the caller's pemda, by year and period. */
export function daftarRealisasiIndikator(db: Db, cakupan: Cakupan, indikatorId: number) {
  return db
    .selectFrom("realisasi_indikator")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("indikator_id", "=", indikatorId)
    .orderBy("tahun")
    .orderBy("periode_jenis")
    .orderBy("periode_ke")
    .execute();
}

/** The realisation rows of one indicator in one year. */
export function daftarRealisasiTahun(db: Db, cakupan: Cakupan, indikatorId: number, tahun: number) {
  return db
    .selectFrom("realisasi_indikator")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("indikator_id", "=", indikatorId)
    .where("tahun", "=", tahun)
    .execute();
}

/** An evaluation result of an OPD by id, to link a realisation (nilai LAKIP) to its source. */
export function cariEvaluasiHasil(db: Db, cakupan: Cakupan, opdId: number, id: number) {
  return db
    .selectFrom("evaluasi_hasil")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** The narrative in one slot of the report (OPD, year, sasaran or budget code, kind, order), if written. */
export function cariNarasiSlot(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  slot: {
    tahun: number;
    sasaranId: number | null;
    kodeAnggaran: string | null;
    jenis: string;
    urutan: number;
  },
) {
  let q = db
    .selectFrom("narasi")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId)
    .where("tahun", "=", slot.tahun)
    .where("jenis", "=", slot.jenis as never)
    .where("urutan", "=", slot.urutan);
  q =
    slot.sasaranId === null ? q.where("sasaran_id", "is", null) : q.where("sasaran_id", "=", slot.sasaranId);
  q =
    slot.kodeAnggaran === null
      ? q.where("kode_anggaran", "is", null)
      : q.where("kode_anggaran", "=", slot.kodeAnggaran);
  return q.executeTakeFirst();
}

/** Every narrative of an OPD for a year, with the sasaran code where attached. */
export function daftarNarasi(db: Db, cakupan: Cakupan, opdId: number, tahun: number) {
  return db
    .selectFrom("narasi as n")
    .leftJoin("sasaran as s", "s.id", "n.sasaran_id")
    .selectAll("n")
    .select("s.kode as sasaran_kode")
    .where("n.pemda_id", "=", cakupan.pemdaId)
    .where("n.opd_id", "=", opdId)
    .where("n.tahun", "=", tahun)
    .orderBy("n.urutan")
    .orderBy("n.id")
    .execute();
}

/**
 * Loads a predikat scale by code as the pure domain's SkalaPredikat: the pemda's own scale with that code
 * overrides the global one, and only a scale in force in `tahun` is taken (decisions.md: rules are data).
 */
export async function muatSkalaPredikat(
  db: Db,
  cakupan: Cakupan,
  kode: string,
  tahun: number,
): Promise<SkalaPredikat> {
  const skala = await db
    .selectFrom("skala_predikat")
    .selectAll()
    .where("kode", "=", kode)
    .where((e) => e.or([e("pemda_id", "=", cakupan.pemdaId), e("pemda_id", "is", null)]))
    .where("berlaku_mulai", "<=", tahun)
    .where((e) => e.or([e("berlaku_sampai", "is", null), e("berlaku_sampai", ">=", tahun)]))
    .orderBy((e) => e.case().when("pemda_id", "is", null).then(1).else(0).end())
    .executeTakeFirst();
  if (!skala) {
    throw new GalatTerukur("skema", `Skala predikat "${kode}" yang berlaku tahun ${tahun} tidak ditemukan`);
  }
  const band = await db
    .selectFrom("skala_predikat_band")
    .select(["batas_bawah", "label"])
    .where("skala_id", "=", skala.id)
    .orderBy("batas_bawah", "desc")
    .execute();
  return {
    kode: skala.kode,
    nama: skala.nama,
    sumber: skala.sumber,
    batasInklusif: skala.batas_inklusif,
    band: band.map((b) => ({ batasBawah: keString(ringkas(desimal(b.batas_bawah))), label: b.label })),
    labelTerendah: skala.label_terendah,
  };
}

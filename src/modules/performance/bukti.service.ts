import { createHash } from "node:crypto";
import { catatAudit } from "../../platform/db/audit.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import type { PenyimpananBerkas } from "../../platform/storage/penyimpanan.ts";
import { kunciSimpanBukti, periksaBukti } from "./bukti.domain.ts";
import type { Periode } from "./periode.domain.ts";

/** The message when evidence is sent for a realisation that has not been saved yet. */
export const PESAN_BELUM_ADA_REALISASI = "Simpan nilai realisasi dahulu, lalu unggah buktinya";

/** The message when evidence of an approved realisation would change (the trigger says the same in its way). */
export const PESAN_BUKTI_TERKUNCI =
  "Realisasi ini sudah disetujui dan terkunci; bukti tidak dapat ditambah atau dihapus kecuali melalui revisi dengan alasan";

/** A realisation of an OPD with the unit responsible for its indicator, so a route can check who may act. */
export type RealisasiBukti = {
  id: number;
  indikatorId: number;
  tahun: number;
  periode: Periode;
  penanggungJawabUnitId: number | null;
  status: "draf" | "diajukan" | "diverifikasi" | "disetujui";
};

/**
 * Resolves a realisation of one OPD for its evidence, refusing one that is not there with the message that
 * tells the person what to do first. Why: an upload always names a saved realisation row.
 */
export async function tentukanRealisasiBukti(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  realisasiId: number,
): Promise<RealisasiBukti> {
  const c = cakupanOpd(cakupan, opdId);
  const r = await db
    .selectFrom("realisasi_indikator as r")
    .innerJoin("indikator as i", "i.id", "r.indikator_id")
    .select([
      "r.id",
      "r.indikator_id",
      "r.tahun",
      "r.periode_jenis",
      "r.periode_ke",
      "r.status",
      "i.penanggung_jawab_unit_id",
    ])
    .where("r.pemda_id", "=", c.pemdaId)
    .where("r.opd_id", "=", opdId)
    .where("r.id", "=", realisasiId)
    .executeTakeFirst();
  if (!r) throw inputTidakValid(PESAN_BELUM_ADA_REALISASI, "berkas");
  return {
    id: r.id,
    indikatorId: r.indikator_id,
    tahun: r.tahun,
    periode: { jenis: r.periode_jenis, ke: r.periode_ke },
    penanggungJawabUnitId: r.penanggung_jawab_unit_id,
    status: r.status,
  };
}

/** One evidence file as lists and downloads show it. */
export type BuktiTersimpan = {
  id: number;
  realisasiId: number;
  nama: string;
  mime: string;
  ukuran: number;
  sha256: string;
  diunggahOleh: string;
  diunggahPada: string;
};

function keBukti(b: {
  id: number;
  realisasi_id: number;
  nama_berkas: string;
  jenis_mime: string;
  ukuran: number;
  sha256: string;
  diunggah_oleh: string;
  diunggah_pada: Date | string;
}): BuktiTersimpan {
  return {
    id: b.id,
    realisasiId: b.realisasi_id,
    nama: b.nama_berkas,
    mime: b.jenis_mime,
    ukuran: b.ukuran,
    sha256: b.sha256,
    diunggahOleh: b.diunggah_oleh,
    diunggahPada: b.diunggah_pada instanceof Date ? b.diunggah_pada.toISOString() : String(b.diunggah_pada),
  };
}

/**
 * Stores an evidence file for a saved realisation: the content decides the type (bukti.domain), the bytes go
 * to the file store under their SHA-256 (identical content is stored once), then the row and its audit entry
 * are written in one transaction. A realisation already approved is refused here and, should that check be
 * raced, by the database trigger.
 */
export async function unggahBukti(
  db: Db,
  penyimpanan: PenyimpananBerkas,
  cakupan: Cakupan,
  opdId: number,
  realisasiId: number,
  berkas: { nama: string; isi: Uint8Array },
): Promise<number> {
  const r = await tentukanRealisasiBukti(db, cakupan, opdId, realisasiId);
  if (r.status === "disetujui") throw new GalatTerukur("konflik", PESAN_BUKTI_TERKUNCI, "berkas");
  const periksa = periksaBukti(berkas.nama, berkas.isi);
  if (!periksa.ok) throw inputTidakValid(periksa.pesan, "berkas");
  const c = cakupanOpd(cakupan, opdId);
  const sha256 = createHash("sha256").update(berkas.isi).digest("hex");
  const kunci = kunciSimpanBukti(sha256);
  const sudahAda = await db
    .selectFrom("bukti")
    .select("id")
    .where("pemda_id", "=", c.pemdaId)
    .where("kunci_simpan", "=", kunci)
    .executeTakeFirst();
  if (!sudahAda || !(await penyimpanan.baca(kunci))) await penyimpanan.simpan(kunci, berkas.isi);
  return dalamTransaksi(db, async (trx) => {
    const data = {
      pemda_id: c.pemdaId,
      opd_id: opdId,
      realisasi_id: r.id,
      nama_berkas: periksa.nama,
      jenis_mime: periksa.jenis.mime,
      ukuran: berkas.isi.length,
      sha256,
      kunci_simpan: kunci,
      diunggah_oleh: c.pelaku,
    };
    const { id } = await trx.insertInto("bukti").values(data).returning("id").executeTakeFirstOrThrow();
    await catatAudit(trx, c, "buat", "bukti", id, data, opdId);
    return id;
  });
}

/** An evidence row of an OPD with the unit responsible for its indicator and its realisation's status. */
export async function tentukanBukti(db: Db, cakupan: Cakupan, opdId: number, buktiId: number) {
  const c = cakupanOpd(cakupan, opdId);
  const b = await db
    .selectFrom("bukti as b")
    .innerJoin("realisasi_indikator as r", "r.id", "b.realisasi_id")
    .innerJoin("indikator as i", "i.id", "r.indikator_id")
    .selectAll("b")
    .select(["r.status", "r.indikator_id", "i.penanggung_jawab_unit_id"])
    .where("b.pemda_id", "=", c.pemdaId)
    .where("b.opd_id", "=", opdId)
    .where("b.id", "=", buktiId)
    .executeTakeFirst();
  if (!b) throw new GalatTerukur("tidak_ditemukan", "Berkas bukti tidak ditemukan");
  return {
    ...keBukti(b),
    kunciSimpan: b.kunci_simpan,
    indikatorId: b.indikator_id,
    status: b.status,
    penanggungJawabUnitId: b.penanggung_jawab_unit_id,
  };
}

/** The bytes of an evidence file with the name and type it is offered under, for a download. */
export async function bacaIsiBukti(
  db: Db,
  penyimpanan: PenyimpananBerkas,
  cakupan: Cakupan,
  opdId: number,
  buktiId: number,
): Promise<{ nama: string; mime: string; isi: Uint8Array }> {
  const b = await tentukanBukti(db, cakupan, opdId, buktiId);
  const isi = await penyimpanan.baca(b.kunciSimpan);
  if (!isi) throw new GalatTerukur("tidak_ditemukan", "Isi berkas bukti tidak ditemukan di penyimpanan");
  return { nama: b.nama, mime: b.mime, isi };
}

/**
 * Removes an evidence row (with the value before in the audit log); the bytes are removed only when no other
 * row still points at the same content. The trigger refuses it for an approved realisation.
 */
export async function hapusBukti(
  db: Db,
  penyimpanan: PenyimpananBerkas,
  cakupan: Cakupan,
  opdId: number,
  buktiId: number,
): Promise<void> {
  const b = await tentukanBukti(db, cakupan, opdId, buktiId);
  if (b.status === "disetujui") throw new GalatTerukur("konflik", PESAN_BUKTI_TERKUNCI, "berkas");
  const c = cakupanOpd(cakupan, opdId);
  const sisa = await dalamTransaksi(db, async (trx) => {
    await trx.deleteFrom("bukti").where("id", "=", b.id).execute();
    const { kunciSimpan: _k, status: _s, penanggungJawabUnitId: _u, indikatorId: _i, ...sebelum } = b;
    await catatAudit(trx, c, "hapus", "bukti", b.id, null, opdId, sebelum);
    return trx.selectFrom("bukti").select("id").where("kunci_simpan", "=", b.kunciSimpan).executeTakeFirst();
  });
  if (!sisa) await penyimpanan.hapus(b.kunciSimpan);
}

/** The evidence of several realisations of one OPD, for the grid (one query, oldest first). */
export async function daftarBuktiRealisasi(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  realisasiIds: readonly number[],
): Promise<Map<number, BuktiTersimpan[]>> {
  const hasil = new Map<number, BuktiTersimpan[]>();
  if (realisasiIds.length === 0) return hasil;
  const c = cakupanOpd(cakupan, opdId);
  const baris = await db
    .selectFrom("bukti")
    .selectAll()
    .where("pemda_id", "=", c.pemdaId)
    .where("opd_id", "=", opdId)
    .where("realisasi_id", "in", [...realisasiIds])
    .orderBy("diunggah_pada")
    .orderBy("id")
    .execute();
  for (const b of baris) {
    const daftar = hasil.get(b.realisasi_id) ?? [];
    daftar.push(keBukti(b));
    hasil.set(b.realisasi_id, daftar);
  }
  return hasil;
}

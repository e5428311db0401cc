/**
 * Evidence files of a recommendation's follow-up (bukti_evaluasi.rekomendasi_id): uploaded by the OPD, read by
 * anyone who may see the OPD. The file rules (10 MB, type by content, safe name) are the realisation evidence's
 * (performance/bukti.domain.ts), so both kinds of evidence are judged the same way.
 */
import { catatAudit } from "../../platform/db/audit.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import type { PenyimpananBerkas } from "../../platform/storage/penyimpanan.ts";
import { catatBuktiEvaluasi, periksaBerkasBuktiEvaluasi, simpanIsiBuktiEvaluasi } from "./bukti-evaluasi.ts";
import { PESAN_DITUTUP, rekomendasiTerkunci } from "./tindak-lanjut.service.ts";

/** One evidence file of a follow-up as the screens list it. */
export type BuktiTindakLanjut = {
  id: number;
  rekomendasiId: number;
  nama: string;
  mime: string;
  ukuran: number;
  diunggahOleh: string;
  diunggahPada: Date;
};

/**
 * Stores an evidence file for a follow-up: checked first (nothing is written for a refused file), the bytes
 * kept under their SHA-256 in the file store, then the row and its audit entry in one transaction. A follow-up
 * the evaluator has accepted is closed and refused.
 */
export async function unggahBuktiTindakLanjut(
  db: Db,
  penyimpanan: PenyimpananBerkas,
  cakupan: Cakupan,
  opdId: number,
  rekomendasiId: number,
  berkas: { nama: string; isi: Uint8Array },
): Promise<number> {
  const c = cakupanOpd(cakupan, opdId);
  const b = periksaBerkasBuktiEvaluasi(berkas);
  const r = await rekomendasiTerkunci(db, c, opdId, rekomendasiId);
  if (r.verifikasi === "diterima") throw new GalatTerukur("konflik", PESAN_DITUTUP, "berkas");
  await simpanIsiBuktiEvaluasi(penyimpanan, b, berkas.isi);
  return dalamTransaksi(db, async (trx) => {
    const terkunci = await rekomendasiTerkunci(trx, c, opdId, rekomendasiId);
    if (terkunci.verifikasi === "diterima") throw new GalatTerukur("konflik", PESAN_DITUTUP, "berkas");
    return catatBuktiEvaluasi(trx, c, opdId, { rekomendasi_id: rekomendasiId }, b);
  });
}

/** The evidence of some recommendations of an OPD by recommendation, oldest first (one query). */
export async function daftarBuktiTindakLanjut(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  rekomendasiIds: readonly number[],
): Promise<Map<number, BuktiTindakLanjut[]>> {
  const hasil = new Map<number, BuktiTindakLanjut[]>();
  if (rekomendasiIds.length === 0) return hasil;
  const c = cakupanOpd(cakupan, opdId);
  const baris = await db
    .selectFrom("bukti_evaluasi")
    .selectAll()
    .where("pemda_id", "=", c.pemdaId)
    .where("opd_id", "=", opdId)
    .where("rekomendasi_id", "in", [...rekomendasiIds])
    .orderBy("diunggah_pada")
    .orderBy("id")
    .execute();
  for (const b of baris) {
    if (b.rekomendasi_id === null) continue;
    const daftar = hasil.get(b.rekomendasi_id) ?? [];
    daftar.push({
      id: b.id,
      rekomendasiId: b.rekomendasi_id,
      nama: b.nama_berkas,
      mime: b.jenis_mime,
      ukuran: b.ukuran,
      diunggahOleh: b.diunggah_oleh,
      diunggahPada: b.diunggah_pada,
    });
    hasil.set(b.rekomendasi_id, daftar);
  }
  return hasil;
}

async function barisBukti(db: Db, c: Cakupan, opdId: number, rekomendasiId: number, buktiId: number) {
  const b = await db
    .selectFrom("bukti_evaluasi")
    .selectAll()
    .where("pemda_id", "=", c.pemdaId)
    .where("opd_id", "=", opdId)
    .where("rekomendasi_id", "=", rekomendasiId)
    .where("id", "=", buktiId)
    .executeTakeFirst();
  if (!b) throw new GalatTerukur("tidak_ditemukan", "Berkas bukti tidak ditemukan");
  return b;
}

/** The bytes of a follow-up's evidence file with the name and type it is offered under, for a download. */
export async function bacaIsiBuktiTindakLanjut(
  db: Db,
  penyimpanan: PenyimpananBerkas,
  cakupan: Cakupan,
  opdId: number,
  rekomendasiId: number,
  buktiId: number,
): Promise<{ nama: string; mime: string; isi: Uint8Array }> {
  const c = cakupanOpd(cakupan, opdId);
  const b = await barisBukti(db, c, opdId, rekomendasiId, buktiId);
  const isi = await penyimpanan.baca(b.kunci_simpan);
  if (!isi) throw new GalatTerukur("tidak_ditemukan", "Isi berkas bukti tidak ditemukan di penyimpanan");
  return { nama: b.nama_berkas, mime: b.jenis_mime, isi };
}

/**
 * Removes a follow-up's evidence row (the row as it was in the audit log); the bytes go only when no evidence
 * row of any kind still points at the same content. Refused once the evaluator has accepted the follow-up.
 */
export async function hapusBuktiTindakLanjut(
  db: Db,
  penyimpanan: PenyimpananBerkas,
  cakupan: Cakupan,
  opdId: number,
  rekomendasiId: number,
  buktiId: number,
): Promise<void> {
  const c = cakupanOpd(cakupan, opdId);
  const kunci = await dalamTransaksi(db, async (trx) => {
    const r = await rekomendasiTerkunci(trx, c, opdId, rekomendasiId);
    if (r.verifikasi === "diterima") throw new GalatTerukur("konflik", PESAN_DITUTUP, "berkas");
    const b = await barisBukti(trx, c, opdId, rekomendasiId, buktiId);
    await trx.deleteFrom("bukti_evaluasi").where("id", "=", b.id).execute();
    await catatAudit(trx, c, "hapus", "bukti_evaluasi", b.id, null, opdId, b);
    const lain = await trx
      .selectFrom("bukti_evaluasi")
      .select("id")
      .where("kunci_simpan", "=", b.kunci_simpan)
      .unionAll(trx.selectFrom("bukti").select("id").where("kunci_simpan", "=", b.kunci_simpan))
      .executeTakeFirst();
    return lain ? null : b.kunci_simpan;
  });
  if (kunci) await penyimpanan.hapus(kunci);
}

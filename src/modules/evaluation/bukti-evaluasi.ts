/**
 * The shared half of every evaluation evidence upload (an LKE answer's or a follow-up's): the file judged by the
 * realisation evidence's rules (performance/bukti.domain.ts), its bytes kept under their SHA-256, and the
 * bukti_evaluasi row with its audit entry. Callers check what the file is attached to.
 */
import { createHash } from "node:crypto";
import { catatAudit } from "../../platform/db/audit.ts";
import type { Db } from "../../platform/db/transaction.ts";
import { inputTidakValid } from "../../platform/errors.ts";
import type { Cakupan } from "../../platform/scope.ts";
import type { PenyimpananBerkas } from "../../platform/storage/penyimpanan.ts";
import { kunciSimpanBukti, periksaBukti } from "../performance/bukti.domain.ts";

/** A file that passed the checks, with what its row records. */
export type BerkasBuktiEvaluasi = {
  nama: string;
  mime: string;
  ukuran: number;
  sha256: string;
  kunci: string;
};

/** Judges an uploaded file (refused at the field "berkas"), nothing stored yet. */
export function periksaBerkasBuktiEvaluasi(berkas: { nama: string; isi: Uint8Array }): BerkasBuktiEvaluasi {
  const periksa = periksaBukti(berkas.nama, berkas.isi);
  if (!periksa.ok) throw inputTidakValid(periksa.pesan, "berkas");
  const sha256 = createHash("sha256").update(berkas.isi).digest("hex");
  return {
    nama: periksa.nama,
    mime: periksa.jenis.mime,
    ukuran: berkas.isi.length,
    sha256,
    kunci: kunciSimpanBukti(sha256),
  };
}

/** Keeps the bytes in the file store once (content-addressed: the same file twice is stored once). */
export async function simpanIsiBuktiEvaluasi(
  penyimpanan: PenyimpananBerkas,
  b: BerkasBuktiEvaluasi,
  isi: Uint8Array,
): Promise<void> {
  if (!(await penyimpanan.baca(b.kunci))) await penyimpanan.simpan(b.kunci, isi);
}

/** Writes the evidence row attached to an answer or a recommendation, with its audit entry; returns its id. */
export async function catatBuktiEvaluasi(
  trx: Db,
  c: Cakupan,
  opdId: number,
  lampiran: { lke_jawaban_id: number } | { rekomendasi_id: number },
  b: BerkasBuktiEvaluasi,
  keteranganAudit: Record<string, unknown> = {},
): Promise<number> {
  const data = {
    pemda_id: c.pemdaId,
    opd_id: opdId,
    ...lampiran,
    nama_berkas: b.nama,
    jenis_mime: b.mime,
    ukuran: b.ukuran,
    sha256: b.sha256,
    kunci_simpan: b.kunci,
    diunggah_oleh: c.pelaku,
  };
  const { id } = await trx
    .insertInto("bukti_evaluasi")
    .values(data)
    .returning("id")
    .executeTakeFirstOrThrow();
  await catatAudit(trx, c, "buat", "bukti_evaluasi", id, { ...data, ...keteranganAudit }, opdId);
  return id;
}

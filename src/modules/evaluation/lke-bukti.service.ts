/**
 * Evidence files of an LKE answer (bukti_evaluasi): the same rules as a realisation's evidence (bukti.domain.ts:
 * PDF/PNG/JPEG/DOCX/XLSX recognised by content, 10 MB), the bytes in the file store under their SHA-256, the row
 * and its audit entry in one transaction. A final assessment takes no more files.
 */
import type { Peran } from "../../platform/db/schema.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import type { PenyimpananBerkas } from "../../platform/storage/penyimpanan.ts";
import { IZIN } from "../auth/auth.policy.ts";
import { catatBuktiEvaluasi, periksaBerkasBuktiEvaluasi, simpanIsiBuktiEvaluasi } from "./bukti-evaluasi.ts";
import * as repo from "./lke-penilaian.repo.ts";
import { paketPenilaian } from "./lke-penilaian.service.ts";

/**
 * Stores a file for one criterion of an assessment (by the OPD or the evaluator) and returns its id. The answer
 * row is created empty when the criterion has none yet, so evidence can come before the answer.
 */
export async function unggahBuktiLke(
  db: Db,
  penyimpanan: PenyimpananBerkas,
  cakupan: Cakupan,
  peran: Peran,
  opdId: number,
  tahun: number,
  kode: string,
  berkas: { nama: string; isi: Uint8Array },
): Promise<number> {
  const c = cakupanOpd(cakupan, opdId);
  if (!IZIN.isi_lke_mandiri.includes(peran) && !IZIN.tulis_evaluasi.includes(peran)) {
    throw new GalatTerukur(
      "di_luar_cakupan",
      "Bukti LKE hanya dapat diunggah oleh perencana atau pimpinan perangkat daerah, atau evaluator.",
      "berkas",
    );
  }
  const p = await repo.cariPenilaian(db, c, opdId, tahun);
  if (!p) throw new GalatTerukur("tidak_ditemukan", `Penilaian LKE tahun ${tahun} belum dimulai`, "berkas");
  if (p.status === "final") {
    throw new GalatTerukur(
      "konflik",
      `Penilaian LKE tahun ${tahun} sudah final dan terkunci; bukti tidak dapat ditambah`,
      "berkas",
    );
  }
  const paket = await paketPenilaian(p.paket_kode, p.paket_versi);
  if (!paket.kriteriaPerKode.has(kode)) {
    throw inputTidakValid(`Kriteria ${kode} tidak ada di paket ${paket.id}.`, "kriteria");
  }
  const b = periksaBerkasBuktiEvaluasi(berkas);
  await simpanIsiBuktiEvaluasi(penyimpanan, b, berkas.isi);
  return dalamTransaksi(db, async (trx) => {
    const jawaban =
      (await trx
        .selectFrom("lke_jawaban")
        .select("id")
        .where("pemda_id", "=", c.pemdaId)
        .where("penilaian_id", "=", p.id)
        .where("kriteria_kode", "=", kode)
        .executeTakeFirst()) ??
      (await trx
        .insertInto("lke_jawaban")
        .values({ pemda_id: c.pemdaId, penilaian_id: p.id, kriteria_kode: kode, diubah_oleh: c.pelaku })
        .returning("id")
        .executeTakeFirstOrThrow());
    return catatBuktiEvaluasi(trx, c, opdId, { lke_jawaban_id: jawaban.id }, b, { kriteria: kode, tahun });
  });
}

/** The bytes of an LKE evidence file of an OPD's assessment of `tahun`, with its name and type, for a download. */
export async function bacaIsiBuktiLke(
  db: Db,
  penyimpanan: PenyimpananBerkas,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
  buktiId: number,
): Promise<{ nama: string; mime: string; isi: Uint8Array }> {
  const c = cakupanOpd(cakupan, opdId);
  const b = await repo.cariBuktiLke(db, c, opdId, buktiId);
  if (!b || b.tahun !== tahun) throw new GalatTerukur("tidak_ditemukan", "Berkas bukti tidak ditemukan");
  const isi = await penyimpanan.baca(b.kunci_simpan);
  if (!isi) throw new GalatTerukur("tidak_ditemukan", "Isi berkas bukti tidak ditemukan di penyimpanan");
  return { nama: b.nama_berkas, mime: b.jenis_mime, isi };
}

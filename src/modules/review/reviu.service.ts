import { createHash } from "node:crypto";
import { catatAudit } from "../../platform/db/audit.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import type { PenyimpananBerkas } from "../../platform/storage/penyimpanan.ts";
import { validasi } from "../../platform/validation.ts";
import { bacaNaskah } from "./baca-naskah.ts";
import {
  jenisMimeNaskah,
  kunciSimpanReviu,
  masalahUkuran,
  namaBerkasAman,
  PESAN_TIDAK_ADA_BERKAS,
} from "./berkas-reviu.domain.ts";
import type { HasilReviu, NaskahLaporan } from "./naskah.ts";
import { periksaLaporan } from "./periksa-laporan.ts";
import * as repo from "./reviu.repo.ts";
import { skemaHasilReviu, skemaRingkasanReviu, skemaUnggahReviu } from "./reviu.schemas.ts";
import { tahunNaskah } from "./tampil-reviu.domain.ts";

/** The message when a file is neither a readable .docx nor text and the reader gave no reason of its own. */
export const PESAN_TIDAK_TERBACA =
  "Berkas tidak dapat dibaca sebagai laporan (.docx, .txt atau .md); periksa bahwa berkas tidak rusak lalu coba lagi";

/**
 * Reads a report file into its model, refusing what cannot be reviewed with one Indonesian message at the
 * field "berkas": an empty or oversized file before it is parsed, and whatever the reader refuses. A reader
 * failure that is not a refusal (a library choking on a corrupt archive) is refused the same way, so bad
 * input never takes the process down.
 */
export async function bacaBerkasLaporan(isi: Uint8Array, namaBerkas: string): Promise<NaskahLaporan> {
  const masalah = masalahUkuran(isi.length);
  if (masalah) throw inputTidakValid(masalah, "berkas");
  try {
    return await bacaNaskah(isi, namaBerkas);
  } catch (e) {
    if (e instanceof GalatTerukur) {
      if (e.jenis === "input_tidak_valid" && e.bidang !== "berkas")
        throw inputTidakValid(e.message, "berkas");
      throw e;
    }
    throw inputTidakValid(PESAN_TIDAK_TERBACA, "berkas");
  }
}

/**
 * Reviews a report file without the database (issue 7 item 1): read it, run every check, return the
 * findings ranked. The CLI and the upload both start here, so they cannot disagree.
 */
export async function reviuIsiBerkas(
  isi: Uint8Array,
  namaBerkas: string,
): Promise<{ naskah: NaskahLaporan; hasil: HasilReviu }> {
  const naskah = await bacaBerkasLaporan(isi, namaBerkas);
  return { naskah, hasil: periksaLaporan(naskah) };
}

/** A reviewed report as the list of earlier reviews shows it. */
export type RingkasReviu = {
  id: number;
  tahun: number | null;
  namaBerkas: string;
  ukuran: number;
  ringkasan: HasilReviu["ringkasan"];
  diunggahOleh: string;
  diunggahPada: string;
  diimporOleh: string | null;
  diimporPada: string | null;
};

/** A reviewed report with its findings, as the result page and the documents read it. */
export type ReviuTersimpan = RingkasReviu & {
  jenisMime: string;
  sha256: string;
  kunciSimpan: string;
  hasil: HasilReviu;
};

function iso(w: Date | string | null): string | null {
  if (w === null) return null;
  return w instanceof Date ? w.toISOString() : String(w);
}

/**
 * Uploads a hand-written report for review (issue 7 item 1): the file is checked and reviewed first (a
 * refused file writes nothing), then kept in the file store under its SHA-256 and the review saved with its
 * findings and an audit entry in one transaction. The year comes from the form, else from the cover.
 */
export async function unggahReviu(
  db: Db,
  penyimpanan: PenyimpananBerkas,
  cakupan: Cakupan,
  opdId: number,
  input: { berkas: { nama: string; isi: Uint8Array } | null; tahun: unknown },
): Promise<number> {
  const c = cakupanOpd(cakupan, opdId);
  const d = validasi(skemaUnggahReviu, { tahun: input.tahun ?? null });
  if (input.berkas === null) {
    throw inputTidakValid(PESAN_TIDAK_ADA_BERKAS, "berkas");
  }
  const nama = namaBerkasAman(input.berkas.nama);
  const isi = input.berkas.isi;
  const { naskah, hasil } = await reviuIsiBerkas(isi, nama);
  const sha256 = createHash("sha256").update(isi).digest("hex");
  const kunci = kunciSimpanReviu(sha256);
  if (!(await repo.adaKunciSimpan(db, c, kunci)) || !(await penyimpanan.baca(kunci))) {
    await penyimpanan.simpan(kunci, isi);
  }
  return dalamTransaksi(db, async (trx) => {
    const data = {
      pemda_id: c.pemdaId,
      opd_id: opdId,
      tahun: d.tahun ?? tahunNaskah(naskah),
      nama_berkas: nama,
      jenis_mime: jenisMimeNaskah(nama, isi),
      ukuran: isi.length,
      sha256,
      kunci_simpan: kunci,
      hasil: JSON.stringify(hasil),
      diunggah_oleh: c.pelaku,
    };
    const id = await repo.sisipkanReviuDokumen(trx, data);
    const { hasil: _h, ...jejak } = data;
    await catatAudit(trx, c, "buat", "reviu_dokumen", id, { ...jejak, ringkasan: hasil.ringkasan }, opdId);
    return id;
  });
}

/** The earlier reviews of an OPD, newest first (the upload page lists them). */
export async function daftarReviu(db: Db, cakupan: Cakupan, opdId: number): Promise<RingkasReviu[]> {
  const c = cakupanOpd(cakupan, opdId);
  const baris = await repo.daftarReviuDokumen(db, c, opdId);
  return baris.map((r) => ({
    id: r.id,
    tahun: r.tahun,
    namaBerkas: r.nama_berkas,
    ukuran: r.ukuran,
    ringkasan: skemaRingkasanReviu.parse(r.ringkasan),
    diunggahOleh: r.diunggah_oleh,
    diunggahPada: iso(r.diunggah_pada) ?? "",
    diimporOleh: r.diimpor_oleh,
    diimporPada: iso(r.diimpor_pada),
  }));
}

/** One reviewed report of an OPD with its findings; refuses one that is not there or not the OPD's. */
export async function bacaReviu(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  id: number,
): Promise<ReviuTersimpan> {
  const c = cakupanOpd(cakupan, opdId);
  const r = await repo.cariReviuDokumen(db, c, opdId, id);
  if (!r) throw new GalatTerukur("tidak_ditemukan", "Hasil reviu tidak ditemukan");
  const hasil = skemaHasilReviu.parse(typeof r.hasil === "string" ? JSON.parse(r.hasil) : r.hasil);
  return {
    id: r.id,
    tahun: r.tahun,
    namaBerkas: r.nama_berkas,
    ukuran: r.ukuran,
    ringkasan: hasil.ringkasan,
    diunggahOleh: r.diunggah_oleh,
    diunggahPada: iso(r.diunggah_pada) ?? "",
    diimporOleh: r.diimpor_oleh,
    diimporPada: iso(r.diimpor_pada),
    jenisMime: r.jenis_mime,
    sha256: r.sha256,
    kunciSimpan: r.kunci_simpan,
    hasil,
  };
}

/** The original file of a reviewed report, to download again exactly as uploaded. */
export async function bacaBerkasReviu(
  db: Db,
  penyimpanan: PenyimpananBerkas,
  cakupan: Cakupan,
  opdId: number,
  id: number,
): Promise<{ nama: string; mime: string; isi: Uint8Array }> {
  const r = await bacaReviu(db, cakupan, opdId, id);
  const isi = await penyimpanan.baca(r.kunciSimpan);
  if (!isi) throw new GalatTerukur("tidak_ditemukan", "Isi berkas laporan tidak ditemukan di penyimpanan");
  return { nama: r.namaBerkas, mime: r.jenisMime, isi };
}

/** The stored report read again into its model (the history import works from the file, not from a copy). */
export async function bacaNaskahReviu(
  db: Db,
  penyimpanan: PenyimpananBerkas,
  cakupan: Cakupan,
  opdId: number,
  id: number,
): Promise<{ reviu: ReviuTersimpan; naskah: NaskahLaporan }> {
  const reviu = await bacaReviu(db, cakupan, opdId, id);
  const isi = await penyimpanan.baca(reviu.kunciSimpan);
  if (!isi) throw new GalatTerukur("tidak_ditemukan", "Isi berkas laporan tidak ditemukan di penyimpanan");
  return { reviu, naskah: await bacaBerkasLaporan(isi, reviu.namaBerkas) };
}

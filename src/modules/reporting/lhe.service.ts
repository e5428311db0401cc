/**
 * The LHE (Laporan Hasil Evaluasi AKIP, PermenPANRB 88/2021) of one OPD and year, from its final LKE assessment.
 * Only a final assessment gets an LHE: before that the score can still change, so a request is refused with
 * what is missing (no DRAF version is produced).
 */
import type { Db } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { formatTanggal } from "../../platform/number-format.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { tanggalWita } from "../../platform/waktu-wita.ts";
import { daftarRekomendasi } from "../evaluation/evaluation.service.ts";
import { bacaPenilaianLke, riwayatPenilaianLke } from "../evaluation/lke-penilaian.service.ts";
import { tentukanOpdById } from "../planning/renstra.service.ts";
import { infoPemda } from "../tenancy/tenancy.service.ts";
import type { BahanLhe } from "./lhe/bahan.ts";
import { susunModelLhe } from "./lhe/susun.ts";
import type { Dokumen, Kertas, Penandatangan } from "./model.ts";

const STATUS_TEKS = { mandiri: "penilaian mandiri", evaluasi: "penilaian evaluator" } as const;

/** The evaluator who finalised (the account's name), then the Inspektur of the pemda's Inspektorat. */
async function penandatangan(db: Db, c: Cakupan, namaPemda: string, oleh: string | null) {
  const [akun, inspektorat] = await Promise.all([
    oleh === null
      ? Promise.resolve(undefined)
      : db
          .selectFrom("akun")
          .select("nama")
          .where("pemda_id", "=", c.pemdaId)
          .where("nama_pengguna", "=", oleh)
          .executeTakeFirst(),
    db
      .selectFrom("opd")
      .select(["pimpinan_nama", "pimpinan_jabatan", "pimpinan_nip"])
      .where("pemda_id", "=", c.pemdaId)
      .where("jenis", "=", "inspektorat")
      .orderBy("id")
      .executeTakeFirst(),
  ]);
  const evaluator: Penandatangan = { jabatan: "EVALUATOR", nama: akun?.nama ?? oleh ?? "", nip: null };
  const inspektur: Penandatangan = {
    jabatan: (inspektorat?.pimpinan_jabatan ?? `Inspektur ${namaPemda}`).toUpperCase(),
    nama: inspektorat?.pimpinan_nama ?? "(…………………………………)",
    nip: inspektorat?.pimpinan_nip ?? null,
  };
  return [evaluator, inspektur];
}

/**
 * Reads what the LHE of an OPD and year needs and builds its model; refuses (tidak_ditemukan) a year without an
 * assessment and (konflik) one that is not final yet.
 */
export async function susunLhe(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
  opsi: { kertas: Kertas },
): Promise<Dokumen> {
  const c = cakupanOpd(cakupan, opdId);
  const [opd, pemda, penilaian] = await Promise.all([
    tentukanOpdById(db, c, opdId),
    infoPemda(db, c),
    bacaPenilaianLke(db, c, opdId, tahun, { buktiOtomatis: false }),
  ]);
  if (!penilaian) {
    throw new GalatTerukur(
      "tidak_ditemukan",
      `LHE tahun ${tahun} belum dapat dibuat: belum ada penilaian LKE ${opd.nama} tahun ${tahun}`,
      "tahun",
    );
  }
  if (penilaian.status !== "final" || !penilaian.hasilEvaluator) {
    const tahap = penilaian.status === "final" ? "final" : STATUS_TEKS[penilaian.status];
    throw new GalatTerukur(
      "konflik",
      `LHE tahun ${tahun} belum dapat dibuat: penilaian LKE ${opd.nama} masih tahap ${tahap} dan belum difinalkan evaluator`,
      "tahun",
    );
  }
  const [rekomendasi, riwayat, ttd] = await Promise.all([
    daftarRekomendasi(db, c, opdId, tahun),
    riwayatPenilaianLke(db, c, opdId),
    penandatangan(db, c, pemda.nama, penilaian.difinalkanOleh),
  ]);
  const bahan: BahanLhe = {
    tahun,
    opd: { nama: opd.nama },
    pemda: { nama: pemda.nama },
    penilaian,
    hasil: penilaian.hasilEvaluator,
    hasilMandiri: penilaian.hasilMandiri,
    rekomendasi: rekomendasi.map((r) => ({
      nomor: r.nomor,
      uraian: r.uraian,
      komponenKode: r.komponen_kode,
      penanggungJawab: r.penanggung_jawab,
      tenggat: r.tenggat,
    })),
    riwayat: riwayat.filter((r) => r.tahun <= tahun),
    tempat: pemda.nama.replace(/^(Kabupaten|Kota|Provinsi)\s+/i, ""),
    tanggal: penilaian.difinalkanPada
      ? formatTanggal(tanggalWita(penilaian.difinalkanPada))
      : `…………… ${tahun + 1}`,
    penandatangan: ttd,
  };
  return susunModelLhe(bahan, opsi);
}

import { catatAudit } from "../../platform/db/audit.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import type { PenyimpananBerkas } from "../../platform/storage/penyimpanan.ts";
import { daftarIndikator } from "../planning/renstra.service.ts";
import { daftarRenstraOpd } from "../planning/renstra-daftar.service.ts";
import { ekstrakAngkaHistoris } from "./ekstrak-historis.ts";
import { type IndikatorCalon, type RencanaImpor, rencanakanImpor } from "./impor-historis.domain.ts";
import * as repo from "./reviu.repo.ts";
import { bacaNaskahReviu, type ReviuTersimpan } from "./reviu.service.ts";

/** The refusal of a second import of the same report (its figures are already history). */
export const PESAN_SUDAH_DIIMPOR =
  "Angka historis laporan ini sudah diimpor; impor hanya dapat dilakukan sekali";

/** The refusal when the report holds no figure that can enter as history. */
export const PESAN_TIDAK_ADA_ANGKA =
  "Tidak ada angka historis yang dapat diimpor dari laporan ini (tidak ditemukan tabel target, realisasi, anggaran atau pegawai)";

/** Every indicator of every Renstra of the OPD, with its Renstra's period, for matching by name. */
async function indikatorOpd(db: Db, cakupan: Cakupan, opdId: number): Promise<IndikatorCalon[]> {
  const hasil: IndikatorCalon[] = [];
  for (const r of await daftarRenstraOpd(db, cakupan, opdId)) {
    for (const i of await daftarIndikator(db, cakupan, r.id)) {
      hasil.push({ id: i.id, kode: i.kode, nama: i.nama, tahunAwal: r.tahunAwal, tahunAkhir: r.tahunAkhir });
    }
  }
  return hasil;
}

/**
 * What importing a reviewed report would write (issue 7 item 3), for the person to confirm: every figure
 * found (kind, year, item, value, the matched indicator, where it is), and the ones left out with why.
 */
export async function pratinjauImporHistoris(
  db: Db,
  penyimpanan: PenyimpananBerkas,
  cakupan: Cakupan,
  opdId: number,
  reviuId: number,
): Promise<{ reviu: ReviuTersimpan; rencana: RencanaImpor }> {
  const c = cakupanOpd(cakupan, opdId);
  const { reviu, naskah } = await bacaNaskahReviu(db, penyimpanan, c, opdId, reviuId);
  const rencana = rencanakanImpor(ekstrakAngkaHistoris(naskah), await indikatorOpd(db, c, opdId));
  return { reviu, rencana };
}

/**
 * Imports a reviewed report's figures as history: every planned row in one transaction with the audit entry,
 * or none; the report is marked imported (who, when). The report row is locked first, so of two imports at
 * once the second waits and is refused (409), as is any later one.
 */
export async function imporHistoris(
  db: Db,
  penyimpanan: PenyimpananBerkas,
  cakupan: Cakupan,
  opdId: number,
  reviuId: number,
): Promise<{ jumlah: number }> {
  const c = cakupanOpd(cakupan, opdId);
  const { rencana } = await pratinjauImporHistoris(db, penyimpanan, c, opdId, reviuId);
  if (rencana.baris.length === 0) throw new GalatTerukur("input_tidak_valid", PESAN_TIDAK_ADA_ANGKA);
  return dalamTransaksi(db, async (trx) => {
    const terkunci = await repo.kunciReviuDokumen(trx, c, opdId, reviuId);
    if (!terkunci) throw new GalatTerukur("tidak_ditemukan", "Hasil reviu tidak ditemukan");
    if (terkunci.diimpor_pada !== null) throw new GalatTerukur("konflik", PESAN_SUDAH_DIIMPOR);
    const ids = await repo.sisipkanAngkaHistoris(
      trx,
      rencana.baris.map((b) => ({
        pemda_id: c.pemdaId,
        opd_id: opdId,
        reviu_dokumen_id: reviuId,
        jenis: b.jenis,
        tahun: b.tahun,
        kode: b.kode,
        uraian: b.uraian,
        satuan: b.satuan,
        nilai: b.nilai,
        indikator_id: b.indikator?.id ?? null,
        lokasi: b.lokasi,
      })),
    );
    const pada = await repo.tandaiDiimpor(trx, c, reviuId, c.pelaku);
    await catatAudit(
      trx,
      c,
      "buat",
      "angka_historis",
      null,
      { reviuDokumenId: reviuId, jumlah: ids.length, idPertama: ids[0], idTerakhir: ids.at(-1) },
      opdId,
    );
    await catatAudit(
      trx,
      c,
      "ubah",
      "reviu_dokumen",
      reviuId,
      { diimpor_oleh: c.pelaku, diimpor_pada: pada },
      opdId,
      { diimpor_oleh: null, diimpor_pada: null },
    );
    return { jumlah: ids.length };
  });
}

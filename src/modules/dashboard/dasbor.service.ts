import type { Db } from "../../platform/db/transaction.ts";
import type { Desimal } from "../../platform/decimal.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { type RingkasanAnggaran, ringkasanAnggaran } from "../budget/budget.service.ts";
import { periksaOpd } from "../consistency/consistency.service.ts";
import { daftarRekomendasi } from "../evaluation/evaluation.service.ts";
import { hitungRekomendasi } from "../evaluation/tindak-lanjut.domain.ts";
import { type HasilIku, hasilIku } from "../performance/iku.service.ts";
import { type RataRataCapaian, rataRataCapaian } from "./dasbor.domain.ts";
import * as repo from "./dasbor.repo.ts";

/** One IKU's capaian across the years of its Renstra, for the trend chart and its table. */
export type TrenIku = { kode: string; nama: string; persen: (Desimal | null)[] };

/** Everything the OPD dashboard shows for a year, computed from the store when asked. */
export type DasborOpd = {
  tahun: number;
  /** years with a DPA, newest first (the chosen year included even without one) */
  pilihanTahun: number[];
  /** null when no Renstra covers the year */
  iku: HasilIku | null;
  /** null when the year has no DPA */
  anggaran: RingkasanAnggaran | null;
  rataRata: RataRataCapaian;
  rekomendasi: { terbuka: number; terlambat: number };
  realisasiDiajukan: number;
  /** error-level consistency findings; null when the checker has nothing to read yet */
  temuanGalat: number | null;
  tren: { tahun: number[]; iku: TrenIku[] };
};

async function atauKosong<T>(janji: Promise<T>): Promise<T | null> {
  try {
    return await janji;
  } catch (e) {
    if (e instanceof GalatTerukur && e.jenis === "tidak_ditemukan") return null;
    throw e;
  }
}

function persenAtauNull(h: { status: string; persen?: Desimal }): Desimal | null {
  return h.status === "dihitung" && h.persen ? h.persen : null;
}

/** The year the dashboard opens on: the latest with a DPA, else the current year. */
export async function tahunAwalDasbor(db: Db, cakupan: Cakupan, opdId: number, tahunIni: number) {
  const daftar = await repo.daftarTahunDpa(db, cakupanOpd(cakupan, opdId), opdId);
  return daftar[0] ?? tahunIni;
}

/**
 * An OPD's year at a glance for its dashboard: IKU results with the average capaian, the budget roll-up,
 * open and overdue recommendations, realisations waiting for verification, error-level findings, and
 * each IKU's capaian over the years of the Renstra. Nothing is stored; every figure is computed here.
 */
export async function dasborOpd(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
  hariIni: string,
): Promise<DasborOpd> {
  const c = cakupanOpd(cakupan, opdId);
  const [tahunDpa, iku, anggaran, rekomendasi, realisasiDiajukan, temuan] = await Promise.all([
    repo.daftarTahunDpa(db, c, opdId),
    atauKosong(hasilIku(db, c, opdId, tahun)),
    ringkasanAnggaran(db, c, opdId, tahun),
    daftarRekomendasi(db, c, opdId),
    repo.jumlahRealisasiDiajukan(db, c, opdId, tahun),
    atauKosong(periksaOpd(db, c, opdId, tahun)),
  ]);
  const pilihanTahun = [...new Set([...tahunDpa, tahun])].sort((a, b) => b - a);

  let tren: DasborOpd["tren"] = { tahun: [], iku: [] };
  if (iku) {
    const { tahunAwal, tahunAkhir } = iku.renstra;
    const daftarTahun = Array.from({ length: tahunAkhir - tahunAwal + 1 }, (_, i) => tahunAwal + i);
    const akhir = tahunAkhir === tahun ? iku : await atauKosong(hasilIku(db, c, opdId, tahunAkhir));
    const sumber = akhir ?? iku;
    tren = {
      tahun: daftarTahun,
      iku: sumber.indikator.map((b) => {
        const perTahun = new Map([...b.riwayat, b].map((t) => [t.tahun, persenAtauNull(t.capaian)]));
        return {
          kode: b.indikator.kode,
          nama: b.indikator.nama,
          persen: daftarTahun.map((th) => perTahun.get(th) ?? null),
        };
      }),
    };
  }

  return {
    tahun,
    pilihanTahun,
    iku,
    anggaran,
    rataRata: rataRataCapaian((iku?.indikator ?? []).map((b) => persenAtauNull(b.capaian))),
    rekomendasi: hitungRekomendasi(rekomendasi, hariIni),
    realisasiDiajukan,
    temuanGalat: temuan === null ? null : temuan.filter((t) => t.tingkat === "galat").length,
    tren,
  };
}

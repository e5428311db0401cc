import type { Db } from "../../platform/db/transaction.ts";
import { type Desimal, desimal } from "../../platform/decimal.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import type { Cakupan } from "../../platform/scope.ts";
import type { HasilSerapan } from "../budget/anggaran.domain.ts";
import { ringkasanAnggaran, tahunDpaTerakhir } from "../budget/budget.service.ts";
import { daftarRekomendasi, riwayatEvaluasi } from "../evaluation/evaluation.service.ts";
import { hitungRekomendasi } from "../evaluation/tindak-lanjut.domain.ts";
import { type HasilIku, hasilIku, skalaCapaianBerlaku } from "../performance/iku.service.ts";
import { predikatCapaian } from "../performance/predikat.domain.ts";
import { daftarOpdTerlihat } from "../tenancy/tenancy.service.ts";
import { type NilaiUrut, type RataRataCapaian, rataRataCapaian } from "./dasbor.domain.ts";
import * as repo from "./dasbor.repo.ts";

/** One OPD in the kabupaten's side-by-side table. */
export type BarisKabupaten = {
  opd: { kode: string; nama: string };
  pagu: bigint | null;
  realisasi: bigint | null;
  serapan: HasilSerapan | null;
  jumlahIku: number | null;
  rataRata: RataRataCapaian;
  predikat: string | null;
  /** the latest LHE score up to the year, with its year */
  nilaiLakip: { tahun: number; nilai: string; huruf: string } | null;
  rekomendasi: { terbuka: number; terlambat: number };
  /** the approval status of the year's LKjIP when it is tracked (dokumen_opd) */
  statusLkjip: string | null;
  urut: NilaiUrut;
};

/** The table of every OPD and the year it shows. */
export type TabelKabupaten = { tahun: number; baris: BarisKabupaten[] };

async function ikuAtauNull(db: Db, c: Cakupan, opdId: number, tahun: number): Promise<HasilIku | null> {
  try {
    return await hasilIku(db, c, opdId, tahun);
  } catch (e) {
    if (e instanceof GalatTerukur && e.jenis === "tidak_ditemukan") return null;
    throw e;
  }
}

/** The year the kabupaten view opens on: the latest year any OPD has a DPA for, else the current year. */
export async function tahunAwalKabupaten(db: Db, cakupan: Cakupan, tahunIni: number): Promise<number> {
  const opd = await daftarOpdTerlihat(db, cakupan);
  const perOpd = await tahunDpaTerakhir(
    db,
    cakupan,
    opd.map((o) => o.id),
  );
  return perOpd.size === 0 ? tahunIni : Math.max(...perOpd.values());
}

/**
 * Every OPD of the pemda side by side for a year (admin pemda and evaluator): budget, IKU and their average
 * capaian with its predikat, the latest Nilai LAKIP, open and overdue recommendations and the LKjIP status.
 * Each figure comes from the same services as the OPD's own dashboard, so the two never disagree.
 */
export async function tabelKabupaten(
  db: Db,
  cakupan: Cakupan,
  tahun: number,
  hariIni: string,
): Promise<TabelKabupaten> {
  const [daftarOpd, skala, lkjip] = await Promise.all([
    daftarOpdTerlihat(db, cakupan),
    skalaCapaianBerlaku(db, cakupan, tahun),
    repo.statusLkjip(db, cakupan, tahun),
  ]);
  const baris: BarisKabupaten[] = [];
  for (const o of daftarOpd) {
    const [anggaran, iku, evaluasi, rekomendasi] = await Promise.all([
      ringkasanAnggaran(db, cakupan, o.id, tahun),
      ikuAtauNull(db, cakupan, o.id, tahun),
      riwayatEvaluasi(db, cakupan, o.id),
      daftarRekomendasi(db, cakupan, o.id),
    ]);
    const rataRata = rataRataCapaian(
      (iku?.indikator ?? []).map((b) => (b.capaian.status === "dihitung" ? b.capaian.persen : null)),
    );
    const lhe = evaluasi.filter((e) => e.tahun <= tahun).at(-1) ?? null;
    const rek = hitungRekomendasi(rekomendasi, hariIni);
    const serapanPersen: Desimal | null =
      anggaran?.total.serapan.status === "dihitung" ? anggaran.total.serapan.persen : null;
    baris.push({
      opd: { kode: o.kode, nama: o.nama },
      pagu: anggaran?.total.pagu ?? null,
      realisasi: anggaran?.total.realisasi ?? null,
      serapan: anggaran?.total.serapan ?? null,
      jumlahIku: iku ? iku.indikator.length : null,
      rataRata,
      predikat: rataRata.nilai ? predikatCapaian(rataRata.nilai, skala) : null,
      nilaiLakip: lhe ? { tahun: lhe.tahun, nilai: lhe.nilai, huruf: lhe.predikat.huruf } : null,
      rekomendasi: rek,
      statusLkjip: lkjip.get(o.id) ?? null,
      urut: {
        nama: o.nama,
        pagu: anggaran?.total.pagu ?? null,
        realisasi: anggaran?.total.realisasi ?? null,
        serapan: serapanPersen,
        iku: iku ? iku.indikator.length : null,
        capaian: rataRata.nilai,
        nilai: lhe ? desimal(lhe.nilai) : null,
        rekomendasi: rek.terbuka,
      },
    });
  }
  return { tahun, baris };
}

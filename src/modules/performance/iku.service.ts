import type { Db } from "../../platform/db/transaction.ts";
import { keString } from "../../platform/decimal.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { bacaPohonRenstra, type IndikatorRenstra, targetBerlaku } from "../planning/planning.read.ts";
import { cariRenstraAktif } from "../planning/renstra.service.ts";
import { type HasilCapaian, hitungCapaian } from "./capaian.domain.ts";
import { capaianTerhadapTargetAkhir } from "./perbandingan.domain.ts";
import * as repo from "./performance.repo.ts";
import { type HasilRealisasiTahunan, realisasiTahunan } from "./periode.domain.ts";
import { predikatCapaian, type SkalaPredikat } from "./predikat.domain.ts";

/** Code of the default capaian scale in skala_predikat (Permendagri 86/2017, decisions.md). */
export const KODE_SKALA_CAPAIAN = "permendagri-86-2017";

/** Target, realisation, capaian and predikat of one indicator in one year. */
export type CapaianTahun = {
  tahun: number;
  target: string | null;
  targetAtas: string | null;
  /** "pk": the OPD head's PK target of the year; "renstra": the Renstra target; null: no target */
  sumberTarget: "pk" | "renstra" | null;
  /** the year's figure from the period rows with the indicator's agregasi (exact NUMERIC string) */
  realisasi: string | null;
  statusRealisasi: HasilRealisasiTahunan;
  capaian: HasilCapaian;
  /** the label on the stored scale, or null when the capaian cannot be computed */
  predikat: string | null;
};

/** One IKU row of LKjIP Bab III: the indicator, its year, its history and its distance to the Renstra end target. */
export type BarisIku = CapaianTahun & {
  tujuan: { kode: string; uraian: string };
  sasaran: { kode: string; uraian: string } | null;
  indikator: Pick<IndikatorRenstra, "id" | "kode" | "nama" | "satuan" | "polaritas" | "agregasi" | "presisi">;
  /** earlier years with a target or a realisation, oldest first */
  riwayat: CapaianTahun[];
  /** the Renstra end-of-period target (kondisi akhir) and this year's realisation against it */
  kondisiAkhir: { tahun: number; nilai: string | null; capaian: HasilCapaian };
};

/** The IKU results of an OPD for a year, with the scale that labelled them. */
export type HasilIku = {
  tahun: number;
  renstra: { id: number; nama: string; tahunAwal: number; tahunAkhir: number };
  skala: Pick<SkalaPredikat, "kode" | "nama" | "sumber">;
  indikator: BarisIku[];
};

function hitungTahun(
  ind: IndikatorRenstra,
  tahun: number,
  target: { target: string | null; targetAtas: string | null; sumber: "pk" | "renstra" } | undefined,
  baris: readonly {
    tahun: number;
    periode_jenis: "bulan" | "triwulan" | "semester" | "tahun";
    periode_ke: number;
    nilai: string | null;
  }[],
  skala: SkalaPredikat,
): CapaianTahun {
  const status = realisasiTahunan(
    baris
      .filter((b) => b.tahun === tahun)
      .map((b) => ({ periode: { jenis: b.periode_jenis, ke: b.periode_ke }, nilai: b.nilai })),
    ind.agregasi,
  );
  const realisasi = status.status === "ada" ? keString(status.nilai) : null;
  const capaian: HasilCapaian =
    status.status === "campuran"
      ? { status: "tidak_dapat_dihitung", alasan: status.pesan }
      : hitungCapaian({
          target: target?.target ?? null,
          targetAtas: target?.targetAtas ?? null,
          realisasi,
          polaritas: ind.polaritas,
          rumusNegatif: ind.rumusNegatif,
        });
  return {
    tahun,
    target: target?.target ?? null,
    targetAtas: target?.targetAtas ?? null,
    sumberTarget: target?.sumber ?? null,
    realisasi,
    statusRealisasi: status,
    capaian,
    predikat: capaian.status === "dihitung" ? predikatCapaian(capaian.persen, skala) : null,
  };
}

/**
 * The IKU table of an OPD for a year (LKjIP Bab III, PermenPANRB 53/2014): for each IKU indicator of the
 * Renstra in force, in plan order, the target in force (PK before Renstra), the yearly realisation by the
 * indicator's agregasi, capaian, predikat on the stored scale, earlier years, and the distance to the
 * Renstra end target. Everything is computed from stored rows each time it is asked.
 */
export async function hasilIku(db: Db, cakupan: Cakupan, opdId: number, tahun: number): Promise<HasilIku> {
  const c = cakupanOpd(cakupan, opdId);
  const renstra = await cariRenstraAktif(db, c, opdId, tahun);
  if (!renstra) {
    throw new GalatTerukur("tidak_ditemukan", `Belum ada Renstra yang meliputi tahun ${tahun}`, "tahun");
  }
  const skala = await repo.muatSkalaPredikat(db, c, KODE_SKALA_CAPAIAN, tahun);
  const pohon = await bacaPohonRenstra(db, c, renstra.id);
  const urutan: { ind: IndikatorRenstra; tujuan: BarisIku["tujuan"]; sasaran: BarisIku["sasaran"] }[] = [];
  for (const t of pohon.tujuan) {
    const tujuan = { kode: t.kode, uraian: t.uraian };
    for (const ind of t.indikator) urutan.push({ ind, tujuan, sasaran: null });
    for (const s of t.sasaran) {
      for (const ind of s.indikator)
        urutan.push({ ind, tujuan, sasaran: { kode: s.kode, uraian: s.uraian } });
    }
  }

  const hasil: BarisIku[] = [];
  for (const { ind, tujuan, sasaran } of urutan.filter((u) => u.ind.iku)) {
    const targets = await targetBerlaku(db, c, ind.id);
    const targetPer = new Map(targets.map((t) => [t.tahun, t]));
    const baris = await repo.daftarRealisasiIndikator(db, c, ind.id);
    const tahunLalu = [...new Set([...targets.map((t) => t.tahun), ...baris.map((b) => b.tahun)])]
      .filter((th) => th < tahun)
      .sort((a, b) => a - b);
    const sekarang = hitungTahun(ind, tahun, targetPer.get(tahun), baris, skala);
    hasil.push({
      ...sekarang,
      tujuan,
      sasaran,
      indikator: {
        id: ind.id,
        kode: ind.kode,
        nama: ind.nama,
        satuan: ind.satuan,
        polaritas: ind.polaritas,
        agregasi: ind.agregasi,
        presisi: ind.presisi,
      },
      riwayat: tahunLalu.map((th) => hitungTahun(ind, th, targetPer.get(th), baris, skala)),
      kondisiAkhir: {
        tahun: renstra.tahun_akhir,
        nilai: ind.kondisiAkhir,
        capaian: capaianTerhadapTargetAkhir(
          sekarang.realisasi,
          ind.kondisiAkhir,
          ind.polaritas,
          ind.rumusNegatif,
        ),
      },
    });
  }
  return {
    tahun,
    renstra: {
      id: renstra.id,
      nama: renstra.nama,
      tahunAwal: renstra.tahun_awal,
      tahunAkhir: renstra.tahun_akhir,
    },
    skala: { kode: skala.kode, nama: skala.nama, sumber: skala.sumber },
    indikator: hasil,
  };
}

/**
 * The capaian scale in force in a year with its bands, so LKjIP Bab III can print the scale that labelled
 * its predikat (Permendagri 86/2017 by default, decisions.md; a pemda's own scale overrides it).
 */
export async function skalaCapaianBerlaku(db: Db, cakupan: Cakupan, tahun: number): Promise<SkalaPredikat> {
  return repo.muatSkalaPredikat(db, cakupan, KODE_SKALA_CAPAIAN, tahun);
}

/**
 * The notes entered with an indicator's realisation rows of one year (the latest period first), so a report
 * can say why a value is missing ("belum dapat diukur karena …") instead of inventing one (decisions.md).
 */
export async function catatanRealisasiTahun(
  db: Db,
  cakupan: Cakupan,
  indikatorId: number,
  tahun: number,
): Promise<string[]> {
  const baris = await repo.daftarRealisasiTahun(db, cakupan, indikatorId, tahun);
  return baris
    .filter((b) => b.catatan !== null && b.catatan.trim() !== "")
    .sort((a, b) => b.periode_ke - a.periode_ke)
    .map((b) => (b.catatan ?? "").trim());
}

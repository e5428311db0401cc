/**
 * Use case: the SKM report of one survey period of an OPD (PermenPANRB 14/2017 Lampiran: laporan hasil SKM) as a
 * report model for the HTML, DOCX and PDF renderers. The numbers come from the survey core (hasilPeriode,
 * trenSkm); each chapter is a pure function in ./skm/.
 */
import type { Db } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { tentukanOpdById } from "../planning/renstra.service.ts";
import { hasilPeriode, trenSkm } from "../survey/survey.service.ts";
import { infoPemda } from "../tenancy/tenancy.service.ts";
import { penomor } from "./lkjip/penomor.ts";
import type { Dokumen, Kertas } from "./model.ts";
import { babMetodologi } from "./skm/bab2-metodologi.ts";
import { babHasil } from "./skm/bab3-hasil.ts";
import { babAnalisis } from "./skm/bab4-analisis.ts";
import { babTindakLanjut, penutup } from "./skm/bab5-tindak-lanjut.ts";
import { type BahanSkm, namaPeriode } from "./skm/bahan.ts";
import { babPendahuluan, daftarSkm, sampulSkm } from "./skm/pembuka.ts";

/** Which survey period of the year: a triwulan, a semester or the whole year. */
export type PilihanPeriodeSkm = { jenis: "triwulan" | "semester" | "tahun"; ke: number };

/** Assembles the report from loaded material. Why: pure, so tests and previews need no database. */
export function rakitLaporanSkm(bahan: BahanSkm, kertas: Kertas): Dokumen {
  const h = bahan.hasil;
  const periode = namaPeriode(h.periode);
  return {
    jenis: "skm",
    judul: `Laporan Hasil Survei Kepuasan Masyarakat ${h.opd.nama} ${periode}`,
    kepalaHalaman: `Laporan SKM ${h.opd.nama} ${periode}`,
    kertas,
    draf: false,
    sampul: sampulSkm(bahan),
    isi: [
      ...daftarSkm(),
      ...babPendahuluan(bahan),
      ...babMetodologi(bahan, penomor("2")),
      ...babHasil(bahan, penomor("3")),
      ...babAnalisis(bahan),
      ...babTindakLanjut(bahan, penomor("5")),
      ...penutup(bahan),
    ],
  };
}

const NAMA_JENIS = { triwulan: "triwulan", semester: "semester", tahun: "tahunan" } as const;

/**
 * The SKM report of an OPD for one period of `tahun`: the named one, else the yearly period, else the only period
 * of that year. Refuses an OPD outside the caller's scope and a year without (or with ambiguous) periods, naming
 * the periods that exist.
 */
export async function susunLaporanSkm(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
  periode: PilihanPeriodeSkm | undefined,
  opsi: { kertas: Kertas },
): Promise<Dokumen> {
  const c = cakupanOpd(cakupan, opdId);
  const [opd, pemda, tren] = await Promise.all([
    tentukanOpdById(db, c, opdId),
    infoPemda(db, c),
    trenSkm(db, c, opdId),
  ]);
  const diTahun = tren.filter((t) => t.tahun === tahun);
  const pilih =
    periode === undefined
      ? (diTahun.find((t) => t.periodeJenis === "tahun") ?? (diTahun.length === 1 ? diTahun[0] : undefined))
      : diTahun.find((t) => t.periodeJenis === periode.jenis && t.periodeKe === periode.ke);
  if (pilih === undefined) {
    const ada = diTahun.map((t) => namaPeriode(t)).join(", ");
    const diminta =
      periode === undefined
        ? `tahun ${tahun}`
        : `${NAMA_JENIS[periode.jenis]} ke-${periode.ke} tahun ${tahun}`;
    throw new GalatTerukur(
      "tidak_ditemukan",
      diTahun.length === 0
        ? `Belum ada periode survei kepuasan masyarakat ${opd.nama} pada tahun ${tahun}`
        : `Periode survei ${diminta} tidak ditemukan; yang ada: ${ada}. Sebutkan triwulannya.`,
      "triwulan",
    );
  }
  const hasil = await hasilPeriode(db, c, pilih.periodeId);
  return rakitLaporanSkm(
    {
      hasil,
      tren,
      pemda: { nama: pemda.nama },
      pimpinan: { jabatan: opd.pimpinan_jabatan, nama: opd.pimpinan_nama, nip: opd.pimpinan_nip },
    },
    opsi.kertas,
  );
}

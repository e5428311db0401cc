/**
 * Use case: the LKjIP of one OPD-year as a report model (PermenPANRB 53/2014 Anak Lampiran II; Perpres
 * 29/2014), generated from stored data only. Reads run in parallel; every chapter is built by a pure
 * function in ./lkjip/; a report with error-level consistency findings is a draft with a findings appendix.
 */
import type { Db } from "../../platform/db/transaction.ts";
import type { Cakupan } from "../../platform/scope.ts";
import { babPendahuluan } from "./lkjip/bab1-pendahuluan.ts";
import { babPerencanaan } from "./lkjip/bab2-perencanaan.ts";
import { babAkuntabilitas } from "./lkjip/bab3-akuntabilitas.ts";
import { babPenutup } from "./lkjip/bab4-penutup.ts";
import { type BahanLkjip, muatBahanLkjip } from "./lkjip/bahan.ts";
import { ikhtisarEksekutif } from "./lkjip/ikhtisar.ts";
import { lampiran } from "./lkjip/lampiran.ts";
import { adaGalat, lampiranTemuan } from "./lkjip/lampiran-temuan.ts";
import { daftarOtomatis, kataPengantar, sampulLkjip } from "./lkjip/pembuka.ts";
import { penomor } from "./lkjip/penomor.ts";
import type { Dokumen, Kertas } from "./model.ts";

/** Options of the LKjIP: paper size, and the signing date (ISO) when it is known. */
export type OpsiLkjip = { kertas: Kertas; tanggal?: string };

/** Assembles the document from already-loaded material. Why: pure, so previews and tests need no database. */
export function rakitLkjip(bahan: BahanLkjip, kertas: Kertas): Dokumen {
  const draf = adaGalat(bahan.temuan);
  const nomorLampiran = penomor("L");
  const akhir = lampiran(bahan, nomorLampiran);
  return {
    jenis: "lkjip",
    judul: `Laporan Kinerja Instansi Pemerintah ${bahan.opd.nama} Tahun ${bahan.tahun}`,
    kepalaHalaman: `LKjIP ${bahan.opd.nama} ${bahan.tahun}`,
    kertas,
    draf,
    sampul: sampulLkjip(bahan),
    isi: [
      ...kataPengantar(bahan),
      ...ikhtisarEksekutif(bahan),
      ...daftarOtomatis(),
      ...babPendahuluan(bahan),
      ...babPerencanaan(bahan),
      ...babAkuntabilitas(bahan),
      ...babPenutup(bahan),
      ...akhir.blok,
      ...(draf ? lampiranTemuan(bahan.temuan, akhir.jumlah + 1, nomorLampiran.tabel()) : []),
    ],
  };
}

/**
 * The LKjIP of one OPD for one year, ready for the HTML, DOCX and PDF renderers. Refuses an OPD outside the
 * caller's scope and a year without a Renstra in force.
 */
export async function susunLkjip(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
  opsi: OpsiLkjip,
): Promise<Dokumen> {
  const bahan = await muatBahanLkjip(db, cakupan, opdId, tahun, opsi.tanggal);
  return rakitLkjip(bahan, opsi.kertas);
}

/**
 * Every consistency rule, in the order a planner reads a report: Renstra, PK, DPA, realisation, narrative,
 * wilayah, then the pohon kinerja (issue 9).
 */
import type { AturanKonsistensi } from "./aturan.ts";
import { aturanAnggaranKasVsPagu } from "./rules/anggaran-kas-vs-pagu.ts";
import { aturanDpaPaguInduk } from "./rules/dpa-pagu-induk.ts";
import { aturanIkuTanpaRealisasi } from "./rules/iku-tanpa-realisasi.ts";
import { aturanIndikatorTanpaSasaran } from "./rules/indikator-tanpa-sasaran.ts";
import { aturanNarasiAngkaVsRegister } from "./rules/narasi-angka-vs-register.ts";
import { aturanNarasiTerbilang } from "./rules/narasi-terbilang.ts";
import { aturanPkAnggaranVsDpa } from "./rules/pk-anggaran-vs-dpa.ts";
import { aturanPkDpaTahun } from "./rules/pk-dpa-tahun.ts";
import { aturanPkTargetVsRenstra } from "./rules/pk-target-vs-renstra.ts";
import { aturanPohonIndikatorTanpaPemilik } from "./rules/pohon-indikator-tanpa-pemilik.ts";
import { aturanPohonOutcomeBerbunyiOutput } from "./rules/pohon-outcome-berbunyi-output.ts";
import { aturanPohonPkTargetVsSimpul } from "./rules/pohon-pk-target-vs-simpul.ts";
import { aturanPohonSimpulTanpaAnggaran } from "./rules/pohon-simpul-tanpa-anggaran.ts";
import { aturanPohonSimpulYatim } from "./rules/pohon-simpul-yatim.ts";
import { aturanPohonSubKegiatanTanpaSimpul } from "./rules/pohon-sub-kegiatan-tanpa-simpul.ts";
import { aturanRealisasiMelebihiPagu } from "./rules/realisasi-melebihi-pagu.ts";
import { aturanRenstraTargetKosong } from "./rules/renstra-target-kosong.ts";
import { aturanSasaranTanpaIndikator } from "./rules/sasaran-tanpa-indikator.ts";
import { aturanSubKegiatanTanpaKeluaran } from "./rules/sub-kegiatan-tanpa-keluaran.ts";
import { aturanWilayahInduk } from "./rules/wilayah-induk.ts";

/** The registry the service runs and the CLI and UI list (id, judul, uraian). */
export const DAFTAR_ATURAN: readonly AturanKonsistensi[] = [
  aturanIndikatorTanpaSasaran,
  aturanSasaranTanpaIndikator,
  aturanRenstraTargetKosong,
  aturanPkTargetVsRenstra,
  aturanPkDpaTahun,
  aturanPkAnggaranVsDpa,
  aturanDpaPaguInduk,
  aturanSubKegiatanTanpaKeluaran,
  aturanAnggaranKasVsPagu,
  aturanRealisasiMelebihiPagu,
  aturanIkuTanpaRealisasi,
  aturanNarasiTerbilang,
  aturanNarasiAngkaVsRegister,
  aturanWilayahInduk,
  aturanPohonSimpulYatim,
  aturanPohonIndikatorTanpaPemilik,
  aturanPohonOutcomeBerbunyiOutput,
  aturanPohonPkTargetVsSimpul,
  aturanPohonSimpulTanpaAnggaran,
  aturanPohonSubKegiatanTanpaSimpul,
];

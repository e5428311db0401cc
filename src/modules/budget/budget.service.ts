/**
 * The budget module's use cases in one import: DPA structure, anggaran kas, realisasi anggaran and the
 * roll-up summaries. Each lives in its own file; callers (routes, loader, other modules) import from here.
 */
export { anggaranKasSubKegiatan, aturAnggaranKas } from "./anggaran-kas.service.ts";
export {
  buatDpa,
  cariDpa,
  type Dpa,
  daftarProgramDpa,
  dpaBerlaku,
  tambahKegiatanDpa,
  tambahProgramDpa,
  tambahSubKegiatanDpa,
} from "./dpa.service.ts";
export {
  catatRealisasiAnggaran,
  type RealisasiAnggaranPeriode,
  realisasiAnggaranPerPeriode,
} from "./realisasi-anggaran.service.ts";
export {
  type KegiatanRingkasan,
  type ProgramRingkasan,
  paguProgram,
  type RingkasanAnggaran,
  ringkasanAnggaran,
  type SubKegiatanRingkasan,
  type TotalProgramSql,
  tahunDpaTerakhir,
  totalAnggaranSql,
} from "./ringkasan-anggaran.service.ts";

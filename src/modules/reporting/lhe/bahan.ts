/**
 * Everything the LHE (Laporan Hasil Evaluasi AKIP, PermenPANRB 88/2021) is built from, read once by
 * lhe.service.ts; the builders in this folder turn it into report-model blocks without any I/O.
 */
import type { HasilLke } from "../../evaluation/lke-nilai.domain.ts";
import type { PenilaianLke, TahunLke } from "../../evaluation/lke-penilaian.service.ts";
import type { Penandatangan } from "../model.ts";

/** A recommendation as the LHE prints it. */
export type RekomendasiLhe = {
  nomor: number;
  uraian: string;
  komponenKode: string | null;
  penanggungJawab: string | null;
  /** `YYYY-MM-DD` or null */
  tenggat: string | null;
};

/** The data of one LHE: a final assessment, its recommendations, earlier years and who signs. */
export type BahanLhe = {
  tahun: number;
  opd: { nama: string };
  pemda: { nama: string };
  penilaian: PenilaianLke;
  /** the evaluator's result: the final score */
  hasil: HasilLke;
  /** the OPD's self-assessment result, when it answered every criterion */
  hasilMandiri: HasilLke | null;
  rekomendasi: RekomendasiLhe[];
  /** every evaluated year up to and including this one, oldest first */
  riwayat: TahunLke[];
  /** the town and date printed over the signatures */
  tempat: string;
  tanggal: string;
  /** the evaluator who finalised the score, then the Inspektur */
  penandatangan: Penandatangan[];
};

import type { Db } from "../../platform/db/transaction.ts";
import type { Cakupan } from "../../platform/scope.ts";
import type { HasilLke } from "./lke-nilai.domain.ts";
import type { PaketLke } from "./lke-paket.domain.ts";

/** A file supporting an answer (uploaded) or a fact Terukur itself holds (linked automatically). */
export type BuktiJawabanLke =
  | { jenis: "berkas"; id: number; namaBerkas: string; ukuran: number; diunggahPada: Date }
  | { jenis: "otomatis"; uraian: string; tautan: string | null; terpenuhi: boolean };

/** One criterion of an assessment: both sides' answers and notes, and its evidence. */
export type JawabanPenilaianLke = {
  kode: string;
  mandiri: string | null;
  catatanMandiri: string | null;
  evaluator: string | null;
  catatanEvaluator: string | null;
  bukti: BuktiJawabanLke[];
};

/**
 * An OPD's LKE assessment of one year as every screen and document reads it: the pack it is scored against,
 * the answers side by side, and each side's result (null until that side has answered every criterion).
 */
export type PenilaianLke = {
  id: number;
  opdId: number;
  tahun: number;
  status: "mandiri" | "evaluasi" | "final";
  paket: PaketLke;
  jawaban: ReadonlyMap<string, JawabanPenilaianLke>;
  hasilMandiri: HasilLke | null;
  hasilEvaluator: HasilLke | null;
  catatanUmum: string | null;
  evaluasiId: number | null;
  difinalkanPada: Date | null;
  difinalkanOleh: string | null;
};

/** The assessment of an OPD for a year, or null when none was started. Why: the one read every view shares. */
export async function bacaPenilaianLke(
  _db: Db,
  _cakupan: Cakupan,
  _opdId: number,
  _tahun: number,
): Promise<PenilaianLke | null> {
  throw new Error("bacaPenilaianLke: belum diterapkan");
}

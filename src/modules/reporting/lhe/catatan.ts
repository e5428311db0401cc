/**
 * Section C of the LHE: the evaluator's notes per komponen, gathered from the notes written beside the criteria
 * of the LKE (in pack order), after the general note of the assessment when there is one.
 */
import { judul, paragraf } from "../lkjip/blok.ts";
import type { Blok } from "../model.ts";
import type { BahanLhe } from "./bahan.ts";

/** The notes per komponen; a komponen without notes says so rather than disappearing. */
export function bagianCatatan(b: BahanLhe): Blok[] {
  const p = b.penilaian;
  const isi: Blok[] = [judul(2, "C.", "Catatan Hasil Evaluasi")];
  if (p.catatanUmum?.trim()) isi.push(paragraf(p.catatanUmum.trim()));
  for (const k of p.paket.komponen) {
    isi.push(judul(3, `${k.kode}.`, k.nama));
    const catatan = k.subKomponen
      .flatMap((s) => s.kriteria)
      .map((kr) => ({ kode: kr.kode, teks: p.jawaban.get(kr.kode)?.catatanEvaluator?.trim() ?? "" }))
      .filter((c) => c.teks !== "");
    if (catatan.length === 0) {
      isi.push(paragraf("Tidak ada catatan evaluator pada komponen ini."));
    } else {
      isi.push({
        jenis: "daftar",
        bernomor: false,
        butir: catatan.map((c) => [{ teks: `${c.kode} `, tebal: true }, { teks: c.teks }]),
      });
    }
  }
  return isi;
}

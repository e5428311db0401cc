/**
 * The demo's LKE 2024 of Kecamatan Malili: a self-assessment on the PermenPANRB 88/2021 pack, submitted to the
 * evaluator (status evaluasi) and not finalised, so the screens have content and the evaluator has work to do.
 * The answers are illustrative (the reference report holds no LKE worksheet), in line with the 2023 score 66 (B).
 */
import {
  ajukanPenilaianMandiri,
  mulaiPenilaianLke,
  simpanJawabanLke,
} from "../../src/modules/evaluation/lke-penilaian.service.ts";
import type { Db } from "../../src/platform/db/transaction.ts";
import type { Cakupan } from "../../src/platform/scope.ts";

/** The year of the demo assessment. */
export const TAHUN_LKE_DEMO = 2024;

/** Self-assessment answers per sub-komponen, in the pack's criterion order. */
export const JAWABAN_MANDIRI_DEMO: Readonly<Record<string, string>> = {
  "1.a": "A A BB BB B BB",
  "1.b": "BB BB B B CC B B CC CC B C",
  "1.c": "B B BB B CC CC B C",
  "2.a": "B CC B",
  "2.b": "B B CC B CC BB BB",
  "2.c": "CC C C CC CC B CC B CC C",
  "3.a": "A A A BB A BB",
  "3.b": "B B BB B B D CC CC B",
  "3.c": "CC C CC CC B CC C",
  "4.a": "B B CC",
  "4.b": "CC CC C CC B",
  "4.c": "B CC CC B CC",
};

/** Notes the OPD wrote beside some criteria. */
const CATATAN_MANDIRI: Readonly<Record<string, string>> = {
  "1.a.3": "Renstra Kecamatan Malili 2021–2026 telah ditetapkan.",
  "1.b.2": "Dokumen perencanaan diunggah ke laman PPID kecamatan setelah ditandatangani Camat.",
  "2.b.4": "Realisasi dilaporkan per triwulan oleh setiap seksi dan subbagian.",
  "3.a.6": "LAKIP 2024 disampaikan ke Bagian Organisasi pada bulan Februari 2025.",
  "4.c.1": "Sebagian rekomendasi 2023 masih dalam proses tindak lanjut.",
};

/** Every criterion with its self-assessment answer, from the table above. */
export function daftarJawabanMandiriDemo(): { kode: string; jawaban: string; catatan: string | null }[] {
  return Object.entries(JAWABAN_MANDIRI_DEMO).flatMap(([sub, teks]) =>
    teks.split(" ").map((jawaban, i) => {
      const kode = `${sub}.${i + 1}`;
      return { kode, jawaban, catatan: CATATAN_MANDIRI[kode] ?? null };
    }),
  );
}

/** Loads the demo assessment through the services, as the perencana of the OPD would enter it. */
export async function muatLkeDemo(db: Db, c: Cakupan, opdId: number): Promise<number> {
  const id = await mulaiPenilaianLke(db, c, "perencana", opdId, TAHUN_LKE_DEMO);
  await simpanJawabanLke(db, c, "perencana", opdId, TAHUN_LKE_DEMO, "mandiri", daftarJawabanMandiriDemo());
  await ajukanPenilaianMandiri(db, c, "perencana", opdId, TAHUN_LKE_DEMO);
  return id;
}

import { z } from "zod";

const teksAtauNull = z
  .string()
  .trim()
  .nullable()
  .default(null)
  .transform((v) => (v === "" || v === null ? null : v));

/** The side of an assessment an answer belongs to: the OPD's self-assessment or the evaluator's score. */
export const skemaSisiLke = z.enum(["mandiri", "evaluator"], {
  error: "Sisi penilaian harus mandiri atau evaluator",
});

/**
 * Answers of one side for some criteria (PermenPANRB 88/2021 LKE): the criterion code, the answer code of the
 * pack's scale (empty: not answered yet) and a note. Codes and answers are checked against the pack by the service.
 */
export const skemaJawabanLke = z.object({
  sisi: skemaSisiLke,
  daftar: z
    .array(
      z.object({
        kode: z.string({ error: "Kode kriteria wajib diisi" }).trim().min(1, "Kode kriteria wajib diisi"),
        jawaban: teksAtauNull.transform((v) => (v === null ? null : v.toUpperCase())),
        catatan: teksAtauNull.refine(
          (v) => v === null || v.length <= 4000,
          "Catatan paling panjang 4000 karakter",
        ),
      }),
    )
    .min(1, "Tidak ada jawaban yang dikirim"),
});

/** The year of an assessment. */
export const skemaTahunLke = z
  .number({ error: "Tahun harus angka" })
  .int("Tahun harus bilangan bulat")
  .min(2000, "Tahun paling awal 2000")
  .max(2200, "Tahun paling akhir 2200");

import { z } from "zod";
import { skemaRekomendasi } from "./evaluation.schemas.ts";

/** What the OPD records as the follow-up of one recommendation: plan, person, deadline, status, progress. */
export const skemaTindakLanjut = skemaRekomendasi.pick({
  rencanaAksi: true,
  penanggungJawab: true,
  tenggat: true,
  status: true,
  progres: true,
});

/**
 * The evaluator's verification of a follow-up reported as finished: accept it, or send it back to "proses"
 * with a note saying what is missing (the note is then required).
 */
export const skemaVerifikasiTindakLanjut = z
  .object({
    keputusan: z.enum(["terima", "kembalikan"], { error: "Pilih terima atau kembalikan" }),
    catatan: z
      .string()
      .trim()
      .nullable()
      .default(null)
      .transform((v) => (v === "" ? null : v)),
  })
  .superRefine((d, ctx) => {
    if (d.keputusan === "kembalikan" && d.catatan === null) {
      ctx.addIssue({
        code: "custom",
        path: ["catatan"],
        message: "Catatan wajib diisi saat tindak lanjut dikembalikan",
      });
    }
  });

import { z } from "zod";
import { skemaRekomendasi } from "./evaluation.schemas.ts";

/**
 * A new recommendation as the evaluator enters it: the LHE fields plus the LKE komponen it addresses (a code of
 * the regulation pack, e.g. "1"; empty for a general one), so the LHE can group it (PermenPANRB 88/2021 Lampiran).
 */
export const skemaRekomendasiBaru = skemaRekomendasi.extend({
  komponenKode: z
    .string()
    .trim()
    .nullable()
    .default(null)
    .transform((v) => (v === "" ? null : v)),
});

import type { z } from "zod";
import { inputTidakValid } from "./errors.ts";

/** Parses input with a zod schema and turns the first problem into a refusal that names the field. */
export function validasi<S extends z.ZodType>(skema: S, input: unknown): z.output<S> {
  const hasil = skema.safeParse(input);
  if (hasil.success) return hasil.data;
  const masalah = hasil.error.issues[0];
  const bidang = masalah && masalah.path.length > 0 ? masalah.path.join(".") : null;
  const pesan = masalah?.message ?? "Input tidak valid";
  throw inputTidakValid(bidang ? `${bidang}: ${pesan}` : pesan, bidang);
}

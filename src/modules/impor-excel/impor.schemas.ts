import { z } from "zod";
import type { BarisDpa } from "./dpa.domain.ts";
import { JENIS_IMPOR, KODE_PERIODE } from "./impor.domain.ts";
import type { BarisRealisasi } from "./realisasi.domain.ts";
import type { BarisTarget } from "./target.domain.ts";

const tahun = z.coerce
  .number({ error: "Tahun harus angka, misalnya 2024" })
  .int("Tahun harus bilangan bulat")
  .min(2000, "Tahun tidak masuk akal")
  .max(2200, "Tahun tidak masuk akal");

/** Which sheet, year, period and DPA version a template, an export or an upload is about (form or query). */
export const skemaPermintaan = z
  .object({
    jenis: z.enum(JENIS_IMPOR, { error: "Pilih jenis data: target Renstra, DPA atau realisasi" }),
    tahun,
    periode: z.enum(KODE_PERIODE, { error: "Pilih periode: TW I–IV atau setahun" }).default("tahun"),
    dpaJenis: z
      .enum(["murni", "perubahan"], { error: "Jenis DPA harus murni atau perubahan" })
      .default("murni"),
  })
  .strip();

/** A validated request for a sheet. */
export type Permintaan = z.output<typeof skemaPermintaan>;

const baris = z.number().int().min(2);
const teksNull = z.string().nullable();

/**
 * The checked rows a preview hands to its "Simpan" button (signed; parsed again on save so a payload of an
 * older shape is refused instead of misread).
 */
export const skemaMuatan = z.object({
  permintaan: skemaPermintaan,
  renstraId: z.number().int().nullable(),
  target: z.array(
    z.object({
      baris,
      kode: z.string(),
      tahun: z.number().int(),
      target: z.string(),
      targetAtas: teksNull,
    }),
  ),
  dpa: z.array(
    z.object({
      baris,
      kode: z.string(),
      level: z.enum(["program", "kegiatan", "sub_kegiatan"]),
      nama: z.string(),
      pagu: teksNull,
    }),
  ),
  realisasi: z.array(
    z.object({ baris, kode: z.string(), nilai: teksNull, sumber: teksNull, catatan: teksNull }),
  ),
});

/** The signed payload of a preview. */
export type Muatan = {
  permintaan: Permintaan;
  renstraId: number | null;
  target: BarisTarget[];
  dpa: BarisDpa[];
  realisasi: BarisRealisasi[];
};

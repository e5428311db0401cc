import { z } from "zod";
import type { HasilReviu } from "./naskah.ts";

/** The upload form's fields besides the file: the report year, read from the cover when left empty. */
export const skemaUnggahReviu = z.object({
  tahun: z
    .number({ message: "Tahun laporan harus berupa angka tahun, misalnya 2024" })
    .int({ message: "Tahun laporan harus berupa angka tahun, misalnya 2024" })
    .min(2000, { message: "Tahun laporan paling awal 2000" })
    .max(2100, { message: "Tahun laporan paling akhir 2100" })
    .nullable(),
});

const skemaLokasi = z.object({
  bab: z.string().nullable(),
  bagian: z.string().nullable(),
  tabel: z.string().nullable(),
  baris: z.number().nullable(),
  kolom: z.string().nullable(),
  barisBerkas: z.number().nullable(),
  kutipan: z.string().nullable(),
});

const skemaJenis = z.enum([
  "aritmetika",
  "antar_tabel",
  "predikat",
  "kata_tren",
  "hitungan_teks",
  "tanggal_penandatangan",
  "struktur",
]);

/**
 * The review result as stored in reviu_dokumen.hasil, checked when read back so a row written by an older
 * version cannot reach a page or a document half-formed.
 */
export const skemaHasilReviu: z.ZodType<HasilReviu> = z.object({
  namaBerkas: z.string(),
  format: z.enum(["docx", "teks"]),
  terbaca: z.object({ bab: z.number(), tabel: z.number(), paragraf: z.number() }),
  ringkasan: z.object({
    tinggi: z.number(),
    sedang: z.number(),
    rendah: z.number(),
    perJenis: z.partialRecord(skemaJenis, z.number()),
  }),
  temuan: z.array(
    z.object({
      kode: z.string(),
      jenis: skemaJenis,
      tingkat: z.enum(["tinggi", "sedang", "rendah"]),
      pesan: z.string(),
      lokasi: skemaLokasi,
      stated: z.number().optional(),
      computed: z.number().optional(),
      difference: z.number().optional(),
    }),
  ),
});

/** The summary counts alone (the list of earlier reviews reads only these). */
export const skemaRingkasanReviu = z.object({
  tinggi: z.number(),
  sedang: z.number(),
  rendah: z.number(),
  perJenis: z.partialRecord(skemaJenis, z.number()),
});

import { z } from "zod";

const rupiah = z.string().regex(/^\d+$/).describe('Rupiah utuh sebagai string angka, mis. "4445199950"');
const desimal = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .describe('Angka desimal tepat dengan titik, mis. "93.05"');

const hasilPersen = z.discriminatedUnion("status", [
  z.object({ status: z.literal("dihitung"), persen: desimal }),
  z.object({ status: z.literal("tidak_dapat_dihitung"), alasan: z.string() }),
]);

/** One IKU of the year as the summary shows it. */
export const skemaIkuRingkasan = z.object({
  sasaran: z.string().nullable(),
  kode: z.string(),
  indikator: z.string(),
  satuan: z.string(),
  target: desimal.nullable(),
  sumberTarget: z.enum(["pk", "renstra"]).nullable(),
  realisasi: desimal.nullable(),
  capaian: hasilPersen,
  predikat: z.string().nullable(),
});

const anggaranBaris = z.object({
  kode: z.string(),
  nama: z.string(),
  pagu: rupiah,
  realisasi: rupiah,
  serapan: hasilPersen,
});

/** GET /api/v1/opd/{kode}/ringkasan: an OPD's year at a glance, every figure computed from the store. */
export const skemaRingkasan = z.object({
  pemda: z.object({ kode: z.string(), nama: z.string() }),
  opd: z.object({ kode: z.string(), nama: z.string() }),
  tahun: z.number().int(),
  skalaPredikat: z.string().describe("Nama skala predikat yang berlaku"),
  iku: z.array(skemaIkuRingkasan),
  anggaran: z.object({
    dpa: z.enum(["murni", "perubahan"]).nullable(),
    program: z.array(anggaranBaris),
    total: z.object({ pagu: rupiah, realisasi: rupiah, serapan: hasilPersen }),
  }),
});

/** The summary's plain data shape, shared by the API and the home page. */
export type Ringkasan = z.infer<typeof skemaRingkasan>;

/** The query of the summary endpoint. */
export const skemaKueriRingkasan = z.object({
  tahun: z.coerce
    .number({ error: "tahun harus berupa angka, mis. 2024" })
    .int("tahun harus bilangan bulat")
    .min(2000, "tahun harus antara 2000 dan 2100")
    .max(2100, "tahun harus antara 2000 dan 2100"),
});

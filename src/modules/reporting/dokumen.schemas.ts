import { z } from "zod";

/** The output formats every document has. */
export const FORMAT_DOKUMEN = ["pdf", "docx", "html"] as const;

/** One output format. */
export type FormatDokumen = (typeof FORMAT_DOKUMEN)[number];

/** MIME type per format, for downloads. */
export const MIME_DOKUMEN: Record<FormatDokumen, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  html: "text/html; charset=utf-8",
};

/** A request for one generated document: which one, for which year (and quarter), on which paper. */
export const skemaPermintaanDokumen = z
  .object({
    jenis: z.enum(["lkjip", "pk", "iku", "evaluasi-triwulan", "skm", "lhe", "pohon-kinerja"], {
      error: "jenis harus salah satu dari lkjip, pk, iku, evaluasi-triwulan, skm, lhe, pohon-kinerja",
    }),
    tahun: z.coerce
      .number({ error: "tahun harus berupa angka, mis. 2024" })
      .int("tahun harus bilangan bulat")
      .min(2000, "tahun harus antara 2000 dan 2100")
      .max(2100, "tahun harus antara 2000 dan 2100"),
    triwulan: z.coerce
      .number({ error: "triwulan harus angka 1 sampai 4" })
      .int("triwulan harus angka 1 sampai 4")
      .min(1, "triwulan harus angka 1 sampai 4")
      .max(4, "triwulan harus angka 1 sampai 4")
      .optional(),
    kertas: z.enum(["a4", "f4", "a3"], { error: "kertas harus a4, f4 atau a3" }).default("a4"),
  })
  .refine((p) => p.jenis !== "evaluasi-triwulan" || p.triwulan !== undefined, {
    message: "triwulan wajib diisi untuk evaluasi triwulan (1 sampai 4)",
    path: ["triwulan"],
  });

/** A validated document request. */
export type PermintaanDokumen = z.output<typeof skemaPermintaanDokumen>;

import { z } from "zod";
import { skemaTahun } from "../planning/planning.schemas.ts";
import { bacaBobot } from "./skm.domain.ts";

/** Answer options of the respondent profile, as the skm_respons CHECK constraints allow (migration 0005). */
export const PILIHAN_PROFIL = {
  jenisKelamin: ["L", "P"],
  pendidikan: ["SD", "SMP", "SMA", "D1-D3", "D4-S1", "S2-S3", "lainnya"],
  pekerjaan: ["PNS", "TNI/POLRI", "swasta", "wirausaha", "pelajar/mahasiswa", "lainnya"],
} as const;

/** Bounds of the respondent's age (migration 0005). */
export const USIA = { min: 10, maks: 120 } as const;

/** Longest suggestion text kept (migration 0005: length(saran) <= 2000). */
export const PANJANG_SARAN_MAKS = 2000;

/** An ISO calendar date "YYYY-MM-DD" that exists (2024-02-30 is refused). */
export const skemaTanggal = z
  .string({ error: "Tanggal wajib diisi (TTTT-BB-HH)" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Tanggal harus berbentuk TTTT-BB-HH")
  .refine((t) => {
    const d = new Date(`${t}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === t;
  }, "Tanggal tidak ada di kalender");

const skemaKode = z
  .string({ error: "Kode wajib diisi" })
  .trim()
  .regex(
    /^[a-z0-9][a-z0-9-]*$/,
    "Kode hanya boleh huruf kecil, angka dan tanda minus, diawali huruf atau angka",
  );

/** Input for a service unit (loket) or a service type of an OPD. */
export const skemaUnitAtauJenis = z.object({
  kode: skemaKode,
  nama: z.string({ error: "Nama wajib diisi" }).trim().min(1, "Nama wajib diisi"),
});

const skemaBobot = z.union(
  [
    z.string().transform((t, ctx) => {
      const b = bacaBobot(t);
      if (b) return b;
      ctx.addIssue({ code: "custom", message: `Bobot "${t}" harus pecahan positif, mis. 1/9` });
      return z.NEVER;
    }),
    z.object({
      pembilang: z.number().int().positive("Pembilang bobot harus positif"),
      penyebut: z.number().int().positive("Penyebut bobot harus positif"),
    }),
  ],
  { error: 'Bobot harus pecahan, mis. "1/9"' },
);

/** Input for a pemda's own questionnaire version; the weights are checked to sum to 1 by the service. */
export const skemaKuesionerKhusus = z.object({
  kode: skemaKode,
  nama: z.string({ error: "Nama kuesioner wajib diisi" }).trim().min(1, "Nama kuesioner wajib diisi"),
  sumber: z
    .string({ error: "Sumber/dasar kuesioner wajib diisi" })
    .trim()
    .min(1, "Sumber/dasar kuesioner wajib diisi"),
  berlakuMulai: skemaTanggal.optional(),
  unsur: z
    .array(
      z.object({
        kunci: z
          .string({ error: "Kunci unsur wajib diisi" })
          .trim()
          .regex(/^[A-Za-z0-9_]+$/, "Kunci unsur hanya huruf, angka dan garis bawah"),
        nama: z.string({ error: "Nama unsur wajib diisi" }).trim().min(1, "Nama unsur wajib diisi"),
        pertanyaan: z.string({ error: "Pertanyaan wajib diisi" }).trim().min(1, "Pertanyaan wajib diisi"),
        bobot: skemaBobot,
        label: z.tuple(
          [
            z.string().trim().min(1),
            z.string().trim().min(1),
            z.string().trim().min(1),
            z.string().trim().min(1),
          ],
          { error: "Setiap unsur memerlukan empat label jawaban (1–4)" },
        ),
        wajib: z.boolean().default(true),
      }),
      { error: "Daftar unsur wajib diisi" },
    )
    .min(1, "Kuesioner harus memiliki paling sedikit satu unsur"),
});

/** Input for a survey period of an OPD (PermenPANRB 14/2017 Pasal 1: at least yearly; triwulan/semester allowed). */
export const skemaPeriodeSkm = z
  .object({
    tahun: skemaTahun,
    periodeJenis: z.enum(["triwulan", "semester", "tahun"], {
      error: "Jenis periode survei harus triwulan, semester atau tahun",
    }),
    periodeKe: z.number({ error: "Nomor periode harus angka" }).int("Nomor periode harus bilangan bulat"),
    mulai: skemaTanggal,
    selesai: skemaTanggal,
    jumlahPengguna: z
      .number({ error: "Jumlah pengguna layanan harus angka" })
      .int("Jumlah pengguna layanan harus bilangan bulat")
      .min(0, "Jumlah pengguna layanan tidak boleh negatif")
      .nullable()
      .default(null),
    indikatorKode: z.string().trim().min(1).nullable().default(null),
    kuesionerKode: z.string().trim().min(1).default("permenpanrb-14-2017"),
    kodeSekaliPakai: z.boolean().default(false),
  })
  .superRefine((d, ctx) => {
    const batas = { triwulan: 4, semester: 2, tahun: 1 }[d.periodeJenis];
    if (d.periodeKe < 1 || d.periodeKe > batas) {
      ctx.addIssue({
        code: "custom",
        path: ["periodeKe"],
        message: `Periode ${d.periodeJenis} harus bernomor ${batas === 1 ? "1" : `1 sampai ${batas}`}`,
      });
    }
    if (d.selesai < d.mulai) {
      ctx.addIssue({
        code: "custom",
        path: ["selesai"],
        message: "Tanggal selesai tidak boleh sebelum tanggal mulai",
      });
    }
  });

const teksOpsional = z
  .string()
  .trim()
  .nullable()
  .optional()
  .transform((v) => (v ? v : null));

/** One submitted questionnaire, from the public form, a kiosk or an import row. */
export const skemaRespons = z.object({
  kodeUnit: z.string({ error: "Unit layanan wajib diisi" }).trim().min(1, "Unit layanan wajib diisi"),
  tanggal: skemaTanggal,
  jawaban: z.record(
    z.string(),
    z.union([z.number(), z.null()], { error: "Jawaban harus angka 1 sampai 4" }),
    {
      error: "Jawaban wajib diisi",
    },
  ),
  jenisLayananKode: teksOpsional,
  jenisKelamin: z
    .enum(PILIHAN_PROFIL.jenisKelamin, { error: "Jenis kelamin harus L atau P" })
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  usia: z
    .number({ error: "Usia harus angka" })
    .int("Usia harus bilangan bulat")
    .min(USIA.min, `Usia harus antara ${USIA.min} dan ${USIA.maks} tahun`)
    .max(USIA.maks, `Usia harus antara ${USIA.min} dan ${USIA.maks} tahun`)
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  pendidikan: z
    .enum(PILIHAN_PROFIL.pendidikan, {
      error: `Pendidikan harus salah satu dari ${PILIHAN_PROFIL.pendidikan.join(", ")}`,
    })
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  pekerjaan: z
    .enum(PILIHAN_PROFIL.pekerjaan, {
      error: `Pekerjaan harus salah satu dari ${PILIHAN_PROFIL.pekerjaan.join(", ")}`,
    })
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  saran: z
    .string({ error: "Saran harus teks" })
    .trim()
    .max(PANJANG_SARAN_MAKS, `Saran paling panjang ${PANJANG_SARAN_MAKS} karakter`)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null)),
  kodeSekali: z
    .string()
    .nullable()
    .optional()
    .transform((v) => {
      const k = v?.trim().toUpperCase().replace(/[\s-]/g, "");
      return k ? k : null;
    }),
  sidik: teksOpsional,
  sumber: z.enum(["formulir", "kios", "impor"], { error: "Sumber respons harus formulir, kios atau impor" }),
});

import { z } from "zod";

/** The data a schedule governs: realisation values per period, or the yearly PK. */
export const JENIS_DATA_JADWAL = ["realisasi", "perjanjian_kinerja"] as const;

/** Periods a schedule can open, as form values: one quarter or the whole year. */
export const PERIODE_JADWAL = ["triwulan-1", "triwulan-2", "triwulan-3", "triwulan-4", "tahun-1"] as const;

/** The admin's form for one input window; times are datetime-local values typed in WITA. */
export const skemaJadwal = z.object({
  jenisData: z.enum(JENIS_DATA_JADWAL, { error: "Jenis data harus realisasi atau perjanjian kinerja" }),
  tahun: z.coerce
    .number({ error: "Tahun harus angka" })
    .int("Tahun harus bilangan bulat")
    .min(2000, "Tahun paling awal 2000")
    .max(2100, "Tahun paling akhir 2100"),
  periode: z.enum(PERIODE_JADWAL, { error: "Periode harus Triwulan I–IV atau tahunan" }),
  dibukaPada: z.string({ error: "Waktu dibuka wajib diisi" }).trim().min(1, "Waktu dibuka wajib diisi"),
  ditutupPada: z.string({ error: "Waktu ditutup wajib diisi" }).trim().min(1, "Waktu ditutup wajib diisi"),
});

import { z } from "zod";
import { bandingkan, desimal } from "../../platform/decimal.ts";
import { parseAngka } from "../../platform/number-format.ts";

const tahun = z.number({ error: "Tahun harus angka" }).int("Tahun harus bilangan bulat").min(2000).max(2200);
const teksOpsional = z
  .string()
  .trim()
  .nullable()
  .default(null)
  .transform((v) => (v === "" ? null : v));
const teksWajib = (nama: string) =>
  z
    .string({ error: `${nama} wajib diisi` })
    .trim()
    .min(1, `${nama} wajib diisi`);

function tanggalSah(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const [t, b, h] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(t, b - 1, h));
  return d.getUTCFullYear() === t && d.getUTCMonth() === b - 1 && d.getUTCDate() === h;
}
const tanggalOpsional = (nama: string) =>
  z
    .string()
    .trim()
    .refine(tanggalSah, `${nama} harus tanggal yang sah berbentuk TTTT-BB-HH, misalnya 2024-03-28`)
    .nullable()
    .default(null);

/** Input for the result of one year's AKIP evaluation (LHE): the final LKE score 0–100 (PermenPANRB 88/2021). */
export const skemaHasilEvaluasi = z.object({
  tahun,
  nilai: z.union([z.string(), z.number()], { error: "Nilai evaluasi wajib diisi" }).transform((v, ctx) => {
    const hasil = parseAngka(String(v));
    if (!hasil.ok) {
      ctx.addIssue({ code: "custom", message: `Nilai evaluasi tidak sah: ${hasil.pesan}` });
      return z.NEVER;
    }
    const n = desimal(hasil.nilai);
    if (bandingkan(n, desimal(0n)) < 0 || bandingkan(n, desimal(100n)) > 0) {
      ctx.addIssue({ code: "custom", message: "Nilai evaluasi harus antara 0 dan 100" });
      return z.NEVER;
    }
    return hasil.nilai;
  }),
  tanggalLhe: tanggalOpsional("Tanggal LHE"),
  catatan: teksOpsional,
});

/** Input for one recommendation of an LHE and its follow-up (PermenPANRB 88/2021, tindak lanjut). */
export const skemaRekomendasi = z.object({
  tahunEvaluasi: tahun,
  nomor: z
    .number({ error: "Nomor rekomendasi harus angka" })
    .int("Nomor rekomendasi harus bilangan bulat")
    .min(1, "Nomor rekomendasi mulai dari 1"),
  uraian: teksWajib("Uraian rekomendasi"),
  rencanaAksi: teksOpsional,
  penanggungJawab: teksOpsional,
  tenggat: tanggalOpsional("Tenggat"),
  status: z.enum(["belum", "proses", "selesai"], {
    error: "Status tindak lanjut harus belum, proses atau selesai",
  }),
  progres: teksOpsional,
});

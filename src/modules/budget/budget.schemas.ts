import { z } from "zod";
import { NAMA_BULAN, parseAngka, parseRupiah } from "../../platform/number-format.ts";
import { periksaPeriode } from "../performance/periode.domain.ts";
import { type LevelKode, pastikanLevel } from "./kode-nomenklatur.domain.ts";

type HasilBaca = { ok: true; nilai: bigint } | { ok: false; pesan: string };

function bacaRupiah(v: bigint | string, label: string): HasilBaca {
  if (typeof v === "bigint")
    return v < 0n ? { ok: false, pesan: `${label} tidak boleh negatif.` } : { ok: true, nilai: v };
  if (/^\s*[-−]/.test(v)) return { ok: false, pesan: `${label} tidak boleh negatif.` };
  const hasil = parseRupiah(v);
  return hasil.ok ? hasil : { ok: false, pesan: `${label} tidak sah: ${hasil.pesan}` };
}

const masukanRupiah = (label: string) =>
  z.union([z.bigint(), z.string()], { error: `${label} harus berupa angka rupiah, misalnya 4.445.199.950` });

/**
 * Whole rupiah typed by a person or given as bigint; negative and non-numeric amounts are refused with the
 * field's name (decisions.md "Money and numbers": rupiah are whole numbers).
 */
export const rupiah = (label: string) =>
  masukanRupiah(label).transform((v, ctx) => {
    const hasil = bacaRupiah(v, label);
    if (hasil.ok) return hasil.nilai;
    ctx.addIssue({ code: "custom", message: hasil.pesan });
    return z.NEVER;
  });

const angkaOpsional = (label: string) =>
  z
    .union([z.string(), z.number()], { error: `${label} harus berupa angka` })
    .nullable()
    .default(null)
    .transform((v, ctx) => {
      if (v === null || (typeof v === "string" && v.trim() === "")) return null;
      const hasil = parseAngka(String(v));
      if (hasil.ok) return hasil.nilai;
      ctx.addIssue({ code: "custom", message: `${label} tidak sah: ${hasil.pesan}` });
      return z.NEVER;
    });

const teksWajib = (nama: string) =>
  z
    .string({ error: `${nama} wajib diisi` })
    .trim()
    .min(1, `${nama} wajib diisi`);
const teksOpsional = z
  .string()
  .trim()
  .nullable()
  .default(null)
  .transform((v) => (v === "" ? null : v));

const kodeLevel = (level: LevelKode) =>
  z.string({ error: "Kode wajib diisi" }).transform((v, ctx) => {
    const hasil = pastikanLevel(v, level);
    if (hasil.ok) return hasil.kode;
    ctx.addIssue({ code: "custom", message: hasil.pesan });
    return z.NEVER;
  });

const tanggalIso = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Tanggal harus berbentuk TTTT-BB-HH, misalnya 2024-01-02")
  .nullable()
  .default(null);

/** Input for a DPA (Dokumen Pelaksanaan Anggaran) of one OPD and year: murni or perubahan. */
export const skemaDpaBaru = z.object({
  tahun: z.number({ error: "Tahun harus angka" }).int("Tahun harus bilangan bulat").min(2000).max(2200),
  jenis: z.enum(["murni", "perubahan"], { error: "Jenis DPA harus murni atau perubahan" }),
  nomor: teksOpsional,
  tanggalPengesahan: tanggalIso,
});

const keluaran = {
  nama: teksWajib("Nama"),
  indikatorKeluaran: teksOpsional,
  target: angkaOpsional("Target"),
  satuan: teksOpsional,
};

/** Input for a program of a DPA, with its output indicator and the pagu printed in the source (if any). */
export const skemaProgramDpa = z.object({
  kode: kodeLevel("program"),
  ...keluaran,
  sasaranId: z.number({ error: "Sasaran harus dipilih" }).int().positive().nullable().default(null),
  paguDinyatakan: rupiah("Pagu yang dinyatakan").nullable().default(null),
});

/** Input for a kegiatan under a DPA program. */
export const skemaKegiatanDpa = z.object({
  kode: kodeLevel("kegiatan"),
  ...keluaran,
  paguDinyatakan: rupiah("Pagu yang dinyatakan").nullable().default(null),
});

/** Input for a sub kegiatan under a DPA kegiatan; its pagu is the only stored budget figure. */
export const skemaSubKegiatanDpa = z.object({
  kode: kodeLevel("sub_kegiatan"),
  ...keluaran,
  pagu: rupiah("Pagu"),
});

/** The monthly cash plan (Rencana Penarikan Dana per Bulan, regulations.md §7.3): exactly 12 amounts. */
export const skemaAnggaranKas = z.object({
  bulanan: z
    .array(masukanRupiah("Anggaran kas"), { error: "Anggaran kas harus berupa daftar 12 bulan" })
    .length(12, "Anggaran kas harus berisi tepat 12 bulan (Januari sampai Desember)")
    .transform((daftar, ctx) => {
      const hasil: bigint[] = [];
      daftar.forEach((v, i) => {
        const baca = bacaRupiah(v, `Anggaran kas ${NAMA_BULAN[i] ?? ""}`);
        if (baca.ok) hasil.push(baca.nilai);
        else ctx.addIssue({ code: "custom", message: baca.pesan, path: [i] });
      });
      return hasil.length === 12 ? hasil : z.NEVER;
    }),
});

/** One budget realisation of a sub kegiatan for one period (bulan, triwulan, semester or tahun). */
export const skemaRealisasiAnggaran = z.object({
  periode: z
    .object({
      jenis: z.enum(["bulan", "triwulan", "semester", "tahun"], {
        error: "Jenis periode harus bulan, triwulan, semester atau tahun",
      }),
      ke: z.number({ error: "Nomor periode harus angka" }).int("Nomor periode harus bilangan bulat"),
    })
    .superRefine((p, ctx) => {
      const hasil = periksaPeriode(p);
      if (!hasil.ok) ctx.addIssue({ code: "custom", message: hasil.pesan });
    }),
  jumlah: rupiah("Jumlah realisasi"),
  catatan: teksOpsional,
});

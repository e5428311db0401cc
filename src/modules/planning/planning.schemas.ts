import { z } from "zod";
import { adalahDesimalSah, desimal, keString } from "../../platform/decimal.ts";
import { parseAngka, parseRupiah } from "../../platform/number-format.ts";

const teksWajib = (nama: string) =>
  z
    .string({ error: `${nama} wajib diisi` })
    .trim()
    .min(1, `${nama} wajib diisi`);
const teksOpsional = z.string().trim().nullable().default(null);

/** A year as SAKIP documents write it; shared by every planning and performance input. */
export const skemaTahun = z
  .number({ error: "Tahun harus angka" })
  .int("Tahun harus bilangan bulat")
  .min(1900, "Tahun tidak masuk akal")
  .max(2200, "Tahun tidak masuk akal");

/** A code inside a Renstra or RPJMD (tujuan, sasaran, indikator): short, no spaces, e.g. T1, S1.2, IKU-1. */
export const skemaKodeRencana = z
  .string({ error: "Kode wajib diisi" })
  .trim()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/,
    "Kode hanya boleh huruf, angka, titik, garis bawah dan tanda hubung, mis. S1.2",
  );

function bacaAngka(v: string | number): { ok: true; nilai: string } | { ok: false; pesan: string } {
  if (typeof v === "number") {
    const teks = String(v);
    if (!Number.isFinite(v) || !adalahDesimalSah(teks))
      return { ok: false, pesan: `${teks} bukan angka yang sah.` };
    return { ok: true, nilai: keString(desimal(teks)) };
  }
  return parseAngka(v);
}

/**
 * An indicator value typed as "93,05", "93.05" or 93.05, stored as a NUMERIC string with a dot; ambiguous
 * or non-numeric input is refused with parseAngka's message (decisions.md "Money and numbers").
 */
export const skemaAngka = (nama: string) =>
  z.union([z.string(), z.number()], { error: `${nama} harus angka` }).transform((v, ctx) => {
    const hasil = bacaAngka(v);
    if (hasil.ok) return hasil.nilai;
    ctx.addIssue({ code: "custom", message: hasil.pesan });
    return z.NEVER;
  });

/** Like skemaAngka, but empty input ("", null) means "not filled in" and becomes null. */
export const skemaAngkaOpsional = (nama: string) =>
  z
    .union([z.string(), z.number(), z.null()], { error: `${nama} harus angka` })
    .optional()
    .transform((v, ctx) => {
      if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return null;
      const hasil = bacaAngka(v);
      if (hasil.ok) return hasil.nilai;
      ctx.addIssue({ code: "custom", message: hasil.pesan });
      return z.NEVER;
    });

/** Whole rupiah typed as "Rp 4.445.199.950", "4445199950", a bigint or a whole number; null means "take it from the DPA". */
export const skemaRupiahOpsional = z
  .union([z.string(), z.number(), z.bigint(), z.null()], { error: "Anggaran harus angka rupiah" })
  .transform((v, ctx) => {
    if (v === null) return null;
    if (typeof v === "bigint") {
      if (v >= 0n) return v;
      ctx.addIssue({ code: "custom", message: "Nilai rupiah tidak boleh negatif." });
      return z.NEVER;
    }
    if (typeof v === "number") {
      if (Number.isSafeInteger(v) && v >= 0) return BigInt(v);
      ctx.addIssue({ code: "custom", message: "Nilai rupiah harus bilangan bulat tidak negatif." });
      return z.NEVER;
    }
    const hasil = parseRupiah(v);
    if (hasil.ok) return hasil.nilai;
    ctx.addIssue({ code: "custom", message: hasil.pesan });
    return z.NEVER;
  });

const periodeTahun = <T extends { tahunAwal: number; tahunAkhir: number }>(d: T, ctx: z.RefinementCtx) => {
  if (d.tahunAkhir < d.tahunAwal) {
    ctx.addIssue({
      code: "custom",
      path: ["tahunAkhir"],
      message: "Tahun akhir tidak boleh sebelum tahun awal",
    });
  } else if (d.tahunAkhir - d.tahunAwal > 6) {
    ctx.addIssue({
      code: "custom",
      path: ["tahunAkhir"],
      message: "Periode perencanaan paling lama 6 tahun",
    });
  }
};

/** Input for an RPJMD with its misi, tujuan and sasaran (the pemda's five-year plan). */
export const skemaRpjmdBaru = z
  .object({
    tahunAwal: skemaTahun,
    tahunAkhir: skemaTahun,
    visi: teksWajib("Visi"),
    misi: z.array(
      z.object({
        nomor: z.number({ error: "Nomor misi harus angka" }).int("Nomor misi harus bilangan bulat").min(1),
        uraian: teksWajib("Uraian misi"),
      }),
    ),
    tujuan: z.array(
      z.object({
        kode: skemaKodeRencana,
        misiNomor: z.number({ error: "Nomor misi harus angka" }).int(),
        uraian: teksWajib("Uraian tujuan"),
      }),
    ),
    sasaran: z.array(
      z.object({ kode: skemaKodeRencana, tujuanKode: skemaKodeRencana, uraian: teksWajib("Uraian sasaran") }),
    ),
  })
  .superRefine(periodeTahun);

/** Input for an OPD's Renstra header. */
export const skemaRenstraBaru = z
  .object({
    nama: teksWajib("Nama Renstra"),
    tahunAwal: skemaTahun,
    tahunAkhir: skemaTahun,
    rpjmdTahunAwal: skemaTahun.nullable().default(null),
  })
  .superRefine(periodeTahun);

/** Input for a tujuan of a Renstra. */
export const skemaTujuanBaru = z.object({
  kode: skemaKodeRencana,
  uraian: teksWajib("Uraian tujuan"),
  rpjmdTujuanKode: skemaKodeRencana.nullable().default(null),
  urutan: z.number().int().default(0),
});

/** Input for a sasaran of a Renstra under one of its tujuan. */
export const skemaSasaranBaru = z.object({
  kode: skemaKodeRencana,
  tujuanKode: skemaKodeRencana,
  uraian: teksWajib("Uraian sasaran"),
  rpjmdSasaranKode: skemaKodeRencana.nullable().default(null),
  urutan: z.number().int().default(0),
});

/** Input for an indicator with its passport (definisi, formula, sumber data, penanggung jawab). */
export const skemaIndikatorBaru = z.object({
  kode: skemaKodeRencana,
  tingkat: z.enum(["tujuan", "sasaran"], { error: "Tingkat indikator harus tujuan atau sasaran" }),
  tujuanKode: skemaKodeRencana.nullable().default(null),
  sasaranKode: skemaKodeRencana.nullable().default(null),
  nama: teksWajib("Nama indikator"),
  satuan: teksWajib("Satuan"),
  definisiOperasional: teksOpsional,
  formula: teksOpsional,
  sumberData: teksOpsional,
  penanggungJawabUnitKode: z.string().trim().min(1).nullable().default(null),
  penanggungJawabTeks: teksOpsional,
  polaritas: z.enum(["positif", "negatif"], { error: "Polaritas harus positif atau negatif" }),
  rumusNegatif: z
    .enum(["dua_t_kurang_r", "t_per_r"], {
      error: "Rumus polaritas negatif harus dua_t_kurang_r atau t_per_r",
    })
    .default("dua_t_kurang_r"),
  agregasi: z.enum(["sum", "last", "average"], { error: "Agregasi harus sum, last atau average" }),
  presisi: z
    .number({ error: "Presisi harus angka" })
    .int("Presisi harus bilangan bulat")
    .min(0, "Presisi paling sedikit 0")
    .max(6, "Presisi paling banyak 6"),
  baseline: skemaAngkaOpsional("Baseline"),
  baselineTahun: skemaTahun.nullable().default(null),
  kondisiAkhir: skemaAngkaOpsional("Kondisi akhir"),
  iku: z.boolean({ error: "IKU harus ya atau tidak" }),
  sumberOtomatis: z
    .enum(["ikm", "nilai_lakip"], { error: "Sumber otomatis harus ikm atau nilai_lakip" })
    .nullable()
    .default(null),
  urutan: z.number().int().default(0),
});

/** Input for one year's target of an indicator; targetAtas makes it a range target. */
export const skemaTargetTahunan = z.object({
  tahun: skemaTahun,
  target: skemaAngkaOpsional("Target"),
  targetAtas: skemaAngkaOpsional("Batas atas target"),
});

const pihakPk = (nama: string) =>
  z.object({
    nama: teksWajib(`Nama ${nama}`),
    jabatan: teksWajib(`Jabatan ${nama}`),
    nip: z
      .string()
      .trim()
      .regex(/^\d{18}$/, "NIP harus 18 digit angka")
      .nullable()
      .default(null),
  });

/** Input for a Perjanjian Kinerja header (PermenPANRB 53/2014): the two parties, the DPA it rests on. */
export const skemaPkBaru = z.object({
  tahun: skemaTahun,
  tingkat: z.enum(["kepala_daerah", "pimpinan_opd", "eselon_iii", "eselon_iv"], {
    error: "Tingkat PK harus kepala_daerah, pimpinan_opd, eselon_iii atau eselon_iv",
  }),
  unitKode: z.string({ error: "Unit kerja wajib diisi" }).trim().min(1, "Unit kerja wajib diisi"),
  dpaJenis: z.enum(["murni", "perubahan"], { error: "Jenis DPA harus murni atau perubahan" }),
  pihakPertama: pihakPk("pihak pertama"),
  pihakKedua: pihakPk("pihak kedua"),
  tempat: teksWajib("Tempat penandatanganan"),
  tanggal: z.iso.date("Tanggal harus berbentuk TTTT-BB-HH").nullable().default(null),
});

/** Input for one indicator of a PK with its target for the year. */
export const skemaPkIndikator = z.object({
  indikatorKode: skemaKodeRencana,
  target: skemaAngka("Target"),
  targetAtas: skemaAngkaOpsional("Batas atas target"),
  urutan: z.number().int().default(0),
});

/** Input for one program of a PK; anggaran null means the budget is the DPA's. */
export const skemaPkProgram = z.object({
  kode: z.string({ error: "Kode program wajib diisi" }).trim().min(1, "Kode program wajib diisi"),
  anggaran: skemaRupiahOpsional,
  keterangan: teksOpsional,
  urutan: z.number().int().default(0),
});

/** Input for one quarter of a PK indicator's rencana aksi. */
export const skemaRencanaAksi = z.object({
  triwulan: z
    .number({ error: "Triwulan harus angka" })
    .int("Triwulan harus bilangan bulat")
    .min(1, "Triwulan harus 1 sampai 4")
    .max(4, "Triwulan harus 1 sampai 4"),
  target: skemaAngkaOpsional("Target"),
  uraian: teksWajib("Uraian rencana aksi"),
});

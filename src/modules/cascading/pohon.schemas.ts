import { z } from "zod";
import { skemaAngka, skemaTahun } from "../planning/planning.schemas.ts";

const teksWajib = (nama: string) =>
  z
    .string({ error: `${nama} wajib diisi` })
    .trim()
    .min(1, `${nama} wajib diisi`);
const idOpsional = (nama: string) =>
  z
    .union([z.number(), z.string(), z.null()], { error: `${nama} tidak sah` })
    .optional()
    .transform((v, ctx) => {
      if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return null;
      const n = typeof v === "number" ? v : Number(v.trim());
      if (Number.isSafeInteger(n) && n > 0) return n;
      ctx.addIssue({ code: "custom", message: `${nama} tidak sah` });
      return z.NEVER;
    });
const urutan = z.coerce
  .number({ error: "Urutan harus angka" })
  .int("Urutan harus bilangan bulat")
  .min(0, "Urutan tidak boleh negatif")
  .max(100000, "Urutan terlalu besar")
  .default(0);

/** The levels of PermenPANRB 89/2021 penjenjangan as the forms send them. */
export const skemaLevel = z.enum(["strategis_pemda", "strategis", "taktis", "operasional", "individu"], {
  error: "Level simpul harus strategis_pemda, strategis, taktis, operasional atau individu",
});

/** The kind of result a node states (89/2021: outcome, intermediate outcome, output). */
export const skemaJenisHasil = z.enum(["outcome", "intermediate_outcome", "output"], {
  error: "Jenis hasil harus outcome, intermediate_outcome atau output",
});

/** The fields of a node a planner may change (everything except its place in the tree and its OPD). */
const bidangSimpul = {
  jenisHasil: skemaJenisHasil,
  kondisi: teksWajib("Kondisi"),
  rpjmdSasaranId: idOpsional("Sasaran RPJMD"),
  sasaranId: idOpsional("Sasaran Renstra"),
  unitKerjaId: idOpsional("Unit kerja"),
  pegawaiId: idOpsional("Pegawai"),
  faktorKeberhasilanId: idOpsional("Faktor keberhasilan"),
  urutan,
};

/**
 * A new node: its OPD (null or absent for a pemda node), the year whose plan period it belongs to, its parent
 * and level (PermenPANRB 89/2021 step 3–5).
 */
export const skemaSimpulBaru = z.object({
  opdId: idOpsional("Perangkat daerah"),
  tahun: z.coerce.number({ error: "Tahun harus angka" }).pipe(skemaTahun),
  indukId: idOpsional("Simpul induk"),
  level: skemaLevel,
  ...bidangSimpul,
});

/** A change to a node's statement, owner, links and order. */
export const skemaSimpulUbah = z.object(bidangSimpul);

/** Links a node to a program, kegiatan or sub kegiatan code of an OPD's DPA. */
export const skemaAnggaranSimpul = z.object({
  opdKode: teksWajib("Kode perangkat daerah"),
  kode: z
    .string({ error: "Kode anggaran wajib diisi" })
    .trim()
    .toUpperCase()
    .regex(/^[0-9A-Z]+(\.[0-9A-Z]+)*$/, "Kode anggaran harus kode Kepmendagri 050, mis. 7.01.01.2.01"),
});

/** An OPD supporting a node (crosscutting, LKE 1.b.9) with its role and share in percent. */
export const skemaDukunganSimpul = z.object({
  opdKode: teksWajib("Kode perangkat daerah"),
  peran: z.enum(["pengampu", "pendukung"], { error: "Peran harus pengampu atau pendukung" }),
  porsi: z
    .union([z.string(), z.number(), z.null()])
    .optional()
    .transform((v) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v))
    .pipe(z.union([z.null(), skemaAngka("Porsi")])),
  keterangan: z
    .string()
    .trim()
    .nullable()
    .optional()
    .transform((v) => (v ? v : null)),
});

/** An indicator of a node; indikatorId names the Renstra indicator it is, when it is one. */
export const skemaIndikatorSimpul = z.object({
  indikatorId: idOpsional("Indikator Renstra"),
  nama: teksWajib("Nama indikator"),
  satuan: teksWajib("Satuan"),
  urutan,
});

/** The target of a node's indicator for one year; an empty target removes that year's target. */
export const skemaTargetSimpul = z.object({
  tahun: z.coerce.number({ error: "Tahun harus angka" }).pipe(skemaTahun),
  target: z
    .union([z.string(), z.number(), z.null()])
    .optional()
    .transform((v) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v))
    .pipe(z.union([z.null(), skemaAngka("Target")])),
});

/** A critical success factor of an outcome node (PermenPANRB 89/2021 step 2). */
export const skemaFaktorKeberhasilan = z.object({
  uraian: teksWajib("Uraian faktor keberhasilan"),
  urutan,
});

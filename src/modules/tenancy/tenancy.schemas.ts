import { z } from "zod";

const kodeSlug = z
  .string({ error: "Kode wajib diisi" })
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "Kode hanya boleh huruf kecil, angka dan tanda hubung, mis. luwu-timur");
const teksWajib = (nama: string) =>
  z
    .string({ error: `${nama} wajib diisi` })
    .trim()
    .min(1, `${nama} wajib diisi`);
const nipOpsional = z
  .string()
  .trim()
  .regex(/^\d{18}$/, "NIP harus 18 digit angka")
  .nullable()
  .default(null);

/** Input for a new pemda (tenant). */
export const skemaPemdaBaru = z.object({
  kode: kodeSlug,
  nama: teksWajib("Nama pemda"),
  jenis: z.enum(["kabupaten", "kota", "provinsi"], {
    error: "Jenis pemda harus kabupaten, kota atau provinsi",
  }),
});

/** Input for a new perangkat daerah. */
export const skemaOpdBaru = z.object({
  kode: kodeSlug,
  nama: teksWajib("Nama perangkat daerah"),
  jenis: z.enum(["kecamatan", "dinas", "badan", "sekretariat", "inspektorat", "kantor", "lainnya"], {
    error: "Jenis perangkat daerah tidak dikenal",
  }),
  alamat: z.string().trim().nullable().default(null),
  pimpinanNama: z.string().trim().nullable().default(null),
  pimpinanJabatan: z.string().trim().nullable().default(null),
  pimpinanNip: nipOpsional,
});

/** Input for a unit kerja inside an OPD. */
export const skemaUnitKerjaBaru = z.object({
  kode: kodeSlug,
  nama: teksWajib("Nama unit kerja"),
  jenis: z.enum(["pimpinan", "sekretariat", "subbagian", "seksi", "bidang", "uptd", "kelompok_fungsional"], {
    error: "Jenis unit kerja tidak dikenal",
  }),
  indukKode: kodeSlug.nullable().default(null),
  urutan: z.number().int().default(0),
});

const angkaDesimalOpsional = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)?$/, "Harus angka desimal dengan titik, mis. 830.379")
  .nullable()
  .default(null);
const cacahOpsional = (nama: string) =>
  z
    .number({ error: `${nama} harus angka` })
    .int(`${nama} harus bilangan bulat`)
    .min(0, `${nama} tidak boleh negatif`)
    .nullable()
    .default(null);

/** Input for a desa, kelurahan or the kecamatan's own area. */
export const skemaWilayahBaru = z.object({
  kode: kodeSlug,
  nama: teksWajib("Nama wilayah"),
  jenis: z.enum(["kecamatan", "desa", "kelurahan"], {
    error: "Jenis wilayah harus kecamatan, desa atau kelurahan",
  }),
  indukKode: kodeSlug.nullable().default(null),
  luasKm2: angkaDesimalOpsional,
  jumlahDusun: cacahOpsional("Jumlah dusun/lingkungan"),
  jumlahRt: cacahOpsional("Jumlah RT"),
  urutan: z.number().int().default(0),
});

/** Input for one year's population of one wilayah. */
export const skemaPenduduk = z.object({
  wilayahKode: kodeSlug,
  tahun: z.number({ error: "Tahun harus angka" }).int().min(1900).max(2200),
  lakiLaki: z
    .number({ error: "Jumlah laki-laki harus angka" })
    .int()
    .min(0, "Jumlah laki-laki tidak boleh negatif"),
  perempuan: z
    .number({ error: "Jumlah perempuan harus angka" })
    .int()
    .min(0, "Jumlah perempuan tidak boleh negatif"),
  sumber: z.string().trim().nullable().default(null),
});

import { z } from "zod";

const kodeUnit = z
  .string({ error: "Unit kerja wajib dipilih" })
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "Kode unit kerja hanya boleh huruf kecil, angka dan tanda hubung");
const teksWajib = (nama: string) =>
  z
    .string({ error: `${nama} wajib diisi` })
    .trim()
    .min(1, `${nama} wajib diisi`);

const STATUS_BERGOLONGAN = new Set(["PNS", "CPNS"]);

/**
 * Input for one employee of an OPD. Rules: NIP 18 digits when given (PP 7/1977 jo. BKN numbering);
 * golongan and ruang together and only for PNS/CPNS (PP 99/2000), ruang e only in golongan IV; eselon only
 * for a PNS/CPNS in a structural post (PP 100/2000 jo. PP 13/2002).
 */
export const skemaPegawaiBaru = z
  .object({
    nama: teksWajib("Nama pegawai"),
    nip: z
      .string()
      .trim()
      .regex(/^\d{18}$/, "NIP harus 18 digit angka")
      .nullable()
      .default(null),
    status: z.enum(["PNS", "CPNS", "PPPK", "PTT", "UPAH_JASA"], {
      error: "Status kepegawaian harus PNS, CPNS, PPPK, PTT atau UPAH_JASA",
    }),
    golongan: z
      .enum(["I", "II", "III", "IV"], { error: "Golongan harus I, II, III atau IV" })
      .nullable()
      .default(null),
    ruang: z
      .enum(["a", "b", "c", "d", "e"], { error: "Ruang harus a, b, c, d atau e" })
      .nullable()
      .default(null),
    pendidikan: z.enum(["SD", "SMP", "SMA", "D1", "D2", "D3", "D4", "S1", "S2", "S3"], {
      error: "Pendidikan harus salah satu dari SD, SMP, SMA, D1, D2, D3, D4, S1, S2, S3",
    }),
    jabatan: teksWajib("Jabatan"),
    jenisJabatan: z.enum(["struktural", "pelaksana", "fungsional"], {
      error: "Jenis jabatan harus struktural, pelaksana atau fungsional",
    }),
    eselon: z
      .enum(["II.a", "II.b", "III.a", "III.b", "IV.a", "IV.b"], {
        error: "Eselon harus II.a, II.b, III.a, III.b, IV.a atau IV.b",
      })
      .nullable()
      .default(null),
    unitKode: kodeUnit,
  })
  .superRefine((p, ctx) => {
    if ((p.golongan === null) !== (p.ruang === null)) {
      ctx.addIssue({
        code: "custom",
        path: [p.golongan === null ? "golongan" : "ruang"],
        message: "Golongan dan ruang harus diisi bersama, misalnya III/b",
      });
    }
    if (p.golongan !== null && !STATUS_BERGOLONGAN.has(p.status)) {
      ctx.addIssue({
        code: "custom",
        path: ["golongan"],
        message: `Golongan/ruang hanya untuk PNS atau CPNS; pegawai berstatus ${p.status} dikosongkan`,
      });
    }
    if (p.golongan === null && STATUS_BERGOLONGAN.has(p.status)) {
      ctx.addIssue({
        code: "custom",
        path: ["golongan"],
        message: `Golongan dan ruang wajib diisi untuk ${p.status}`,
      });
    }
    if (p.ruang === "e" && p.golongan !== "IV") {
      ctx.addIssue({ code: "custom", path: ["ruang"], message: "Ruang e hanya ada pada golongan IV" });
    }
    if (p.eselon !== null && (!STATUS_BERGOLONGAN.has(p.status) || p.jenisJabatan !== "struktural")) {
      ctx.addIssue({
        code: "custom",
        path: ["eselon"],
        message: "Eselon hanya untuk pejabat struktural berstatus PNS atau CPNS",
      });
    }
  });

/** Input for one ANJAB/ABK need: positions of one kind a unit needs in a year. */
export const skemaKebutuhanAnjab = z.object({
  unitKode: kodeUnit,
  tahun: z.number({ error: "Tahun harus angka" }).int("Tahun harus bilangan bulat").min(2000).max(2200),
  jenisJabatan: z.enum(["struktural", "pelaksana", "fungsional"], {
    error: "Jenis jabatan harus struktural, pelaksana atau fungsional",
  }),
  jumlah: z
    .number({ error: "Jumlah kebutuhan harus angka" })
    .int("Jumlah kebutuhan harus bilangan bulat")
    .min(0, "Jumlah kebutuhan tidak boleh negatif"),
});

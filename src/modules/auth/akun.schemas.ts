import { z } from "zod";
import { PANJANG_SANDI_MIN, peranOpd, SEMUA_PERAN } from "./akun.domain.ts";

const kosongJadiNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

/** A username as the database accepts it: 3–40 characters of a–z, 0–9, dot, underscore, hyphen. */
export const skemaNamaPengguna = z
  .string({ error: "Nama pengguna wajib diisi" })
  .trim()
  .min(3, "Nama pengguna paling sedikit 3 karakter")
  .max(40, "Nama pengguna paling banyak 40 karakter")
  .regex(
    /^[a-z0-9._-]+$/,
    "Nama pengguna hanya boleh huruf kecil, angka, titik, garis bawah dan tanda hubung",
  );

const sandi = z
  .string({ error: "Kata sandi wajib diisi" })
  .min(PANJANG_SANDI_MIN, `Kata sandi paling sedikit ${PANJANG_SANDI_MIN} karakter`)
  .max(200, "Kata sandi paling banyak 200 karakter");

const kodeOpsional = (pesan: string) =>
  z.preprocess(
    kosongJadiNull,
    z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]*$/, pesan)
      .nullable()
      .default(null),
  );

/**
 * A new account. Rules: an OPD role needs its OPD and admin pemda/evaluator have none; only a kepala
 * seksi has a unit (and must have one); the password is not the username.
 */
export const skemaAkunBaru = z
  .object({
    namaPengguna: skemaNamaPengguna,
    nama: z
      .string({ error: "Nama lengkap wajib diisi" })
      .trim()
      .min(1, "Nama lengkap wajib diisi")
      .max(120, "Nama lengkap paling banyak 120 karakter"),
    peran: z.enum(SEMUA_PERAN, { error: "Peran wajib dipilih" }),
    opdKode: kodeOpsional("Kode perangkat daerah tidak valid"),
    unitKode: kodeOpsional("Kode unit kerja tidak valid"),
    sandi,
  })
  .superRefine((d, ctx) => {
    if (peranOpd(d.peran) && !d.opdKode) {
      ctx.addIssue({
        code: "custom",
        path: ["opdKode"],
        message: "Perangkat daerah wajib dipilih untuk peran ini",
      });
    }
    if (!peranOpd(d.peran) && d.opdKode) {
      ctx.addIssue({
        code: "custom",
        path: ["opdKode"],
        message: "Admin pemda dan evaluator tidak terikat pada satu perangkat daerah; kosongkan pilihan ini",
      });
    }
    if (d.peran === "kepala_seksi" && !d.unitKode) {
      ctx.addIssue({
        code: "custom",
        path: ["unitKode"],
        message: "Unit kerja wajib dipilih untuk kepala seksi/subbagian",
      });
    }
    if (d.peran !== "kepala_seksi" && d.unitKode) {
      ctx.addIssue({
        code: "custom",
        path: ["unitKode"],
        message: "Unit kerja hanya diisi untuk kepala seksi/subbagian",
      });
    }
    if (d.sandi === d.namaPengguna) {
      ctx.addIssue({
        code: "custom",
        path: ["sandi"],
        message: "Kata sandi tidak boleh sama dengan nama pengguna",
      });
    }
  });

/** A password change by its owner: the old one, and the new one typed twice. */
export const skemaUbahSandi = z
  .object({
    sandiLama: z.string({ error: "Kata sandi lama wajib diisi" }).min(1, "Kata sandi lama wajib diisi"),
    sandiBaru: sandi,
    ulangiSandi: z.string({ error: "Ulangi kata sandi baru" }),
  })
  .superRefine((d, ctx) => {
    if (d.sandiBaru !== d.ulangiSandi) {
      ctx.addIssue({ code: "custom", path: ["ulangiSandi"], message: "Kedua kata sandi baru tidak sama" });
    }
    if (d.sandiBaru === d.sandiLama) {
      ctx.addIssue({
        code: "custom",
        path: ["sandiBaru"],
        message: "Kata sandi baru harus berbeda dari yang lama",
      });
    }
  });

/** A new password set by the admin for someone who lost theirs. */
export const skemaSetelUlangSandi = z.object({ sandiBaru: sandi });

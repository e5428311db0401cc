import { catatAudit } from "../../platform/db/audit.ts";
import type { Peran } from "../../platform/db/schema.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import {
  type AturanLaju,
  kembalikanBatasLaju,
  kunciLaju,
  periksaBatasLaju,
} from "../../platform/http/batas-laju.ts";
import { zonaWaktuAktif } from "../../platform/waktu-wita.ts";
import { masihTerkunci, pesanTerkunci, setelahGagal } from "./akun.domain.ts";
import { cocokSandi, hashSamaranUntukWaktu } from "./sandi.ts";

/** Failed sign-ins allowed from one network address in a window (a shared office link stays usable). */
export const LAJU_MASUK_ALAMAT: AturanLaju = { maks: 10, jendelaDetik: 600 };
/** Failed sign-ins allowed against one username in a window, known or not. */
export const LAJU_MASUK_NAMA: AturanLaju = { maks: 10, jendelaDetik: 600 };

/** One message for an unknown name and a wrong password, so names cannot be probed. */
export const PESAN_SALAH = "Nama pengguna atau kata sandi salah";

/** Who signed in, enough to open the session and choose where to go. */
export type HasilMasuk = { akunId: number; peran: Peran; opdKode: string | null };

type Putusan =
  | { jenis: "ok"; hasil: HasilMasuk }
  | { jenis: "salah" }
  | { jenis: "terkunci"; sampai: Date }
  | { jenis: "nonaktif" };

async function cekLaju(
  db: Db,
  kunci: string,
  aturan: AturanLaju,
  sekarang: Date,
  pesan: string,
): Promise<void> {
  const r = await periksaBatasLaju(db, kunci, { ...aturan, sekarang });
  if (!r.boleh) {
    const menit = Math.max(1, Math.ceil(r.ulangiDalamDetik / 60));
    throw new GalatTerukur("terlalu_sering", `${pesan}; coba lagi dalam ${menit} menit`);
  }
}

/**
 * Checks a username and password. Failures count against the client's address and the username (rate
 * limit, given back on success so a busy office is not blocked by its colleagues' sign-ins) and against
 * the account (five in a row lock it for 15 minutes). An unknown name is checked against a dummy hash so
 * it takes as long as a wrong password. `sekarang` and `zonaWaktu` are for tests.
 */
export async function masuk(
  db: Db,
  input: { namaPengguna: string; sandi: string; alamat: string },
  opsi: { sekarang?: Date; zonaWaktu?: string; kodePemda?: string | null } = {},
): Promise<HasilMasuk> {
  const sekarang = opsi.sekarang ?? new Date();
  const nama = input.namaPengguna.trim().toLowerCase();
  if (!nama) throw inputTidakValid("Nama pengguna wajib diisi", "namaPengguna");
  if (!input.sandi) throw inputTidakValid("Kata sandi wajib diisi", "sandi");
  const kunciAlamat = kunciLaju("masuk-alamat", input.alamat);
  const kunciNama = kunciLaju("masuk-nama", nama);
  await cekLaju(
    db,
    kunciAlamat,
    LAJU_MASUK_ALAMAT,
    sekarang,
    "Terlalu banyak percobaan masuk dari jaringan ini",
  );
  await cekLaju(
    db,
    kunciNama,
    LAJU_MASUK_NAMA,
    sekarang,
    "Terlalu banyak percobaan masuk untuk nama pengguna ini",
  );

  const putusan = await dalamTransaksi(db, async (trx): Promise<Putusan> => {
    let q = trx
      .selectFrom("akun as a")
      .innerJoin("pemda as p", "p.id", "a.pemda_id")
      .leftJoin("opd as o", "o.id", "a.opd_id")
      .select([
        "a.id",
        "a.pemda_id",
        "a.opd_id",
        "a.peran",
        "a.sandi_hash",
        "a.aktif",
        "a.gagal_berturut",
        "a.terkunci_sampai",
        "o.kode as opd_kode",
      ])
      .where("a.nama_pengguna", "=", nama);
    if (opsi.kodePemda) q = q.where("p.kode", "=", opsi.kodePemda);
    const a = await q.forUpdate("a").executeTakeFirst();
    if (!a) {
      await cocokSandi(await hashSamaranUntukWaktu(), input.sandi);
      return { jenis: "salah" };
    }
    if (masihTerkunci(a.terkunci_sampai, sekarang) && a.terkunci_sampai) {
      return { jenis: "terkunci", sampai: a.terkunci_sampai };
    }
    if (!(await cocokSandi(a.sandi_hash, input.sandi))) {
      const s = setelahGagal(a.gagal_berturut, sekarang);
      await trx
        .updateTable("akun")
        .set({ gagal_berturut: s.gagalBerturut, terkunci_sampai: s.terkunciSampai ?? a.terkunci_sampai })
        .where("id", "=", a.id)
        .execute();
      if (!s.terkunciSampai) return { jenis: "salah" };
      const pelaku = { pemdaId: a.pemda_id, opdId: a.opd_id, pelaku: nama, akunId: a.id };
      await catatAudit(
        trx,
        pelaku,
        "ubah",
        "akun",
        a.id,
        { terkunci_sampai: s.terkunciSampai, alasan: "gagal masuk berturut-turut" },
        a.opd_id,
        { terkunci_sampai: a.terkunci_sampai },
      );
      return { jenis: "terkunci", sampai: s.terkunciSampai };
    }
    if (!a.aktif) return { jenis: "nonaktif" };
    if (a.gagal_berturut !== 0 || a.terkunci_sampai !== null) {
      await trx
        .updateTable("akun")
        .set({ gagal_berturut: 0, terkunci_sampai: null })
        .where("id", "=", a.id)
        .execute();
    }
    return { jenis: "ok", hasil: { akunId: a.id, peran: a.peran, opdKode: a.opd_kode } };
  });

  switch (putusan.jenis) {
    case "ok":
      await kembalikanBatasLaju(db, kunciAlamat);
      await kembalikanBatasLaju(db, kunciNama);
      return putusan.hasil;
    case "salah":
      throw new GalatTerukur("input_tidak_valid", PESAN_SALAH);
    case "terkunci":
      throw new GalatTerukur(
        "terlalu_sering",
        pesanTerkunci(putusan.sampai, opsi.zonaWaktu ?? zonaWaktuAktif()),
      );
    case "nonaktif":
      throw new GalatTerukur("di_luar_cakupan", "Akun ini dinonaktifkan; hubungi admin pemda");
  }
}

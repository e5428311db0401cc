import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { Db } from "../../platform/db/transaction.ts";
import type { Cakupan } from "../../platform/scope.ts";
import { buatOpd, buatPemda, buatUnitKerja } from "../tenancy/tenancy.service.ts";
import { aturKebutuhanAnjab, rekapKepegawaian, tambahPegawai } from "./staffing.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

async function siapkan(db: Db) {
  const pemdaId = await buatPemda(db, "uji", {
    kode: "uji-pemda",
    nama: "Kabupaten Uji",
    jenis: "kabupaten",
  });
  const admin: Cakupan = { pemdaId, opdId: null, pelaku: "uji" };
  const opdId = await buatOpd(db, admin, { kode: "kec-a", nama: "Kecamatan A", jenis: "kecamatan" });
  const c: Cakupan = { pemdaId, opdId, pelaku: "operator" };
  await buatUnitKerja(db, c, opdId, { kode: "camat", nama: "Camat", jenis: "pimpinan", urutan: 0 });
  await buatUnitKerja(db, c, opdId, {
    kode: "seksi-pem",
    nama: "Seksi Pemerintahan",
    jenis: "seksi",
    indukKode: "camat",
    urutan: 1,
  });
  return { c, opdId };
}

const camat = {
  nama: "Camat Uji",
  nip: "198111162010011015",
  status: "PNS" as const,
  golongan: "IV" as const,
  ruang: "b" as const,
  pendidikan: "S2" as const,
  jabatan: "Camat",
  jenisJabatan: "struktural" as const,
  eselon: "III.a" as const,
  unitKode: "camat",
};

async function jumlahBaris(db: Db) {
  const p = await db
    .selectFrom("pegawai")
    .select((e) => e.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  const a = await db
    .selectFrom("anjab_kebutuhan")
    .select((e) => e.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return [Number(p.n), Number(a.n)];
}

describe("staffing", () => {
  it("stores the register and ANJAB needs and derives the five tables", () =>
    dalamRollback(b, async (trx) => {
      const { c, opdId } = await siapkan(trx);
      await tambahPegawai(trx, c, opdId, camat);
      await tambahPegawai(trx, c, opdId, {
        ...camat,
        nama: "Staf",
        nip: null,
        golongan: "II",
        ruang: "d",
        pendidikan: "SMA",
        jabatan: "Pelaksana",
        jenisJabatan: "pelaksana",
        eselon: null,
        unitKode: "seksi-pem",
      });
      await tambahPegawai(trx, c, opdId, {
        nama: "Tenaga Upah Jasa",
        nip: null,
        status: "UPAH_JASA",
        golongan: null,
        ruang: null,
        pendidikan: "SMA",
        jabatan: "Tenaga Upah Jasa",
        jenisJabatan: "pelaksana",
        eselon: null,
        unitKode: "seksi-pem",
      });
      await aturKebutuhanAnjab(trx, c, opdId, {
        unitKode: "seksi-pem",
        tahun: 2024,
        jenisJabatan: "pelaksana",
        jumlah: 2,
      });
      await aturKebutuhanAnjab(trx, c, opdId, {
        unitKode: "seksi-pem",
        tahun: 2024,
        jenisJabatan: "pelaksana",
        jumlah: 3,
      });
      await aturKebutuhanAnjab(trx, c, opdId, {
        unitKode: "camat",
        tahun: 2024,
        jenisJabatan: "struktural",
        jumlah: 1,
      });
      await aturKebutuhanAnjab(trx, c, opdId, {
        unitKode: "camat",
        tahun: 2023,
        jenisJabatan: "struktural",
        jumlah: 9,
      });

      const r = await rekapKepegawaian(trx, c, opdId, 2024);
      expect(r.golongan.total).toBe(2);
      expect(r.golongan.baris[0]?.ruang.b).toBe(1);
      expect(r.pendidikan.jumlahKolom).toEqual({ S2: 1, "S1/D4": 0, "D2/D3": 0, "SMA/SMP": 1 });
      expect(r.jabatan.jumlahKolom).toEqual({ II: 0, III: 1, IV: 0, non_eselon: 1 });
      expect(r.status.total).toBe(3);
      expect(
        r.anjab.baris.map((x) => [
          x.nama,
          x.anjabStruktural,
          x.anjabPelaksana,
          x.struktural,
          x.pelaksanaPns,
          x.pelaksanaNonPns,
        ]),
      ).toEqual([
        ["Camat", 1, 0, 1, 0, 0],
        ["Seksi Pemerintahan", 0, 3, 0, 1, 1],
      ]);
      expect([r.anjab.totalAnjab, r.anjab.totalKondisi]).toEqual([4, 3]);
      const audit = await trx
        .selectFrom("audit_log")
        .select(["tabel", "aksi"])
        .where("tabel", "=", "anjab_kebutuhan")
        .execute();
      expect(audit.map((a) => a.aksi)).toEqual(["buat", "ubah", "buat", "buat"]);
    }));

  it("refuses a bad NIP, golongan without ruang, golongan for non-PNS, eselon outside struktural PNS, an unknown unit, a duplicate NIP and a negative need, writing nothing", () =>
    dalamRollback(b, async (trx) => {
      const { c, opdId } = await siapkan(trx);
      await tambahPegawai(trx, c, opdId, camat);
      const sebelum = await jumlahBaris(trx);
      await expect(tambahPegawai(trx, c, opdId, { ...camat, nip: "1981 1116" })).rejects.toThrow(
        "nip: NIP harus 18 digit angka",
      );
      await expect(tambahPegawai(trx, c, opdId, { ...camat, nip: null, ruang: null })).rejects.toThrow(
        "ruang: Golongan dan ruang harus diisi bersama, misalnya III/b",
      );
      await expect(
        tambahPegawai(trx, c, opdId, {
          ...camat,
          nip: null,
          status: "PPPK",
          eselon: null,
          jenisJabatan: "fungsional",
        }),
      ).rejects.toThrow(
        "golongan: Golongan/ruang hanya untuk PNS atau CPNS; pegawai berstatus PPPK dikosongkan",
      );
      await expect(
        tambahPegawai(trx, c, opdId, { ...camat, nip: null, golongan: null, ruang: null }),
      ).rejects.toThrow("golongan: Golongan dan ruang wajib diisi untuk PNS");
      await expect(
        tambahPegawai(trx, c, opdId, { ...camat, nip: null, golongan: "III", ruang: "e" }),
      ).rejects.toThrow("ruang: Ruang e hanya ada pada golongan IV");
      await expect(
        tambahPegawai(trx, c, opdId, { ...camat, nip: null, jenisJabatan: "pelaksana" }),
      ).rejects.toThrow("eselon: Eselon hanya untuk pejabat struktural berstatus PNS atau CPNS");
      await expect(
        tambahPegawai(trx, c, opdId, { ...camat, nip: null, status: "PTT", golongan: null, ruang: null }),
      ).rejects.toThrow("eselon: Eselon hanya untuk pejabat struktural berstatus PNS atau CPNS");
      await expect(tambahPegawai(trx, c, opdId, { ...camat, nip: null, unitKode: "gudang" })).rejects.toThrow(
        'Unit kerja "gudang" tidak ditemukan di perangkat daerah ini',
      );
      await expect(tambahPegawai(trx, c, opdId, { ...camat, nama: "Lain" })).rejects.toThrow(
        "Pegawai dengan NIP 198111162010011015 sudah terdaftar",
      );
      await expect(
        aturKebutuhanAnjab(trx, c, opdId, {
          unitKode: "camat",
          tahun: 2024,
          jenisJabatan: "struktural",
          jumlah: -1,
        }),
      ).rejects.toThrow("jumlah: Jumlah kebutuhan tidak boleh negatif");
      expect(await jumlahBaris(trx)).toEqual(sebelum);
    }));

  it("refuses a caller of another OPD", () =>
    dalamRollback(b, async (trx) => {
      const { c, opdId } = await siapkan(trx);
      const lain: Cakupan = { ...c, opdId: opdId + 1000 };
      await expect(tambahPegawai(trx, lain, opdId, camat)).rejects.toThrow(/di luar cakupan/);
      await expect(rekapKepegawaian(trx, lain, opdId, 2024)).rejects.toThrow(/di luar cakupan/);
    }));
});

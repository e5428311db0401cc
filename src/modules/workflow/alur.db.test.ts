import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { catatRealisasi } from "../performance/realisasi.service.ts";
import { bukaRevisi, daftarRevisi, jalankanLangkah, riwayatAlur, statusBanyak } from "./alur.service.ts";
import { idRealisasi, penggunaUji } from "./uji-alur.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const SETAHUN = { jenis: "tahun", ke: 1 } as const;

async function siapkan(trx: Db) {
  const { pemdaId, opdId } = await muatDataset(trx, malili2024);
  const kasi = await penggunaUji(trx, {
    peran: "kepala_seksi",
    opdKode: "malili",
    unitKode: "seksi-pemerintahan",
  });
  const camat = await penggunaUji(trx, { peran: "pimpinan", opdKode: "malili" });
  const perencana = await penggunaUji(trx, { peran: "perencana", opdKode: "malili" });
  const ikm = await idRealisasi(trx, "S1.I1", 2024);
  return { pemdaId, opdId, kasi, camat, perencana, ikm };
}

async function baris(trx: Db, id: number) {
  return trx
    .selectFrom("realisasi_indikator")
    .select(["nilai", "status", "revisi", "indikator_id"])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
}

async function hitung(trx: Db, tabel: "riwayat_alur" | "revisi" | "audit_log") {
  const r = await trx
    .selectFrom(tabel)
    .select((e) => e.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe("the approval workflow on the Malili demo", () => {
  it("lets the kepala seksi submit a realisation of their unit and refuses one of another unit", () =>
    dalamRollback(b, async (trx) => {
      const { kasi, ikm } = await siapkan(trx);
      expect(
        await jalankanLangkah(trx, kasi, "realisasi_indikator", ikm, "ajukan", "Data survei lengkap"),
      ).toBe("diajukan");
      expect((await baris(trx, ikm)).status).toBe("diajukan");

      // S2.I2 is made the responsibility of Seksi PMD: the kepala seksi pemerintahan may not submit it
      const s2i2 = await trx
        .selectFrom("indikator")
        .select("id")
        .where("kode", "=", "S2.I2")
        .executeTakeFirstOrThrow();
      const petugas = { pemdaId: kasi.pemdaId, opdId: kasi.opdId, pelaku: "uji" };
      const lain = await catatRealisasi(trx, petugas, {
        indikatorId: s2i2.id,
        tahun: 2024,
        periode: SETAHUN,
        nilai: "100",
      });
      const pmd = await trx
        .selectFrom("unit_kerja")
        .select("id")
        .where("kode", "=", "seksi-pmd")
        .executeTakeFirstOrThrow();
      await trx
        .updateTable("indikator")
        .set({ penanggung_jawab_unit_id: pmd.id })
        .where("id", "=", (await baris(trx, lain)).indikator_id)
        .execute();
      const riwayatSebelum = await hitung(trx, "riwayat_alur");
      await expect(
        jalankanLangkah(trx, kasi, "realisasi_indikator", lain, "ajukan", null),
      ).rejects.toMatchObject({
        jenis: "di_luar_cakupan",
        message: expect.stringContaining("unit lain"),
      });
      expect((await baris(trx, lain)).status).toBe("draf");
      expect(await hitung(trx, "riwayat_alur")).toBe(riwayatSebelum);
    }));

  it("refuses to submit a realisation without a value, at the field nilai", () =>
    dalamRollback(b, async (trx) => {
      const { kasi } = await siapkan(trx);
      const lakip = await idRealisasi(trx, "S2.I1", 2024);
      await expect(
        jalankanLangkah(trx, kasi, "realisasi_indikator", lakip, "ajukan", null),
      ).rejects.toMatchObject({
        jenis: "input_tidak_valid",
        bidang: "nilai",
      });
      expect((await baris(trx, lakip)).status).toBe("draf");
    }));

  it("walks submit, return, verify, approve with comments; refuses steps out of order and by the wrong role", () =>
    dalamRollback(b, async (trx) => {
      const { kasi, camat, perencana, ikm } = await siapkan(trx);
      await jalankanLangkah(trx, kasi, "realisasi_indikator", ikm, "ajukan", "Data survei lengkap");
      await expect(
        jalankanLangkah(trx, camat, "realisasi_indikator", ikm, "kembalikan", "  "),
      ).rejects.toMatchObject({
        jenis: "input_tidak_valid",
        bidang: "komentar",
      });
      await jalankanLangkah(
        trx,
        camat,
        "realisasi_indikator",
        ikm,
        "kembalikan",
        "Lampirkan rekap kuesioner",
      );
      await jalankanLangkah(trx, kasi, "realisasi_indikator", ikm, "ajukan", null);
      await expect(
        jalankanLangkah(trx, kasi, "realisasi_indikator", ikm, "verifikasi", null),
      ).rejects.toMatchObject({
        jenis: "di_luar_cakupan",
      });
      await jalankanLangkah(trx, camat, "realisasi_indikator", ikm, "verifikasi", "Sesuai rekap");
      await expect(
        jalankanLangkah(trx, kasi, "realisasi_indikator", ikm, "ajukan", null),
      ).rejects.toMatchObject({
        jenis: "konflik",
        message: "Realisasi ini berstatus diverifikasi; langkah 'ajukan' tidak tersedia",
      });
      await expect(
        jalankanLangkah(trx, perencana, "realisasi_indikator", ikm, "setujui", null),
      ).rejects.toMatchObject({
        jenis: "di_luar_cakupan",
      });
      expect(await jalankanLangkah(trx, camat, "realisasi_indikator", ikm, "setujui", null)).toBe(
        "disetujui",
      );

      const c = { pemdaId: camat.pemdaId, opdId: camat.opdId, pelaku: "uji" };
      const riwayat = await riwayatAlur(trx, c, "realisasi_indikator", ikm);
      expect(riwayat.map((r) => [r.dari, r.ke, r.komentar, r.pelaku])).toEqual([
        ["draf", "diajukan", "Data survei lengkap", kasi.namaPengguna],
        ["diajukan", "draf", "Lampirkan rekap kuesioner", camat.namaPengguna],
        ["draf", "diajukan", null, kasi.namaPengguna],
        ["diajukan", "diverifikasi", "Sesuai rekap", camat.namaPengguna],
        ["diverifikasi", "disetujui", null, camat.namaPengguna],
      ]);
      expect(riwayat[0]?.namaPelaku).toBe(kasi.nama);
      expect((await statusBanyak(trx, c, "realisasi_indikator", [ikm])).get(ikm)).toEqual({
        status: "disetujui",
        revisi: 0,
      });

      const audit = await trx
        .selectFrom("audit_log")
        .select(["sebelum", "data", "akun_id"])
        .where("tabel", "=", "realisasi_indikator")
        .where("baris_id", "=", String(ikm))
        .orderBy("id", "desc")
        .executeTakeFirstOrThrow();
      expect(audit).toEqual({
        sebelum: { status: "diverifikasi" },
        data: { status: "disetujui", langkah: "setujui", komentar: null },
        akun_id: camat.akunId,
      });
    }));

  it("locks an approved realisation in the service and in the database; a revision with a reason reopens it", () =>
    dalamRollback(b, async (trx) => {
      const { kasi, camat, perencana, ikm } = await siapkan(trx);
      await jalankanLangkah(trx, kasi, "realisasi_indikator", ikm, "ajukan", null);
      await jalankanLangkah(trx, camat, "realisasi_indikator", ikm, "verifikasi", null);
      await jalankanLangkah(trx, camat, "realisasi_indikator", ikm, "setujui", null);
      const { indikator_id } = await baris(trx, ikm);
      const petugas = { pemdaId: kasi.pemdaId, opdId: kasi.opdId, pelaku: kasi.namaPengguna };

      await expect(
        catatRealisasi(trx, petugas, {
          indikatorId: indikator_id,
          tahun: 2024,
          periode: SETAHUN,
          nilai: "95",
        }),
      ).rejects.toMatchObject({ jenis: "konflik", bidang: "nilai" });
      await expect(
        dalamTransaksi(trx, (t) =>
          t.updateTable("realisasi_indikator").set({ nilai: "95" }).where("id", "=", ikm).execute(),
        ),
      ).rejects.toMatchObject({ code: "TK001" });
      await expect(
        dalamTransaksi(trx, (t) =>
          t.updateTable("realisasi_indikator").set({ status: "draf" }).where("id", "=", ikm).execute(),
        ),
      ).rejects.toMatchObject({ code: "TK001" });
      expect(await baris(trx, ikm)).toMatchObject({ nilai: "93.06", status: "disetujui", revisi: 0 });

      await expect(
        bukaRevisi(trx, perencana, "realisasi_indikator", ikm, "Salah ketik pada nilai IKM"),
      ).rejects.toMatchObject({ jenis: "di_luar_cakupan" });
      await expect(bukaRevisi(trx, camat, "realisasi_indikator", ikm, "salah")).rejects.toMatchObject({
        jenis: "input_tidak_valid",
        bidang: "alasan",
      });
      expect(await hitung(trx, "revisi")).toBe(0);

      expect(await bukaRevisi(trx, camat, "realisasi_indikator", ikm, "Salah ketik pada nilai IKM")).toBe(1);
      expect(await baris(trx, ikm)).toMatchObject({ status: "draf", revisi: 1 });
      await catatRealisasi(trx, petugas, {
        indikatorId: indikator_id,
        tahun: 2024,
        periode: SETAHUN,
        nilai: "93.6",
      });
      expect(await baris(trx, ikm)).toMatchObject({ nilai: "93.6", status: "draf", revisi: 1 });

      const c = { pemdaId: camat.pemdaId, opdId: camat.opdId, pelaku: "uji" };
      const [rev] = await daftarRevisi(trx, c, "realisasi_indikator", ikm);
      expect(rev).toMatchObject({
        nomor: 1,
        alasan: "Salah ketik pada nilai IKM",
        pelaku: camat.namaPengguna,
      });
      expect(rev?.isiSebelum).toMatchObject({
        id: ikm,
        nilai: "93.06",
        status: "disetujui",
        revisi: 0,
        bukti: [],
      });
      const riwayat = await riwayatAlur(trx, c, "realisasi_indikator", ikm);
      expect(riwayat.at(-1)).toMatchObject({
        dari: "disetujui",
        ke: "draf",
        komentar: "Revisi 1: Salah ketik pada nilai IKM",
      });

      // a revision is only for an approved row
      await expect(
        bukaRevisi(trx, camat, "realisasi_indikator", ikm, "Revisi kedua tanpa persetujuan"),
      ).rejects.toMatchObject({
        jenis: "konflik",
      });
    }));

  it("keeps a PK with its indicators, programs and action plan in the revision and locks them while approved", () =>
    dalamRollback(b, async (trx) => {
      const { camat, perencana } = await siapkan(trx);
      const pk = await trx
        .selectFrom("perjanjian_kinerja")
        .select("id")
        .where("tingkat", "=", "pimpinan_opd")
        .where("tahun", "=", 2024)
        .executeTakeFirstOrThrow();
      await jalankanLangkah(trx, perencana, "perjanjian_kinerja", pk.id, "ajukan", null);
      await jalankanLangkah(trx, camat, "perjanjian_kinerja", pk.id, "verifikasi", null);
      await jalankanLangkah(trx, camat, "perjanjian_kinerja", pk.id, "setujui", null);
      const indikator = await trx.selectFrom("pk_indikator").selectAll().where("pk_id", "=", pk.id).execute();
      expect(indikator.length).toBeGreaterThan(0);
      await expect(
        dalamTransaksi(trx, (t) =>
          t.updateTable("pk_indikator").set({ target: "1" }).where("pk_id", "=", pk.id).execute(),
        ),
      ).rejects.toMatchObject({ code: "TK001" });

      expect(
        await bukaRevisi(trx, camat, "perjanjian_kinerja", pk.id, "Target IKM disesuaikan dengan APBD-P"),
      ).toBe(1);
      const rev = await trx.selectFrom("revisi").select("isi_sebelum").executeTakeFirstOrThrow();
      const isi = rev.isi_sebelum as { status: string; indikator: { target: string }[]; program: unknown[] };
      expect(isi.status).toBe("disetujui");
      expect(isi.indikator.map((i) => i.target)).toEqual(indikator.map((i) => i.target));
      expect(isi.program.length).toBe(
        (await trx.selectFrom("pk_program").select("id").where("pk_id", "=", pk.id).execute()).length,
      );
      await trx.updateTable("pk_indikator").set({ target: "1" }).where("pk_id", "=", pk.id).execute();
    }));

  it("refuses a person of another OPD", () =>
    dalamRollback(b, async (trx) => {
      const { ikm } = await siapkan(trx);
      const burau = await penggunaUji(trx, { peran: "pimpinan", opdKode: "burau" });
      await expect(
        jalankanLangkah(trx, burau, "realisasi_indikator", ikm, "ajukan", null),
      ).rejects.toMatchObject({
        jenis: "di_luar_cakupan",
      });
      expect((await baris(trx, ikm)).status).toBe("draf");
    }));
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { Db } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { hitungBaris, siapkanDpa, siapkanDuaOpd, siapkanRenstra } from "./fixture-uji.ts";
import { aturRencanaAksi, buatPk, cariPkPimpinan, tambahPkIndikator, tambahPkProgram } from "./pk.service.ts";
import { bacaPk, targetBerlaku } from "./planning.read.ts";
import { tambahIndikator } from "./renstra.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const PK_2024 = {
  tahun: 2024,
  tingkat: "pimpinan_opd" as const,
  unitKode: "camat",
  dpaJenis: "murni" as const,
  pihakPertama: { nama: "Camat A", jabatan: "Camat", nip: "197001011990031001" },
  pihakKedua: { nama: "Bupati Uji", jabatan: "Bupati", nip: null },
  tempat: "Malili",
  tanggal: "2024-01-02",
};

async function siapkanPk(trx: Db) {
  const o = await siapkanDuaOpd(trx);
  const { renstraId, indikatorId } = await siapkanRenstra(trx, o.admin, o.opdId);
  const dpaId = await siapkanDpa(trx, o.pemdaId, o.opdId);
  const pkId = await buatPk(trx, o.petugas, o.opdId, PK_2024);
  return { ...o, renstraId, indikatorId, dpaId, pkId };
}

async function galatDari(janji: Promise<unknown>): Promise<GalatTerukur> {
  const e = await janji.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(GalatTerukur);
  return e as GalatTerukur;
}

describe("Perjanjian Kinerja", () => {
  it("refuses a PK whose DPA does not exist yet and writes nothing", () =>
    dalamRollback(b, async (trx) => {
      const { admin, opdId } = await siapkanDuaOpd(trx);
      const g = await galatDari(buatPk(trx, admin, opdId, PK_2024));
      expect(g.message).toBe(
        "DPA murni tahun 2024 belum ada; masukkan DPA sebelum menyusun Perjanjian Kinerja",
      );
      expect(g.bidang).toBe("dpaJenis");
      expect(await hitungBaris(trx, "perjanjian_kinerja")).toBe(0);
    }));

  it("takes a program budget left empty from the DPA and keeps a printed one as written", () =>
    dalamRollback(b, async (trx) => {
      const { petugas, pkId, dpaId } = await siapkanPk(trx);
      await tambahPkProgram(trx, petugas, pkId, { kode: "7.01.01", anggaran: null, keterangan: "APBD" });
      const tersimpan = await trx.selectFrom("pk_program").select("anggaran").executeTakeFirstOrThrow();
      expect(tersimpan.anggaran).toBeNull();
      const pk = await bacaPk(trx, petugas, pkId);
      expect(pk.dpa).toEqual({ id: dpaId, jenis: "murni" });
      expect(pk.program).toEqual([
        {
          id: expect.any(Number),
          kode: "7.01.01",
          keterangan: "APBD",
          urutan: 0,
          anggaran: 1_500_000n,
          sumberAnggaran: "dpa",
          anggaranDinyatakan: null,
          anggaranDpa: 1_500_000n,
        },
      ]);
    }));

  it("keeps a printed budget that differs from the DPA for the checker to compare", () =>
    dalamRollback(b, async (trx) => {
      const { petugas, pkId } = await siapkanPk(trx);
      await tambahPkProgram(trx, petugas, pkId, {
        kode: "7.01.01",
        anggaran: "Rp 1.400.000",
        keterangan: null,
      });
      const [p] = (await bacaPk(trx, petugas, pkId)).program;
      expect(p).toMatchObject({
        anggaran: 1_400_000n,
        sumberAnggaran: "pk",
        anggaranDinyatakan: 1_400_000n,
        anggaranDpa: 1_500_000n,
      });
    }));

  it("refuses a program the DPA does not have when the budget is to come from the DPA, and a bad code", () =>
    dalamRollback(b, async (trx) => {
      const { petugas, pkId } = await siapkanPk(trx);
      const g = await galatDari(
        tambahPkProgram(trx, petugas, pkId, { kode: "7.01.02", anggaran: null, keterangan: null }),
      );
      expect(g.message).toBe(
        "Program 7.01.02 tidak ada di DPA murni tahun 2024; anggarannya tidak dapat diambil dari DPA",
      );
      expect(g.bidang).toBe("kode");
      await expect(
        tambahPkProgram(trx, petugas, pkId, { kode: "7.01.01.2.01", anggaran: null, keterangan: null }),
      ).rejects.toThrow("kode: Kode 7.01.01.2.01 adalah kode kegiatan, bukan kode program.");
      await expect(
        tambahPkProgram(trx, petugas, pkId, { kode: "7.01.01", anggaran: "-5", keterangan: null }),
      ).rejects.toThrow("anggaran: Nilai rupiah tidak boleh negatif.");
      expect(await hitungBaris(trx, "pk_program")).toBe(0);
    }));

  it("adds Renstra indicators with targets and rencana aksi; the PK target then prevails over the Renstra", () =>
    dalamRollback(b, async (trx) => {
      const { petugas, pkId, indikatorId, opdId } = await siapkanPk(trx);
      const kId = await tambahPkIndikator(trx, petugas, pkId, { indikatorKode: "IK1", target: "93,10" });
      await aturRencanaAksi(trx, petugas, kId, {
        triwulan: 1,
        target: null,
        uraian: "Menyebarkan kuesioner SKM",
      });
      await aturRencanaAksi(trx, petugas, kId, { triwulan: 4, target: "93,1", uraian: "Menghitung IKM" });
      await aturRencanaAksi(trx, petugas, kId, {
        triwulan: 4,
        target: "93,1",
        uraian: "Menghitung dan mengumumkan IKM",
      });
      const pk = await bacaPk(trx, petugas, pkId);
      expect(pk.indikator).toHaveLength(1);
      expect(pk.indikator[0]).toMatchObject({
        kode: "IK1",
        target: "93.10",
        sasaran: { kode: "S1" },
        rencanaAksi: [
          { triwulan: 1, target: null, uraian: "Menyebarkan kuesioner SKM" },
          { triwulan: 4, target: "93.1", uraian: "Menghitung dan mengumumkan IKM" },
        ],
      });
      expect((await cariPkPimpinan(trx, petugas, opdId, 2024))?.id).toBe(pkId);
      expect(await targetBerlaku(trx, petugas, indikatorId)).toEqual([
        { tahun: 2023, target: "92.5", targetAtas: null, sumber: "renstra" },
        { tahun: 2024, target: "93.10", targetAtas: null, sumber: "pk" },
      ]);
    }));

  it("refuses an indicator outside the Renstra covering the PK year, a duplicate, and a fifth quarter", () =>
    dalamRollback(b, async (trx) => {
      const o = await siapkanPk(trx);
      const lain = await siapkanRenstra(trx, o.petugasLain, o.opdLainId);
      await tambahIndikator(trx, o.petugasLain, lain.renstraId, {
        kode: "IKB",
        tingkat: "sasaran",
        tujuanKode: null,
        sasaranKode: "S1",
        nama: "Indikator kecamatan B",
        satuan: "persen",
        definisiOperasional: null,
        formula: null,
        sumberData: null,
        penanggungJawabUnitKode: null,
        penanggungJawabTeks: null,
        polaritas: "positif",
        agregasi: "last",
        presisi: 2,
        baseline: null,
        baselineTahun: null,
        kondisiAkhir: null,
        iku: false,
        sumberOtomatis: null,
      });
      await expect(
        tambahPkIndikator(trx, o.petugas, o.pkId, { indikatorKode: "IKB", target: 1 }),
      ).rejects.toThrow('Indikator "IKB" tidak ditemukan di Renstra 2021–2026');
      const kId = await tambahPkIndikator(trx, o.petugas, o.pkId, { indikatorKode: "IK1", target: 93.05 });
      const g = await galatDari(
        tambahPkIndikator(trx, o.petugas, o.pkId, { indikatorKode: "IK1", target: 94 }),
      );
      expect(g.jenis).toBe("konflik");
      expect(g.message).toBe('Indikator "IK1" sudah ada di Perjanjian Kinerja ini');
      await expect(
        aturRencanaAksi(trx, o.petugas, kId, { triwulan: 5, target: null, uraian: "x" }),
      ).rejects.toThrow("triwulan: Triwulan harus 1 sampai 4");
      expect(await hitungBaris(trx, "pk_indikator")).toBe(1);
      expect(await hitungBaris(trx, "rencana_aksi")).toBe(0);
    }));

  it("refuses an OPD-scoped caller writing into another OPD's PK and a second PK of the same unit and year", () =>
    dalamRollback(b, async (trx) => {
      const o = await siapkanPk(trx);
      const g = await galatDari(
        tambahPkIndikator(trx, o.petugasLain, o.pkId, { indikatorKode: "IK1", target: 93 }),
      );
      expect(g.jenis).toBe("di_luar_cakupan");
      const g2 = await galatDari(buatPk(trx, o.petugasLain, o.opdId, PK_2024));
      expect(g2.jenis).toBe("di_luar_cakupan");
      await expect(buatPk(trx, o.petugas, o.opdId, PK_2024)).rejects.toThrow(
        "Perjanjian Kinerja Camat tahun 2024 sudah ada",
      );
      expect(await hitungBaris(trx, "perjanjian_kinerja")).toBe(1);
      expect(await hitungBaris(trx, "pk_indikator")).toBe(0);
    }));
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { Db } from "../../platform/db/transaction.ts";
import { keString } from "../../platform/decimal.ts";
import { siapkanDpa, siapkanDuaOpd, siapkanRenstra } from "../planning/fixture-uji.ts";
import { buatPk, tambahPkIndikator } from "../planning/pk.service.ts";
import { aturTarget, tambahIndikator } from "../planning/renstra.service.ts";
import type { HasilCapaian } from "./capaian.domain.ts";
import { hasilIku, KODE_SKALA_CAPAIAN } from "./iku.service.ts";
import { muatSkalaPredikat } from "./performance.repo.ts";
import { SKALA_PERMENDAGRI_86_2017 } from "./predikat.domain.ts";
import { catatRealisasi } from "./realisasi.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const TAHUNAN = { jenis: "tahun" as const, ke: 1 };

function persen(c: HasilCapaian): string {
  if (c.status !== "dihitung") throw new Error(`capaian tidak dihitung: ${c.alasan}`);
  return keString(c.persen);
}

async function siapkan(trx: Db) {
  const o = await siapkanDuaOpd(trx);
  const r = await siapkanRenstra(trx, o.admin, o.opdId);
  return { ...o, ...r };
}

describe("skala predikat", () => {
  it("stores the Permendagri 86/2017 default with the same bands as the domain constant", () =>
    dalamRollback(b, async (trx) => {
      const { admin } = await siapkanDuaOpd(trx);
      const skala = await muatSkalaPredikat(trx, admin, KODE_SKALA_CAPAIAN, 2024);
      expect({
        batasInklusif: skala.batasInklusif,
        band: skala.band,
        labelTerendah: skala.labelTerendah,
      }).toEqual({
        batasInklusif: SKALA_PERMENDAGRI_86_2017.batasInklusif,
        band: SKALA_PERMENDAGRI_86_2017.band,
        labelTerendah: SKALA_PERMENDAGRI_86_2017.labelTerendah,
      });
    }));

  it("takes the pemda's own scale with the same code over the global one", () =>
    dalamRollback(b, async (trx) => {
      const { admin } = await siapkanDuaOpd(trx);
      const { id } = await trx
        .insertInto("skala_predikat")
        .values({
          pemda_id: admin.pemdaId,
          kode: KODE_SKALA_CAPAIAN,
          nama: "Skala pemda",
          sumber: "Perbup Uji",
          batas_inklusif: true,
          label_terendah: "Kurang",
          berlaku_mulai: 2020,
          berlaku_sampai: null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx
        .insertInto("skala_predikat_band")
        .values({ skala_id: id, batas_bawah: "100.00", label: "Tercapai" })
        .execute();
      const skala = await muatSkalaPredikat(trx, admin, KODE_SKALA_CAPAIAN, 2024);
      expect(skala).toMatchObject({
        nama: "Skala pemda",
        band: [{ batasBawah: "100", label: "Tercapai" }],
        labelTerendah: "Kurang",
      });
      const lain = await muatSkalaPredikat(
        trx,
        { ...admin, pemdaId: admin.pemdaId + 1000 },
        KODE_SKALA_CAPAIAN,
        2024,
      );
      expect(lain.labelTerendah).toBe("Sangat Rendah");
    }));
});

describe("hasilIku", () => {
  it("hand-worked: target 93,05, realisasi 93,06 → capaian 100,01 Sangat Tinggi; history and end target", () =>
    dalamRollback(b, async (trx) => {
      const { petugas, opdId, indikatorId } = await siapkan(trx);
      await catatRealisasi(trx, petugas, { indikatorId, tahun: 2024, periode: TAHUNAN, nilai: "93,06" });
      await catatRealisasi(trx, petugas, { indikatorId, tahun: 2023, periode: TAHUNAN, nilai: "92,8" });
      await catatRealisasi(trx, petugas, { indikatorId, tahun: 2020, periode: TAHUNAN, nilai: "90,5" });

      const hasil = await hasilIku(trx, petugas, opdId, 2024);
      expect(hasil.renstra).toMatchObject({ tahunAwal: 2021, tahunAkhir: 2026 });
      expect(hasil.skala.kode).toBe("permendagri-86-2017");
      expect(hasil.indikator).toHaveLength(1);
      const [iku] = hasil.indikator;
      if (!iku) throw new Error("IKU kosong");
      expect(iku.sasaran).toEqual({ kode: "S1", uraian: "Meningkatnya kemampuan pelayanan publik" });
      expect(iku.indikator).toMatchObject({
        kode: "IK1",
        nama: "Indeks Kepuasan Masyarakat",
        satuan: "indeks",
        polaritas: "positif",
        agregasi: "last",
      });
      expect(iku.target).toBe("93.05");
      expect(iku.sumberTarget).toBe("renstra");
      expect(iku.realisasi).toBe("93.06");
      expect(persen(iku.capaian)).toBe("100.01");
      expect(iku.predikat).toBe("Sangat Tinggi");

      expect(iku.riwayat.map((r) => [r.tahun, r.target, r.realisasi, r.predikat])).toEqual([
        [2020, null, "90.5", null],
        [2023, "92.5", "92.8", "Sangat Tinggi"],
      ]);
      expect(iku.riwayat[0]?.capaian).toEqual({
        status: "tidak_dapat_dihitung",
        alasan: "Target belum diisi",
      });
      expect(persen(iku.riwayat[1]?.capaian ?? { status: "tidak_dapat_dihitung", alasan: "-" })).toBe(
        "100.32",
      );

      expect(iku.kondisiAkhir.tahun).toBe(2026);
      expect(iku.kondisiAkhir.nilai).toBe("94.5");
      expect(persen(iku.kondisiAkhir.capaian)).toBe("98.48");
    }));

  it("an indicator without a realisation is 'tidak dapat dihitung' with a reason, never 0 %", () =>
    dalamRollback(b, async (trx) => {
      const { petugas, opdId } = await siapkan(trx);
      const [iku] = (await hasilIku(trx, petugas, opdId, 2024)).indikator;
      expect(iku?.realisasi).toBeNull();
      expect(iku?.statusRealisasi).toEqual({ status: "kosong" });
      expect(iku?.capaian).toEqual({ status: "tidak_dapat_dihitung", alasan: "Realisasi belum diisi" });
      expect(iku?.predikat).toBeNull();
    }));

  it("uses the OPD head's PK target of the year when there is one and says so", () =>
    dalamRollback(b, async (trx) => {
      const { petugas, pemdaId, opdId, indikatorId } = await siapkan(trx);
      await siapkanDpa(trx, pemdaId, opdId);
      const pkId = await buatPk(trx, petugas, opdId, {
        tahun: 2024,
        tingkat: "pimpinan_opd",
        unitKode: "camat",
        dpaJenis: "murni",
        pihakPertama: { nama: "Camat A", jabatan: "Camat", nip: null },
        pihakKedua: { nama: "Bupati", jabatan: "Bupati", nip: null },
        tempat: "Malili",
        tanggal: null,
      });
      await tambahPkIndikator(trx, petugas, pkId, { indikatorKode: "IK1", target: "93,5" });
      await catatRealisasi(trx, petugas, { indikatorId, tahun: 2024, periode: TAHUNAN, nilai: "93,06" });
      const [iku] = (await hasilIku(trx, petugas, opdId, 2024)).indikator;
      expect(iku?.sumberTarget).toBe("pk");
      expect(iku?.target).toBe("93.5");
      expect(persen(iku?.capaian ?? { status: "tidak_dapat_dihitung", alasan: "-" })).toBe("99.53");
    }));

  it("lists only IKU indicators, aggregates quarterly rows by the indicator's agregasi", () =>
    dalamRollback(b, async (trx) => {
      const { admin, petugas, opdId, renstraId } = await siapkan(trx);
      const dasar = {
        tingkat: "sasaran" as const,
        tujuanKode: null,
        sasaranKode: "S1",
        satuan: "dokumen",
        definisiOperasional: null,
        formula: null,
        sumberData: null,
        penanggungJawabUnitKode: null,
        penanggungJawabTeks: null,
        polaritas: "positif" as const,
        agregasi: "sum" as const,
        presisi: 0,
        baseline: null,
        baselineTahun: null,
        kondisiAkhir: null,
        sumberOtomatis: null,
      };
      const ik2 = await tambahIndikator(trx, admin, renstraId, {
        ...dasar,
        kode: "IK2",
        nama: "Dokumen terbit",
        iku: true,
        urutan: 2,
      });
      await tambahIndikator(trx, admin, renstraId, {
        ...dasar,
        kode: "IK3",
        nama: "Bukan IKU",
        iku: false,
        urutan: 3,
      });
      await aturTarget(trx, admin, ik2, { tahun: 2024, target: 40 });
      for (const [ke, nilai] of [
        [1, "8"],
        [2, "10"],
        [3, "12"],
        [4, "9"],
      ] as const) {
        await catatRealisasi(trx, petugas, {
          indikatorId: ik2,
          tahun: 2024,
          periode: { jenis: "triwulan", ke },
          nilai,
        });
      }
      const hasil = await hasilIku(trx, petugas, opdId, 2024);
      expect(hasil.indikator.map((i) => i.indikator.kode)).toEqual(["IK1", "IK2"]);
      const dok = hasil.indikator[1];
      expect(dok?.realisasi).toBe("39");
      expect(persen(dok?.capaian ?? { status: "tidak_dapat_dihitung", alasan: "-" })).toBe("97.50");
      expect(dok?.predikat).toBe("Sangat Tinggi");
    }));

  it("refuses a year no Renstra covers", () =>
    dalamRollback(b, async (trx) => {
      const { petugas, opdId } = await siapkan(trx);
      await expect(hasilIku(trx, petugas, opdId, 2030)).rejects.toThrow(
        "Belum ada Renstra yang meliputi tahun 2030",
      );
    }));
});

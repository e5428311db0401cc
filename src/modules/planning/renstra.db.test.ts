import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { hitungBaris, siapkanDuaOpd, siapkanRenstra } from "./fixture-uji.ts";
import { bacaPohonRenstra } from "./planning.read.ts";
import {
  aturTarget,
  buatRenstra,
  cariIndikatorByKode,
  cariRenstraAktif,
  tambahIndikator,
  tambahSasaran,
  tambahTujuan,
} from "./renstra.service.ts";
import { buatRpjmd } from "./rpjmd.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const RPJMD = {
  tahunAwal: 2021,
  tahunAkhir: 2026,
  visi: "Luwu Timur Maju",
  misi: [{ nomor: 1, uraian: "Meningkatkan pelayanan publik" }],
  tujuan: [{ kode: "RT1", misiNomor: 1, uraian: "Tata kelola yang baik" }],
  sasaran: [{ kode: "RS1", tujuanKode: "RT1", uraian: "Pelayanan publik prima" }],
};

const indikatorDasar = {
  satuan: "persen",
  definisiOperasional: null,
  formula: null,
  sumberData: null,
  penanggungJawabUnitKode: null,
  penanggungJawabTeks: null,
  polaritas: "positif" as const,
  agregasi: "last" as const,
  presisi: 2,
  baseline: null,
  baselineTahun: null,
  kondisiAkhir: null,
  iku: false,
  sumberOtomatis: null,
};

async function galatDari(janji: Promise<unknown>): Promise<GalatTerukur> {
  const e = await janji.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(GalatTerukur);
  return e as GalatTerukur;
}

describe("RPJMD", () => {
  it("stores visi, misi, tujuan and sasaran and lets a Renstra link to them", () =>
    dalamRollback(b, async (trx) => {
      const { admin, opdId } = await siapkanDuaOpd(trx);
      const rpjmdId = await buatRpjmd(trx, admin, RPJMD);
      const renstraId = await buatRenstra(trx, admin, opdId, {
        nama: "Renstra 2021–2026",
        tahunAwal: 2021,
        tahunAkhir: 2026,
        rpjmdTahunAwal: 2021,
      });
      await tambahTujuan(trx, admin, renstraId, { kode: "T1", uraian: "Tujuan", rpjmdTujuanKode: "RT1" });
      await tambahSasaran(trx, admin, renstraId, {
        kode: "S1",
        tujuanKode: "T1",
        uraian: "Sasaran",
        rpjmdSasaranKode: "RS1",
      });
      const s = await trx
        .selectFrom("sasaran as s")
        .innerJoin("rpjmd_sasaran as r", "r.id", "s.rpjmd_sasaran_id")
        .innerJoin("rpjmd_tujuan as t", "t.id", "r.tujuan_id")
        .select(["r.kode", "t.rpjmd_id"])
        .executeTakeFirstOrThrow();
      expect(s).toEqual({ kode: "RS1", rpjmd_id: rpjmdId });
    }));

  it("refuses an OPD-scoped caller and a tujuan naming a missing misi, writing nothing", () =>
    dalamRollback(b, async (trx) => {
      const { admin, petugas } = await siapkanDuaOpd(trx);
      const g = await galatDari(buatRpjmd(trx, petugas, RPJMD));
      expect(g.jenis).toBe("di_luar_cakupan");
      expect(g.message).toBe("Hanya admin pemda atau Bappeda yang dapat menyusun RPJMD.");
      await expect(
        buatRpjmd(trx, admin, { ...RPJMD, tujuan: [{ kode: "RT1", misiNomor: 9, uraian: "x" }] }),
      ).rejects.toThrow('Tujuan "RT1" merujuk misi nomor 9 yang tidak ada');
      await expect(buatRpjmd(trx, admin, { ...RPJMD, tahunAkhir: 2030 })).rejects.toThrow(
        "tahunAkhir: Periode perencanaan paling lama 6 tahun",
      );
      expect(await hitungBaris(trx, "rpjmd")).toBe(0);
    }));
});

describe("Renstra", () => {
  it("builds the tree tujuan → sasaran → indikator with passport and targets per year", () =>
    dalamRollback(b, async (trx) => {
      const { admin, opdId } = await siapkanDuaOpd(trx);
      const { renstraId, indikatorId } = await siapkanRenstra(trx, admin, opdId);
      await tambahIndikator(trx, admin, renstraId, {
        ...indikatorDasar,
        kode: "IT1",
        tingkat: "tujuan",
        tujuanKode: "T1",
        sasaranKode: null,
        nama: "Indeks Pelayanan Publik",
      });
      expect((await cariRenstraAktif(trx, admin, opdId, 2024))?.id).toBe(renstraId);
      expect(await cariRenstraAktif(trx, admin, opdId, 2027)).toBeUndefined();
      expect((await cariIndikatorByKode(trx, admin, renstraId, "IK1"))?.id).toBe(indikatorId);

      const pohon = await bacaPohonRenstra(trx, admin, renstraId);
      expect(pohon.renstra).toMatchObject({ tahunAwal: 2021, tahunAkhir: 2026 });
      const [t1] = pohon.tujuan;
      expect(t1?.indikator.map((i) => i.kode)).toEqual(["IT1"]);
      const ik1 = t1?.sasaran[0]?.indikator[0];
      expect(ik1).toMatchObject({
        kode: "IK1",
        tingkat: "sasaran",
        tujuanKode: "T1",
        sasaranKode: "S1",
        formula: "Σ(NRR × bobot) × 25",
        penanggungJawab: {
          unitKode: "seksi-pelayanan",
          unitNama: "Seksi Pelayanan",
          teks: "Seksi Pelayanan",
        },
        baseline: "90.5",
        kondisiAkhir: "94.5",
        iku: true,
        target: [
          { tahun: 2023, target: "92.5", targetAtas: null },
          { tahun: 2024, target: "93.05", targetAtas: null },
        ],
      });
      expect(pohon.indikatorTanpaSasaran).toEqual([]);
    }));

  it("refuses a Renstra overlapping another of the same OPD", () =>
    dalamRollback(b, async (trx) => {
      const { admin, opdId } = await siapkanDuaOpd(trx);
      await siapkanRenstra(trx, admin, opdId);
      await expect(
        buatRenstra(trx, admin, opdId, {
          nama: "Lagi",
          tahunAwal: 2026,
          tahunAkhir: 2030,
          rpjmdTahunAwal: null,
        }),
      ).rejects.toThrow("Periode 2026–2030 bertumpuk dengan Renstra 2021–2026 yang sudah ada");
      expect(await hitungBaris(trx, "renstra")).toBe(1);
    }));

  it("refuses a sasaran-level indicator without a sasaran and a tujuan-level one naming a sasaran", () =>
    dalamRollback(b, async (trx) => {
      const { admin, opdId } = await siapkanDuaOpd(trx);
      const { renstraId } = await siapkanRenstra(trx, admin, opdId);
      const sebelum = await hitungBaris(trx, "indikator");
      await expect(
        tambahIndikator(trx, admin, renstraId, {
          ...indikatorDasar,
          kode: "IK9",
          tingkat: "sasaran",
          tujuanKode: "T1",
          sasaranKode: null,
          nama: "Tanpa sasaran",
        }),
      ).rejects.toThrow("Indikator tingkat sasaran harus menyebut sasarannya");
      await expect(
        tambahIndikator(trx, admin, renstraId, {
          ...indikatorDasar,
          kode: "IK9",
          tingkat: "tujuan",
          tujuanKode: "T1",
          sasaranKode: "S1",
          nama: "Salah tingkat",
        }),
      ).rejects.toThrow("Indikator tingkat tujuan tidak menyebut sasaran");
      await expect(
        tambahIndikator(trx, admin, renstraId, {
          ...indikatorDasar,
          kode: "IK1",
          tingkat: "sasaran",
          tujuanKode: null,
          sasaranKode: "S1",
          nama: "Duplikat",
        }),
      ).rejects.toThrow('Indikator dengan kode "IK1" sudah ada di Renstra ini');
      expect(await hitungBaris(trx, "indikator")).toBe(sebelum);
    }));

  it("refuses an OPD-scoped caller adding to another OPD's Renstra", () =>
    dalamRollback(b, async (trx) => {
      const { admin, opdId, petugasLain } = await siapkanDuaOpd(trx);
      const { renstraId } = await siapkanRenstra(trx, admin, opdId);
      const g = await galatDari(
        tambahTujuan(trx, petugasLain, renstraId, { kode: "T9", uraian: "x", rpjmdTujuanKode: null }),
      );
      expect(g.jenis).toBe("di_luar_cakupan");
      expect(await hitungBaris(trx, "tujuan")).toBe(1);
    }));
});

describe("target Renstra", () => {
  it("reads 93,05 and 93.05 alike and replaces the year's target when set again", () =>
    dalamRollback(b, async (trx) => {
      const { admin, opdId } = await siapkanDuaOpd(trx);
      const { indikatorId } = await siapkanRenstra(trx, admin, opdId);
      const id1 = await aturTarget(trx, admin, indikatorId, { tahun: 2025, target: "93,5" });
      const id2 = await aturTarget(trx, admin, indikatorId, { tahun: 2025, target: "93.75", targetAtas: 95 });
      expect(id2).toBe(id1);
      const baris = await trx
        .selectFrom("indikator_target")
        .select(["target", "target_atas"])
        .where("indikator_id", "=", indikatorId)
        .where("tahun", "=", 2025)
        .execute();
      expect(baris).toEqual([{ target: "93.75", target_atas: "95" }]);
    }));

  it("refuses a year outside the Renstra period and writes nothing", () =>
    dalamRollback(b, async (trx) => {
      const { admin, opdId } = await siapkanDuaOpd(trx);
      const { indikatorId } = await siapkanRenstra(trx, admin, opdId);
      const sebelum = await hitungBaris(trx, "indikator_target");
      const g = await galatDari(aturTarget(trx, admin, indikatorId, { tahun: 2027, target: "95" }));
      expect(g.message).toBe("Tahun 2027 di luar periode Renstra 2021–2026");
      expect(g.bidang).toBe("tahun");
      await expect(aturTarget(trx, admin, indikatorId, { tahun: 2020, target: "95" })).rejects.toThrow(
        "Tahun 2020 di luar periode Renstra 2021–2026",
      );
      expect(await hitungBaris(trx, "indikator_target")).toBe(sebelum);
    }));

  it("refuses a non-numeric, an ambiguous and an inverted range target and writes nothing", () =>
    dalamRollback(b, async (trx) => {
      const { admin, opdId } = await siapkanDuaOpd(trx);
      const { indikatorId } = await siapkanRenstra(trx, admin, opdId);
      const sebelum = await hitungBaris(trx, "indikator_target");
      const g = await galatDari(
        aturTarget(trx, admin, indikatorId, { tahun: 2025, target: "sembilan puluh" }),
      );
      expect(g.message).toBe(
        'target: "sembilan puluh" bukan angka yang dapat dibaca. Tulis dengan angka, misalnya 93,05 atau 1.234,5.',
      );
      expect(g.bidang).toBe("target");
      await expect(aturTarget(trx, admin, indikatorId, { tahun: 2025, target: "1.234" })).rejects.toThrow(
        'target: "1.234" bermakna ganda: bisa ribuan atau desimal. Tulis 1234 untuk ribuan, atau 1,2340 untuk desimal.',
      );
      await expect(
        aturTarget(trx, admin, indikatorId, { tahun: 2025, target: "90", targetAtas: "80" }),
      ).rejects.toThrow("Batas atas target tidak boleh lebih kecil dari target");
      expect(await hitungBaris(trx, "indikator_target")).toBe(sebelum);
    }));
});

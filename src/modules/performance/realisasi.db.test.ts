import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { Db } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { hitungBaris, siapkanDuaOpd, siapkanRenstra } from "../planning/fixture-uji.ts";
import { catatRealisasi } from "./realisasi.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

async function siapkan(trx: Db) {
  const o = await siapkanDuaOpd(trx);
  const r = await siapkanRenstra(trx, o.admin, o.opdId);
  return { ...o, ...r };
}

async function galatDari(janji: Promise<unknown>): Promise<GalatTerukur> {
  const e = await janji.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(GalatTerukur);
  return e as GalatTerukur;
}

const TAHUNAN = { jenis: "tahun" as const, ke: 1 };

describe("catatRealisasi", () => {
  it("stores an exact value, reads a decimal comma, and replaces the same period's row", () =>
    dalamRollback(b, async (trx) => {
      const { petugas, indikatorId } = await siapkan(trx);
      const id1 = await catatRealisasi(trx, petugas, {
        indikatorId,
        tahun: 2024,
        periode: TAHUNAN,
        nilai: "93,06",
        sumber: "SKM",
      });
      await trx
        .updateTable("realisasi_indikator")
        .set({ status: "diajukan" })
        .where("id", "=", id1)
        .execute();
      const id2 = await catatRealisasi(trx, petugas, {
        indikatorId,
        tahun: 2024,
        periode: TAHUNAN,
        nilai: 93.07,
      });
      expect(id2).toBe(id1);
      const baris = await trx
        .selectFrom("realisasi_indikator")
        .select(["nilai", "status", "sumber"])
        .execute();
      expect(baris).toEqual([{ nilai: "93.07", status: "draf", sumber: null }]);
      const audit = await trx
        .selectFrom("audit_log")
        .select("aksi")
        .where("tabel", "=", "realisasi_indikator")
        .execute();
      expect(audit.map((a) => a.aksi)).toEqual(["buat", "ubah"]);
    }));

  it("accepts past results before the Renstra period, back to 10 years before its start", () =>
    dalamRollback(b, async (trx) => {
      const { petugas, indikatorId } = await siapkan(trx);
      await catatRealisasi(trx, petugas, { indikatorId, tahun: 2011, periode: TAHUNAN, nilai: "85" });
      await catatRealisasi(trx, petugas, { indikatorId, tahun: 2020, periode: TAHUNAN, nilai: "90.5" });
      expect(await hitungBaris(trx, "realisasi_indikator")).toBe(2);
    }));

  it("refuses a non-numeric value naming the field nilai and writes nothing", () =>
    dalamRollback(b, async (trx) => {
      const { petugas, indikatorId } = await siapkan(trx);
      const g = await galatDari(
        catatRealisasi(trx, petugas, { indikatorId, tahun: 2024, periode: TAHUNAN, nilai: "sembilan puluh" }),
      );
      expect(g.jenis).toBe("input_tidak_valid");
      expect(g.bidang).toBe("nilai");
      expect(g.message).toBe(
        'nilai: "sembilan puluh" bukan angka yang dapat dibaca. Tulis dengan angka, misalnya 93,05 atau 1.234,5.',
      );
      expect(await hitungBaris(trx, "realisasi_indikator")).toBe(0);
    }));

  it("refuses an invalid period and writes nothing", () =>
    dalamRollback(b, async (trx) => {
      const { petugas, indikatorId } = await siapkan(trx);
      const g = await galatDari(
        catatRealisasi(trx, petugas, {
          indikatorId,
          tahun: 2024,
          periode: { jenis: "triwulan", ke: 5 },
          nilai: "1",
        }),
      );
      expect(g.message).toBe("periode: Periode triwulan harus bernomor 1 sampai 4; tertulis 5.");
      expect(g.bidang).toBe("periode");
      await expect(
        catatRealisasi(trx, petugas, {
          indikatorId,
          tahun: 2024,
          periode: { jenis: "minggu" as never, ke: 1 },
          nilai: "1",
        }),
      ).rejects.toThrow("periode.jenis: Jenis periode harus bulan, triwulan, semester atau tahun");
      expect(await hitungBaris(trx, "realisasi_indikator")).toBe(0);
    }));

  it("refuses an OPD-scoped caller recording for another OPD's indicator and writes nothing", () =>
    dalamRollback(b, async (trx) => {
      const { petugasLain, indikatorId } = await siapkan(trx);
      const auditSebelum = await hitungBaris(trx, "audit_log");
      const g = await galatDari(
        catatRealisasi(trx, petugasLain, { indikatorId, tahun: 2024, periode: TAHUNAN, nilai: "93" }),
      );
      expect(g.jenis).toBe("di_luar_cakupan");
      expect(g.message).toBe("Data ini milik perangkat daerah lain dan berada di luar cakupan Anda.");
      expect(await hitungBaris(trx, "realisasi_indikator")).toBe(0);
      expect(await hitungBaris(trx, "audit_log")).toBe(auditSebelum);
    }));

  it("refuses a year after the Renstra period and one more than 10 years before it, writing nothing", () =>
    dalamRollback(b, async (trx) => {
      const { petugas, indikatorId } = await siapkan(trx);
      const g = await galatDari(
        catatRealisasi(trx, petugas, { indikatorId, tahun: 2027, periode: TAHUNAN, nilai: "94" }),
      );
      expect(g.message).toBe(
        "Tahun 2027 sesudah akhir periode Renstra 2021–2026; realisasinya dicatat pada Renstra berikutnya",
      );
      expect(g.bidang).toBe("tahun");
      await expect(
        catatRealisasi(trx, petugas, { indikatorId, tahun: 2010, periode: TAHUNAN, nilai: "80" }),
      ).rejects.toThrow("Tahun 2010 lebih dari 10 tahun sebelum awal periode Renstra 2021–2026");
      expect(await hitungBaris(trx, "realisasi_indikator")).toBe(0);
    }));

  it("refuses changing an approved row (locked) and leaves it as it was", () =>
    dalamRollback(b, async (trx) => {
      const { petugas, indikatorId } = await siapkan(trx);
      const id = await catatRealisasi(trx, petugas, {
        indikatorId,
        tahun: 2024,
        periode: TAHUNAN,
        nilai: "93.06",
      });
      await trx
        .updateTable("realisasi_indikator")
        .set({ status: "disetujui" })
        .where("id", "=", id)
        .execute();
      const g = await galatDari(
        catatRealisasi(trx, petugas, { indikatorId, tahun: 2024, periode: TAHUNAN, nilai: "99" }),
      );
      expect(g.jenis).toBe("konflik");
      expect(g.message).toBe("Realisasi Tahun 2024 indikator IK1 sudah disetujui dan terkunci");
      const baris = await trx.selectFrom("realisasi_indikator").select(["nilai", "status"]).execute();
      expect(baris).toEqual([{ nilai: "93.06", status: "disetujui" }]);
    }));

  it("refuses mixing a yearly row with quarterly rows for the same indicator and year", () =>
    dalamRollback(b, async (trx) => {
      const { petugas, indikatorId } = await siapkan(trx);
      await catatRealisasi(trx, petugas, {
        indikatorId,
        tahun: 2024,
        periode: { jenis: "triwulan", ke: 1 },
        nilai: "92",
      });
      await catatRealisasi(trx, petugas, {
        indikatorId,
        tahun: 2024,
        periode: { jenis: "triwulan", ke: 2 },
        nilai: "92,5",
      });
      const g = await galatDari(
        catatRealisasi(trx, petugas, { indikatorId, tahun: 2024, periode: TAHUNAN, nilai: "93" }),
      );
      expect(g.jenis).toBe("konflik");
      expect(g.message).toBe(
        "Realisasi indikator IK1 tahun 2024 sudah dicatat per triwulan; tidak dapat dicampur dengan realisasi per tahun",
      );
      await catatRealisasi(trx, petugas, { indikatorId, tahun: 2023, periode: TAHUNAN, nilai: "92.8" });
      expect(await hitungBaris(trx, "realisasi_indikator")).toBe(3);
    }));
});

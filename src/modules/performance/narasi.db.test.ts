import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { Db } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { hitungBaris, siapkanDuaOpd, siapkanRenstra } from "../planning/fixture-uji.ts";
import { daftarNarasi, tulisNarasi } from "./narasi.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

async function siapkan(trx: Db) {
  const o = await siapkanDuaOpd(trx);
  await siapkanRenstra(trx, o.admin, o.opdId);
  return o;
}

const DASAR = { tahun: 2024, sasaranKode: null, kodeAnggaran: null, urutan: 0 };

describe("tulisNarasi", () => {
  it("writes narratives to the OPD, a sasaran and a budget code; writing a slot again replaces its text", () =>
    dalamRollback(b, async (trx) => {
      const { petugas, opdId } = await siapkan(trx);
      await tulisNarasi(trx, petugas, opdId, { ...DASAR, jenis: "kata_pengantar", isi: "Puji syukur" });
      const a = await tulisNarasi(trx, petugas, opdId, {
        ...DASAR,
        sasaranKode: "S1",
        jenis: "analisis",
        isi: "Versi 1",
      });
      const a2 = await tulisNarasi(trx, petugas, opdId, {
        ...DASAR,
        sasaranKode: "S1",
        jenis: "analisis",
        isi: "Versi 2",
      });
      expect(a2).toBe(a);
      await tulisNarasi(trx, petugas, opdId, {
        ...DASAR,
        kodeAnggaran: "7.01.01.2.01",
        jenis: "uraian_kegiatan",
        isi: "Rapat",
      });
      await tulisNarasi(trx, petugas, opdId, { ...DASAR, jenis: "kata_pengantar", isi: "Puji syukur lagi" });
      const semua = await daftarNarasi(trx, petugas, opdId, 2024);
      expect(semua.map((n) => [n.jenis, n.sasaran_kode, n.kode_anggaran, n.isi])).toEqual([
        ["kata_pengantar", null, null, "Puji syukur lagi"],
        ["analisis", "S1", null, "Versi 2"],
        ["uraian_kegiatan", null, "7.01.01.2.01", "Rapat"],
      ]);
    }));

  it("refuses an unknown sasaran, both anchors at once, a malformed code and an empty text, writing nothing", () =>
    dalamRollback(b, async (trx) => {
      const { petugas, opdId } = await siapkan(trx);
      await expect(
        tulisNarasi(trx, petugas, opdId, { ...DASAR, sasaranKode: "S9", jenis: "analisis", isi: "x" }),
      ).rejects.toThrow('Sasaran "S9" tidak ditemukan di Renstra 2021–2026');
      await expect(
        tulisNarasi(trx, petugas, opdId, {
          ...DASAR,
          sasaranKode: "S1",
          kodeAnggaran: "7.01.01",
          jenis: "analisis",
          isi: "x",
        }),
      ).rejects.toThrow("Narasi melekat pada satu sasaran atau satu kode anggaran, tidak keduanya");
      await expect(
        tulisNarasi(trx, petugas, opdId, { ...DASAR, kodeAnggaran: "7.1.1", jenis: "kendala", isi: "x" }),
      ).rejects.toThrow(/^kodeAnggaran: /);
      await expect(
        tulisNarasi(trx, petugas, opdId, { ...DASAR, jenis: "kendala", isi: "  " }),
      ).rejects.toThrow("isi: Isi narasi wajib diisi");
      expect(await hitungBaris(trx, "narasi")).toBe(0);
    }));

  it("refuses an OPD-scoped caller writing another OPD's narrative", () =>
    dalamRollback(b, async (trx) => {
      const { petugasLain, opdId } = await siapkan(trx);
      const e = await tulisNarasi(trx, petugasLain, opdId, { ...DASAR, jenis: "kendala", isi: "x" }).catch(
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(GalatTerukur);
      expect((e as GalatTerukur).jenis).toBe("di_luar_cakupan");
      expect(await hitungBaris(trx, "narasi")).toBe(0);
    }));
});

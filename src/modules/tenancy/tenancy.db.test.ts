import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { daftarOpd } from "./tenancy.repo.ts";
import { buatOpd, buatPemda, buatUnitKerja, buatWilayah, catatPenduduk } from "./tenancy.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

describe("tenancy", () => {
  it("creates a pemda with OPDs and shows an OPD-scoped caller only its own", () =>
    dalamRollback(b, async (trx) => {
      const pemdaId = await buatPemda(trx, "uji", {
        kode: "uji-pemda",
        nama: "Kabupaten Uji",
        jenis: "kabupaten",
      });
      const admin = { pemdaId, opdId: null, pelaku: "uji" };
      const a = await buatOpd(trx, admin, { kode: "kec-a", nama: "Kecamatan A", jenis: "kecamatan" });
      await buatOpd(trx, admin, { kode: "kec-b", nama: "Kecamatan B", jenis: "kecamatan" });
      expect((await daftarOpd(trx, admin)).map((o) => o.kode)).toEqual(["kec-a", "kec-b"]);
      expect((await daftarOpd(trx, { pemdaId, opdId: a, pelaku: "x" })).map((o) => o.kode)).toEqual([
        "kec-a",
      ]);
      const audit = await trx
        .selectFrom("audit_log")
        .select("tabel")
        .where("pemda_id", "=", pemdaId)
        .execute();
      expect(audit.map((r) => r.tabel)).toEqual(["pemda", "opd", "opd"]);
    }));

  it("refuses a bad code, a duplicate and a negative count with Indonesian messages and writes nothing", () =>
    dalamRollback(b, async (trx) => {
      const pemdaId = await buatPemda(trx, "uji", {
        kode: "uji-pemda",
        nama: "Kabupaten Uji",
        jenis: "kabupaten",
      });
      const admin = { pemdaId, opdId: null, pelaku: "uji" };
      await expect(buatOpd(trx, admin, { kode: "Kec A", nama: "A", jenis: "kecamatan" })).rejects.toThrow(
        /kode: Kode hanya boleh huruf kecil/,
      );
      const opdId = await buatOpd(trx, admin, { kode: "kec-a", nama: "Kecamatan A", jenis: "kecamatan" });
      await expect(buatOpd(trx, admin, { kode: "kec-a", nama: "Lagi", jenis: "kecamatan" })).rejects.toThrow(
        'Perangkat daerah dengan kode "kec-a" sudah ada',
      );
      await expect(
        buatWilayah(trx, admin, opdId, { kode: "desa-x", nama: "Desa X", jenis: "desa", jumlahRt: -1 }),
      ).rejects.toThrow("jumlahRt: Jumlah RT tidak boleh negatif");
      await expect(
        catatPenduduk(trx, admin, opdId, {
          wilayahKode: "tidak-ada",
          tahun: 2024,
          lakiLaki: 1,
          perempuan: 1,
        }),
      ).rejects.toThrow('Wilayah "tidak-ada" tidak ditemukan');
      const n = await trx
        .selectFrom("wilayah")
        .select((e) => e.fn.countAll<string>().as("n"))
        .executeTakeFirst();
      expect(Number(n?.n)).toBe(0);
    }));

  it("refuses an OPD-scoped caller acting on another OPD", () =>
    dalamRollback(b, async (trx) => {
      const pemdaId = await buatPemda(trx, "uji", {
        kode: "uji-pemda",
        nama: "Kabupaten Uji",
        jenis: "kabupaten",
      });
      const admin = { pemdaId, opdId: null, pelaku: "uji" };
      const a = await buatOpd(trx, admin, { kode: "kec-a", nama: "Kecamatan A", jenis: "kecamatan" });
      const bId = await buatOpd(trx, admin, { kode: "kec-b", nama: "Kecamatan B", jenis: "kecamatan" });
      const petugasA = { pemdaId, opdId: a, pelaku: "petugas-a" };
      const galat = await buatUnitKerja(trx, petugasA, bId, {
        kode: "seksi",
        nama: "Seksi",
        jenis: "seksi",
      }).catch((e) => e);
      expect(galat).toBeInstanceOf(GalatTerukur);
      expect((galat as GalatTerukur).jenis).toBe("di_luar_cakupan");
    }));
});

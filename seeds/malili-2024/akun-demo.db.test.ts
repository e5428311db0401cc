import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { masuk } from "../../src/modules/auth/masuk.service.ts";
import type { Basisdata } from "../../src/platform/db/database.ts";
import { bukaDbUji, dalamRollback } from "../../test/setup/db.ts";
import { muatDemoJikaKosong } from "../demo.ts";
import { SANDI_DEMO } from "./akun-demo.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

describe("the demo accounts", () => {
  it("come with the demo, one per role, each signing in with the README's password", () =>
    dalamRollback(b, async (trx) => {
      const dimuat = await muatDemoJikaKosong(trx);
      expect(dimuat).toContain('akun demo (kata sandi "terukur-demo"): admin.lutim, perencana.malili');
      const akun = await trx
        .selectFrom("akun as a")
        .leftJoin("opd as o", "o.id", "a.opd_id")
        .leftJoin("unit_kerja as u", "u.id", "a.unit_kerja_id")
        .select(["a.nama_pengguna", "a.peran", "o.kode as opd", "u.kode as unit", "a.sandi_hash"])
        .orderBy("a.id")
        .execute();
      expect(akun.map(({ sandi_hash: _, ...x }) => x)).toEqual([
        { nama_pengguna: "admin.lutim", peran: "admin_pemda", opd: null, unit: null },
        { nama_pengguna: "perencana.malili", peran: "perencana", opd: "malili", unit: null },
        {
          nama_pengguna: "kasi.pemerintahan.malili",
          peran: "kepala_seksi",
          opd: "malili",
          unit: "seksi-pemerintahan",
        },
        { nama_pengguna: "camat.malili", peran: "pimpinan", opd: "malili", unit: null },
        { nama_pengguna: "evaluator.inspektorat", peran: "evaluator", opd: null, unit: null },
        { nama_pengguna: "perencana.burau", peran: "perencana", opd: "burau", unit: null },
      ]);
      // hashed once for the whole load
      expect(new Set(akun.map((a) => a.sandi_hash)).size).toBe(1);
      const kasi = await masuk(trx, {
        namaPengguna: "kasi.pemerintahan.malili",
        sandi: SANDI_DEMO,
        alamat: "uji",
      });
      expect(kasi).toMatchObject({ peran: "kepala_seksi", opdKode: "malili" });
      expect(await muatDemoJikaKosong(trx)).toBeNull();
      expect(await trx.selectFrom("akun").select("id").execute()).toHaveLength(6);
    }));
});

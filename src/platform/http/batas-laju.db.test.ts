import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import type { Basisdata } from "../db/database.ts";
import { kembalikanBatasLaju, kunciLaju, periksaBatasLaju } from "./batas-laju.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const T0 = new Date("2024-05-01T08:00:00Z");
const detikKe = (s: number) => new Date(T0.getTime() + s * 1000);

describe("periksaBatasLaju (fixed window in PostgreSQL)", () => {
  it("allows up to maks per window, then refuses with the seconds left, and resets when the window ends", () =>
    dalamRollback(b, async (trx) => {
      const k = kunciLaju("uji", "perangkat-1");
      const aturan = { maks: 3, jendelaDetik: 600 };
      const hasil = [];
      for (let i = 0; i < 4; i++)
        hasil.push(await periksaBatasLaju(trx, k, { ...aturan, sekarang: detikKe(i) }));
      expect(hasil.map((h) => [h.boleh, h.sisa])).toEqual([
        [true, 2],
        [true, 1],
        [true, 0],
        [false, 0],
      ]);
      expect(hasil[3]?.ulangiDalamDetik).toBe(597);
      expect(await periksaBatasLaju(trx, k, { ...aturan, sekarang: detikKe(599) })).toMatchObject({
        boleh: false,
        ulangiDalamDetik: 1,
      });
      expect(await periksaBatasLaju(trx, k, { ...aturan, sekarang: detikKe(600) })).toEqual({
        boleh: true,
        sisa: 2,
        ulangiDalamDetik: 0,
      });
    }));

  it("counts two keys independently", () =>
    dalamRollback(b, async (trx) => {
      const a = kunciLaju("uji", "a");
      const c = kunciLaju("uji", "c");
      const aturan = { maks: 1, jendelaDetik: 60, sekarang: T0 };
      expect((await periksaBatasLaju(trx, a, aturan)).boleh).toBe(true);
      expect((await periksaBatasLaju(trx, a, aturan)).boleh).toBe(false);
      expect((await periksaBatasLaju(trx, c, aturan)).boleh).toBe(true);
    }));

  it("stores only hashes and deletes expired rows of other keys", () =>
    dalamRollback(b, async (trx) => {
      await periksaBatasLaju(trx, kunciLaju("skm-alamat", "203.0.113.7"), {
        maks: 5,
        jendelaDetik: 60,
        sekarang: T0,
      });
      const sebelum = await trx.selectFrom("batas_laju").select("kunci").execute();
      expect(sebelum.map((r) => r.kunci)).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);
      expect(JSON.stringify(sebelum)).not.toContain("203.0.113.7");
      await periksaBatasLaju(trx, kunciLaju("lain"), { maks: 5, jendelaDetik: 60, sekarang: detikKe(61) });
      const sesudah = await trx.selectFrom("batas_laju").select("kunci").execute();
      expect(sesudah.map((r) => r.kunci)).toEqual([kunciLaju("lain")]);
    }));

  it("gives a count back, so a refused form does not use up the duplicate guard", () =>
    dalamRollback(b, async (trx) => {
      const k = kunciLaju("duplikat", "x");
      const aturan = { maks: 1, jendelaDetik: 600, sekarang: T0 };
      expect((await periksaBatasLaju(trx, k, aturan)).boleh).toBe(true);
      await kembalikanBatasLaju(trx, k);
      expect((await periksaBatasLaju(trx, k, aturan)).boleh).toBe(true);
      expect((await periksaBatasLaju(trx, k, aturan)).boleh).toBe(false);
    }));
});

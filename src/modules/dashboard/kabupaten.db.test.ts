import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import { minta, sesiUji } from "../../../test/setup/sesi.ts";
import type { Basisdata } from "../../platform/db/database.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

function barisOpd(html: string, nama: string): string {
  const i = html.indexOf(`>${nama}</a>`);
  expect(i).toBeGreaterThan(-1);
  return html.slice(html.lastIndexOf("<tr>", i), html.indexOf("</tr>", i));
}

describe("the kabupaten side-by-side view", () => {
  it("is refused to OPD roles and to the public", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      for (const peran of ["perencana", "pimpinan"] as const) {
        const s = await sesiUji(trx, { peran, opdKode: "malili" });
        const res = await minta(app, s, "GET", "/kabupaten");
        expect(res.status).toBe(403);
        expect(await res.text()).toContain("Peran Anda tidak diizinkan melakukan tindakan ini.");
      }
      expect((await minta(app, null, "GET", "/kabupaten")).status).toBe(303);
    }));

  it("lists every OPD with its figures for the evaluator, and sorts by a column", () =>
    dalamRollback(b, async (trx) => {
      const { opdId } = await muatDataset(trx, malili2024);
      const burauId = (
        await trx.selectFrom("opd").select("id").where("kode", "=", "burau").executeTakeFirstOrThrow()
      ).id;
      const pemdaId = (
        await trx.selectFrom("opd").select("pemda_id").where("id", "=", opdId).executeTakeFirstOrThrow()
      ).pemda_id;
      await trx
        .insertInto("dokumen_opd")
        .values({ pemda_id: pemdaId, opd_id: opdId, jenis: "lkjip", tahun: 2024, status: "diajukan" })
        .execute();
      await trx
        .insertInto("rekomendasi")
        .values({
          pemda_id: pemdaId,
          opd_id: burauId,
          tahun_evaluasi: 2023,
          nomor: 1,
          uraian: "Agar menyusun Renstra",
          tenggat: "2020-12-31",
          status: "belum",
        })
        .execute();
      const app = aplikasiUji(trx);
      const evaluator = await sesiUji(trx, { peran: "evaluator" });
      const res = await minta(app, evaluator, "GET", "/kabupaten");
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain("Kabupaten Luwu Timur · Semua perangkat daerah · Tahun 2024");
      const malili = barisOpd(html, "Kecamatan Malili");
      expect(malili).toContain('href="/opd/malili?tahun=2024"');
      for (const teks of [
        "Rp 4.445.199.950",
        "Rp 4.286.256.962",
        "96,42 %",
        ">2<",
        "100,01 %",
        "Sangat Tinggi",
        "66 (B, 2023)",
        "status-diajukan",
      ]) {
        expect(malili).toContain(teks);
      }
      const burau = barisOpd(html, "Kecamatan Burau");
      expect(burau).toContain('href="/opd/burau?tahun=2024"');
      expect(burau).toContain("(1 terlambat)");
      expect(burau).toContain("belum ada");
      // by pagu, descending: Malili (the only OPD with a DPA) first; OPDs without a value last either way
      const turun = await (await minta(app, evaluator, "GET", "/kabupaten?tahun=2024&urut=-pagu")).text();
      const naik = await (await minta(app, evaluator, "GET", "/kabupaten?tahun=2024&urut=pagu")).text();
      const urutanNama = (h: string) =>
        [...h.matchAll(/<a href="\/opd\/[a-z-]+\?tahun=2024">([^<]+)<\/a>/g)].map((m) => m[1]);
      expect(urutanNama(turun)[0]).toBe("Kecamatan Malili");
      expect(urutanNama(naik)[0]).toBe("Kecamatan Malili");
      expect(urutanNama(html)[0]).not.toBe("Kecamatan Malili");
      expect(turun).toContain('aria-sort="descending"');
      expect(turun).toContain('href="/kabupaten?tahun=2024&amp;urut=pagu"');
      // by open recommendations, descending: Malili's open ones outnumber Burau's one
      const rek = urutanNama(
        await (await minta(app, evaluator, "GET", "/kabupaten?urut=-rekomendasi")).text(),
      );
      expect(rek.slice(0, 2)).toEqual(["Kecamatan Malili", "Kecamatan Burau"]);
    }));
});

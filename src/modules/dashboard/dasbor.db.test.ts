import { gzipSync } from "node:zlib";
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

function barisTabel(html: string, awal: string): string {
  const i = html.indexOf(awal);
  expect(i).toBeGreaterThan(-1);
  return html.slice(i, html.indexOf("</tr>", i));
}

describe("the OPD dashboard", () => {
  it("shows Malili 2024 from the store: cards, the IKM row, three charts, under 60 KB gzipped", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const sesi = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const res = await minta(app, sesi, "GET", "/opd/malili?tahun=2024");
      expect(res.status).toBe(200);
      const html = await res.text();
      for (const teks of ["Kecamatan Malili", "Rp 4.445.199.950", "Rp 4.286.256.962", "96,42 %"]) {
        expect(html).toContain(teks);
      }
      const ikm = barisTabel(html, "Indeks Kepuasan Masyarakat");
      for (const teks of ["93,05", "93,06", "100,01 %", "Sangat Tinggi"]) expect(ikm).toContain(teks);
      expect(html.match(/<svg[\s>]/g)?.length).toBe(3);
      const gzip = gzipSync(Buffer.from(html)).length;
      expect(gzip).toBeLessThan(60 * 1024);
      // without ?tahun the page opens on the latest year with a DPA
      const awal = await (await minta(app, sesi, "GET", "/opd/malili")).text();
      expect(awal).toContain("Kecamatan Malili · Tahun 2024");
    }));

  it("computes the cards: open recommendations, waiting realisations, error findings", () =>
    dalamRollback(b, async (trx) => {
      const { opdId } = await muatDataset(trx, malili2024);
      const terbuka = await trx
        .selectFrom("rekomendasi")
        .select((e) => e.fn.countAll<string>().as("n"))
        .where("opd_id", "=", opdId)
        .where("status", "!=", "selesai")
        .executeTakeFirstOrThrow();
      const app = aplikasiUji(trx);
      const sesi = await sesiUji(trx, { peran: "evaluator" });
      const html = await (await minta(app, sesi, "GET", "/opd/malili?tahun=2024")).text();
      const kartu = (label: string) => {
        const i = html.indexOf(label);
        expect(i).toBeGreaterThan(-1);
        return /<b>(?:<a [^>]*>)?([^<]*)</.exec(html.slice(i))?.[1];
      };
      expect(kartu("Rekomendasi belum selesai")).toBe(String(Number(terbuka.n)));
      expect(Number(terbuka.n)).toBeGreaterThan(0);
      expect(kartu("Temuan konsistensi (galat)")).toBe("3");
      expect(kartu("Realisasi menunggu verifikasi")).toBe("0");
      await trx
        .updateTable("realisasi_indikator")
        .set({ status: "diajukan" })
        .where("opd_id", "=", opdId)
        .where("tahun", "=", 2024)
        .where("periode_ke", "=", 1)
        .execute();
      const diajukan = await trx
        .selectFrom("realisasi_indikator")
        .select((e) => e.fn.countAll<string>().as("n"))
        .where("opd_id", "=", opdId)
        .where("tahun", "=", 2024)
        .where("status", "=", "diajukan")
        .executeTakeFirstOrThrow();
      expect(Number(diajukan.n)).toBeGreaterThan(0);
      const lagi = await (await minta(app, sesi, "GET", "/opd/malili?tahun=2024")).text();
      const i = lagi.indexOf("Realisasi menunggu verifikasi");
      expect(/<b>(?:<a [^>]*>)?([^<]*)</.exec(lagi.slice(i))?.[1]).toBe(String(Number(diajukan.n)));
    }));

  it("refuses another OPD's person, refuses the public, and says so for an OPD without data", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const burau = await sesiUji(trx, { peran: "perencana", opdKode: "burau" });
      expect((await minta(app, burau, "GET", "/opd/malili?tahun=2024")).status).toBe(403);
      const kosong = await minta(app, burau, "GET", "/opd/burau");
      expect(kosong.status).toBe(200);
      expect(await kosong.text()).toContain(
        "Belum ada DPA dan data kinerja yang tercatat untuk Kecamatan Burau",
      );
      const publik = await minta(app, null, "GET", "/opd/malili");
      expect(publik.status).toBe(303);
      expect(publik.headers.get("location")).toBe("/masuk?lanjut=%2Fopd%2Fmalili");
      const salah = await minta(app, burau, "GET", "/opd/burau?tahun=abc");
      expect(salah.status).toBe(400);
      expect(await salah.text()).toContain("tahun: tahun harus berupa angka, mis. 2024");
    }));
});

describe("the ringkasan API", () => {
  it("needs a session and stays inside the person's OPD", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const tanpa = await minta(app, null, "GET", "/api/v1/opd/malili/ringkasan?tahun=2024");
      expect(tanpa.status).toBe(401);
      expect(((await tanpa.json()) as { galat: { jenis: string } }).galat.jenis).toBe("belum_masuk");
      const burau = await sesiUji(trx, { peran: "perencana", opdKode: "burau" });
      const lain = await minta(app, burau, "GET", "/api/v1/opd/malili/ringkasan?tahun=2024");
      expect(lain.status).toBe(403);
      const malili = await sesiUji(trx, {
        peran: "kepala_seksi",
        opdKode: "malili",
        unitKode: "seksi-pemerintahan",
      });
      const ok = await minta(app, malili, "GET", "/api/v1/opd/malili/ringkasan?tahun=2024");
      expect(ok.status).toBe(200);
      const json = (await ok.json()) as { anggaran: { total: unknown } };
      expect(json.anggaran.total).toEqual({
        pagu: "4445199950",
        realisasi: "4286256962",
        serapan: { status: "dihitung", persen: "96.42" },
      });
    }));
});

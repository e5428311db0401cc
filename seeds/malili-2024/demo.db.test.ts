import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { periksaOpd } from "../../src/modules/consistency/consistency.service.ts";
import { ringkasanOpd } from "../../src/modules/dashboard/ringkasan.service.ts";
import { rekapKepegawaian } from "../../src/modules/staffing/staffing.service.ts";
import type { Basisdata } from "../../src/platform/db/database.ts";
import { aplikasiUji } from "../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../test/setup/db.ts";
import { minta, sesiUji } from "../../test/setup/sesi.ts";
import { malili2024 } from "./data.ts";
import { muatDataset } from "./load.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

describe("the Malili 2024 demo, loaded through the services", () => {
  it("rolls up to the report's budget totals and IKM result", () =>
    dalamRollback(b, async (trx) => {
      const { pemdaId } = await muatDataset(trx, malili2024);
      const r = await ringkasanOpd(trx, { pemdaId, opdId: null, pelaku: "uji" }, "malili", 2024);
      expect(r.anggaran.dpa).toBe("perubahan");
      expect(r.anggaran.total).toEqual({
        pagu: "4445199950",
        realisasi: "4286256962",
        serapan: { status: "dihitung", persen: "96.42" },
      });
      expect(r.anggaran.program.map((p) => [p.kode, p.pagu, p.realisasi, p.serapan])).toEqual([
        ["7.01.01", "4002116211", "3873911617", { status: "dihitung", persen: "96.80" }],
        ["7.01.02", "4271900", "3684405", { status: "dihitung", persen: "86.25" }],
        ["7.01.03", "336840350", "310808400", { status: "dihitung", persen: "92.27" }],
        ["7.01.04", "18859150", "16499520", { status: "dihitung", persen: "87.49" }],
        ["7.01.05", "62445839", "61919020", { status: "dihitung", persen: "99.16" }],
        ["7.01.06", "20666500", "19434000", { status: "dihitung", persen: "94.04" }],
      ]);
      const ikm = r.iku.find((i) => i.indikator.startsWith("Indeks Kepuasan Masyarakat"));
      expect(ikm).toMatchObject({
        target: "93.05",
        realisasi: "93.06",
        capaian: { status: "dihitung", persen: "100.01" },
        predikat: "Sangat Tinggi",
      });
      const lakip = r.iku.find((i) => i.indikator === "Nilai LAKIP");
      expect(lakip).toMatchObject({
        target: "66",
        realisasi: null,
        capaian: { status: "tidak_dapat_dihitung" },
      });
    }));

  it("derives the staffing tables from the register and finds the report's contradictions", () =>
    dalamRollback(b, async (trx) => {
      const { pemdaId, opdId } = await muatDataset(trx, malili2024);
      const c = { pemdaId, opdId: null, pelaku: "uji" };
      const staf = await rekapKepegawaian(trx, c, opdId, 2024);
      expect(staf.status.total).toBe(29);
      expect(staf.status.baris.map((r) => [r.status, r.jumlah])).toEqual([
        ["PNS", 14],
        ["CPNS", 0],
        ["PTT", 0],
        ["PPPK", 1],
        ["UPAH_JASA", 14],
      ]);
      const temuan = await periksaOpd(trx, c, opdId, 2024);
      const galat = temuan
        .filter((t) => t.tingkat === "galat")
        .map((t) => [t.aturan, t.dinyatakan, t.dihitung]);
      expect(galat).toEqual([
        ["dpa-pagu-induk", "14859150", "18859150"],
        ["dpa-pagu-induk", "637632100", "637602100"],
        ["pk-anggaran-vs-dpa", "14088150", "18859150"],
      ]);
    }));

  it("serves the figures on the signed-in dashboard and the API", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const sesi = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const api = await minta(app, sesi, "GET", "/api/v1/opd/malili/ringkasan?tahun=2024");
      expect(api.status).toBe(200);
      const json = (await api.json()) as { anggaran: { total: { serapan: unknown } } };
      expect(json.anggaran.total.serapan).toEqual({ status: "dihitung", persen: "96.42" });
      const halaman = await (await minta(app, sesi, "GET", "/opd/malili")).text();
      for (const teks of [
        "Kecamatan Malili",
        "Rp 4.445.199.950",
        "Rp 4.286.256.962",
        "96,42 %",
        "93,05",
        "93,06",
        "100,01 %",
        "Sangat Tinggi",
      ]) {
        expect(halaman).toContain(teks);
      }
      const burau = await sesiUji(trx, { peran: "perencana", opdKode: "burau" });
      const kosong = await (await minta(app, burau, "GET", "/opd/burau")).text();
      expect(kosong).toContain("Belum ada DPA dan data kinerja yang tercatat untuk Kecamatan Burau");
      const halamanSalah = await minta(app, sesi, "GET", "/opd/malili?tahun=abc");
      expect(halamanSalah.status).toBe(400);
      expect(await halamanSalah.text()).toContain("tahun: tahun harus berupa angka, mis. 2024");
      const salah = await minta(app, sesi, "GET", "/api/v1/opd/malili/ringkasan?tahun=dua-ribu");
      expect(salah.status).toBe(400);
      expect(((await salah.json()) as { galat: { pesan: string } }).galat.pesan).toBe(
        "tahun: tahun harus berupa angka, mis. 2024",
      );
    }));
});

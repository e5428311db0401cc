/**
 * End to end in Chromium at 360 px (issue 5): a respondent scans the counter's poster into the form, answers every
 * question by tapping the labels, submits; the public results and the IKU realisation change.
 *
 * The server runs inside this process (@hono/node-server on a free loopback port) over an in-memory PGlite with
 * the Malili demo loaded, with the survey pages' date fixed to 2024-06-15 so the test replays the 2024 survey
 * whatever year CI runs in.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { Hono } from "hono";
import type { Browser } from "playwright-core";
import QRCode from "qrcode";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../seeds/malili-2024/load.ts";
import { buatAplikasi } from "../../src/app.ts";
import { halamanSurveiPublik } from "../../src/modules/survey/survei.routes.tsx";
import {
  buatPeriodeSkm,
  formulirUnit,
  kirimRespons,
  terapkanIkmKeIku,
} from "../../src/modules/survey/survey.service.ts";
import { type Basisdata, bukaBasisdata } from "../../src/platform/db/database.ts";
import { migrasiKeTerbaru } from "../../src/platform/db/migrate.ts";
import type { Cakupan } from "../../src/platform/scope.ts";
import { penyimpananMemori } from "../../src/platform/storage/penyimpanan.ts";
import { sesiUji } from "../setup/sesi.ts";
import { ADA_CHROMIUM, bukaChromium, CHROMIUM, FOLDER_GAMBAR, layani } from "./bantu.ts";

if (!ADA_CHROMIUM)
  console.warn(`survei.e2e: dilewati — ${CHROMIUM} tidak terpasang (apt-get install chromium)`);

const HARI_INI = "2024-06-15";
const UNIT = "loket-pelayanan-malili";

let basis: Basisdata;
let hentikan: (() => Promise<void>) | undefined;
let browser: Browser;
let asal = "";
let cakupan: Cakupan;
let periodeId = 0;
let cookieSesi = "";

function realisasiIkm2024(): Promise<string | null> {
  // the summary API is for signed-in people: read it as the Inspektorat's evaluator
  return fetch(`${asal}/api/v1/opd/malili/ringkasan?tahun=2024`, { headers: { cookie: cookieSesi } })
    .then((r) => r.json() as Promise<{ iku: { indikator: string; realisasi: string | null }[] }>)
    .then((r) => r.iku.find((i) => i.indikator.startsWith("Indeks Kepuasan Masyarakat"))?.realisasi ?? null);
}

describe.skipIf(!ADA_CHROMIUM)(
  `the SKM from the QR poster to the IKU, in Chromium at 360 px (${CHROMIUM})`,
  () => {
    beforeAll(async () => {
      basis = await bukaBasisdata({ databaseUrl: null, dataDir: "memory://" });
      await migrasiKeTerbaru(basis.db);
      const { pemdaId, opdId } = await muatDataset(basis.db, malili2024);
      cakupan = { pemdaId, opdId: null, pelaku: "e2e" };
      periodeId = await buatPeriodeSkm(basis.db, cakupan, opdId, {
        tahun: 2024,
        periodeJenis: "tahun",
        periodeKe: 1,
        mulai: "2024-01-01",
        selesai: "2024-12-31",
        jumlahPengguna: 1200,
        indikatorKode: "S1.I1",
      });
      // three paper-era respondents already in, so the page and the IKU have a value before ours
      for (const nilai of [4, 3, 3]) {
        const jawaban = Object.fromEntries(
          (await formulirUnit(basis.db, UNIT, HARI_INI)).unsur.map((u) => [u.kunci, nilai]),
        );
        await kirimRespons(basis.db, { kodeUnit: UNIT, tanggal: HARI_INI, jawaban, sumber: "formulir" });
      }
      await terapkanIkmKeIku(basis.db, cakupan, periodeId);
      cookieSesi = (await sesiUji(basis.db, { peran: "evaluator" })).cookie;

      const dep = { db: basis.db, kodePemda: null, penyimpanan: penyimpananMemori() };
      const app = new Hono();
      app.route("/", halamanSurveiPublik(dep, { hariIni: () => HARI_INI }));
      app.route("/", buatAplikasi(dep));
      const srv = await layani(app);
      asal = srv.asal;
      hentikan = srv.hentikan;
      browser = await bukaChromium();
      mkdirSync(FOLDER_GAMBAR, { recursive: true });
    });

    afterAll(async () => {
      await browser?.close();
      await hentikan?.();
      await basis?.tutup();
    });

    it("scans, answers by tapping labels, submits; the results page and the IKU realisation change", async () => {
      const ctx = await browser.newContext({
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
      });
      const page = await ctx.newPage();

      // the poster at the counter: the address a phone's camera would read from the QR code
      await page.goto(`${asal}/s/${UNIT}/poster`);
      const urlFormulir = await page.locator(".alamat a").getAttribute("href");
      expect(urlFormulir).toBe(`${asal}/s/${UNIT}`);
      const qrDiHalaman = await page.locator(".qr svg path").nth(1).getAttribute("d");
      const qrDariUrl = (
        await QRCode.toString(urlFormulir ?? "", { type: "svg", errorCorrectionLevel: "M", margin: 2 })
      ).match(/<path stroke="#000000" d="([^"]+)"/)?.[1];
      expect(qrDiHalaman).toBe(qrDariUrl);

      // the results and the IKU before our respondent
      await page.goto(`${asal}/s/hasil/malili`);
      const ikmSebelum = await page.locator("#ikm").textContent();
      expect(await page.locator("#responden").textContent()).toBe("3");
      const ikuSebelum = await realisasiIkm2024();
      expect(ikuSebelum).toBe((ikmSebelum ?? "").replace(",", "."));

      // the form, as the phone opens it
      const jawab = await page.goto(urlFormulir ?? "");
      expect(jawab?.status()).toBe(200);
      expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(360);
      await page.screenshot({ path: join(FOLDER_GAMBAR, "formulir-360.png"), fullPage: true });
      const soal = page.locator("fieldset.soal");
      expect(await soal.count()).toBe(9);
      const pilihan = [4, 4, 3, 4, 4, 4, 4, 3, 4];
      for (const [i, nilai] of pilihan.entries()) {
        const label = soal
          .nth(i)
          .locator("label")
          .nth(nilai - 1);
        await label.tap();
        expect(await label.locator("input").isChecked()).toBe(true);
      }
      await page.selectOption("#jenisLayanan", "ktp");
      await page.locator("label", { hasText: "Perempuan" }).tap();
      await page.screenshot({ path: join(FOLDER_GAMBAR, "formulir-360-terisi.png"), fullPage: true });
      await Promise.all([
        page.waitForURL(`**/s/${UNIT}/terima-kasih`),
        page.getByRole("button", { name: "Kirim jawaban" }).tap(),
      ]);
      expect(await page.locator("h1").textContent()).toBe("Terima kasih!");
      await page.screenshot({ path: join(FOLDER_GAMBAR, "terima-kasih-360.png"), fullPage: true });

      // the public results, through the thank-you page's link
      await Promise.all([
        page.waitForURL("**/s/hasil/malili"),
        page.getByRole("link", { name: "Lihat hasil survei" }).tap(),
      ]);
      expect(await page.locator("#responden").textContent()).toBe("4");
      const ikmSesudah = await page.locator("#ikm").textContent();
      // U1–U9 sums: 4+3+3+our answer; IKM = mean of NRR × 25 over (3 × 31 + 34)/36 … computed by the core
      expect(ikmSesudah).not.toBe(ikmSebelum);
      await page.screenshot({ path: join(FOLDER_GAMBAR, "hasil-360.png"), fullPage: true });

      const tersimpan = await basis.db
        .selectFrom("skm_respons")
        .innerJoin("skm_jenis_layanan", "skm_jenis_layanan.id", "skm_respons.jenis_layanan_id")
        .select(["skm_respons.sumber", "skm_respons.jenis_kelamin", "skm_jenis_layanan.kode"])
        .where("skm_respons.periode_id", "=", periodeId)
        .execute();
      expect(tersimpan).toEqual([{ sumber: "formulir", jenis_kelamin: "P", kode: "ktp" }]);

      // the IKM becomes the IKU realisation (the core's trigger), and the ringkasan API shows the new figure
      const { ikm } = await terapkanIkmKeIku(basis.db, cakupan, periodeId);
      const ikuSesudah = await realisasiIkm2024();
      expect(ikuSesudah).toBe(ikm);
      expect(ikuSesudah).not.toBe(ikuSebelum);
      expect(ikm.replace(".", ",")).toBe(ikmSesudah);
      await ctx.close();
    });

    it("kiosk: large type, and the thank-you page returns to an empty form by itself", async () => {
      const ctx = await browser.newContext({ viewport: { width: 800, height: 1280 } });
      const page = await ctx.newPage();
      await page.goto(`${asal}/s/${UNIT}?kiosk=1`);
      for (let i = 0; i < 9; i++) await page.locator("fieldset.soal").nth(i).locator("label").nth(3).click();
      await Promise.all([
        page.waitForURL("**/terima-kasih?kiosk=1"),
        page.getByRole("button", { name: "Kirim jawaban" }).click(),
      ]);
      await page.waitForURL(`**/s/${UNIT}?kiosk=1`, { timeout: 9000 });
      expect(await page.locator("input[type=radio]:checked").count()).toBe(0);
      await ctx.close();
    });
  },
);

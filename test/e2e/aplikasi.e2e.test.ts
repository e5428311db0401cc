/**
 * End to end in Chromium (issue 4): a kepala seksi signs in, enters a Q4 realisation with evidence and submits
 * it; the camat verifies and approves it; the approved value is locked; the LKjIP downloads; a planner of another
 * OPD is refused both page and API; a document approved and published by the camat is listed on the public
 * portal and downloads from it.
 *
 * The server runs in this process (@hono/node-server on a free loopback port) over an in-memory PGlite with the
 * Malili demo and its demo accounts. Screenshots of every main screen at 1280 and 360 px land in
 * TERUKUR_E2E_GAMBAR (default: the temp folder) for a person to look at.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { muatAkunDemo, SANDI_DEMO } from "../../seeds/malili-2024/akun-demo.ts";
import { malili2024 } from "../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../seeds/malili-2024/load.ts";
import { buatAplikasi } from "../../src/app.ts";
import { type Basisdata, bukaBasisdata } from "../../src/platform/db/database.ts";
import { migrasiKeTerbaru } from "../../src/platform/db/migrate.ts";
import { penyimpananMemori } from "../../src/platform/storage/penyimpanan.ts";
import { ADA_CHROMIUM, bukaChromium, CHROMIUM, FOLDER_GAMBAR, layani } from "./bantu.ts";

if (!ADA_CHROMIUM)
  console.warn(`aplikasi.e2e: dilewati — ${CHROMIUM} tidak terpasang (apt-get install chromium)`);

const TAHUN = 2026;
const GRID = `/opd/malili/realisasi?tahun=${TAHUN}&periode=tw4`;
/** S2.I1 is the responsibility of seksi-pemerintahan, the unit of the demo kepala seksi. */
const KODE = "S2.I1";
const PDF_BUKTI = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

let basis: Basisdata;
let hentikan: (() => Promise<void>) | undefined;
let browser: Browser;
let asal = "";

async function masuk(ctx: BrowserContext, namaPengguna: string): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(`${asal}/masuk`);
  await page.getByLabel("Nama pengguna").fill(namaPengguna);
  await page.getByLabel("Kata sandi").fill(SANDI_DEMO);
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/masuk"));
  return page;
}

async function foto(page: Page, nama: string): Promise<void> {
  await page.screenshot({ path: join(FOLDER_GAMBAR, `${nama}.png`), fullPage: true });
}

function barisIndikator(page: Page) {
  return page.locator("tr", {
    has: page.locator("td", { hasText: new RegExp(`^${KODE.replace(".", "\\.")}$`) }),
  });
}

function barisDokumen(page: Page, nama: string) {
  return page.locator("tr", { has: page.locator("th", { hasText: nama }) });
}

async function realisasiTersimpan() {
  return basis.db
    .selectFrom("realisasi_indikator as r")
    .innerJoin("indikator as i", "i.id", "r.indikator_id")
    .select(["r.id", "r.nilai", "r.status"])
    .where("i.kode", "=", KODE)
    .where("r.tahun", "=", TAHUN)
    .where("r.periode_jenis", "=", "triwulan")
    .where("r.periode_ke", "=", 4)
    .executeTakeFirst();
}

describe.skipIf(!ADA_CHROMIUM)(`the cycle in the browser, Chromium (${CHROMIUM})`, () => {
  beforeAll(async () => {
    basis = await bukaBasisdata({ databaseUrl: null, dataDir: "memory://" });
    await migrasiKeTerbaru(basis.db);
    const { pemdaId } = await muatDataset(basis.db, malili2024);
    await muatAkunDemo(basis.db, pemdaId);
    const app = buatAplikasi({ db: basis.db, kodePemda: null, penyimpanan: penyimpananMemori() });
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

  it("kepala seksi enters and submits with evidence; camat approves; the value locks; documents flow to the portal", async () => {
    // 1. The kepala seksi signs in, enters the Q4 value, uploads the evidence and submits
    const kasi = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const pk = await masuk(kasi, "kasi.pemerintahan.malili");
    expect(new URL(pk.url()).pathname).toBe("/opd/malili");
    await pk.goto(`${asal}${GRID}`);
    await barisIndikator(pk).locator('input[name="nilai"]').fill("87,5");
    await barisIndikator(pk).getByRole("button", { name: "Simpan" }).click();
    await expect.poll(async () => (await realisasiTersimpan())?.nilai).toBe("87.5");
    await pk.goto(`${asal}${GRID}`);
    await barisIndikator(pk).locator('input[type="file"][name="berkas"]').setInputFiles({
      name: "berita-acara-tw4.pdf",
      mimeType: "application/pdf",
      buffer: PDF_BUKTI,
    });
    await barisIndikator(pk).getByRole("button", { name: "Unggah" }).click();
    await pk.waitForLoadState();
    await expect.poll(async () => pk.locator("body").textContent()).toContain("berita-acara-tw4.pdf");
    await foto(pk, "realisasi-kasi-1280");
    await barisIndikator(pk).getByRole("button", { name: "Ajukan" }).click();
    await expect.poll(async () => (await realisasiTersimpan())?.status).toBe("diajukan");
    const bukti = await basis.db
      .selectFrom("bukti")
      .select(["nama_berkas", "jenis_mime", "ukuran"])
      .where("realisasi_id", "=", (await realisasiTersimpan())?.id ?? 0)
      .execute();
    expect(bukti).toEqual([
      { nama_berkas: "berita-acara-tw4.pdf", jenis_mime: "application/pdf", ukuran: PDF_BUKTI.length },
    ]);
    await kasi.close();

    // 2. The planner submits the PK 2024 document for approval
    const perencana = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const pp = await masuk(perencana, "perencana.malili");
    await pp.goto(`${asal}/opd/malili/dokumen?tahun=2024`);
    await barisDokumen(pp, "Perjanjian Kinerja 2024").getByRole("button", { name: "Ajukan" }).click();
    await pp.waitForLoadState();
    await foto(pp, "dokumen-perencana-1280");
    await perencana.close();

    // 3. The camat verifies and approves the realisation; the value is then locked
    const camat = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const pc = await masuk(camat, "camat.malili");
    await pc.goto(`${asal}${GRID}`);
    await barisIndikator(pc).getByRole("button", { name: "Verifikasi" }).click();
    await expect.poll(async () => (await realisasiTersimpan())?.status).toBe("diverifikasi");
    await pc.goto(`${asal}${GRID}`);
    await barisIndikator(pc).getByRole("button", { name: "Setujui" }).click();
    await expect.poll(async () => (await realisasiTersimpan())?.status).toBe("disetujui");
    await pc.goto(`${asal}${GRID}`);
    await expect.poll(async () => barisIndikator(pc).locator('input[name="nilai"]').count()).toBe(0);
    await expect.poll(async () => barisIndikator(pc).textContent()).toContain("87,5");
    await foto(pc, "realisasi-camat-disetujui-1280");
    // the camat may not enter values at all; the kepala seksi no longer may: the value is locked
    const kasiLagi = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    const pk2 = await masuk(kasiLagi, "kasi.pemerintahan.malili");
    await pk2.goto(`${asal}${GRID}`);
    await expect.poll(async () => barisIndikator(pk2).locator('input[name="nilai"]').count()).toBe(0);
    await foto(pk2, "realisasi-kasi-terkunci-360");
    const csrf = await pk2.locator('input[name="_csrf"]').first().inputValue();
    const indikatorId = (
      await basis.db.selectFrom("indikator").select("id").where("kode", "=", KODE).executeTakeFirstOrThrow()
    ).id;
    const paksa = await pk2.request.post(`${asal}/opd/malili/realisasi/${indikatorId}`, {
      form: { _csrf: csrf, tahun: String(TAHUN), periode: "tw4", nilai: "10", tampil: "tw4" },
      headers: { accept: "text/html" },
      maxRedirects: 0,
    });
    expect(paksa.status()).toBe(409);
    const teksPaksa = await paksa.text();
    expect(
      teksPaksa,
      teksPaksa
        .replace(/<[^>]+>/g, " ")
        .replace(/\s+/g, " ")
        .slice(0, 3000),
    ).toContain("terkunci");
    expect(await realisasiTersimpan()).toMatchObject({ nilai: "87.5", status: "disetujui" });
    await kasiLagi.close();

    // 4. The camat downloads the LKjIP, approves and publishes the PK
    await pc.goto(`${asal}/opd/malili/dokumen?tahun=2024`);
    const [unduhan] = await Promise.all([
      pc.waitForEvent("download"),
      barisDokumen(pc, "LKjIP 2024").getByRole("link", { name: "Unduh PDF" }).click(),
    ]);
    const lkjip = readFileSync((await unduhan.path()) ?? "");
    expect(lkjip.subarray(0, 5).toString()).toBe("%PDF-");
    expect(unduhan.suggestedFilename()).toMatch(/\.pdf$/);
    await barisDokumen(pc, "Perjanjian Kinerja 2024").getByRole("button", { name: "Verifikasi" }).click();
    await pc.waitForLoadState();
    await barisDokumen(pc, "Perjanjian Kinerja 2024").getByRole("button", { name: "Setujui" }).click();
    await pc.waitForLoadState();
    await barisDokumen(pc, "Perjanjian Kinerja 2024").getByRole("button", { name: "Terbitkan" }).click();
    await pc.waitForLoadState();
    await expect
      .poll(async () => barisDokumen(pc, "Perjanjian Kinerja 2024").textContent())
      .toMatch(/revisi 0/i);
    await foto(pc, "dokumen-camat-1280");
    await camat.close();

    // 5. A planner of another OPD is refused both the page and the API
    const burau = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    const pb = await masuk(burau, "perencana.burau");
    const halaman = await pb.goto(`${asal}${GRID}`);
    expect(halaman?.status()).toBe(403);
    expect(await pb.locator("main").textContent()).toContain("di luar cakupan");
    const api = await pb.request.get(`${asal}/api/v1/opd/malili/ringkasan?tahun=2024`);
    expect(api.status()).toBe(403);
    const dokumenApi = await pb.request.get(`${asal}/api/v1/opd/malili/dokumen/lkjip/2024.pdf`);
    expect(dokumenApi.status()).toBe(403);
    await burau.close();

    // 6. The public portal lists the published document, without an account, on a phone
    const publik = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      acceptDownloads: true,
    });
    const pu = await publik.newPage();
    await pu.goto(`${asal}/portal`);
    await pu.getByRole("link", { name: /Kecamatan Malili/ }).click();
    await expect.poll(async () => pu.locator("main").textContent()).toContain("Perjanjian Kinerja");
    await foto(pu, "portal-malili-360");
    const terbit = await basis.db
      .selectFrom("dokumen_terbit")
      .select(["id", "sha256"])
      .executeTakeFirstOrThrow();
    const pdfPublik = await pu.request.get(`${asal}/portal/malili/${terbit.id}.pdf`);
    expect(pdfPublik.status()).toBe(200);
    expect((await pdfPublik.body()).subarray(0, 5).toString()).toBe("%PDF-");
    const tanpaAkun = await pu.goto(`${asal}${GRID}`);
    expect(new URL(tanpaAkun?.url() ?? "").pathname).toBe("/masuk");
    await publik.close();
  });
});

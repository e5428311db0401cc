/**
 * End to end in Chromium (issue 6): the evaluator scores Malili's 2024 LKE (the demo leaves a submitted
 * self-assessment), finalises it and downloads the LHE; records a recommendation for komponen 1; the OPD's
 * perencana records the follow-up with an evidence file and marks it finished; the evaluator accepts it; the
 * LKjIP 2025 (whose follow-up table shows the latest evaluation before the report year, 2024) shows the
 * follow-up as accepted and its Nilai LAKIP table the final score 71,76.
 *
 * The evaluator's answers are those of src/modules/reporting/lhe/lhe.db.test.ts, worked by hand there:
 * 1.a AA · 1.b one AA, ten BB · 1.c A · komponen 2 B · 3.a AA AA A A BB BB · 3.b CC · 3.c BB · komponen 4 C
 * → 71,76, BB (Sangat Baik).
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
import { teksPdf } from "../setup/dokumen-baca.ts";
import { ADA_CHROMIUM, bukaChromium, CHROMIUM, FOLDER_GAMBAR, layani } from "./bantu.ts";

if (!ADA_CHROMIUM)
  console.warn(`evaluasi.e2e: dilewati — ${CHROMIUM} tidak terpasang (apt-get install chromium)`);

const JAWABAN: Record<string, string[]> = {
  "1.a": Array(6).fill("AA"),
  "1.b": ["AA", ...Array(10).fill("BB")],
  "1.c": Array(8).fill("A"),
  "2.a": Array(3).fill("B"),
  "2.b": Array(7).fill("B"),
  "2.c": Array(10).fill("B"),
  "3.a": ["AA", "AA", "A", "A", "BB", "BB"],
  "3.b": Array(9).fill("CC"),
  "3.c": Array(7).fill("BB"),
  "4.a": Array(3).fill("C"),
  "4.b": Array(5).fill("C"),
  "4.c": Array(5).fill("C"),
};
const URAIAN = "Agar mempublikasikan Renstra paling lambat satu bulan setelah ditetapkan";
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

function rekomendasi() {
  return basis.db
    .selectFrom("rekomendasi")
    .selectAll()
    .where("tahun_evaluasi", "=", 2024)
    .where("nomor", "=", 1)
    .executeTakeFirst();
}

/** A table of the LKjIP HTML as text, from its caption (the last mention: the list of tables comes first). */
function teksTabel(html: string, judul: string): string {
  const mulai = html.lastIndexOf(judul);
  const akhir = html.indexOf("</table>", mulai);
  return html
    .slice(mulai, akhir)
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");
}

describe.skipIf(!ADA_CHROMIUM)(`evaluation in the browser, Chromium (${CHROMIUM})`, () => {
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

  it("scores and finalises the LKE, downloads the LHE, and follows a recommendation up to closure", async () => {
    // 1. The evaluator scores every komponen of Malili's 2024 LKE and finalises it
    const ctxEvaluator = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const ev = await masuk(ctxEvaluator, "evaluator.inspektorat");
    for (const komponen of ["1", "2", "3", "4"]) {
      await ev.goto(`${asal}/opd/malili/lke/2024/komponen/${komponen}`);
      for (const [sub, jawaban] of Object.entries(JAWABAN).filter(([s]) => s.startsWith(`${komponen}.`))) {
        for (const [i, j] of jawaban.entries()) {
          await ev.locator(`select[name="j:${sub}.${i + 1}"]`).selectOption(j);
        }
      }
      if (komponen === "1") {
        await ev
          .locator('textarea[name="c:1.b.2"]')
          .fill("Renstra belum dipublikasikan dalam satu bulan setelah ditetapkan.");
      }
      await ev.getByRole("button", { name: "Simpan penilaian" }).click();
      await ev.waitForLoadState();
      await expect.poll(async () => ev.locator("body").textContent()).toContain("Penilaian tersimpan");
    }
    await ev.goto(`${asal}/opd/malili/lke/2024`);
    await ev.getByRole("button", { name: "Finalkan nilai" }).click();
    await ev.waitForLoadState();
    await expect.poll(async () => ev.locator("body").textContent()).toContain("71,76");
    await foto(ev, "lke-final-1280");
    const penilaian = await basis.db
      .selectFrom("lke_penilaian")
      .select(["status", "difinalkan_oleh"])
      .where("tahun", "=", 2024)
      .executeTakeFirstOrThrow();
    expect(penilaian).toEqual({ status: "final", difinalkan_oleh: "evaluator.inspektorat" });

    // 2. From the LKE screen to the documents page: the LHE downloads as a PDF with the final score
    await ev.locator("#tautan-lhe").click();
    await ev.waitForURL((u) => u.pathname === "/opd/malili/dokumen");
    const [unduhan] = await Promise.all([
      ev.waitForEvent("download"),
      ev.locator("#dokumen-lhe").getByRole("link", { name: "Unduh PDF" }).click(),
    ]);
    expect(unduhan.suggestedFilename()).toBe("lhe-malili-2024.pdf");
    const lhe = teksPdf(readFileSync((await unduhan.path()) ?? "")).replace(/\s+/g, " ");
    expect(lhe).toContain("diperoleh nilai akhir 71,76 dengan predikat BB (Sangat Baik)");
    expect(lhe).toMatch(/Perencanaan Kinerja 30 20,89 26,86 89,53/);

    // 3. The evaluator records a recommendation for komponen 1, linked to the year's assessment
    await ev.goto(`${asal}/opd/malili/rekomendasi`);
    await ev.locator("#f-tahunEvaluasi").fill("2024");
    await ev.getByLabel("Nomor rekomendasi").fill("1");
    await ev.getByLabel("Uraian rekomendasi").fill(URAIAN);
    await ev.getByLabel("Komponen LKE").selectOption("1");
    await ev.getByLabel("Tenggat").fill("2025-06-30");
    await ev.getByRole("button", { name: "Simpan" }).click();
    await ev.waitForLoadState();
    await expect.poll(async () => (await rekomendasi())?.komponen_kode).toBe("1");
    const rek = await rekomendasi();
    expect(rek?.lke_penilaian_id).not.toBeNull();

    // 4. The OPD's perencana records the follow-up, attaches the evidence and marks it finished
    const ctxOpd = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    const op = await masuk(ctxOpd, "perencana.malili");
    const jalur = `${asal}/opd/malili/rekomendasi/${rek?.id}`;
    await op.goto(jalur);
    await op.locator('input[type="file"][name="berkas"]').setInputFiles({
      name: "sk-publikasi-renstra.pdf",
      mimeType: "application/pdf",
      buffer: PDF_BUKTI,
    });
    await op.getByRole("button", { name: "Unggah" }).click();
    await op.waitForLoadState();
    await expect.poll(async () => op.locator("#bukti").textContent()).toContain("sk-publikasi-renstra.pdf");
    await op.getByLabel("Rencana aksi").fill("Mengunggah Renstra ke laman PPID kecamatan");
    await op.getByLabel("Penanggung jawab").fill("Kasubag Perencanaan");
    await op.getByLabel("Status").selectOption("selesai");
    await op.getByLabel("Progres").fill("Renstra terbit di laman PPID");
    await op.getByRole("button", { name: "Simpan", exact: true }).click();
    await op.waitForLoadState();
    await expect.poll(async () => (await rekomendasi())?.status).toBe("selesai");
    await foto(op, "tindak-lanjut-opd-360");
    await ctxOpd.close();

    // 5. The evaluator reads the evidence and accepts the follow-up
    await ev.goto(jalur);
    const berkas = await ev.request.get(
      `${asal}${(await ev.locator("#bukti a").first().getAttribute("href")) ?? ""}`,
    );
    expect(Buffer.from(await berkas.body())).toEqual(PDF_BUKTI);
    await ev.getByLabel("Keputusan").selectOption("terima");
    await ev.getByRole("button", { name: "Simpan verifikasi" }).click();
    await ev.waitForLoadState();
    await expect.poll(async () => (await rekomendasi())?.verifikasi).toBe("diterima");
    expect(await rekomendasi()).toMatchObject({ diverifikasi_oleh: "evaluator.inspektorat" });
    await foto(ev, "tindak-lanjut-diterima-1280");

    // 6. The LKjIP 2025: the follow-up of the 2024 evaluation shows as accepted, Nilai LAKIP 2024 is 71,76
    const lkjip = await ev.request.get(`${asal}/api/v1/opd/malili/dokumen/lkjip/2025.html`);
    expect(lkjip.status()).toBe(200);
    const html = await lkjip.text();
    const tindak = teksTabel(html, "Tindak Lanjut Rekomendasi Hasil Evaluasi Tahun 2024");
    expect(tindak).toContain(`1 ${URAIAN} Mengunggah Renstra ke laman PPID kecamatan Selesai Diterima`);
    expect(html).toContain(
      "Dari 1 (satu) tindak lanjut tersebut, 1 (satu) telah diverifikasi dan diterima Inspektorat sehingga dinyatakan tuntas.",
    );
    expect(teksTabel(html, "Perbandingan Target dan Realisasi Nilai LAKIP")).toContain("71,76");

    // 7. The kabupaten view ranks Malili with its final and self-assessment scores
    await ev.goto(`${asal}/kabupaten/lke?tahun=2024`);
    const sel = (await ev.locator("#opd-malili td").allTextContents()).map((x) => x.trim());
    expect(sel).toEqual([
      "1",
      "Kecamatan Malili",
      "Final",
      "71,76",
      "BB (Sangat Baik)",
      "65,77",
      "1/1 (100,00 %)",
      "0",
      "PDF",
    ]);
    await foto(ev, "kabupaten-lke-1280");
    await ctxEvaluator.close();
  });
});

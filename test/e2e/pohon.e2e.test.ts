/**
 * End to end in Chromium (issue 9, first Done-when): the perencana of Kecamatan Burau, which has no pohon kinerja,
 * builds a small tree through the five guided steps of PermenPANRB 89/2021 (one outcome, one critical success
 * factor, one tactical and one operational node, each with indicator, target and funding), proposes the camat's
 * PK 2025 from it and applies it, then downloads the tree diagram (SVG) and reads it back.
 *
 * Burau gets the plan it is built on from the test fixture (fixture-pohon-uji.ts): a Renstra 2025–2029, a DPA
 * murni 2025, a draft PK 2025 and one pemda node, all through the ordinary services; the Malili demo is left as
 * it is. Screenshots at 1280 and 360 px land in TERUKUR_E2E_GAMBAR.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { muatAkunDemo, SANDI_DEMO } from "../../seeds/malili-2024/akun-demo.ts";
import { malili2024 } from "../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../seeds/malili-2024/load.ts";
import { buatAplikasi } from "../../src/app.ts";
import {
  type Burau,
  KODE_BURAU,
  siapkanBurau,
  TAHUN_BURAU,
} from "../../src/modules/cascading/fixture-pohon-uji.ts";
import { type Basisdata, bukaBasisdata } from "../../src/platform/db/database.ts";
import { migrasiKeTerbaru } from "../../src/platform/db/migrate.ts";
import { penyimpananMemori } from "../../src/platform/storage/penyimpanan.ts";
import { ADA_CHROMIUM, bukaChromium, CHROMIUM, FOLDER_GAMBAR, layani } from "./bantu.ts";

if (!ADA_CHROMIUM)
  console.warn(`pohon.e2e: dilewati — ${CHROMIUM} tidak terpasang (apt-get install chromium)`);

const OUTCOME = "Meningkatnya kualitas pelayanan administrasi kecamatan";
const CSF = "Dokumen perencanaan tersusun tepat waktu";
const TAKTIS = "Meningkatnya kualitas perencanaan dan evaluasi kinerja kecamatan";
const OPERASIONAL = "Tersusunnya dokumen perencanaan kecamatan";

let basis: Basisdata;
let hentikan: (() => Promise<void>) | undefined;
let browser: Browser;
let asal = "";
let burau: Burau;

async function idSimpul(kondisi: string): Promise<string> {
  const s = await basis.db
    .selectFrom("pohon_kinerja")
    .select("id")
    .where("kondisi", "=", kondisi)
    .executeTakeFirstOrThrow();
  return String(s.id);
}

async function kirim(page: Page, tombol: string): Promise<void> {
  await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: tombol }).click()]);
}

describe.skipIf(!ADA_CHROMIUM)(`the pohon kinerja guided flow in Chromium (${CHROMIUM})`, () => {
  beforeAll(async () => {
    basis = await bukaBasisdata({ databaseUrl: null, dataDir: "memory://" });
    await migrasiKeTerbaru(basis.db);
    const { pemdaId } = await muatDataset(basis.db, malili2024);
    await muatAkunDemo(basis.db, pemdaId);
    burau = await siapkanBurau(basis.db);
    const srv = await layani(
      buatAplikasi({ db: basis.db, kodePemda: null, penyimpanan: penyimpananMemori() }),
    );
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

  it("builds a tree in five steps, proposes and applies the PK, downloads the diagram", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const p = await ctx.newPage();
    await p.goto(`${asal}/masuk`);
    await p.getByLabel("Nama pengguna").fill("perencana.burau");
    await p.getByLabel("Kata sandi").fill(SANDI_DEMO);
    await kirim(p, "Masuk");

    await p.goto(`${asal}/opd/burau/pohon-kinerja?tahun=${TAHUN_BURAU}`);
    await Promise.all([
      p.waitForNavigation(),
      p.getByRole("link", { name: "Susun dengan langkah terpandu" }).click(),
    ]);

    // 1. the outcome: Renstra sasaran S1 under the pemda node
    expect(await p.locator("h2").first().textContent()).toContain("Langkah 1 dari 5");
    await p.locator('select[name="sasaranId"]').selectOption(String(burau.sasaranId));
    await p.locator('select[name="indukId"]').selectOption(String(burau.pemdaSimpulId));
    await p.locator('select[name="unitKerjaId"]').selectOption(String(burau.unitCamatId));
    await kirim(p, "Simpan outcome");
    expect(new URL(p.url()).pathname).toBe("/opd/burau/pohon-kinerja/langkah/2");

    // 2. one critical success factor
    await p.locator('textarea[name="uraian"]').fill(CSF);
    await kirim(p, "Tambah faktor");
    expect(await p.locator("main").textContent()).toContain(CSF);
    await p.screenshot({ path: join(FOLDER_GAMBAR, "pohon-langkah2-1280.png"), fullPage: true });
    await Promise.all([p.waitForNavigation(), p.getByRole("link", { name: "Lanjut" }).click()]);

    // 3. a tactical node under the outcome, an operational node under it
    expect(await p.locator("h2").first().textContent()).toContain("Langkah 3 dari 5");
    await p.locator('select[name="level"]').selectOption("taktis");
    await p.locator('select[name="faktorKeberhasilanId"]').selectOption({ label: CSF });
    await p.locator('textarea[name="kondisi"]').fill(TAKTIS);
    await p.locator('select[name="unitKerjaId"]').selectOption(String(burau.unitCamatId));
    await kirim(p, "Tambah simpul");
    await p.locator('select[name="indukId"]').selectOption(await idSimpul(TAKTIS));
    await p.locator('select[name="level"]').selectOption("operasional");
    await p.locator('select[name="faktorKeberhasilanId"]').selectOption({ label: CSF });
    await p.locator('textarea[name="kondisi"]').fill(OPERASIONAL);
    await p.locator('select[name="unitKerjaId"]').selectOption(String(burau.unitSeksiId));
    await kirim(p, "Tambah simpul");
    expect(await p.locator("main").textContent()).toContain(OPERASIONAL);
    await Promise.all([p.waitForNavigation(), p.getByRole("link", { name: "Lanjut" }).click()]);

    // 4. indicators and targets: the Renstra indicator on the outcome, an own indicator on the operational node
    expect(await p.locator("h2").first().textContent()).toContain("Langkah 4 dari 5");
    await p.locator('select[name="simpulId"]').selectOption(await idSimpul(OUTCOME));
    await p.locator('select[name="indikatorId"]').selectOption(String(burau.indikatorId));
    await p.locator('input[name="target"]').fill("85");
    await kirim(p, "Tambah indikator");
    await p.locator('select[name="simpulId"]').selectOption(await idSimpul(OPERASIONAL));
    await p.locator('input[name="nama"]').fill("Jumlah dokumen perencanaan yang tersusun");
    await p.locator('input[name="satuan"]').fill("dokumen");
    await p.locator('input[name="target"]').fill("3");
    await kirim(p, "Tambah indikator");
    await Promise.all([p.waitForNavigation(), p.getByRole("link", { name: "Lanjut" }).click()]);

    // 5. funding: the program on the outcome and the tactical node, the sub kegiatan on the operational node
    expect(await p.locator("h2").first().textContent()).toContain("Langkah 5 dari 5");
    for (const [kondisi, kode] of [
      [OUTCOME, KODE_BURAU.program],
      [TAKTIS, KODE_BURAU.program],
      [OPERASIONAL, KODE_BURAU.sub],
    ] as const) {
      const form = p.locator("form", { has: p.getByRole("button", { name: "Tautkan" }) });
      await form.locator('select[name="simpulId"]').selectOption(await idSimpul(kondisi));
      await form.locator('select[name="kode"]').selectOption(kode);
      await kirim(p, "Tautkan");
    }
    const tautan = await basis.db
      .selectFrom("pohon_kinerja_anggaran as a")
      .innerJoin("pohon_kinerja as s", "s.id", "a.pohon_id")
      .select("a.kode_anggaran")
      .where("s.opd_id", "=", burau.opdId)
      .orderBy("a.id")
      .execute();
    expect(tautan.map((t) => t.kode_anggaran)).toEqual([
      KODE_BURAU.program,
      KODE_BURAU.program,
      KODE_BURAU.sub,
    ]);
    await p.screenshot({ path: join(FOLDER_GAMBAR, "pohon-langkah5-1280.png"), fullPage: true });

    // the PK proposed from the tree, then applied
    await Promise.all([
      p.waitForNavigation(),
      p.getByRole("link", { name: "Usulkan dari pohon: PK Camat Burau" }).click(),
    ]);
    const baris = p.locator("tr.baru", { hasText: "IK1" });
    expect(await baris.locator("td").allTextContents()).toEqual([
      OUTCOME,
      "IK1",
      "Persentase layanan administrasi selesai tepat waktu",
      "85 %",
      "—",
      "Baru (belum ada di PK)",
    ]);
    await kirim(p, "Terapkan usulan ke Perjanjian Kinerja");
    expect(await p.locator("main").textContent()).toContain("PK sudah sama dengan pohon kinerja.");
    const pk = await basis.db
      .selectFrom("pk_indikator")
      .select(["indikator_id", "target"])
      .where("pk_id", "=", burau.pkId)
      .execute();
    expect(pk).toEqual([{ indikator_id: burau.indikatorId, target: "85" }]);
    const program = await basis.db
      .selectFrom("pk_program")
      .select("kode")
      .where("pk_id", "=", burau.pkId)
      .execute();
    expect(program).toEqual([{ kode: KODE_BURAU.program }]);

    // the tree page and its diagram, downloaded and read back
    await p.goto(`${asal}/opd/burau/pohon-kinerja?tahun=${TAHUN_BURAU}`);
    expect(await p.locator("details.simpul-pohon").count()).toBe(4);
    const [unduhan] = await Promise.all([
      p.waitForEvent("download"),
      p.getByRole("link", { name: "Unduh diagram (SVG)" }).click(),
    ]);
    expect(unduhan.suggestedFilename()).toBe(`pohon-kinerja-burau-${TAHUN_BURAU}.svg`);
    const svg = readFileSync((await unduhan.path()) ?? "", "utf8");
    expect(svg.startsWith("<svg")).toBe(true);
    for (const teks of [
      "Pohon Kinerja Kecamatan Burau Tahun 2025",
      "Meningkatnya kualitas tata kelola pemerintahan daerah",
      OUTCOME,
      OPERASIONAL,
    ]) {
      expect(svg).toContain(teks);
    }
    expect(svg.match(/<g id="simpul-\d+" class="simpul"/g)).toHaveLength(4);
    await p.screenshot({ path: join(FOLDER_GAMBAR, "pohon-1280.png"), fullPage: true });

    // readable on a 360-px phone: the outline does not overflow the page
    await p.setViewportSize({ width: 360, height: 800 });
    await p.reload();
    const lebar = await p.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
          .documentElement.scrollWidth,
    );
    expect(lebar).toBeLessThanOrEqual(360);
    await p.screenshot({ path: join(FOLDER_GAMBAR, "pohon-360.png"), fullPage: true });
    await ctx.close();
  });
});

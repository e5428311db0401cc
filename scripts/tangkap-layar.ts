/**
 * Screenshots of the main screens at 1280 and 360 px for a person to look at (issue 4), from the Malili demo
 * on an in-memory database. Usage: npx tsx scripts/tangkap-layar.ts [FOLDER] [NAMA,NAMA…]
 * (default folder /tmp/terukur-layar; the names, e.g. "lke,pohon-kinerja", limit it to those screens)
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { chromium } from "playwright-core";
import { muatAkunDemo, SANDI_DEMO } from "../seeds/malili-2024/akun-demo.ts";
import { malili2024 } from "../seeds/malili-2024/data.ts";
import { muatDataset } from "../seeds/malili-2024/load.ts";
import { buatAplikasi } from "../src/app.ts";
import { bukaBasisdata } from "../src/platform/db/database.ts";
import { migrasiKeTerbaru } from "../src/platform/db/migrate.ts";
import { penyimpananMemori } from "../src/platform/storage/penyimpanan.ts";

const FOLDER = process.argv[2] ?? "/tmp/terukur-layar";
const HANYA = process.argv[3]?.split(",") ?? null;
const SEMUA_HALAMAN: { akun: string | null; jalur: string; nama: string }[] = [
  { akun: null, jalur: "/masuk", nama: "masuk" },
  { akun: null, jalur: "/portal", nama: "portal" },
  { akun: "perencana.malili", jalur: "/opd/malili?tahun=2024", nama: "dasbor" },
  { akun: "perencana.malili", jalur: "/opd/malili/renstra", nama: "renstra" },
  { akun: "perencana.malili", jalur: "/opd/malili/iku?tahun=2024", nama: "iku" },
  { akun: "perencana.malili", jalur: "/opd/malili/dpa?tahun=2024", nama: "dpa" },
  { akun: "perencana.malili", jalur: "/opd/malili/pk?tahun=2024", nama: "pk" },
  { akun: "perencana.malili", jalur: "/opd/malili/rencana-aksi?tahun=2024", nama: "rencana-aksi" },
  { akun: "perencana.malili", jalur: "/opd/malili/realisasi?tahun=2024&periode=tw4", nama: "realisasi" },
  { akun: "perencana.malili", jalur: "/opd/malili/narasi?tahun=2024", nama: "narasi" },
  { akun: "perencana.malili", jalur: "/opd/malili/pegawai?tahun=2024", nama: "pegawai" },
  { akun: "perencana.malili", jalur: "/opd/malili/temuan?tahun=2024", nama: "temuan" },
  { akun: "perencana.malili", jalur: "/opd/malili/rekomendasi", nama: "rekomendasi" },
  { akun: "perencana.malili", jalur: "/opd/malili/dokumen?tahun=2024", nama: "dokumen" },
  { akun: "perencana.malili", jalur: "/opd/malili/impor", nama: "impor" },
  { akun: "perencana.malili", jalur: "/opd/malili/survei", nama: "survei" },
  { akun: "perencana.malili", jalur: "/opd/malili/survei/impor", nama: "survei-impor" },
  { akun: "perencana.malili", jalur: "/opd/malili/lke", nama: "lke" },
  { akun: "evaluator.inspektorat", jalur: "/opd/malili/lke/2024", nama: "lke-tahun" },
  { akun: "evaluator.inspektorat", jalur: "/opd/malili/lke/2024/komponen/1", nama: "lke-komponen" },
  { akun: "perencana.malili", jalur: "/opd/malili/reviu", nama: "reviu" },
  { akun: "perencana.malili", jalur: "/opd/malili/pohon-kinerja?tahun=2024", nama: "pohon-kinerja" },
  {
    akun: "perencana.malili",
    jalur: "/opd/malili/pohon-kinerja/langkah/1?tahun=2024",
    nama: "pohon-langkah",
  },
  { akun: "perencana.malili", jalur: "/opd/malili/pohon-kinerja/rhk?tahun=2024", nama: "pohon-rhk" },
  { akun: "evaluator.inspektorat", jalur: "/kabupaten?tahun=2024", nama: "kabupaten" },
  { akun: "evaluator.inspektorat", jalur: "/kabupaten/lke?tahun=2024", nama: "kabupaten-lke" },
  { akun: "admin.lutim", jalur: "/admin/akun", nama: "admin-akun" },
  { akun: "admin.lutim", jalur: "/admin/jadwal", nama: "admin-jadwal" },
  { akun: "admin.lutim", jalur: "/audit", nama: "audit" },
];
const HALAMAN = HANYA === null ? SEMUA_HALAMAN : SEMUA_HALAMAN.filter((h) => HANYA.includes(h.nama));

const basis = await bukaBasisdata({ databaseUrl: null, dataDir: "memory://" });
await migrasiKeTerbaru(basis.db);
const { pemdaId } = await muatDataset(basis.db, malili2024);
await muatAkunDemo(basis.db, pemdaId);
const app = buatAplikasi({ db: basis.db, kodePemda: null, penyimpanan: penyimpananMemori() });
const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 });
await new Promise<void>((r) => server.once("listening", () => r()));
const alamat = server.address();
const asal = `http://127.0.0.1:${typeof alamat === "object" && alamat ? alamat.port : 0}`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
mkdirSync(FOLDER, { recursive: true });
try {
  for (const lebar of [1280, 360]) {
    const konteks = new Map<string, Awaited<ReturnType<typeof browser.newContext>>>();
    for (const h of HALAMAN) {
      const kunci = h.akun ?? "publik";
      let ctx = konteks.get(kunci);
      if (!ctx) {
        ctx = await browser.newContext({ viewport: { width: lebar, height: 900 }, isMobile: lebar < 500 });
        konteks.set(kunci, ctx);
        if (h.akun) {
          const p = await ctx.newPage();
          await p.goto(`${asal}/masuk`);
          await p.getByLabel("Nama pengguna").fill(h.akun);
          await p.getByLabel("Kata sandi").fill(SANDI_DEMO);
          await p.getByRole("button", { name: "Masuk" }).click();
          await p.waitForURL((u) => !u.pathname.startsWith("/masuk"));
          await p.close();
        }
      }
      const page = await ctx.newPage();
      const res = await page.goto(`${asal}${h.jalur}`);
      const lebarIsi = await page.evaluate(() => document.documentElement.scrollWidth);
      await page.screenshot({ path: join(FOLDER, `${h.nama}-${lebar}.png`), fullPage: true });
      console.log(
        `${lebar}px ${res?.status()} ${h.jalur}${lebarIsi > lebar ? `  MELEBAR: ${lebarIsi}px` : ""}`,
      );
      await page.close();
    }
    for (const c of konteks.values()) await c.close();
  }
} finally {
  await browser.close();
  server.close();
  await basis.tutup();
}

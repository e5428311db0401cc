import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../seeds/malili-2024/data.ts";
import { muatDataset } from "../seeds/malili-2024/load.ts";
import type { Basisdata } from "../src/platform/db/database.ts";
import { aplikasiUji } from "./setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "./setup/db.ts";
import { minta, sesiUji } from "./setup/sesi.ts";

/** Issue 4: no page may transfer more than 60 KB gzipped on first load, cached static files aside. */
const BATAS_GZIP = 60 * 1024;

/** The heaviest screens of the demo year, each as the role that sees most on it. */
const HALAMAN: { jalur: string; peran: "perencana" | "admin_pemda" | "evaluator" }[] = [
  { jalur: "/opd/malili?tahun=2024", peran: "perencana" },
  { jalur: "/opd/malili/renstra", peran: "perencana" },
  { jalur: "/opd/malili/iku?tahun=2024", peran: "perencana" },
  { jalur: "/opd/malili/dpa?tahun=2024", peran: "perencana" },
  { jalur: "/opd/malili/pk?tahun=2024", peran: "perencana" },
  { jalur: "/opd/malili/rencana-aksi?tahun=2024", peran: "perencana" },
  { jalur: "/opd/malili/realisasi?tahun=2024&periode=tw4", peran: "perencana" },
  { jalur: "/opd/malili/narasi?tahun=2024", peran: "perencana" },
  { jalur: "/opd/malili/pegawai?tahun=2024", peran: "perencana" },
  { jalur: "/opd/malili/temuan?tahun=2024", peran: "perencana" },
  { jalur: "/opd/malili/rekomendasi", peran: "perencana" },
  { jalur: "/opd/malili/dokumen?tahun=2024", peran: "perencana" },
  { jalur: "/opd/malili/impor", peran: "perencana" },
  { jalur: "/kabupaten?tahun=2024", peran: "evaluator" },
  { jalur: "/audit", peran: "admin_pemda" },
  { jalur: "/admin/akun", peran: "admin_pemda" },
  { jalur: "/admin/jadwal", peran: "admin_pemda" },
];

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

describe("page weight on first load (gzipped HTML; CSS and htmx are cached static files)", () => {
  it("every main screen stays under 60 KB gzipped", async () => {
    await dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const sesi = {
        perencana: await sesiUji(trx, { peran: "perencana", opdKode: "malili" }),
        admin_pemda: await sesiUji(trx, { peran: "admin_pemda" }),
        evaluator: await sesiUji(trx, { peran: "evaluator" }),
      };
      const ukuran: Record<string, number> = {};
      for (const h of HALAMAN) {
        const res = await minta(app, sesi[h.peran], "GET", h.jalur);
        const html = await res.text();
        expect(res.status, `${h.jalur}: ${html.slice(0, 300)}`).toBe(200);
        ukuran[h.jalur] = gzipSync(html).length;
      }
      const publik = await minta(app, null, "GET", "/portal/malili");
      expect(publik.status).toBe(200);
      ukuran["/portal/malili"] = gzipSync(await publik.text()).length;
      console.log(
        Object.entries(ukuran)
          .map(([j, n]) => `${(n / 1024).toFixed(1).padStart(6)} KB  ${j}`)
          .join("\n"),
      );
      for (const [jalur, n] of Object.entries(ukuran)) expect(n, jalur).toBeLessThan(BATAS_GZIP);
    });
  });
});

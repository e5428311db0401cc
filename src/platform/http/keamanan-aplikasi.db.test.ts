import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import { minta, SANDI_UJI, sesiUji } from "../../../test/setup/sesi.ts";
import type { Basisdata } from "../db/database.ts";
import { HSTS, KEBIJAKAN_KONTEN } from "./header-keamanan.ts";

/**
 * Issue 8 on the whole application over the Malili demo: the security headers on every kind of answer,
 * no inline script on any page, and request log lines that name the person and OPD but never a password,
 * token, cookie, CSRF value or a survey respondent's answers.
 */

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

function headerKeamananAda(res: Response, jalur: string) {
  expect(res.headers.get("content-security-policy"), jalur).toBe(KEBIJAKAN_KONTEN);
  expect(res.headers.get("x-content-type-options"), jalur).toBe("nosniff");
  expect(res.headers.get("referrer-policy"), jalur).toBe("strict-origin-when-cross-origin");
  expect(res.headers.get("x-frame-options"), jalur).toBe("DENY");
  expect(res.headers.get("x-request-id"), jalur).toMatch(/^[0-9a-f-]{36}$/);
}

/** A script the page carries itself: a <script> without src, an on…= handler, or a javascript: link. */
const SKRIP_SISIPAN = /<script(?![^>]*\ssrc=)[^>]*>|\son[a-z]+\s*=|javascript:/i;

describe("security headers", () => {
  it("are on a page, an API answer, a static file, htmx, the probes and error answers; HSTS only over TLS", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const perencana = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const kasus: [string, Response, number][] = [
        ["halaman", await minta(app, null, "GET", "/masuk"), 200],
        ["API", await minta(app, perencana, "GET", "/api/v1/opd/malili/ringkasan?tahun=2024"), 200],
        ["berkas statis", await app.request("/public/terukur.css"), 200],
        ["htmx", await app.request("/public/htmx.min.js"), 200],
        ["healthz", await app.request("/healthz"), 200],
        ["galat 404 (JSON)", await app.request("/tidak-ada"), 404],
        ["galat 403 (halaman)", await minta(app, perencana, "GET", "/opd/burau?tahun=2024"), 403],
        ["galat 403 (CSRF)", await minta(app, perencana, "POST", "/akun/sandi", { tanpaCsrf: true }), 403],
        ["galat 401 (API)", await minta(app, null, "GET", "/api/v1/opd/malili/ringkasan?tahun=2024"), 401],
      ];
      for (const [nama, res, status] of kasus) {
        expect(res.status, nama).toBe(status);
        headerKeamananAda(res, nama);
        expect(res.headers.get("strict-transport-security"), nama).toBeNull();
      }
      const tls = await app.request("https://sakip.luwutimurkab.go.id/masuk");
      expect(tls.headers.get("strict-transport-security")).toBe(HSTS);
      const tlsGalat = await app.request("https://sakip.luwutimurkab.go.id/tidak-ada");
      expect(tlsGalat.headers.get("strict-transport-security")).toBe(HSTS);
    }));

  it("the policy allows no inline script and no framing", () => {
    expect(KEBIJAKAN_KONTEN).toContain("script-src 'self';");
    expect(KEBIJAKAN_KONTEN).not.toMatch(/script-src[^;]*unsafe/);
    expect(KEBIJAKAN_KONTEN).toContain("frame-ancestors 'none'");
  });

  it("no page of the demo carries an inline script (so script-src 'self' breaks nothing)", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const sesi = {
        perencana: await sesiUji(trx, { peran: "perencana", opdKode: "malili" }),
        admin_pemda: await sesiUji(trx, { peran: "admin_pemda" }),
        publik: null,
      };
      const halaman: [string, keyof typeof sesi][] = [
        ["/masuk", "publik"],
        ["/portal", "publik"],
        ["/portal/malili", "publik"],
        ["/s/loket-pelayanan-malili", "publik"],
        ["/s/loket-pelayanan-malili?kiosk=1", "publik"],
        ["/s/loket-pelayanan-malili/poster", "publik"],
        ["/s/hasil/malili", "publik"],
        ["/opd/malili?tahun=2024", "perencana"],
        ["/opd/malili/renstra", "perencana"],
        ["/opd/malili/realisasi?tahun=2024&periode=tw4", "perencana"],
        ["/opd/malili/dpa?tahun=2024", "perencana"],
        ["/opd/malili/dokumen?tahun=2024", "perencana"],
        ["/opd/malili/survei", "perencana"],
        ["/kabupaten?tahun=2024", "admin_pemda"],
        ["/admin/akun", "admin_pemda"],
        ["/audit", "admin_pemda"],
        ["/api/v1/opd/malili/dokumen/lkjip/2024.html", "perencana"],
      ];
      let skripLuar = 0;
      for (const [jalur, peran] of halaman) {
        const res = await minta(app, sesi[peran], "GET", jalur);
        const html = await res.text();
        expect(res.status, `${jalur}: ${html.slice(0, 200)}`).toBe(200);
        expect(res.headers.get("content-type"), jalur).toContain("text/html");
        expect(html, jalur).not.toMatch(SKRIP_SISIPAN);
        skripLuar += (html.match(/<script [^>]*src="\/public\/htmx\.min\.js"/g) ?? []).length;
      }
      // the signed-in pages do load htmx, from our own origin: the check above looked at real pages
      expect(skripLuar).toBeGreaterThan(5);
      expect("<script>alert(1)</script>").toMatch(SKRIP_SISIPAN);
      expect('<button onclick="x()">').toMatch(SKRIP_SISIPAN);
    }));
});

describe("request log lines of the application", () => {
  it("name the signed-in person and OPD, and never carry a password, token, cookie, CSRF value or survey answer", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const asli = process.env.TERUKUR_LOG;
      process.env.TERUKUR_LOG = "1";
      const tulis = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
      try {
        const app = aplikasiUji(trx);
        const perencana = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
        // sign in through the form, as a browser does
        const depan = await app.request("/masuk", { headers: { accept: "text/html" } });
        const cookieCsrf = (depan.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
        const csrf = /name="_csrf" value="([^"]+)"/.exec(await depan.text())?.[1] ?? "";
        const masuk = await app.request("/masuk", {
          method: "POST",
          headers: { cookie: cookieCsrf, "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ _csrf: csrf, namaPengguna: perencana.namaPengguna, sandi: SANDI_UJI }),
        });
        expect(masuk.status).toBe(303);
        const tokenSesi = /terukur_sesi=([^;]+)/.exec(masuk.headers.get("set-cookie") ?? "")?.[1] ?? "";
        expect(tokenSesi).not.toBe("");
        const dasbor = await minta(app, perencana, "GET", "/opd/malili?tahun=2024");
        expect(dasbor.status).toBe(200);
        const survei = await app.request("/s/loket-pelayanan-malili", {
          method: "POST",
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            cookie: "skm_perangkat=uji0000000000000000042",
          },
          body: new URLSearchParams({
            ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`u_U${i + 1}`, "4"])),
            jenisLayanan: "ktp",
            usia: "47",
            saran: "saran-responden-pribadi",
          }),
        });
        expect(survei.status).toBe(303);

        const teks = tulis.mock.calls.map((c) => String(c[0])).join("");
        const baris = teks
          .trim()
          .split("\n")
          .map((x) => JSON.parse(x) as Record<string, unknown>);
        expect(baris.map((x) => [x.metode, x.jalur, x.status, x.pengguna, x.opd])).toEqual([
          ["GET", "/masuk", 200, null, null],
          ["POST", "/masuk", 303, null, null],
          ["GET", "/opd/malili", 200, perencana.namaPengguna, "malili"],
          ["POST", "/s/:kodeUnit", 303, null, null],
        ]);
        expect(baris[2]?.id).toBe(dasbor.headers.get("x-request-id"));
        expect(baris[2]?.kueri).toBe("tahun=2024");
        for (const rahasia of [
          SANDI_UJI,
          csrf,
          perencana.csrf,
          tokenSesi,
          perencana.cookie.split("=")[1] ?? "?",
          "saran-responden-pribadi",
          "loket-pelayanan-malili",
          "uji0000000000000000042",
          "ktp",
        ]) {
          expect(teks).not.toContain(rahasia);
        }
      } finally {
        tulis.mockRestore();
        if (asli === undefined) delete process.env.TERUKUR_LOG;
        else process.env.TERUKUR_LOG = asli;
      }
    }));
});

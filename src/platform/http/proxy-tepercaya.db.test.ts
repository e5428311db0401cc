import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import { SANDI_UJI, sesiUji } from "../../../test/setup/sesi.ts";
import { LAJU_MASUK_ALAMAT } from "../../modules/auth/masuk.service.ts";
import type { Basisdata } from "../db/database.ts";
import { HSTS } from "./header-keamanan.ts";

/**
 * Issue 8 item 6 behind a reverse proxy (TERUKUR_PROXY=1) on the whole application: only then are
 * X-Forwarded-For/Proto/Host believed — for the sign-in rate limit, Secure cookies, HSTS and the survey
 * poster's address. Without the setting a forged X-Forwarded-For does not escape the per-address limit.
 */

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

type App = ReturnType<typeof aplikasiUji>;

/** A browser's first visit: the CSRF cookie and the token its sign-in form carries. */
async function bukaMasuk(app: App, header: Record<string, string>) {
  const res = await app.request("http://127.0.0.1:3000/masuk", { headers: header });
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await res.text())?.[1] ?? "";
  return { res, cookie, csrf };
}

async function cobaMasuk(app: App, nama: string, sandi: string, header: Record<string, string>) {
  const { cookie, csrf } = await bukaMasuk(app, header);
  return app.request("http://127.0.0.1:3000/masuk", {
    method: "POST",
    headers: { ...header, cookie, "content-type": "application/x-www-form-urlencoded", accept: "text/html" },
    body: new URLSearchParams({ _csrf: csrf, namaPengguna: nama, sandi }).toString(),
  });
}

const PESAN_JARINGAN = "Terlalu banyak percobaan masuk dari jaringan ini";

describe("the sign-in limit per address", () => {
  it("without TERUKUR_PROXY counts every forged X-Forwarded-For as the same network", () =>
    dalamRollback(b, async (trx) => {
      const app = aplikasiUji(trx);
      expect(LAJU_MASUK_ALAMAT.maks).toBe(10);
      for (let i = 1; i <= 10; i++) {
        const res = await cobaMasuk(app, `tidak.ada.${i}`, "salah", { "x-forwarded-for": `203.0.113.${i}` });
        expect(res.status, `percobaan ${i}`).toBe(400);
      }
      const ke11 = await cobaMasuk(app, "tidak.ada.11", "salah", { "x-forwarded-for": "198.51.100.99" });
      expect(ke11.status).toBe(429);
      expect(await ke11.text()).toContain(PESAN_JARINGAN);
    }));

  it("behind a trusted proxy counts per client address, so one office's failures do not block another", () =>
    dalamRollback(b, async (trx) => {
      const app = aplikasiUji(trx, { proxyTepercaya: true });
      const kantorA = { "x-forwarded-for": "203.0.113.7" };
      for (let i = 1; i <= 10; i++) {
        expect((await cobaMasuk(app, `tidak.ada.${i}`, "salah", kantorA)).status).toBe(400);
      }
      const lagiA = await cobaMasuk(app, "tidak.ada.11", "salah", kantorA);
      expect(lagiA.status).toBe(429);
      expect(await lagiA.text()).toContain(PESAN_JARINGAN);
      // the client forges a first hop; the proxy appends the real one, which is what counts
      const palsuA = await cobaMasuk(app, "tidak.ada.12", "salah", {
        "x-forwarded-for": "198.51.100.1, 203.0.113.7",
      });
      expect(palsuA.status).toBe(429);
      const kantorB = await cobaMasuk(app, "tidak.ada.13", "salah", { "x-forwarded-for": "203.0.113.8" });
      expect(kantorB.status).toBe(400);
    }));
});

describe("TLS at the proxy", () => {
  it("gives Secure cookies and HSTS only when a trusted proxy says https", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const https = { "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.7" };
      const dipercaya = await bukaMasuk(aplikasiUji(trx, { proxyTepercaya: true }), https);
      expect(dipercaya.res.headers.get("set-cookie")).toMatch(
        /^terukur_csrf=[^;]+; Path=\/; HttpOnly; Secure; SameSite=Lax$/,
      );
      expect(dipercaya.res.headers.get("strict-transport-security")).toBe(HSTS);
      const diabaikan = await bukaMasuk(aplikasiUji(trx), https);
      expect(diabaikan.res.headers.get("set-cookie")).toMatch(
        /^terukur_csrf=[^;]+; Path=\/; HttpOnly; SameSite=Lax$/,
      );
      expect(diabaikan.res.headers.get("strict-transport-security")).toBeNull();

      // a real sign-in through the proxy: the session cookie is Secure too
      await sesiUji(trx, { peran: "perencana", opdKode: "malili", namaPengguna: "perencana.proksi" });
      const masuk = await cobaMasuk(
        aplikasiUji(trx, { proxyTepercaya: true }),
        "perencana.proksi",
        SANDI_UJI,
        https,
      );
      expect(masuk.status).toBe(303);
      expect(masuk.headers.get("set-cookie")).toMatch(
        /^terukur_sesi=[^;]+; Path=\/; HttpOnly; Secure; SameSite=Lax$/,
      );
    }));

  it("prints the public https address on the survey poster", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const poster = "http://127.0.0.1:3000/s/loket-pelayanan-malili/poster";
      const header = { "x-forwarded-proto": "https", "x-forwarded-host": "sakip.luwutimurkab.go.id" };
      const dipercaya = await aplikasiUji(trx, { proxyTepercaya: true }).request(poster, { headers: header });
      expect(dipercaya.status).toBe(200);
      expect(await dipercaya.text()).toContain(
        ">https://sakip.luwutimurkab.go.id/s/loket-pelayanan-malili</a>",
      );
      const diabaikan = await (await aplikasiUji(trx).request(poster, { headers: header })).text();
      expect(diabaikan).toContain(">http://127.0.0.1:3000/s/loket-pelayanan-malili</a>");
      expect(diabaikan).not.toContain("sakip.luwutimurkab.go.id");
    }));
});

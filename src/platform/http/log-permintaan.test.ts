import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { Pengguna } from "../../modules/auth/pengguna.ts";
import { GalatTerukur } from "../errors.ts";
import { buatLog } from "../log.ts";
import { tanganiGalat } from "./error-handler.tsx";
import type { EnvAplikasi } from "./konteks.ts";
import { kueriUntukLog, logPermintaan } from "./log-permintaan.ts";

type Baris = Record<string, unknown> & { galat?: { pesan: string; tumpukan: string } };

const PERENCANA: Pengguna = {
  akunId: 7,
  namaPengguna: "perencana.malili",
  nama: "Perencana",
  peran: "perencana",
  pemdaId: 1,
  opdId: 3,
  opdKode: "malili",
  unitKerjaId: null,
  bahasa: "id",
};

/** A small application with the request log first, as buatAplikasi mounts it, and lines captured. */
function aplikasi() {
  const baris: Baris[] = [];
  const app = new Hono<EnvAplikasi>();
  app.onError(tanganiGalat);
  app.use("*", logPermintaan(buatLog((b) => baris.push(JSON.parse(b)))));
  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", (c) => c.json({ status: "tidak_siap" }, 503));
  app.use("/opd/*", async (c, next) => {
    c.set("pengguna", PERENCANA);
    await next();
  });
  app.get("/opd/:kode", (c) => c.text("dasbor"));
  app.get("/s/:kodeUnit", (c) => c.text("formulir"));
  app.get("/rusak", () => {
    throw new RangeError("indeks di luar batas");
  });
  app.get("/ditolak", () => {
    throw new GalatTerukur("di_luar_cakupan", "bukan milik Anda");
  });
  return { app, baris };
}

describe("the request log", () => {
  it("writes one line per request with its id (also answered as X-Request-Id), user and OPD, no query values", async () => {
    const { app, baris } = aplikasi();
    const res = await app.request("/opd/malili?tahun=2024&token=abc123rahasia&cari=nik%20123", {
      headers: { cookie: "terukur_sesi=sesi-rahasia", "x-csrf-token": "csrf-rahasia" },
    });
    expect(res.status).toBe(200);
    expect(baris).toHaveLength(1);
    const b = baris[0] ?? {};
    expect(b.id).toBe(res.headers.get("x-request-id"));
    expect(b.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(b).toMatchObject({
      tingkat: "info",
      peristiwa: "permintaan",
      metode: "GET",
      jalur: "/opd/malili",
      kueri: "tahun=2024&token=…&cari=…",
      status: 200,
      pengguna: "perencana.malili",
      opd: "malili",
    });
    expect(typeof b.durasiMs).toBe("number");
    const teks = JSON.stringify(baris);
    for (const rahasia of ["abc123rahasia", "nik", "sesi-rahasia", "csrf-rahasia"])
      expect(teks).not.toContain(rahasia);
  });

  it("keeps a proxy's request id when it looks like one and replaces anything else", async () => {
    const { app, baris } = aplikasi();
    const dariProksi = await app.request("/opd/malili", { headers: { "x-request-id": "lb-7f3a9c21" } });
    expect(dariProksi.headers.get("x-request-id")).toBe("lb-7f3a9c21");
    const jahat = await app.request("/opd/malili", { headers: { "x-request-id": 'x","palsu":"1 <script>' } });
    expect(jahat.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(baris.map((b) => b.id)).toEqual(["lb-7f3a9c21", jahat.headers.get("x-request-id")]);
  });

  it("logs the public survey by its route template only, without the unit or the query", async () => {
    const { app, baris } = aplikasi();
    await app.request("/s/loket-pelayanan-malili?kiosk=1&kode=K7Q2");
    await app.request("/s/tidak/ada/di/mana-mana");
    expect(baris.map((b) => [b.jalur, b.kueri, b.status])).toEqual([
      ["/s/:kodeUnit", null, 200],
      ["/s/*", null, 404],
    ]);
    expect(JSON.stringify(baris)).not.toMatch(/loket|K7Q2|mana-mana/);
  });

  it("logs a 500 as one line with the error and its stack; a refusal is an ordinary line", async () => {
    const { app, baris } = aplikasi();
    expect((await app.request("/rusak")).status).toBe(500);
    expect((await app.request("/ditolak")).status).toBe(403);
    expect(baris[0]).toMatchObject({ tingkat: "galat", jalur: "/rusak", status: 500 });
    expect(baris[0]?.galat?.pesan).toBe("indeks di luar batas");
    expect(baris[0]?.galat?.tumpukan).toContain("RangeError: indeks di luar batas");
    expect(baris[1]).toMatchObject({ tingkat: "info", jalur: "/ditolak", status: 403 });
    expect(baris[1]?.galat).toBeUndefined();
  });

  it("leaves out health probes that succeed, not those that fail", async () => {
    const { app, baris } = aplikasi();
    await app.request("/healthz");
    await app.request("/readyz");
    expect(baris.map((b) => [b.jalur, b.status])).toEqual([["/readyz", 503]]);
  });

  it("shows only plain choices of a query", () => {
    expect(kueriUntukLog("http://x/a")).toBeNull();
    expect(kueriUntukLog("http://x/a?tahun=2024&triwulan=4&kertas=f4&lanjut=/opd/malili")).toBe(
      "tahun=2024&triwulan=4&kertas=f4&lanjut=…",
    );
    // a long or odd value of an open parameter is masked too
    expect(kueriUntukLog("http://x/a?tahun=2024%27%20or%201=1")).toBe("tahun=…");
  });
});

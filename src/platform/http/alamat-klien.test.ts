import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { buatLog } from "../log.ts";
import { asalPermintaan, pasangAsalPermintaan, ringkasAlamat } from "./alamat-klien.ts";
import { HSTS, headerKeamanan } from "./header-keamanan.ts";
import { logPermintaan } from "./log-permintaan.ts";

/** A small application mounted as buatAplikasi mounts it: origin first, then the log and the headers. */
function aplikasi(proxyTepercaya: boolean) {
  const baris: Record<string, unknown>[] = [];
  const app = new Hono();
  app.use("*", pasangAsalPermintaan(proxyTepercaya));
  app.use("*", logPermintaan(buatLog((b) => baris.push(JSON.parse(b)))));
  app.use("*", headerKeamanan());
  app.get("/asal", (c) => c.json(asalPermintaan(c)));
  app.get("/s/:unit", (c) => c.json(asalPermintaan(c)));
  return { app, baris };
}

const DITERUSKAN = {
  "x-forwarded-for": "10.9.9.9, 198.51.100.23",
  "x-forwarded-proto": "https",
  "x-forwarded-host": "sakip.luwutimurkab.go.id",
};

describe("where a request comes from", () => {
  it("ignores X-Forwarded-* without TERUKUR_PROXY: the request line decides, no HSTS, address of the socket", async () => {
    const { app, baris } = aplikasi(false);
    const res = await app.request("http://10.0.0.5:3000/asal", { headers: DITERUSKAN });
    expect(await res.json()).toEqual({ alamat: "tanpa-soket", tls: false, asal: "http://10.0.0.5:3000" });
    expect(res.headers.get("strict-transport-security")).toBeNull();
    expect(baris[0]?.klien).toBe("tanpa-soket");
  });

  it("behind a trusted proxy believes the last X-Forwarded-For hop, the forwarded scheme and host, and sends HSTS", async () => {
    const { app, baris } = aplikasi(true);
    const res = await app.request("http://127.0.0.1:3000/asal", { headers: DITERUSKAN });
    expect(await res.json()).toEqual({
      alamat: "198.51.100.23",
      tls: true,
      asal: "https://sakip.luwutimurkab.go.id",
    });
    expect(res.headers.get("strict-transport-security")).toBe(HSTS);
    expect(baris[0]).toMatchObject({ jalur: "/asal", klien: "198.51.100.23" });
  });

  it("keeps the socket's view for values that are not an address, a scheme or a host", async () => {
    const { app } = aplikasi(true);
    const res = await app.request("http://127.0.0.1:3000/asal", {
      headers: {
        "x-forwarded-for": "198.51.100.23, bukan-alamat",
        "x-forwarded-proto": "gopher",
        "x-forwarded-host": 'evil.example"><script>',
      },
    });
    expect(await res.json()).toEqual({ alamat: "tanpa-soket", tls: false, asal: "http://127.0.0.1:3000" });
    // plain http through the proxy: no HSTS, and the Host header stays when no X-Forwarded-Host is sent
    const biasa = await app.request("http://sakip.lan/asal", {
      headers: { "x-forwarded-for": "2001:db8:aa:bb:1:2:3:4", "x-forwarded-proto": "http" },
    });
    expect(await biasa.json()).toEqual({
      alamat: "2001:db8:aa:bb::/64",
      tls: false,
      asal: "http://sakip.lan",
    });
    expect(biasa.headers.get("strict-transport-security")).toBeNull();
  });

  it("never logs the address on the public survey", async () => {
    const { app, baris } = aplikasi(true);
    await app.request("http://127.0.0.1/s/loket", { headers: DITERUSKAN });
    expect(baris[0]).toMatchObject({ jalur: "/s/:unit", klien: null });
    expect(JSON.stringify(baris)).not.toContain("198.51.100.23");
  });

  it("cuts IPv6 to its /64 and unwraps IPv4-mapped addresses", () => {
    expect(ringkasAlamat("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(ringkasAlamat("2001:0db8:00aa:0001:ffff:1:2:3")).toBe("2001:db8:aa:1::/64");
    expect(ringkasAlamat("::ffff:192.0.2.10")).toBe("192.0.2.10");
    expect(ringkasAlamat("192.0.2.10")).toBe("192.0.2.10");
  });
});

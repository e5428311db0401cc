import { isIP } from "node:net";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, MiddlewareHandler } from "hono";

/**
 * Where a request comes from, as every part that cares reads it: the client's network address (for the
 * sign-in and survey rate limits and the request log), whether it arrived over TLS (Secure cookies, HSTS),
 * and the public origin people type (the survey poster's address).
 */
export type AsalPermintaan = {
  /** the client's network: an IPv4 address, an IPv6 /64 prefix, or "tanpa-soket" for in-process requests */
  alamat: string;
  tls: boolean;
  /** scheme://host[:port] as the browser sees it */
  asal: string;
};

/** Stands for every request that arrives without a socket (tests through app.request); never a header. */
export const TANPA_SOKET = "tanpa-soket";

const VARIABEL = "asalPermintaan";

/** A host a client may name: letters, digits, dots and dashes, or a bracketed IPv6 address; an optional port. */
const HOST_SAH = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

/**
 * The network an address stands for in a rate limit: an IPv4-mapped IPv6 address as plain IPv4, an IPv6
 * address cut to its /64 (what one subscriber usually holds, so rotating within it does not escape a limit).
 */
export function ringkasAlamat(alamat: string): string {
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(alamat);
  if (v4?.[1]) return v4[1];
  if (!alamat.includes(":")) return alamat;
  const [kiri = "", kanan = ""] = alamat.split("::");
  const grupKiri = kiri ? kiri.split(":") : [];
  const grupKanan = kanan ? kanan.split(":") : [];
  const nol = Array(Math.max(0, 8 - grupKiri.length - grupKanan.length)).fill("0");
  const penuh = alamat.includes("::") ? [...grupKiri, ...nol, ...grupKanan] : grupKiri;
  const awalan = penuh
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ""))
    .join(":");
  return `${awalan}::/64`;
}

function alamatSoket(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}

/** The last value of a comma-separated header: what the nearest proxy (ours) put there, not what the client sent. */
function nilaiTerakhir(c: Context, nama: string): string | null {
  const mentah = c.req.header(nama);
  if (!mentah) return null;
  const nilai = mentah.split(",").at(-1)?.trim() ?? "";
  return nilai === "" ? null : nilai;
}

/**
 * Works out where a request comes from. Without a trusted proxy only the socket and the request line count:
 * X-Forwarded-* headers are ignored, since any client can write them. Behind one (TERUKUR_PROXY=1), the
 * last address of X-Forwarded-For (the hop our proxy appended), X-Forwarded-Proto and X-Forwarded-Host are
 * believed; a value that is not a well-formed address, scheme or host falls back to what the socket says.
 */
export function hitungAsalPermintaan(c: Context, proxyTepercaya: boolean): AsalPermintaan {
  const url = new URL(c.req.url);
  let alamat = alamatSoket(c);
  let tls = url.protocol === "https:";
  let host = url.host;
  if (proxyTepercaya) {
    const diteruskan = nilaiTerakhir(c, "x-forwarded-for");
    if (diteruskan && isIP(diteruskan) !== 0) alamat = diteruskan;
    const skema = nilaiTerakhir(c, "x-forwarded-proto")?.toLowerCase();
    if (skema === "https" || skema === "http") tls = skema === "https";
    const hostDiteruskan = nilaiTerakhir(c, "x-forwarded-host");
    if (hostDiteruskan && HOST_SAH.test(hostDiteruskan)) host = hostDiteruskan;
  }
  return {
    alamat: alamat ? ringkasAlamat(alamat) : TANPA_SOKET,
    tls,
    asal: `${tls ? "https" : "http"}://${host}`,
  };
}

/**
 * Computes the request's origin once, at the front of the application, with the installation's proxy
 * setting, so the cookie, header, rate-limit and poster code below all read the same answer.
 */
export function pasangAsalPermintaan(proxyTepercaya: boolean): MiddlewareHandler {
  return async (c, next) => {
    c.set(VARIABEL, hitungAsalPermintaan(c, proxyTepercaya));
    await next();
  };
}

/** Where this request comes from; on an application built without the middleware, as if no proxy were trusted. */
export function asalPermintaan(c: Context): AsalPermintaan {
  const ada = (c as Context).get(VARIABEL) as AsalPermintaan | undefined;
  return ada ?? hitungAsalPermintaan(c, false);
}

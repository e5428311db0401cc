import { randomBytes } from "node:crypto";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";

/** The cookie naming a device for the per-device limit and duplicate guard: random, HttpOnly, no identity. */
export const COOKIE_PERANGKAT = "skm_perangkat";

/** A device id lives half a day: long enough for the limits, short enough not to follow a person around. */
const UMUR_COOKIE_DETIK = 12 * 60 * 60;

const BENTUK_ID = /^[A-Za-z0-9_-]{22}$/;

/**
 * The device id from the request's cookie, or a fresh random one (then set on the response), so the form can
 * be rate-limited per device without an account and without storing who the device belongs to.
 */
export function idPerangkat(c: Context): string {
  const ada = getCookie(c, COOKIE_PERANGKAT);
  if (ada && BENTUK_ID.test(ada)) return ada;
  const baru = randomBytes(16).toString("base64url");
  setCookie(c, COOKIE_PERANGKAT, baru, {
    path: "/s",
    httpOnly: true,
    sameSite: "Lax",
    secure: new URL(c.req.url).protocol === "https:",
    maxAge: UMUR_COOKIE_DETIK,
  });
  return baru;
}

/** Stands for every request that arrives without a socket (tests through app.request); never a header. */
const TANPA_SOKET = "tanpa-soket";

/**
 * The network the request comes from, for the per-address limit: the socket's remote address (IPv6 cut to its
 * /64, which one subscriber usually holds), never a client-supplied header, which anyone could forge.
 */
export function alamatJaringan(c: Context): string {
  let alamat: string | undefined;
  try {
    alamat = getConnInfo(c).remote.address;
  } catch {
    alamat = undefined;
  }
  if (!alamat) return TANPA_SOKET;
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(alamat);
  if (v4?.[1]) return v4[1];
  if (alamat.includes(":")) return `${awalanIpv6(alamat)}::/64`;
  return alamat;
}

function awalanIpv6(alamat: string): string {
  const [kiri = "", kanan = ""] = alamat.split("::");
  const grupKiri = kiri ? kiri.split(":") : [];
  const grupKanan = kanan ? kanan.split(":") : [];
  const nol = Array(Math.max(0, 8 - grupKiri.length - grupKanan.length)).fill("0");
  const penuh = alamat.includes("::") ? [...grupKiri, ...nol, ...grupKanan] : grupKiri;
  return penuh
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ""))
    .join(":");
}

import { randomBytes } from "node:crypto";
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { asalPermintaan } from "../../../platform/http/alamat-klien.ts";

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
    secure: asalPermintaan(c).tls,
    maxAge: UMUR_COOKIE_DETIK,
  });
  return baru;
}

/**
 * The network the request comes from, for the per-address limit: the socket's remote address (IPv6 cut to its
 * /64, which one subscriber usually holds); X-Forwarded-For only when the installation sits behind a trusted
 * proxy (TERUKUR_PROXY=1), never otherwise, since anyone could forge it.
 */
export function alamatJaringan(c: Context): string {
  return asalPermintaan(c).alamat;
}

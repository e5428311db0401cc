import { randomBytes } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { Db } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { asalPermintaan } from "../../platform/http/alamat-klien.ts";
import { BIDANG_CSRF, type EnvAplikasi, HEADER_CSRF, type Konteks } from "../../platform/http/konteks.ts";
import { bahasaDari } from "../../platform/i18n/kamus.ts";
import { boleh, type Tindakan } from "./auth.policy.ts";
import type { Pengguna } from "./pengguna.ts";
import { bacaSesi } from "./sesi.service.ts";

/** The session cookie: an opaque random token; the database keeps only its sha256. */
export const COOKIE_SESI = "terukur_sesi";
/** Before sign-in, the CSRF token of the browser lives in its own cookie (double submit). */
export const COOKIE_CSRF = "terukur_csrf";
/** The language chosen on the public side (signed-in people carry theirs in the account). */
export const COOKIE_BAHASA = "terukur_bahasa";

const METODE_AMAN = new Set(["GET", "HEAD", "OPTIONS"]);

/** Paths whose posts need no CSRF token: the anonymous public survey form has its own abuse control. */
function tanpaCsrf(path: string): boolean {
  return path.startsWith("/s/");
}

/**
 * Whether the request came over TLS, so cookies are marked Secure there and still work on plain
 * http://localhost. Behind a trusted reverse proxy (TERUKUR_PROXY=1) its X-Forwarded-Proto decides.
 */
export function lewatTls(c: Konteks): boolean {
  return asalPermintaan(c).tls;
}

async function tokenCsrfDikirim(c: Konteks): Promise<string | null> {
  const header = c.req.header(HEADER_CSRF);
  if (header) return header;
  const jenis = c.req.header("content-type") ?? "";
  if (jenis.includes("application/x-www-form-urlencoded") || jenis.includes("multipart/form-data")) {
    const isi = await c.req.parseBody();
    const nilai = isi[BIDANG_CSRF];
    return typeof nilai === "string" ? nilai : null;
  }
  return null;
}

/**
 * Reads the session on every request (person, CSRF token, language) and refuses any unsafe request whose
 * CSRF token does not match, before a route runs. Why here: one check guards every form and API write.
 */
export function pasangSesi(db: Db): MiddlewareHandler<EnvAplikasi> {
  return async (c, next) => {
    const token = getCookie(c, COOKIE_SESI);
    const sesi = token ? await bacaSesi(db, token) : null;
    let csrf = sesi?.csrf ?? getCookie(c, COOKIE_CSRF) ?? null;
    if (!csrf) {
      csrf = randomBytes(24).toString("base64url");
      // the anonymous survey keeps its own cookie only: a citizen's phone gets nothing it does not need
      if (!tanpaCsrf(c.req.path)) {
        setCookie(c, COOKIE_CSRF, csrf, { httpOnly: true, sameSite: "Lax", path: "/", secure: lewatTls(c) });
      }
    }
    c.set("pengguna", sesi?.pengguna ?? null);
    c.set("csrf", csrf);
    const pilihan = getCookie(c, COOKIE_BAHASA);
    c.set("bahasa", pilihan ? bahasaDari(pilihan) : (sesi?.pengguna.bahasa ?? "id"));
    if (!METODE_AMAN.has(c.req.method) && !tanpaCsrf(c.req.path)) {
      const dikirim = await tokenCsrfDikirim(c);
      if (dikirim !== csrf) {
        throw new GalatTerukur(
          "di_luar_cakupan",
          "Formulir ini sudah kedaluwarsa atau tidak berasal dari Terukur. Muat ulang halaman lalu kirim lagi.",
        );
      }
    }
    await next();
  };
}

/** The signed-in person, or a refusal: browsers asking for a page go to the sign-in page and come back. */
export function penggunaWajib(c: Konteks): Pengguna {
  const p = c.get("pengguna");
  if (p) return p;
  throw new GalatTerukur("belum_masuk", "Silakan masuk terlebih dahulu");
}

/** Refuses, by role, a person who may not do this (optionally on this OPD). */
export function wajibBoleh(c: Konteks, tindakan: Tindakan, opdId?: number): Pengguna {
  const p = penggunaWajib(c);
  if (!boleh(p, tindakan, opdId)) {
    throw new GalatTerukur(
      "di_luar_cakupan",
      opdId !== undefined && p.opdId !== null && p.opdId !== opdId
        ? "Data ini milik perangkat daerah lain dan berada di luar cakupan Anda."
        : "Peran Anda tidak diizinkan melakukan tindakan ini.",
    );
  }
  return p;
}

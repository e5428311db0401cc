import type { MiddlewareHandler } from "hono";
import { asalPermintaan } from "./alamat-klien.ts";
import type { EnvAplikasi } from "./konteks.ts";

/**
 * The Content-Security-Policy of every answer (issue 8 item 6). Scripts only from our own files (htmx is
 * served from /public; no page has an inline script or an on…= handler, and a test keeps it so).
 * Styles allow 'unsafe-inline' because the generated documents carry their stylesheet in a <style> element
 * (so a saved .html file prints alone) and use style attributes for column widths, indents and chart
 * widths, and htmx adds its indicator <style>; a style cannot run code, so this is the accepted relaxation.
 * No page may be framed: the survey kiosk and poster are opened or printed whole, never embedded.
 */
export const KEBIJAKAN_KONTEN = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join("; ");

/** One year of HTTPS-only for this host; without includeSubDomains, as other services of a pemda's domain may be plain HTTP. */
export const HSTS = "max-age=31536000";

/**
 * Puts the security headers on every answer — pages, API, static files and error pages alike — after the
 * route has run, so none can forget them. HSTS only when the request came over TLS — directly, or through a
 * trusted reverse proxy that says so in X-Forwarded-Proto (a browser ignores it on plain http://, and
 * sending it from a LAN address would be meaningless).
 */
export function headerKeamanan(): MiddlewareHandler<EnvAplikasi> {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set("Content-Security-Policy", KEBIJAKAN_KONTEN);
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Referrer-Policy", "strict-origin-when-cross-origin");
    h.set("X-Frame-Options", "DENY");
    h.set("Cross-Origin-Opener-Policy", "same-origin");
    if (asalPermintaan(c).tls) h.set("Strict-Transport-Security", HSTS);
  };
}

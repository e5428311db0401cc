import { randomUUID } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { galatUntukLog, type Log, logProses } from "../log.ts";
import { asalPermintaan } from "./alamat-klien.ts";
import type { EnvAplikasi } from "./konteks.ts";

/** The header carrying the request id, returned on every answer so a person can quote it to the operator. */
export const HEADER_ID_PERMINTAAN = "X-Request-Id";

/** An id a reverse proxy already gave the request is kept when it looks like one (no log injection). */
const ID_DARI_PROKSI = /^[A-Za-z0-9._-]{8,64}$/;

/** Query parameters whose values are plain choices, never secrets, so they stay readable in the log. */
const KUERI_TERBUKA = new Set(["tahun", "triwulan", "periode", "kertas", "kiosk", "bahasa"]);

/** Probes of a load balancer every few seconds are not logged while they succeed. */
const JALUR_PROBE = new Set(["/healthz", "/readyz"]);

/**
 * The path as it may be logged. The public survey (/s/…) logs only its route template, so nothing a
 * respondent typed or was given (unit, one-time code) lands in a log; elsewhere the path without its query.
 */
export function jalurUntukLog(c: Context): string {
  const jalur = c.req.path;
  if (!jalur.startsWith("/s/")) return jalur;
  const rute = c.req.matchedRoutes.filter((r) => r.method !== "ALL").at(-1);
  return rute ? rute.path : "/s/*";
}

/**
 * The query string as it may be logged: the names of its parameters, with values only for the few that are
 * plain choices (tahun, triwulan …); a token or a search text in a query never reaches the log.
 */
export function kueriUntukLog(url: string): string | null {
  const cari = new URL(url).searchParams;
  const bagian: string[] = [];
  for (const [nama, nilai] of cari) {
    bagian.push(KUERI_TERBUKA.has(nama) && /^[\w-]{0,16}$/.test(nilai) ? `${nama}=${nilai}` : `${nama}=…`);
  }
  return bagian.length > 0 ? bagian.join("&") : null;
}

/**
 * One JSON line per request (issue 8 item 3): time, request id (also answered as X-Request-Id), method,
 * path without query values, status, duration, the client's network (the forwarded one behind a trusted
 * proxy; none on the public survey, whose respondents stay unnamed), and the signed-in username and OPD
 * when there is one. Never a body, cookie, header value or CSRF token. A 500 carries its error and stack on the same line.
 * Mounted first, so it also sees what the session middleware put on the request.
 */
export function logPermintaan(log: Log = logProses()): MiddlewareHandler<EnvAplikasi> {
  return async (c, next) => {
    const mulai = performance.now();
    const dariProksi = c.req.header(HEADER_ID_PERMINTAAN);
    const id = dariProksi && ID_DARI_PROKSI.test(dariProksi) ? dariProksi : randomUUID();
    await next();
    c.res.headers.set(HEADER_ID_PERMINTAAN, id);
    const status = c.res.status;
    if (JALUR_PROBE.has(c.req.path) && status < 400) return;
    const pengguna = c.get("pengguna") ?? null;
    const jalur = jalurUntukLog(c);
    const survei = c.req.path.startsWith("/s/");
    const isi = {
      peristiwa: "permintaan",
      id,
      metode: c.req.method,
      jalur,
      kueri: survei ? null : kueriUntukLog(c.req.url),
      klien: survei ? null : asalPermintaan(c).alamat,
      status,
      durasiMs: Math.round((performance.now() - mulai) * 10) / 10,
      pengguna: pengguna?.namaPengguna ?? null,
      opd: pengguna?.opdKode ?? null,
    };
    if (status >= 500) log.galat(c.error ? { ...isi, ...galatUntukLog(c.error) } : isi);
    else log.info(isi);
  };
}

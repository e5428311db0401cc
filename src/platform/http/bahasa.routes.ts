import { Hono } from "hono";
import { setCookie } from "hono/cookie";
import { COOKIE_BAHASA, lewatTls } from "../../modules/auth/sesi.middleware.ts";
import { bahasaDari } from "../i18n/kamus.ts";
import type { EnvAplikasi } from "./konteks.ts";

/** A return address inside this site only, so the switch cannot be used to send people elsewhere. */
export function jalurAman(lanjut: string | undefined | null): string {
  return lanjut?.startsWith("/") && !lanjut.startsWith("//") && !lanjut.startsWith("/\\") ? lanjut : "/";
}

/** GET /bahasa/:ke: switches the interface language for this browser (a cookie) and returns to the page. */
export function ruteBahasa() {
  const r = new Hono<EnvAplikasi>();
  r.get("/bahasa/:ke", (c) => {
    const ke = bahasaDari(c.req.param("ke"));
    setCookie(c, COOKIE_BAHASA, ke, {
      httpOnly: true,
      sameSite: "Lax",
      path: "/",
      secure: lewatTls(c),
      maxAge: 365 * 24 * 3600,
    });
    return c.redirect(jalurAman(c.req.query("lanjut")), 303);
  });
  return r;
}

import type { Hono } from "hono";
import type { SesiUji } from "../../../test/setup/sesi.ts";
import type { EnvAplikasi } from "../../platform/http/konteks.ts";

/**
 * A browser that has not signed in yet, as the sign-in form sees it: the pre-session CSRF cookie the
 * middleware set on GET /masuk and the token printed in the form. Test helper of this module.
 */
export async function tamuUji(app: Hono<EnvAplikasi>): Promise<SesiUji> {
  const r = await app.request("/masuk", { headers: { accept: "text/html" } });
  const cookie = /terukur_csrf=([^;]+)/.exec(r.headers.get("set-cookie") ?? "")?.[1];
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await r.text())?.[1];
  if (!cookie || !csrf) throw new Error("GET /masuk gave no CSRF cookie or field");
  return { cookie: `terukur_csrf=${cookie}`, csrf, akunId: 0, namaPengguna: "" };
}

/** The session token a response set, read from its Set-Cookie header (null when none was set). */
export function tokenSesiDari(r: Response): string | null {
  return /terukur_sesi=([^;]*)/.exec(r.headers.get("set-cookie") ?? "")?.[1] || null;
}

import type { Context } from "hono";
import type { Pengguna } from "../../modules/auth/pengguna.ts";
import type { Bahasa } from "../i18n/kamus.ts";

/** What the session middleware puts on every request, typed for every route module. */
export type EnvAplikasi = {
  Variables: {
    /** null for the public */
    pengguna: Pengguna | null;
    /** the token every form and htmx request must send back (per session, or per browser before sign-in) */
    csrf: string;
    bahasa: Bahasa;
  };
};

/** A request context of the application. */
export type Konteks = Context<EnvAplikasi>;

/** Name of the hidden form field carrying the CSRF token. */
export const BIDANG_CSRF = "_csrf";
/** Header htmx sends the CSRF token in (set once on <body hx-headers>). */
export const HEADER_CSRF = "x-csrf-token";

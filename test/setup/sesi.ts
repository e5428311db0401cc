import { hash } from "@node-rs/argon2";
import type { Hono } from "hono";
import { buatSesi } from "../../src/modules/auth/sesi.service.ts";
import type { Peran } from "../../src/platform/db/schema.ts";
import type { Db } from "../../src/platform/db/transaction.ts";
import type { EnvAplikasi } from "../../src/platform/http/konteks.ts";

/** The password of every account made by akunUji. */
export const SANDI_UJI = "sandi-uji-rahasia";
let hashSandi: Promise<string> | null = null;

/** A signed-in test browser: its cookie and the CSRF token its forms carry. */
export type SesiUji = { cookie: string; csrf: string; akunId: number; namaPengguna: string };

/**
 * Makes an account of a role (inside an OPD by code, a kepala seksi inside a unit by code) and signs it
 * in directly, so route tests do not depend on the sign-in screen.
 */
export async function sesiUji(
  db: Db,
  opsi: { peran: Peran; opdKode?: string; unitKode?: string; namaPengguna?: string; bahasa?: "id" | "en" },
): Promise<SesiUji> {
  hashSandi ??= hash(SANDI_UJI);
  const opd = opsi.opdKode
    ? await db
        .selectFrom("opd")
        .select(["id", "pemda_id"])
        .where("kode", "=", opsi.opdKode)
        .executeTakeFirstOrThrow()
    : null;
  const pemdaId =
    opd?.pemda_id ?? (await db.selectFrom("pemda").select("id").orderBy("id").executeTakeFirstOrThrow()).id;
  const unit =
    opsi.unitKode && opd
      ? await db
          .selectFrom("unit_kerja")
          .select("id")
          .where("opd_id", "=", opd.id)
          .where("kode", "=", opsi.unitKode)
          .executeTakeFirstOrThrow()
      : null;
  const namaPengguna = opsi.namaPengguna ?? `${opsi.peran.replace("_", "-")}.${opsi.opdKode ?? "pemda"}`;
  const { id } = await db
    .insertInto("akun")
    .values({
      pemda_id: pemdaId,
      opd_id: opd?.id ?? null,
      unit_kerja_id: unit?.id ?? null,
      nama_pengguna: namaPengguna,
      nama: `Uji ${namaPengguna}`,
      peran: opsi.peran,
      sandi_hash: await hashSandi,
      bahasa: opsi.bahasa ?? "id",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const s = await buatSesi(db, id);
  return { cookie: `terukur_sesi=${s.token}`, csrf: s.csrf, akunId: id, namaPengguna };
}

/**
 * One request as a browser would send it: the session cookie, Accept text/html for pages, and for a form
 * post the CSRF field added to the fields given. Pass sesi null for the public.
 */
export async function minta(
  app: Hono<EnvAplikasi>,
  sesi: SesiUji | null,
  metode: "GET" | "POST",
  jalur: string,
  opsi: { isian?: Record<string, string> | FormData; json?: boolean; tanpaCsrf?: boolean } = {},
): Promise<Response> {
  const header: Record<string, string> = {
    accept: opsi.json || jalur.startsWith("/api/") ? "application/json" : "text/html",
  };
  if (sesi) header.cookie = sesi.cookie;
  let body: FormData | URLSearchParams | undefined;
  if (metode === "POST") {
    const csrf = opsi.tanpaCsrf ? null : (sesi?.csrf ?? null);
    if (opsi.isian instanceof FormData) {
      if (csrf) opsi.isian.set("_csrf", csrf);
      body = opsi.isian;
    } else {
      const p = new URLSearchParams(opsi.isian ?? {});
      if (csrf) p.set("_csrf", csrf);
      body = p;
      header["content-type"] = "application/x-www-form-urlencoded";
    }
  }
  return app.request(jalur, { method: metode, headers: header, body });
}

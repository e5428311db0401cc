import { createHash, timingSafeEqual } from "node:crypto";
import { PassThrough, Readable } from "node:stream";
import { getConnInfo } from "@hono/node-server/conninfo";
import { type Context, Hono } from "hono";
import type { Db } from "../db/transaction.ts";
import type { EnvAplikasi } from "../http/konteks.ts";
import { tulisCadangan } from "./buat.ts";

/** What the server needs to hand a backup to the CLI on the same machine (embedded database only). */
export type CadanganLokal = { token: string; mode: "pglite" | "postgres"; folderBerkas: string | null };

/** The path the CLI posts to; not under /api: it is no public API and takes no session. */
export const JALUR_CADANGAN_LOKAL = "/_lokal/cadangan";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

function dariMesinIni(c: Context): boolean {
  try {
    return LOOPBACK.has(getConnInfo(c).remote.address ?? "");
  } catch {
    return false;
  }
}

function tokenCocok(dikirim: string, benar: string): boolean {
  const a = createHash("sha256").update(dikirim).digest();
  const b = createHash("sha256").update(benar).digest();
  return timingSafeEqual(a, b);
}

/**
 * POST /_lokal/cadangan (issue 8 item 1): streams a backup of the running installation to
 * `terukur cadangan buat` when the embedded database is held by this server. Answers only a request from
 * this machine (127.0.0.1/::1) that carries the token of DATA_DIR/cadangan-akses.json
 * (`Authorization: Bearer …`); otherwise 404 when the server offers no local backup, 403 else. Mounted
 * before the session middleware: it has no session and no CSRF token, the file token stands for both.
 */
export function ruteCadangan(dep: { db: Db; cadanganLokal?: CadanganLokal | null }): Hono<EnvAplikasi> {
  const app = new Hono<EnvAplikasi>();
  app.post(JALUR_CADANGAN_LOKAL, (c) => {
    const lokal = dep.cadanganLokal;
    if (!lokal)
      return c.json(
        { galat: { jenis: "tidak_ditemukan", pesan: "Halaman tidak ditemukan", bidang: null } },
        404,
      );
    const token = /^Bearer (.+)$/.exec(c.req.header("authorization") ?? "")?.[1] ?? "";
    if (!dariMesinIni(c) || !tokenCocok(token, lokal.token)) {
      return c.json(
        {
          galat: {
            jenis: "di_luar_cakupan",
            pesan: "Cadangan hanya untuk perintah terukur di mesin ini",
            bidang: null,
          },
        },
        403,
      );
    }
    const aliran = new PassThrough();
    tulisCadangan(dep.db, aliran, { mode: lokal.mode, folderBerkas: lokal.folderBerkas }).catch(
      (e: unknown) => {
        // the CLI sees a cut stream without its manifest and refuses the file
        aliran.destroy(e instanceof Error ? e : new Error(String(e)));
      },
    );
    c.header("Content-Type", "application/gzip");
    c.header("Cache-Control", "no-store");
    return c.body(Readable.toWeb(aliran) as ReadableStream);
  });
  return app;
}

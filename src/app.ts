import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { pasangSesi } from "./modules/auth/sesi.middleware.ts";
import { apiRingkasan } from "./modules/dashboard/api.routes.ts";
import { halamanBeranda } from "./modules/dashboard/beranda.routes.tsx";
import { apiDokumen } from "./modules/reporting/dokumen.routes.ts";
import { halamanSurveiPublik } from "./modules/survey/survei.routes.tsx";
import type { Db } from "./platform/db/transaction.ts";
import { ruteBahasa } from "./platform/http/bahasa.routes.ts";
import { tanganiGalat } from "./platform/http/error-handler.tsx";
import type { EnvAplikasi } from "./platform/http/konteks.ts";
import { dokumenOpenApi } from "./platform/http/openapi.ts";
import type { PenyimpananBerkas } from "./platform/storage/penyimpanan.ts";

/** The repository root, so /public/* is found whatever folder the process was started from. */
const FOLDER_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** htmx 2 from our own dependency, served as one of our static files (no CDN on a kecamatan's link). */
const HTMX = readFileSync(createRequire(import.meta.url).resolve("htmx.org/dist/htmx.min.js"));

/** What the HTTP layer needs from the running process. */
export type DependensiAplikasi = {
  db: Db;
  kodePemda: string | null;
  /** where evidence files are kept (the data folder by default) */
  penyimpanan: PenyimpananBerkas;
};

/** Builds the whole HTTP application; tests call it directly without opening a port. */
export function buatAplikasi(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const app = new Hono<EnvAplikasi>();
  app.onError(tanganiGalat);
  app.get("/public/htmx.min.js", (c) => {
    c.header("Content-Type", "text/javascript; charset=utf-8");
    c.header("Cache-Control", "public, max-age=604800, immutable");
    return c.body(HTMX);
  });
  app.use(
    "/public/*",
    serveStatic({ root: FOLDER_ROOT, onFound: (_p, c) => c.header("Cache-Control", "public, max-age=3600") }),
  );
  app.use("*", pasangSesi(dep.db));
  app.route("/", ruteBahasa());
  app.route("/", halamanBeranda(dep));
  app.route("/", halamanSurveiPublik(dep));
  app.route("/api/v1", apiRingkasan(dep));
  app.route("/api/v1", apiDokumen(dep));
  app.get("/api/v1/openapi.json", (c) => c.json(dokumenOpenApi()));
  app.notFound((c) =>
    c.json({ galat: { jenis: "tidak_ditemukan", pesan: "Halaman tidak ditemukan", bidang: null } }, 404),
  );
  return app;
}

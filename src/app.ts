import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { apiRingkasan } from "./modules/dashboard/api.routes.ts";
import { halamanBeranda } from "./modules/dashboard/beranda.routes.tsx";
import { apiDokumen } from "./modules/reporting/dokumen.routes.ts";
import { halamanSurveiPublik } from "./modules/survey/survei.routes.tsx";
import type { Db } from "./platform/db/transaction.ts";
import { tanganiGalat } from "./platform/http/error-handler.tsx";
import { dokumenOpenApi } from "./platform/http/openapi.ts";

/** The repository root, so /public/* is found whatever folder the process was started from. */
const FOLDER_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** What the HTTP layer needs from the running process. */
export type DependensiAplikasi = { db: Db; kodePemda: string | null };

/** Builds the whole HTTP application; tests call it directly without opening a port. */
export function buatAplikasi(dep: DependensiAplikasi): Hono {
  const app = new Hono();
  app.onError(tanganiGalat);
  app.use(
    "/public/*",
    serveStatic({ root: FOLDER_ROOT, onFound: (_p, c) => c.header("Cache-Control", "public, max-age=3600") }),
  );
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

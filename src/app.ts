import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { ruteAdminAkun } from "./modules/auth/admin-akun.routes.tsx";
import { ruteAuth } from "./modules/auth/auth.routes.tsx";
import { pasangSesi } from "./modules/auth/sesi.middleware.ts";
import { ruteDpa } from "./modules/budget/dpa.routes.tsx";
import { rutePohonKinerja } from "./modules/cascading/pohon.routes.tsx";
import { ruteRhk } from "./modules/cascading/rhk.routes.tsx";
import { ruteTemuan } from "./modules/consistency/temuan.routes.tsx";
import { apiRingkasan } from "./modules/dashboard/api.routes.ts";
import { ruteDasbor } from "./modules/dashboard/dasbor.routes.tsx";
import { ruteKabupaten } from "./modules/dashboard/kabupaten.routes.tsx";
import { ruteLke } from "./modules/evaluation/lke.routes.tsx";
import { ruteLkeKabupaten } from "./modules/evaluation/lke-kabupaten.routes.tsx";
import { ruteRekomendasi } from "./modules/evaluation/rekomendasi.routes.tsx";
import { UKURAN_MAKS_BERKAS } from "./modules/impor-excel/berkas.ts";
import { ruteImporExcel } from "./modules/impor-excel/impor.routes.tsx";
import { ruteNarasi } from "./modules/performance/narasi.routes.tsx";
import { ruteRealisasi } from "./modules/performance/realisasi.routes.tsx";
import { ruteIku } from "./modules/planning/iku.routes.tsx";
import { rutePk } from "./modules/planning/pk.routes.tsx";
import { ruteRenstra } from "./modules/planning/renstra.routes.tsx";
import { rutePortal } from "./modules/portal/portal.routes.tsx";
import { apiDokumen } from "./modules/reporting/dokumen.routes.ts";
import { ruteDokumenOpd } from "./modules/reporting/dokumen-opd.routes.tsx";
import { UKURAN_MAKS_REVIU } from "./modules/review/batas-berkas.ts";
import { ruteReviu } from "./modules/review/reviu.routes.tsx";
import { rutePegawai } from "./modules/staffing/pegawai.routes.tsx";
import { UKURAN_MAKS_UNGGAH } from "./modules/survey/impor-web-berkas.ts";
import { halamanSurveiPublik } from "./modules/survey/survei.routes.tsx";
import { ruteSurveiImpor } from "./modules/survey/survei-impor.routes.tsx";
import { ruteSurveiKelola } from "./modules/survey/survei-kelola.routes.tsx";
import { ruteAlur } from "./modules/workflow/alur.routes.tsx";
import { ruteAudit } from "./modules/workflow/audit.routes.tsx";
import { ruteJadwal } from "./modules/workflow/jadwal.routes.tsx";
import { type CadanganLokal, ruteCadangan } from "./platform/cadangan/cadangan.routes.ts";
import type { Db } from "./platform/db/transaction.ts";
import { pasangAsalPermintaan } from "./platform/http/alamat-klien.ts";
import { ruteBahasa } from "./platform/http/bahasa.routes.ts";
import { tanganiGalat } from "./platform/http/error-handler.tsx";
import { headerKeamanan } from "./platform/http/header-keamanan.ts";
import { ruteKesehatan } from "./platform/http/kesehatan.routes.ts";
import type { EnvAplikasi } from "./platform/http/konteks.ts";
import { logPermintaan } from "./platform/http/log-permintaan.ts";
import { dokumenOpenApi } from "./platform/http/openapi.ts";
import type { PenyimpananBerkas } from "./platform/storage/penyimpanan.ts";

/** The repository root, so /public/* is found whatever folder the process was started from. */
const FOLDER_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** htmx 2 from our own dependency, served as one of our static files (no CDN on a kecamatan's link). */
const HTMX = readFileSync(createRequire(import.meta.url).resolve("htmx.org/dist/htmx.min.js"));

/** No request body larger than this is read at all (evidence files are refused above 10 MB by their screen). */
const BATAS_BADAN_MAKS = 25 * 1024 * 1024;

/** The answer to a request body over its limit, before anything reads it whole. */
function terlaluBesar(c: Context) {
  return c.text(
    "Kiriman terlalu besar untuk diterima (paling besar 25 MB; berkas bukti 10 MB, impor Excel 5 MB)",
    413,
  );
}

/** The review's own limit, said in its own words (a 50 MB report must get a message, not a dropped line). */
function terlaluBesarReviu(c: Context) {
  return c.text(
    `Berkas laporan terlalu besar untuk direviu (paling besar ${UKURAN_MAKS_REVIU / 1024 / 1024} MB); simpan ulang tanpa gambar beresolusi tinggi lalu unggah lagi`,
    413,
  );
}

/** What the HTTP layer needs from the running process. */
export type DependensiAplikasi = {
  db: Db;
  kodePemda: string | null;
  /** where evidence files are kept (the data folder by default) */
  penyimpanan: PenyimpananBerkas;
  /** behind a reverse proxy (TERUKUR_PROXY=1): believe its X-Forwarded-For/Proto/Host; absent means no */
  proxyTepercaya?: boolean;
  /** the running server hands a backup to `terukur cadangan buat` (embedded database only); absent means no */
  cadanganLokal?: CadanganLokal | null;
};

/** Builds the whole HTTP application; tests call it directly without opening a port. */
export function buatAplikasi(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const app = new Hono<EnvAplikasi>();
  app.onError(tanganiGalat);
  // issue 8: the request log and the security headers wrap every answer (static files and errors too);
  // the health probes answer before the body limit and the session middleware, touching no cookie
  app.use("*", pasangAsalPermintaan(dep.proxyTepercaya === true));
  app.use("*", logPermintaan());
  app.use("*", headerKeamanan());
  app.route("/", ruteKesehatan(dep));
  app.route("/", ruteCadangan(dep));
  app.get("/public/htmx.min.js", (c) => {
    c.header("Content-Type", "text/javascript; charset=utf-8");
    c.header("Cache-Control", "public, max-age=604800, immutable");
    return c.body(HTMX);
  });
  app.use(
    "/public/*",
    serveStatic({ root: FOLDER_ROOT, onFound: (_p, c) => c.header("Cache-Control", "public, max-age=3600") }),
  );
  // every body is capped while it streams (a chunked upload announces no size), before the session
  // middleware reads a form for its CSRF field: the Excel import at its own limit, the rest well above the
  // evidence limit so the evidence screen itself can say what was too large
  app.use("/opd/:kode/impor", bodyLimit({ maxSize: UKURAN_MAKS_BERKAS + 64 * 1024, onError: terlaluBesar }));
  app.use(
    "/opd/:kode/survei/impor",
    bodyLimit({ maxSize: UKURAN_MAKS_UNGGAH + 64 * 1024, onError: terlaluBesar }),
  );
  app.use(
    "/opd/:kode/reviu/*",
    bodyLimit({ maxSize: UKURAN_MAKS_REVIU + 64 * 1024, onError: terlaluBesarReviu }),
  );
  app.use("*", bodyLimit({ maxSize: BATAS_BADAN_MAKS, onError: terlaluBesar }));
  app.use("*", pasangSesi(dep.db));
  app.route("/", ruteBahasa());
  app.route("/", ruteAuth(dep));
  app.route("/", ruteAdminAkun(dep));
  app.route("/", ruteAlur(dep));
  app.route("/", ruteJadwal(dep));
  app.route("/", ruteAudit(dep));
  app.route("/", ruteRealisasi(dep));
  app.route("/", ruteRenstra(dep));
  app.route("/", ruteIku(dep));
  app.route("/", rutePk(dep));
  app.route("/", ruteDpa(dep));
  app.route("/", ruteNarasi(dep));
  app.route("/", rutePegawai(dep));
  app.route("/", ruteTemuan(dep));
  app.route("/", ruteDasbor(dep));
  app.route("/", ruteKabupaten(dep));
  app.route("/", ruteRekomendasi(dep));
  app.route("/", ruteLke(dep));
  app.route("/", ruteLkeKabupaten(dep));
  app.route("/", ruteReviu(dep));
  app.route("/", rutePohonKinerja(dep));
  app.route("/", ruteRhk(dep));
  app.route("/", ruteImporExcel(dep));
  app.route("/", rutePortal(dep));
  app.route("/", ruteDokumenOpd(dep));
  app.route("/", ruteSurveiKelola(dep));
  app.route("/", ruteSurveiImpor(dep));
  app.route("/", halamanSurveiPublik(dep));
  app.route("/api/v1", apiRingkasan(dep));
  app.route("/api/v1", apiDokumen(dep));
  app.get("/api/v1/openapi.json", (c) => c.json(dokumenOpenApi()));
  app.notFound((c) =>
    c.json({ galat: { jenis: "tidak_ditemukan", pesan: "Halaman tidak ditemukan", bidang: null } }, 404),
  );
  return app;
}

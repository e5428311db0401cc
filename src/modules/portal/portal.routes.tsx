import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import type { EnvAplikasi } from "../../platform/http/konteks.ts";
import { cakupanPublik } from "../../platform/http/pemda-context.ts";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman } from "../../platform/ui/tata-aplikasi.tsx";
import { daftarOpdPortal, dokumenTerbitOpd, pdfTerbit } from "../reporting/publikasi.service.ts";
import { infoPemda } from "../tenancy/tenancy.service.ts";
import { BerandaPortal } from "./views/beranda-portal.tsx";
import { PortalOpd } from "./views/portal-opd.tsx";

/** A published PDF never changes (the database refuses it), so browsers and proxies may keep it for a year. */
const CACHE_TETAP = "public, max-age=31536000, immutable";

/**
 * The public portal, no account needed (issue 4 item 6): GET /portal, GET /portal/:kode and
 * GET /portal/:kode/:id.pdf. It serves only what is in dokumen_terbit, for the pemda of the installation.
 */
export function rutePortal(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();

  r.get("/portal", async (c) => {
    const cakupan = await cakupanPublik(dep.db, dep.kodePemda);
    const [pemda, opd] = await Promise.all([infoPemda(dep.db, cakupan), daftarOpdPortal(dep.db, cakupan)]);
    return c.html(halamanHtml(<BerandaPortal k={konteksHalaman(c)} namaPemda={pemda.nama} opd={opd} />));
  });

  r.get("/portal/:kode", async (c) => {
    const cakupan = await cakupanPublik(dep.db, dep.kodePemda);
    const { opd, dokumen } = await dokumenTerbitOpd(dep.db, cakupan, c.req.param("kode"));
    return c.html(halamanHtml(<PortalOpd k={konteksHalaman(c)} opd={opd} dokumen={dokumen} />));
  });

  r.get("/portal/:kode/:berkas", async (c) => {
    const cocok = /^([1-9]\d{0,8})\.pdf$/.exec(c.req.param("berkas"));
    if (!cocok?.[1]) throw new GalatTerukur("tidak_ditemukan", "Dokumen terbit tidak ditemukan");
    const cakupan = await cakupanPublik(dep.db, dep.kodePemda);
    const berkas = await pdfTerbit(dep.db, cakupan, c.req.param("kode"), Number(cocok[1]));
    return c.body(new Uint8Array(berkas.pdf), 200, {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${berkas.namaBerkas}"`,
      "Cache-Control": CACHE_TETAP,
      ETag: `"${berkas.sha256}"`,
    });
  });

  return r;
}

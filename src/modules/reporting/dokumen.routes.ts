import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import { inputTidakValid } from "../../platform/errors.ts";
import type { EnvAplikasi } from "../../platform/http/konteks.ts";
import { aksesOpd } from "../auth/akses-opd.ts";
import { FORMAT_DOKUMEN, type FormatDokumen, MIME_DOKUMEN } from "./dokumen.schemas.ts";
import { dokumenOpd, namaBerkasDokumen, renderDokumen } from "./dokumen.service.ts";

/**
 * GET /api/v1/opd/{kode}/dokumen/{jenis}/{tahun}.{pdf|docx|html}: a generated document to download, for a
 * signed-in person who may read that OPD (401 without a session, 403 for another OPD). Generated documents
 * may be drafts; the public gets only what was approved and published, from the portal.
 */
export function apiDokumen(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();
  r.get("/opd/:kode/dokumen/:jenis/:berkas", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    const cocok = /^(\d{4})\.([a-z]+)$/.exec(c.req.param("berkas"));
    const format = cocok?.[2] as FormatDokumen | undefined;
    if (!cocok || !format || !FORMAT_DOKUMEN.includes(format)) {
      throw inputTidakValid(
        "Nama berkas harus TAHUN.pdf, TAHUN.docx atau TAHUN.html, mis. 2024.pdf",
        "berkas",
      );
    }
    const { opd, permintaan, dokumen } = await dokumenOpd(dep.db, a.cakupan, a.opd.kode, {
      jenis: c.req.param("jenis"),
      tahun: cocok[1],
      triwulan: c.req.query("triwulan"),
      kertas: c.req.query("kertas"),
    });
    const isi = await renderDokumen(dokumen, format);
    const nama = namaBerkasDokumen(opd.kode, permintaan, format);
    return c.body(new Uint8Array(isi), 200, {
      "Content-Type": MIME_DOKUMEN[format],
      "Content-Disposition": `${format === "html" ? "inline" : "attachment"}; filename="${nama}"`,
      "Cache-Control": "no-store",
    });
  });
  return r;
}

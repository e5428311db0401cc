import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import { cakupanPublik } from "../../platform/http/pemda-context.ts";
import { validasi } from "../../platform/validation.ts";
import { skemaKueriRingkasan } from "./ringkasan.schemas.ts";
import { ringkasanOpd } from "./ringkasan.service.ts";

/** /api/v1 read endpoints of published data. */
export function apiRingkasan(dep: DependensiAplikasi): Hono {
  const r = new Hono();
  r.get("/opd/:kode/ringkasan", async (c) => {
    const { tahun } = validasi(skemaKueriRingkasan, { tahun: c.req.query("tahun") });
    const cakupan = await cakupanPublik(dep.db, dep.kodePemda);
    return c.json(await ringkasanOpd(dep.db, cakupan, c.req.param("kode"), tahun));
  });
  return r;
}

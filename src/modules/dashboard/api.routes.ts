import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import type { EnvAplikasi } from "../../platform/http/konteks.ts";
import { validasi } from "../../platform/validation.ts";
import { aksesOpd } from "../auth/akses-opd.ts";
import { skemaKueriRingkasan } from "./ringkasan.schemas.ts";
import { ringkasanOpd } from "./ringkasan.service.ts";

/** /api/v1 read endpoints of an OPD's data, for signed-in people within their scope (401/403 as JSON). */
export function apiRingkasan(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();
  r.get("/opd/:kode/ringkasan", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    const { tahun } = validasi(skemaKueriRingkasan, { tahun: c.req.query("tahun") });
    return c.json(await ringkasanOpd(dep.db, a.cakupan, a.opd.kode, tahun));
  });
  return r;
}

import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import type { EnvAplikasi } from "../../platform/http/konteks.ts";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman } from "../../platform/ui/tata-aplikasi.tsx";
import { validasi } from "../../platform/validation.ts";
import { aksesOpd } from "../auth/akses-opd.ts";
import { dasborOpd, tahunAwalDasbor } from "./dasbor.service.ts";
import { skemaKueriRingkasan } from "./ringkasan.schemas.ts";
import { tanggalHariIni } from "./tanggal.ts";
import { HalamanDasbor } from "./views/dasbor.tsx";

/** GET /opd/:kode?tahun=: the OPD dashboard, for everyone who may read the OPD. */
export function ruteDasbor(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();
  r.get("/opd/:kode", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    const k = konteksHalaman(c);
    const hariIni = tanggalHariIni();
    const kueri = c.req.query("tahun");
    const tahun = kueri
      ? validasi(skemaKueriRingkasan, { tahun: kueri }).tahun
      : await tahunAwalDasbor(dep.db, a.cakupan, a.opd.id, Number(hariIni.slice(0, 4)));
    const d = await dasborOpd(dep.db, a.cakupan, a.opd.id, tahun, hariIni);
    return c.html(halamanHtml(<HalamanDasbor k={k} opd={a.opd} d={d} />));
  });
  return r;
}

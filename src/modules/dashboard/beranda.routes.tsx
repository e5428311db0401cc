import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import { cakupanPublik } from "../../platform/http/pemda-context.ts";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { validasi } from "../../platform/validation.ts";
import { daftarOpdTerlihat, infoPemda } from "../tenancy/tenancy.service.ts";
import { skemaKueriRingkasan } from "./ringkasan.schemas.ts";
import { pilihanAwal, ringkasanOpd } from "./ringkasan.service.ts";
import { HalamanBeranda } from "./views/beranda.tsx";

/** GET /: the read-only home page (public data only). */
export function halamanBeranda(dep: DependensiAplikasi): Hono {
  const r = new Hono();
  r.get("/", async (c) => {
    const cakupan = await cakupanPublik(dep.db, dep.kodePemda);
    const [pemda, daftarOpd] = await Promise.all([
      infoPemda(dep.db, cakupan),
      daftarOpdTerlihat(dep.db, cakupan),
    ]);
    const kodeDiminta = c.req.query("opd") ?? null;
    const awal = await pilihanAwal(dep.db, cakupan, kodeDiminta);
    const tanpaData = kodeDiminta && !awal ? (daftarOpd.find((o) => o.kode === kodeDiminta) ?? null) : null;
    const tahunKueri = c.req.query("tahun");
    const tahun = tahunKueri ? validasi(skemaKueriRingkasan, { tahun: tahunKueri }).tahun : awal?.tahun;
    const ringkasan = awal && tahun ? await ringkasanOpd(dep.db, cakupan, awal.opdKode, tahun) : null;
    return c.html(
      halamanHtml(
        <HalamanBeranda pemda={pemda} daftarOpd={daftarOpd} ringkasan={ringkasan} tanpaData={tanpaData} />,
      ),
    );
  });
  return r;
}

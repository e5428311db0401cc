import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import type { EnvAplikasi } from "../../platform/http/konteks.ts";
import { cobaSimpan } from "../../platform/ui/formulir.tsx";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman } from "../../platform/ui/tata-aplikasi.tsx";
import { cakupanPengguna } from "../auth/pengguna.ts";
import { wajibBoleh } from "../auth/sesi.middleware.ts";
import { daftarOpdTerlihat } from "../tenancy/tenancy.service.ts";
import { bacaAudit, daftarTabelAudit } from "./audit.service.ts";
import { HalamanAudit } from "./views/audit.tsx";

const KUNCI_FILTER = ["opdKode", "tabel", "pelaku", "dari", "sampai", "halaman"] as const;

/** GET /audit: the audit log with its filters in the address, for admin pemda and evaluator. */
export function ruteAudit(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();
  r.get("/audit", async (c) => {
    const p = wajibBoleh(c, "baca_audit");
    const k = konteksHalaman(c);
    const cakupan = cakupanPengguna(p);
    const filter: Record<string, string> = {};
    for (const kunci of KUNCI_FILTER) {
      const v = c.req.query(kunci);
      if (v) filter[kunci] = v;
    }
    const hasil = await cobaSimpan(() => bacaAudit(dep.db, cakupan, filter));
    const opd = await daftarOpdTerlihat(dep.db, cakupan);
    const tabel = await daftarTabelAudit(dep.db, cakupan);
    return c.html(
      halamanHtml(
        <HalamanAudit
          k={k}
          filter={filter}
          opd={opd.map((o) => ({ kode: o.kode, nama: o.nama }))}
          tabel={tabel}
          baris={hasil.ok ? hasil.hasil.baris : []}
          halaman={hasil.ok ? hasil.hasil.halaman : 1}
          adaBerikutnya={hasil.ok ? hasil.hasil.adaBerikutnya : false}
          galat={hasil.ok ? undefined : hasil.galat}
        />,
      ),
      hasil.ok ? 200 : hasil.status,
    );
  });
  return r;
}

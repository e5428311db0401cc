import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import type { EnvAplikasi } from "../../platform/http/konteks.ts";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman, TataAplikasi } from "../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../platform/ui/tautan.ts";
import { aksesOpd } from "../auth/akses-opd.ts";
import { daftarAturan, periksaOpd } from "./consistency.service.ts";
import { HalamanTemuan, teksTemuan } from "./views/temuan-halaman.tsx";

/** The LKjIP reports on the year before, so the findings open on last year unless a year is asked for. */
function tahunDari(teks: string | undefined): number {
  const n = Number(teks);
  return teks && Number.isInteger(n) && n >= 2000 && n <= 2200 ? n : new Date().getFullYear() - 1;
}

/** The consistency findings of an OPD's year, read-only, for every role that reads the OPD. */
export function ruteTemuan(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();
  r.get("/opd/:kode/temuan", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    const k = konteksHalaman(c);
    const tahun = tahunDari(c.req.query("tahun"));
    const temuan = await periksaOpd(dep.db, a.cakupan, a.opd.id, tahun);
    const t = teksTemuan(k.bahasa);
    return c.html(
      halamanHtml(
        <TataAplikasi
          k={k}
          judul={`${t.judul} · ${a.opd.nama}`}
          opd={a.opd}
          aktif={TAUTAN.temuan(a.opd.kode)}
        >
          <HalamanTemuan k={k} opd={a.opd} tahun={tahun} temuan={temuan} aturan={daftarAturan()} />
        </TataAplikasi>,
      ),
    );
  });
  return r;
}

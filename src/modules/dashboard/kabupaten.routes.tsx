import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import type { EnvAplikasi } from "../../platform/http/konteks.ts";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman } from "../../platform/ui/tata-aplikasi.tsx";
import { validasi } from "../../platform/validation.ts";
import { cakupanPengguna } from "../auth/pengguna.ts";
import { wajibBoleh } from "../auth/sesi.middleware.ts";
import { infoPemda } from "../tenancy/tenancy.service.ts";
import { bacaUrutan, urutkanBaris } from "./dasbor.domain.ts";
import { tabelKabupaten, tahunAwalKabupaten } from "./kabupaten.service.ts";
import { skemaKueriRingkasan } from "./ringkasan.schemas.ts";
import { tanggalHariIni } from "./tanggal.ts";
import { HalamanKabupaten } from "./views/kabupaten.tsx";

/** GET /kabupaten?tahun=&urut=: every OPD side by side, for admin pemda and evaluator. */
export function ruteKabupaten(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();
  r.get("/kabupaten", async (c) => {
    const p = wajibBoleh(c, "lihat_kabupaten");
    const k = konteksHalaman(c);
    const cakupan = cakupanPengguna(p);
    const hariIni = tanggalHariIni();
    const tahunIni = Number(hariIni.slice(0, 4));
    const kueri = c.req.query("tahun");
    const tahunAwal = await tahunAwalKabupaten(dep.db, cakupan, tahunIni);
    const tahun = kueri ? validasi(skemaKueriRingkasan, { tahun: kueri }).tahun : tahunAwal;
    const [pemda, tabel] = await Promise.all([
      infoPemda(dep.db, cakupan),
      tabelKabupaten(dep.db, cakupan, tahun, hariIni),
    ]);
    const urutan = bacaUrutan(c.req.query("urut"));
    const pilihanTahun = [...new Set([tahun, tahunAwal, tahunIni, tahunAwal - 1])].sort((a, b) => b - a);
    return c.html(
      halamanHtml(
        <HalamanKabupaten
          k={k}
          namaPemda={pemda.nama}
          tahun={tahun}
          pilihanTahun={pilihanTahun}
          baris={urutkanBaris(tabel.baris, urutan)}
          urutan={urutan}
        />,
      ),
    );
  });
  return r;
}

import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { isianFormulir } from "../../platform/http/isian-formulir.ts";
import type { EnvAplikasi } from "../../platform/http/konteks.ts";
import { cakupanOpd } from "../../platform/scope.ts";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman } from "../../platform/ui/tata-aplikasi.tsx";
import { aksesOpd } from "../auth/akses-opd.ts";
import { boleh } from "../auth/auth.policy.ts";
import { type HasilIku, hasilIku } from "../performance/iku.service.ts";
import { idJalur, tahunDiminta } from "./isian-perencanaan.ts";
import { bacaPohonRenstra } from "./planning.read.ts";
import { daftarRenstraOpd } from "./renstra-daftar.service.ts";
import { aturIku } from "./renstra-ubah.service.ts";
import { HalamanIku } from "./views/iku.tsx";
import { JALUR } from "./views/jalur.ts";

/**
 * The IKU screen (issue 4 item 3): the year's key indicators with target, realisation, capaian and predikat
 * as hasilIku computes them, for everyone who may read the OPD; the perencana marks or unmarks indicators.
 */
export function ruteIku(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();

  r.get("/opd/:kode/iku", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    const k = konteksHalaman(c);
    const cak = cakupanOpd(a.cakupan, a.opd.id);
    const daftar = await daftarRenstraOpd(dep.db, cak, a.opd.id);
    const tahunIni = new Date().getFullYear();
    const tahun = tahunDiminta(c.req.query("tahun"), tahunIni - 1);
    const pilihanTahun = [...new Set(daftar.flatMap((x) => rentang(x.tahunAwal, x.tahunAkhir)))];
    let hasil: HasilIku | null = null;
    try {
      hasil = await hasilIku(dep.db, cak, a.opd.id, tahun);
    } catch (e) {
      if (!(e instanceof GalatTerukur && e.jenis === "tidak_ditemukan")) throw e;
    }
    const semuaIndikator = [];
    if (hasil) {
      const pohon = await bacaPohonRenstra(dep.db, cak, hasil.renstra.id);
      for (const t of pohon.tujuan) {
        for (const i of [...t.indikator, ...t.sasaran.flatMap((s) => s.indikator)]) {
          semuaIndikator.push({ id: i.id, kode: i.kode, nama: i.nama, iku: i.iku });
        }
      }
    }
    return c.html(
      halamanHtml(
        <HalamanIku
          k={k}
          d={{
            opd: a.opd,
            tahun,
            pilihanTahun,
            hasil,
            semuaIndikator,
            bolehUbah: boleh(a.pengguna, "ubah_perencanaan", a.opd.id),
            pesan: c.req.query("pesan") ?? null,
          }}
        />,
      ),
    );
  });

  r.post("/opd/:kode/iku/indikator/:id", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const cak = cakupanOpd(a.cakupan, a.opd.id);
    const isian = await isianFormulir(c);
    const iku = isian.iku === "ya";
    await aturIku(dep.db, cak, idJalur(c.req.param("id")), iku);
    const tahun = tahunDiminta(c.req.query("tahun"), new Date().getFullYear() - 1);
    const pesan = iku ? "Indikator ditandai sebagai IKU" : "Indikator dilepas dari IKU";
    return c.redirect(`${JALUR.iku(a.opd.kode, tahun)}&pesan=${encodeURIComponent(pesan)}`, 303);
  });

  return r;
}

function rentang(awal: number, akhir: number): number[] {
  const hasil: number[] = [];
  for (let th = awal; th <= akhir; th += 1) hasil.push(th);
  return hasil;
}

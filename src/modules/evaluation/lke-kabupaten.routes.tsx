import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import type { EnvAplikasi } from "../../platform/http/konteks.ts";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman } from "../../platform/ui/tata-aplikasi.tsx";
import { validasi } from "../../platform/validation.ts";
import { cakupanPengguna } from "../auth/pengguna.ts";
import { wajibBoleh } from "../auth/sesi.middleware.ts";
import { skemaKueriRingkasan } from "../dashboard/ringkasan.schemas.ts";
import { tanggalHariIni } from "../dashboard/tanggal.ts";
import { infoPemda } from "../tenancy/tenancy.service.ts";
import { angkaCsv, bacaUrutanLke, keCsv, urutkanBarisLke } from "./lke-kabupaten.domain.ts";
import { tabelLkeKabupaten, tahunAwalLkeKabupaten } from "./lke-kabupaten.service.ts";
import { HalamanLkeKabupaten, KUNCI_STATUS, kamusLkeKabupaten } from "./views/lke-kabupaten.tsx";

/**
 * The evaluator's kabupaten view (issue 6): GET /kabupaten/lke?tahun=&urut=[&format=csv] — every OPD's LKE
 * score, predikat, rank and follow-up completion for admin pemda and evaluator, as a page or a CSV.
 */
export function ruteLkeKabupaten(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();
  r.get("/kabupaten/lke", async (c) => {
    const p = wajibBoleh(c, "lihat_kabupaten");
    const cakupan = cakupanPengguna(p);
    const hariIni = tanggalHariIni();
    const tahunIni = Number(hariIni.slice(0, 4));
    const kueri = c.req.query("tahun");
    const tahunAwal = await tahunAwalLkeKabupaten(dep.db, cakupan, tahunIni);
    const tahun = kueri ? validasi(skemaKueriRingkasan, { tahun: kueri }).tahun : tahunAwal;
    const urutan = bacaUrutanLke(c.req.query("urut"));
    const baris = urutkanBarisLke(await tabelLkeKabupaten(dep.db, cakupan, tahun, hariIni), urutan);
    if (c.req.query("format") === "csv") {
      const t = kamusLkeKabupaten("id");
      const csv = keCsv(
        [
          t.peringkat,
          "Kode",
          t.opd,
          t.status,
          t.nilai,
          t.predikat,
          t.mandiri,
          "Rekomendasi",
          "Diterima",
          "% diterima",
          t.terlambat,
        ],
        baris.map((b) => [
          b.peringkat,
          b.opd.kode,
          b.opd.nama,
          t[KUNCI_STATUS[b.status]],
          angkaCsv(b.nilai),
          b.predikat ? `${b.predikat.huruf} (${b.predikat.sebutan})` : null,
          angkaCsv(b.nilaiMandiri),
          b.rekomendasi.jumlah,
          b.rekomendasi.diterima,
          angkaCsv(b.rekomendasi.persen),
          b.rekomendasi.terlambat,
        ]),
      );
      return c.body(csv, 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="nilai-lke-${tahun}.csv"`,
        "Cache-Control": "private, no-store",
      });
    }
    const pemda = await infoPemda(dep.db, cakupan);
    const pilihanTahun = [...new Set([tahun, tahunAwal, tahunIni - 1, tahunAwal - 1])].sort((a, b) => b - a);
    return c.html(
      halamanHtml(
        <HalamanLkeKabupaten
          k={konteksHalaman(c)}
          namaPemda={pemda.nama}
          tahun={tahun}
          pilihanTahun={pilihanTahun}
          baris={baris}
          urutan={urutan}
        />,
      ),
    );
  });
  return r;
}

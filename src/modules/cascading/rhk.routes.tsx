import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import { isianFormulir } from "../../platform/http/isian-formulir.ts";
import type { EnvAplikasi, Konteks } from "../../platform/http/konteks.ts";
import { cobaSimpan, GALAT_UMUM } from "../../platform/ui/formulir.tsx";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman } from "../../platform/ui/tata-aplikasi.tsx";
import type { AksesOpd } from "../auth/akses-opd.ts";
import { aksesOpd } from "../auth/akses-opd.ts";
import { tanggalHariIni } from "../dashboard/tanggal.ts";
import { daftarRhk, tambahRhk } from "./rhk.service.ts";
import { barisEksporRhk, eksporRhkCsv, eksporRhkXlsx } from "./rhk-ekspor.ts";
import { HalamanRhk, tautanRhk } from "./views/rhk.tsx";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The year asked for (?tahun=), or this year when absent or not a year. */
function tahunKueri(c: Konteks): number {
  const t = c.req.query("tahun") ?? "";
  return /^\d{4}$/.test(t) ? Number(t) : Number(tanggalHariIni().slice(0, 4));
}

async function halaman(
  c: Konteks,
  dep: DependensiAplikasi,
  a: AksesOpd,
  tahun: number,
  isian: Record<string, string>,
  galat?: Record<string, string>,
) {
  const data = await daftarRhk(dep.db, a.cakupan, a.opd.id, tahun);
  return (
    <HalamanRhk
      k={konteksHalaman(c)}
      opd={a.opd}
      data={data}
      pesan={c.req.query("pesan") ?? null}
      isian={isian}
      galat={galat}
    />
  );
}

/**
 * Each employee's RHK from the pohon kinerja (issue 9 item 5, PermenPANRB 6/2022): the list for everyone who
 * reads the OPD, its export for e-Kinerja (CSV and Excel, columns in docs/rhk-ekspor.md), and the perencana's
 * form to add an RHK for an employee under a node.
 */
export function ruteRhk(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();

  r.get("/opd/:kode/pohon-kinerja/rhk", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    return c.html(halamanHtml(await halaman(c, dep, a, tahunKueri(c), {})));
  });

  r.post("/opd/:kode/pohon-kinerja/rhk", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const isian = await isianFormulir(c);
    const hasil = await cobaSimpan(() => tambahRhk(dep.db, a.cakupan, a.opd.id, isian));
    const tahun = /^\d{4}$/.test(isian.tahun ?? "") ? Number(isian.tahun) : tahunKueri(c);
    if (!hasil.ok) {
      // the year travels in a hidden field: its refusal is shown on top of the form, not beside a field
      const { tahun: galatTahun, ...galat } = hasil.galat;
      const tampil = galatTahun ? { ...galat, [GALAT_UMUM]: galatTahun } : galat;
      return c.html(halamanHtml(await halaman(c, dep, a, tahun, isian, tampil)), hasil.status);
    }
    return c.redirect(
      `${tautanRhk(a.opd.kode)}?tahun=${tahun}&pesan=${encodeURIComponent("RHK tersimpan")}#pegawai-${isian.pegawaiId}`,
      303,
    );
  });

  r.get("/opd/:kode/pohon-kinerja/rhk.csv", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    const tahun = tahunKueri(c);
    const baris = barisEksporRhk(await daftarRhk(dep.db, a.cakupan, a.opd.id, tahun), tahun);
    return c.body(eksporRhkCsv(baris), 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="rhk-${a.opd.kode}-${tahun}.csv"`,
      "Cache-Control": "private, no-store",
    });
  });

  r.get("/opd/:kode/pohon-kinerja/rhk.xlsx", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    const tahun = tahunKueri(c);
    const baris = barisEksporRhk(await daftarRhk(dep.db, a.cakupan, a.opd.id, tahun), tahun);
    const isi = await eksporRhkXlsx(baris);
    return c.body(isi as Uint8Array<ArrayBuffer>, 200, {
      "Content-Type": XLSX,
      "Content-Disposition": `attachment; filename="rhk-${a.opd.kode}-${tahun}.xlsx"`,
      "Cache-Control": "private, no-store",
    });
  });

  return r;
}

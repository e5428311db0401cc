import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import { inputTidakValid } from "../../platform/errors.ts";
import { isianFormulir } from "../../platform/http/isian-formulir.ts";
import type { EnvAplikasi, Konteks } from "../../platform/http/konteks.ts";
import { cobaSimpan, GALAT_UMUM } from "../../platform/ui/formulir.tsx";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman } from "../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../platform/ui/tautan.ts";
import type { AksesOpd } from "../auth/akses-opd.ts";
import { aksesOpd } from "../auth/akses-opd.ts";
import { ringkasanDokumenTahun, tahunBawaanDokumen } from "./dokumen-opd.service.ts";
import { NAMA_JENIS_TERBITAN, terbitkanDokumen } from "./publikasi.service.ts";
import { HalamanDokumen } from "./views/halaman-dokumen.tsx";

/** A year typed in an address or form: 2000–2100, or the OPD's default year when left empty. */
async function tahunDiminta(dep: DependensiAplikasi, a: AksesOpd, teks: string | undefined): Promise<number> {
  if (teks === undefined || teks.trim() === "") return tahunBawaanDokumen(dep.db, a.cakupan, a.opd.id);
  const n = Number(teks);
  if (!Number.isInteger(n) || n < 2000 || n > 2100) {
    throw inputTidakValid("tahun harus antara 2000 dan 2100, mis. 2024", "tahun");
  }
  return n;
}

async function tampilkan(
  c: Konteks,
  dep: DependensiAplikasi,
  a: AksesOpd,
  tahun: number,
  galatTerbit: { id: number; pesan: string } | null,
  status: 200 | 400 | 403 | 409,
) {
  const k = konteksHalaman(c);
  const ringkasan = await ringkasanDokumenTahun(dep.db, a.cakupan, a.opd.id, tahun);
  return c.html(
    halamanHtml(
      <HalamanDokumen
        k={k}
        opd={a.opd}
        ringkasan={ringkasan}
        pesan={c.req.query("pesan") ?? null}
        galatAlur={c.req.query("galat") ?? null}
        galatTerbit={galatTerbit}
      />,
    ),
    status,
  );
}

/**
 * The documents screen (GET /opd/:kode/dokumen?tahun=) for every role that may read the OPD, and publication
 * of an approved document (POST /opd/:kode/dokumen/:id/terbitkan) for its pimpinan.
 */
export function ruteDokumenOpd(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();

  r.get("/opd/:kode/dokumen", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    const tahun = await tahunDiminta(dep, a, c.req.query("tahun"));
    return tampilkan(c, dep, a, tahun, null, 200);
  });

  r.post("/opd/:kode/dokumen/:id/terbitkan", async (c) => {
    const a = await aksesOpd(c, dep, "setujui");
    const isian = await isianFormulir(c);
    const tahun = await tahunDiminta(dep, a, isian.tahun);
    const id = Number(c.req.param("id"));
    if (!Number.isInteger(id) || id <= 0) throw inputTidakValid("Nomor dokumen tidak sah", "id");
    const hasil = await cobaSimpan(() => terbitkanDokumen(dep.db, a.pengguna, a.opd.id, id));
    if (!hasil.ok) {
      const pesan = hasil.galat[GALAT_UMUM] ?? Object.values(hasil.galat).join(" ");
      return tampilkan(c, dep, a, tahun, { id, pesan }, hasil.status);
    }
    const nama = `${NAMA_JENIS_TERBITAN[hasil.hasil.jenis].id} ${hasil.hasil.tahun}`;
    const pesan = `${nama} revisi ${hasil.hasil.revisi} diterbitkan di portal publik`;
    return c.redirect(
      `${TAUTAN.dokumen(a.opd.kode)}?tahun=${tahun}&pesan=${encodeURIComponent(pesan)}#dokumen-${id}`,
      303,
    );
  });

  return r;
}

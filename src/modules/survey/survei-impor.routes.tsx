import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import { berkasFormulir, isianFormulir } from "../../platform/http/isian-formulir.ts";
import type { EnvAplikasi, Konteks } from "../../platform/http/konteks.ts";
import { cobaSimpan, GALAT_UMUM, type GalatFormulir } from "../../platform/ui/formulir.tsx";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman } from "../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../platform/ui/tautan.ts";
import { type AksesOpd, aksesOpd } from "../auth/akses-opd.ts";
import { pilihanImporSurvei, pratinjauUnggahan, simpanUnggahan } from "./impor-web.service.ts";
import { bukaMuatan, tandatanganiMuatan } from "./impor-web-muatan.ts";
import { teksImporSurvei } from "./impor-web-teks.ts";
import { templatImporCsv } from "./impor-web-templat.ts";
import { HalamanImporSurvei, type NilaiImporSurvei } from "./views/impor-halaman.tsx";
import type { DataPratinjauSurvei } from "./views/impor-pratinjau.tsx";

function kunci(c: Konteks, a: AksesOpd) {
  return { csrf: c.get("csrf"), akunId: a.pengguna.akunId, opdId: a.opd.id };
}

/** A refusal naming a field the form does not show (a row date, a hidden unit) goes to the top of the form. */
function galatTerlihat(galat: GalatFormulir, unitTampil: boolean): GalatFormulir {
  const tampil = new Set(["periode", "berkas", GALAT_UMUM, ...(unitTampil ? ["kodeUnit"] : [])]);
  const hasil: GalatFormulir = {};
  for (const [bidang, pesan] of Object.entries(galat)) {
    const ke = tampil.has(bidang) ? bidang : GALAT_UMUM;
    hasil[ke] = hasil[ke] ? `${hasil[ke]} ${pesan}` : pesan;
  }
  return hasil;
}

async function halaman(
  c: Konteks,
  dep: DependensiAplikasi,
  a: AksesOpd,
  nilai: Partial<NilaiImporSurvei>,
  opsi: { galat?: GalatFormulir; pesan?: string | null; pratinjau?: DataPratinjauSurvei } = {},
) {
  const pilihan = await pilihanImporSurvei(dep.db, a.cakupan, a.opd.id);
  const terpilih: NilaiImporSurvei = {
    periode: nilai.periode ?? String(pilihan.periode[0]?.id ?? ""),
    kodeUnit: nilai.kodeUnit ?? "",
  };
  return halamanHtml(
    <HalamanImporSurvei
      k={konteksHalaman(c)}
      opd={a.opd}
      pilihan={pilihan}
      nilai={terpilih}
      galat={opsi.galat ? galatTerlihat(opsi.galat, pilihan.unit.length > 1) : undefined}
      pesan={opsi.pesan}
      pratinjau={opsi.pratinjau}
    />,
  );
}

/**
 * Import of paper SKM questionnaires in the browser (issue 5 item 5): upload → preview with row errors and the
 * provisional IKM → "Simpan" of the signed, previewed sheet. Every route: perencana of the OPD ("ubah_perencanaan").
 */
export function ruteSurveiImpor(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();

  r.get("/opd/:kode/survei/impor", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const nilai = { periode: c.req.query("periode"), kodeUnit: c.req.query("kodeUnit") };
    return c.html(await halaman(c, dep, a, nilai, { pesan: c.req.query("pesan") ?? null }));
  });

  r.get("/opd/:kode/survei/impor/templat.csv", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const teks = await templatImporCsv(dep.db, a.cakupan, a.opd.id, c.req.query("periode"));
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="kuesioner-skm-${a.opd.kode}.csv"`);
    c.header("Cache-Control", "private, no-store");
    return c.body(teks);
  });

  r.post("/opd/:kode/survei/impor", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const isian = await isianFormulir(c);
    const berkas = await berkasFormulir(c, "berkas");
    const nilai = { periode: isian.periode ?? "", kodeUnit: isian.kodeUnit ?? "" };
    const hasil = await cobaSimpan(async () =>
      pratinjauUnggahan(dep.db, a.cakupan, a.opd.id, {
        periode: isian.periode,
        kodeUnit: isian.kodeUnit,
        berkas: berkas ? { nama: berkas.name, isi: new Uint8Array(await berkas.arrayBuffer()) } : null,
      }),
    );
    if (!hasil.ok) return c.html(await halaman(c, dep, a, nilai, { galat: hasil.galat }), hasil.status);
    const { muatan, tanda } = tandatanganiMuatan(hasil.hasil.muatan, kunci(c, a));
    const pratinjau: DataPratinjauSurvei = { pratinjau: hasil.hasil.pratinjau, muatan, tanda };
    return c.html(await halaman(c, dep, a, nilai, { pratinjau }));
  });

  r.post("/opd/:kode/survei/impor/simpan", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const isian = await isianFormulir(c);
    const m = bukaMuatan(isian.muatan ?? "", isian.tanda ?? "", kunci(c, a));
    if (m === null) {
      const galat = { [GALAT_UMUM]: teksImporSurvei(c.get("bahasa")).tidakSah };
      return c.html(await halaman(c, dep, a, {}, { galat }), 400);
    }
    const nilai = { periode: String(m.periodeId), kodeUnit: m.kodeUnit ?? "" };
    const hasil = await cobaSimpan(() => simpanUnggahan(dep.db, a.cakupan, a.opd.id, m));
    if (!hasil.ok) return c.html(await halaman(c, dep, a, nilai, { galat: hasil.galat }), hasil.status);
    const pesan = `${hasil.hasil.tersimpan} kuesioner kertas tersimpan pada periode ${hasil.hasil.periode}`;
    return c.redirect(`${TAUTAN.survei(a.opd.kode)}?${new URLSearchParams({ pesan }).toString()}`, 303);
  });

  return r;
}

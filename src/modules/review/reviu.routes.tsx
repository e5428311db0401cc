import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import { isianFormulir } from "../../platform/http/isian-formulir.ts";
import type { EnvAplikasi, Konteks } from "../../platform/http/konteks.ts";
import { cobaSimpan, type GalatFormulir } from "../../platform/ui/formulir.tsx";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman } from "../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../platform/ui/tautan.ts";
import { type AksesOpd, aksesOpd } from "../auth/akses-opd.ts";
import { tanggalHariIni } from "../dashboard/tanggal.ts";
import { FORMAT_DOKUMEN, type FormatDokumen, MIME_DOKUMEN } from "../reporting/dokumen.schemas.ts";
import { renderDokumen } from "../reporting/dokumen.service.ts";
import {
  type JenisDokumenReviu,
  kertasDari,
  namaBerkasDokumenReviu,
  susunDokumenReviu,
} from "../reporting/reviu/dokumen-reviu.service.ts";
import { imporHistoris, pratinjauImporHistoris } from "./impor-historis.service.ts";
import { bacaBerkasReviu, bacaReviu, daftarReviu, unggahReviu } from "./reviu.service.ts";
import { HalamanReviu } from "./views/reviu.tsx";
import { HalamanHasilReviu } from "./views/reviu-hasil.tsx";
import { HalamanImporReviu } from "./views/reviu-impor.tsx";

function idReviu(c: Konteks): number {
  const id = c.req.param("id") ?? "";
  if (!/^\d{1,9}$/.test(id)) throw new GalatTerukur("tidak_ditemukan", "Hasil reviu tidak ditemukan");
  return Number(id);
}

/**
 * The file chosen in the form, or null when none was: a browser sends a nameless empty part then. A named
 * empty file is passed on, so the person hears that the file is empty rather than that none was chosen.
 */
async function berkasDipilih(c: Konteks): Promise<File | null> {
  const v = (await c.req.parseBody()).berkas;
  return v instanceof File && (v.size > 0 || v.name !== "") ? v : null;
}

/** A typed year as a number, anything else as typed so the schema refuses it with its message; empty is null. */
function tahunIsian(v: string | undefined): number | string | null {
  const s = (v ?? "").trim();
  if (s === "") return null;
  return /^\d{1,9}$/.test(s) ? Number(s) : s;
}

async function halamanDaftar(
  c: Konteks,
  dep: DependensiAplikasi,
  a: AksesOpd,
  isian: Record<string, string>,
  galat?: GalatFormulir,
) {
  const daftar = await daftarReviu(dep.db, a.cakupan, a.opd.id);
  return halamanHtml(
    <HalamanReviu
      k={konteksHalaman(c)}
      opd={a.opd}
      daftar={daftar}
      pesan={c.req.query("pesan") ?? null}
      isian={isian}
      galat={galat}
    />,
  );
}

async function halamanImpor(
  c: Konteks,
  dep: DependensiAplikasi,
  a: AksesOpd,
  id: number,
  galat?: GalatFormulir,
) {
  const { reviu, rencana } = await pratinjauImporHistoris(dep.db, dep.penyimpanan, a.cakupan, a.opd.id, id);
  return halamanHtml(
    <HalamanImporReviu k={konteksHalaman(c)} opd={a.opd} r={reviu} rencana={rencana} galat={galat} />,
  );
}

/** The header value naming a download, with the name quoted and stripped of anything that could break it. */
function disposisi(jenis: "attachment" | "inline", nama: string): string {
  const aman = nama.replace(/[^\w.\- ]/g, "_");
  return `${jenis}; filename="${aman}"; filename*=UTF-8''${encodeURIComponent(nama)}`;
}

/**
 * The review screens (issue 7): upload a hand-written report and read its findings (perencana, pimpinan,
 * evaluator: "reviu_laporan"), import its history (perencana: "ubah_perencanaan"), and draw the working paper
 * and the Pernyataan Telah Direviu (evaluator: "tulis_evaluasi"). Bodies are capped at UKURAN_MAKS_REVIU in
 * app.ts before anything reads them.
 */
export function ruteReviu(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();

  r.get("/opd/:kode/reviu", async (c) => {
    const a = await aksesOpd(c, dep, "reviu_laporan");
    return c.html(await halamanDaftar(c, dep, a, {}));
  });

  r.post("/opd/:kode/reviu/unggah", async (c) => {
    const a = await aksesOpd(c, dep, "reviu_laporan");
    const isian = await isianFormulir(c);
    const berkas = await berkasDipilih(c);
    const hasil = await cobaSimpan(async () =>
      unggahReviu(dep.db, dep.penyimpanan, a.cakupan, a.opd.id, {
        berkas: berkas ? { nama: berkas.name, isi: new Uint8Array(await berkas.arrayBuffer()) } : null,
        tahun: tahunIsian(isian.tahun),
      }),
    );
    if (!hasil.ok) return c.html(await halamanDaftar(c, dep, a, isian, hasil.galat), hasil.status);
    const pesan = encodeURIComponent("Laporan selesai direviu");
    return c.redirect(`${TAUTAN.reviu(a.opd.kode)}/${hasil.hasil}?pesan=${pesan}`, 303);
  });

  r.get("/opd/:kode/reviu/:id", async (c) => {
    const a = await aksesOpd(c, dep, "reviu_laporan");
    const reviu = await bacaReviu(dep.db, a.cakupan, a.opd.id, idReviu(c));
    return c.html(
      halamanHtml(
        <HalamanHasilReviu
          k={konteksHalaman(c)}
          opd={a.opd}
          r={reviu}
          pesan={c.req.query("pesan") ?? null}
        />,
      ),
    );
  });

  r.get("/opd/:kode/reviu/:id/berkas", async (c) => {
    const a = await aksesOpd(c, dep, "reviu_laporan");
    const b = await bacaBerkasReviu(dep.db, dep.penyimpanan, a.cakupan, a.opd.id, idReviu(c));
    return c.body(new Uint8Array(b.isi), 200, {
      "Content-Type": b.mime,
      "Content-Disposition": disposisi("attachment", b.nama),
      "Cache-Control": "private, no-store",
    });
  });

  r.get("/opd/:kode/reviu/:id/impor", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    return c.html(await halamanImpor(c, dep, a, idReviu(c)));
  });

  r.post("/opd/:kode/reviu/:id/impor", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const id = idReviu(c);
    const hasil = await cobaSimpan(() => imporHistoris(dep.db, dep.penyimpanan, a.cakupan, a.opd.id, id));
    if (!hasil.ok) return c.html(await halamanImpor(c, dep, a, id, hasil.galat), hasil.status);
    const pesan = encodeURIComponent(`${hasil.hasil.jumlah} angka historis diimpor`);
    return c.redirect(`${TAUTAN.reviu(a.opd.kode)}/${id}?pesan=${pesan}`, 303);
  });

  r.get("/opd/:kode/reviu/:id/:dokumen", async (c) => {
    const a = await aksesOpd(c, dep, "tulis_evaluasi");
    const cocok = /^(kertas-kerja|pernyataan)\.([a-z0-9]+)$/.exec(c.req.param("dokumen") ?? "");
    if (!cocok) throw new GalatTerukur("tidak_ditemukan", "Dokumen reviu tidak ditemukan");
    const jenis = cocok[1] as JenisDokumenReviu;
    const format = cocok[2] as FormatDokumen;
    if (!FORMAT_DOKUMEN.includes(format)) {
      throw inputTidakValid("Format dokumen harus pdf, docx atau html", "format");
    }
    const id = idReviu(c);
    const { dokumen, tahun } = await susunDokumenReviu(dep.db, a.cakupan, a.opd.id, id, jenis, {
      pereviu: { nama: a.pengguna.nama, nip: null },
      tanggal: tanggalHariIni(),
      tempat: c.req.query("tempat") ?? null,
      kertas: kertasDari(c.req.query("kertas")),
    });
    const isi = await renderDokumen(dokumen, format);
    const nama = namaBerkasDokumenReviu(jenis, a.opd.kode, tahun, id, format);
    return c.body(new Uint8Array(isi), 200, {
      "Content-Type": MIME_DOKUMEN[format],
      "Content-Disposition": disposisi(format === "html" ? "inline" : "attachment", nama),
      "Cache-Control": "no-store",
    });
  });

  return r;
}

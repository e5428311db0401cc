import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import { berkasFormulir, isianFormulir } from "../../platform/http/isian-formulir.ts";
import type { EnvAplikasi, Konteks } from "../../platform/http/konteks.ts";
import { cobaSimpan, GALAT_UMUM, type GalatFormulir } from "../../platform/ui/formulir.tsx";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman } from "../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../platform/ui/tautan.ts";
import { validasi } from "../../platform/validation.ts";
import { type AksesOpd, aksesOpd } from "../auth/akses-opd.ts";
import { adalahJenisImpor, adalahKodePeriode, type JenisImpor } from "./impor.domain.ts";
import { type Muatan, type Permintaan, skemaMuatan, skemaPermintaan } from "./impor.schemas.ts";
import { pratinjauImpor, simpanImpor } from "./impor.service.ts";
import { tandaiMuatan, tandaSah } from "./tanda.ts";
import type { PilihanUnduh } from "./tautan-impor.ts";
import { bukuKerja } from "./templat.service.ts";
import { type DataPratinjau, HalamanImpor } from "./views/impor.tsx";

const JENIS_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

type Nilai = { jenis: string; tahun: string; periode: string; dpaJenis: string };

function tahunIni(): number {
  return new Date().getFullYear();
}

/** The selection for the download links: what was asked for where it is sensible, defaults otherwise. */
function pilihanDari(n: Nilai): { pilihan: PilihanUnduh; jenis: JenisImpor } {
  const tahun = /^\d{4}$/.test(n.tahun) ? Number(n.tahun) : tahunIni();
  return {
    jenis: adalahJenisImpor(n.jenis) ? n.jenis : "realisasi",
    pilihan: {
      tahun,
      periode: adalahKodePeriode(n.periode) ? n.periode : "tahun",
      dpaJenis: n.dpaJenis === "perubahan" ? "perubahan" : "murni",
    },
  };
}

function nilaiDari(isian: Record<string, string | undefined>): Nilai {
  return {
    jenis: isian.jenis ?? "realisasi",
    tahun: isian.tahun ?? String(tahunIni()),
    periode: isian.periode ?? "tahun",
    dpaJenis: isian.dpaJenis ?? isian.dpa ?? "murni",
  };
}

function halaman(
  c: Konteks,
  a: AksesOpd,
  nilai: Nilai,
  opsi: { galat?: GalatFormulir; pesan?: string | null; pratinjau?: DataPratinjau } = {},
) {
  const { pilihan, jenis } = pilihanDari(nilai);
  return halamanHtml(
    <HalamanImpor
      k={konteksHalaman(c)}
      opd={a.opd}
      nilai={nilai}
      pilihan={pilihan}
      jenisUnduh={jenis}
      galat={opsi.galat}
      pesan={opsi.pesan}
      pratinjau={opsi.pratinjau}
    />,
  );
}

function kunci(c: Konteks, a: AksesOpd) {
  return { csrf: c.get("csrf"), akunId: a.pengguna.akunId, opdId: a.opd.id };
}

/** Reads a download request: the kind from the file name in the path, the rest from the query. */
function permintaanUnduh(c: Konteks): Permintaan {
  const cocok = /^([a-z-]+)\.xlsx$/.exec(c.req.param("berkas") ?? "");
  const jenis = cocok?.[1] ?? "";
  if (!adalahJenisImpor(jenis)) throw new GalatTerukur("tidak_ditemukan", "Jenis berkas tidak dikenal");
  return validasi(skemaPermintaan, {
    jenis,
    tahun: c.req.query("tahun") ?? String(tahunIni()),
    periode: c.req.query("periode") ?? "tahun",
    dpaJenis: c.req.query("dpa") ?? "murni",
  });
}

async function unduh(c: Konteks, dep: DependensiAplikasi, a: AksesOpd, ekspor: boolean) {
  const buku = await bukuKerja(dep.db, a.cakupan, a.opd, permintaanUnduh(c), ekspor);
  c.header("Content-Type", JENIS_XLSX);
  c.header("Content-Disposition", `attachment; filename="${buku.namaBerkas}"`);
  c.header("Cache-Control", "private, no-store");
  return c.body(buku.isi as Uint8Array<ArrayBuffer>);
}

/**
 * Excel templates, import with preview and export (issue 4 item 5). Templates and imports: perencana of the
 * OPD ("ubah_perencanaan"); exports: everyone who may read the OPD ("lihat_opd").
 */
export function ruteImporExcel(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();

  r.get("/opd/:kode/impor", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    return c.html(halaman(c, a, nilaiDari(c.req.query()), { pesan: c.req.query("pesan") ?? null }));
  });

  r.post("/opd/:kode/impor", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const isian = await isianFormulir(c);
    const berkas = await berkasFormulir(c, "berkas");
    const nilai = nilaiDari(isian);
    const hasil = await cobaSimpan(async () => {
      const p = validasi(skemaPermintaan, isian);
      if (!berkas) throw inputTidakValid("Pilih berkas .xlsx atau .csv untuk diunggah.", "berkas");
      const isi = new Uint8Array(await berkas.arrayBuffer());
      return pratinjauImpor(dep.db, a.cakupan, a.opd.id, p, { nama: berkas.name, isi });
    });
    if (!hasil.ok) return c.html(halaman(c, a, nilai, { galat: hasil.galat }), hasil.status);
    const muatan = JSON.stringify(hasil.hasil.muatan);
    const pratinjau: DataPratinjau = {
      pratinjau: hasil.hasil.pratinjau,
      muatan,
      tanda: tandaiMuatan(muatan, kunci(c, a)),
    };
    return c.html(halaman(c, a, nilai, { pratinjau }));
  });

  r.post("/opd/:kode/impor/simpan", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const isian = await isianFormulir(c);
    const teks = isian.muatan ?? "";
    const tolak = {
      [GALAT_UMUM]:
        "Data pratinjau tidak sah atau telah diubah. Unggah ulang berkasnya; belum ada yang disimpan.",
    };
    if (!tandaSah(teks, isian.tanda ?? "", kunci(c, a))) {
      return c.html(halaman(c, a, nilaiDari({}), { galat: tolak }), 400);
    }
    let muatan: Muatan;
    try {
      muatan = skemaMuatan.parse(JSON.parse(teks));
    } catch {
      return c.html(halaman(c, a, nilaiDari({}), { galat: tolak }), 400);
    }
    const p = muatan.permintaan;
    const nilai: Nilai = { jenis: p.jenis, tahun: String(p.tahun), periode: p.periode, dpaJenis: p.dpaJenis };
    const hasil = await cobaSimpan(() => simpanImpor(dep.db, a.cakupan, a.opd.id, muatan));
    if (!hasil.ok) return c.html(halaman(c, a, nilai, { galat: hasil.galat }), hasil.status);
    const q = new URLSearchParams({ ...nilai, pesan: `${hasil.hasil} baris tersimpan` });
    return c.redirect(`${TAUTAN.impor(a.opd.kode)}?${q.toString()}`, 303);
  });

  r.get("/opd/:kode/impor/templat/:berkas", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    return unduh(c, dep, a, false);
  });

  r.get("/opd/:kode/ekspor/:berkas", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    return unduh(c, dep, a, true);
  });

  return r;
}

import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import { berkasFormulir, isianFormulir } from "../../platform/http/isian-formulir.ts";
import type { EnvAplikasi, Konteks } from "../../platform/http/konteks.ts";
import { parseAngka } from "../../platform/number-format.ts";
import { cobaSimpan, GALAT_UMUM, type GalatFormulir } from "../../platform/ui/formulir.tsx";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman } from "../../platform/ui/tata-aplikasi.tsx";
import { type AksesOpd, aksesOpd } from "../auth/akses-opd.ts";
import { bolehUnitIndikator } from "../auth/auth.policy.ts";
import { tentukanIndikator } from "../planning/renstra.service.ts";
import { headerUnduhan, tolakUkuran, UKURAN_BUKTI_MAKS } from "./bukti.domain.ts";
import {
  bacaIsiBukti,
  hapusBukti,
  tentukanBukti,
  tentukanRealisasiBukti,
  unggahBukti,
} from "./bukti.service.ts";
import { catatRealisasi } from "./realisasi.service.ts";
import {
  bacaGridRealisasi,
  bacaKodePeriode,
  bacaTahunGrid,
  cariBaris,
  KODE_PERIODE_GRID,
  type KodePeriodeGrid,
  kodeDariPeriode,
  periodeDariKode,
} from "./realisasi-grid.service.ts";
import { ALAMAT_REALISASI, BarisRealisasi, type IsianBaris } from "./views/realisasi-baris.tsx";
import { type GalatBaris, HalamanRealisasi } from "./views/realisasi-grid.tsx";

/** Room for the multipart envelope and the small text fields around the file itself. */
const CADANGAN_MULTIPART = 64 * 1024;

/** The largest upload request accepted: the file limit plus the form around it. */
export const BATAS_BADAN_UNGGAH = UKURAN_BUKTI_MAKS + CADANGAN_MULTIPART;

const PESAN_UNIT_LAIN =
  "Indikator ini menjadi tanggung jawab unit kerja lain; Anda hanya dapat mengisi realisasi unit Anda sendiri.";

/** Whether an upload request announces a body larger than the limit, so it is refused before it is read. */
function badanTerlaluBesar(c: Konteks): number | null {
  const panjang = Number(c.req.header("content-length") ?? "");
  return Number.isFinite(panjang) && panjang > BATAS_BADAN_UNGGAH ? panjang : null;
}

function idDariParam(c: Konteks, nama: string): number {
  const teks = c.req.param(nama) ?? "";
  if (!/^\d{1,9}$/.test(teks)) throw new GalatTerukur("tidak_ditemukan", "Data tidak ditemukan");
  return Number(teks);
}

function teksAtauNull(v: string | undefined): string | null {
  const t = (v ?? "").trim();
  return t === "" ? null : t;
}

/** The period shown on screen, from the form's `tampil` field, else the period of the row acted on. */
function kodeTampil(teks: string | undefined, cadangan: KodePeriodeGrid): KodePeriodeGrid {
  return KODE_PERIODE_GRID.find((k) => k === teks) ?? cadangan;
}

function denganPesan(alamat: string, pesan: string): string {
  return `${alamat}&pesan=${encodeURIComponent(pesan)}`;
}

/** Renders the grid again with a refusal beside one row (or at the top when the row is not on screen). */
async function tampilkanDenganGalat(
  c: Konteks,
  dep: DependensiAplikasi,
  a: AksesOpd,
  lihat: { tahun: number; kodePeriode: KodePeriodeGrid },
  galat: GalatBaris,
  status: 400 | 403 | 409 | 413,
) {
  const grid = await bacaGridRealisasi(
    dep.db,
    a.cakupan,
    a.opd.id,
    lihat.tahun,
    periodeDariKode(lihat.kodePeriode),
  );
  const adaBaris = cariBaris(grid, galat.indikatorId) !== undefined;
  return c.html(
    halamanHtml(
      <HalamanRealisasi
        k={konteksHalaman(c)}
        opd={a.opd}
        grid={grid}
        kodePeriode={lihat.kodePeriode}
        galatAtas={adaBaris ? null : Object.values(galat.galat).join(" ")}
        galatBaris={adaBaris ? galat : undefined}
      />,
    ),
    status,
  );
}

/**
 * The quarterly realisation grid per unit with evidence (issue 4 item 3): read by every role of the OPD (and
 * the pemda-wide roles), written by the perencana and, for their unit's indicators, the kepala seksi.
 */
export function ruteRealisasi(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();

  r.get("/opd/:kode/realisasi", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    const k = konteksHalaman(c);
    const sekarang = new Date();
    const tahun = bacaTahunGrid(c.req.query("tahun"), sekarang);
    const kodePeriode = bacaKodePeriode(c.req.query("periode"), sekarang);
    const grid = await bacaGridRealisasi(dep.db, a.cakupan, a.opd.id, tahun, periodeDariKode(kodePeriode));
    return c.html(
      halamanHtml(
        <HalamanRealisasi
          k={k}
          opd={a.opd}
          grid={grid}
          kodePeriode={kodePeriode}
          pesan={c.req.query("pesan")}
          galatAtas={c.req.query("galat")}
        />,
      ),
    );
  });

  r.post("/opd/:kode/realisasi/:indikatorId", async (c) => {
    const a = await aksesOpd(c, dep, "isi_realisasi");
    const k = konteksHalaman(c);
    const indikatorId = idDariParam(c, "indikatorId");
    const indikator = await tentukanIndikator(dep.db, a.cakupan, indikatorId);
    if (indikator.opd_id !== a.opd.id) throw new GalatTerukur("tidak_ditemukan", "Indikator tidak ditemukan");
    if (!bolehUnitIndikator(a.pengguna, indikator.penanggung_jawab_unit_id)) {
      throw new GalatTerukur("di_luar_cakupan", PESAN_UNIT_LAIN);
    }
    const isi = await isianFormulir(c);
    const sekarang = new Date();
    const tahun = bacaTahunGrid(isi.tahun, sekarang);
    const kodePeriode = KODE_PERIODE_GRID.find((x) => x === isi.periode);
    const tampil = kodeTampil(isi.tampil, kodePeriode ?? bacaKodePeriode(undefined, sekarang));
    const isian: IsianBaris = {
      nilai: isi.nilai ?? "",
      sumber: isi.sumber ?? "",
      catatan: isi.catatan ?? "",
    };
    const hasil = await cobaSimpan(async () => {
      if (!kodePeriode) throw inputTidakValid("Periode harus Triwulan I–IV atau Tahun", "periode");
      const teksNilai = isian.nilai.trim();
      const nilai = teksNilai === "" ? null : parseAngka(teksNilai);
      if (nilai && !nilai.ok) throw inputTidakValid(nilai.pesan, "nilai");
      return catatRealisasi(dep.db, a.cakupan, {
        indikatorId,
        tahun: Number(isi.tahun),
        periode: periodeDariKode(kodePeriode),
        nilai: nilai?.ok ? nilai.nilai : null,
        sumber: teksAtauNull(isian.sumber),
        catatan: teksAtauNull(isian.catatan),
      });
    });
    const htmx = c.req.header("hx-request") === "true";
    if (htmx) {
      // htmx 2 does not swap 4xx answers by default, so a refused row comes back as 200 with its message
      const grid = await bacaGridRealisasi(dep.db, a.cakupan, a.opd.id, tahun, periodeDariKode(tampil));
      const baris = cariBaris(grid, indikatorId);
      if (baris) {
        return c.html(
          <BarisRealisasi
            k={k}
            opd={a.opd}
            b={baris}
            tahun={tahun}
            kodePeriode={tampil}
            galat={hasil.ok ? undefined : hasil.galat}
            isian={hasil.ok ? undefined : isian}
          />,
        );
      }
    }
    if (!hasil.ok) {
      return tampilkanDenganGalat(
        c,
        dep,
        a,
        { tahun, kodePeriode: tampil },
        { indikatorId, galat: hasil.galat, isian },
        hasil.status,
      );
    }
    return c.redirect(
      denganPesan(ALAMAT_REALISASI.grid(a.opd.kode, tahun, tampil), "Realisasi tersimpan"),
      303,
    );
  });

  r.post("/opd/:kode/realisasi/:realisasiId/bukti", async (c) => {
    const a = await aksesOpd(c, dep, "isi_realisasi");
    const realisasiId = idDariParam(c, "realisasiId");
    const sekarang = new Date();
    const cari = await cobaSimpan(() => tentukanRealisasiBukti(dep.db, a.cakupan, a.opd.id, realisasiId));
    if (!cari.ok) {
      const lihat = { tahun: sekarang.getFullYear(), kodePeriode: bacaKodePeriode(undefined, sekarang) };
      return tampilkanDenganGalat(c, dep, a, lihat, { indikatorId: 0, galat: cari.galat }, cari.status);
    }
    const real = cari.hasil;
    if (!bolehUnitIndikator(a.pengguna, real.penanggungJawabUnitId)) {
      throw new GalatTerukur("di_luar_cakupan", PESAN_UNIT_LAIN);
    }
    const kodeBaris = kodeDariPeriode(real.periode) ?? bacaKodePeriode(undefined, sekarang);
    const terlaluBesar = badanTerlaluBesar(c);
    if (terlaluBesar !== null) {
      const galat: GalatFormulir = { berkas: tolakUkuran(terlaluBesar).pesan };
      const lihat = { tahun: real.tahun, kodePeriode: kodeBaris };
      return tampilkanDenganGalat(c, dep, a, lihat, { indikatorId: real.indikatorId, galat }, 413);
    }
    const isi = await isianFormulir(c);
    const lihat = { tahun: real.tahun, kodePeriode: kodeTampil(isi.tampil, kodeBaris) };
    const berkas = await berkasFormulir(c, "berkas");
    const hasil = await cobaSimpan(async () => {
      if (!berkas) throw inputTidakValid("Pilih berkas bukti yang akan diunggah", "berkas");
      if (berkas.size > UKURAN_BUKTI_MAKS) throw inputTidakValid(tolakUkuran(berkas.size).pesan, "berkas");
      return unggahBukti(dep.db, dep.penyimpanan, a.cakupan, a.opd.id, real.id, {
        nama: berkas.name,
        isi: new Uint8Array(await berkas.arrayBuffer()),
      });
    });
    if (!hasil.ok) {
      const galat = hasil.galat[GALAT_UMUM] ? { berkas: hasil.galat[GALAT_UMUM] } : hasil.galat;
      return tampilkanDenganGalat(c, dep, a, lihat, { indikatorId: real.indikatorId, galat }, hasil.status);
    }
    return c.redirect(
      denganPesan(ALAMAT_REALISASI.grid(a.opd.kode, lihat.tahun, lihat.kodePeriode), "Bukti terunggah"),
      303,
    );
  });

  r.get("/opd/:kode/bukti/:id", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    const b = await bacaIsiBukti(dep.db, dep.penyimpanan, a.cakupan, a.opd.id, idDariParam(c, "id"));
    return c.body(new Uint8Array(b.isi), 200, {
      "Content-Type": b.mime,
      "Content-Disposition": headerUnduhan(b.nama),
      "Content-Length": String(b.isi.length),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    });
  });

  r.post("/opd/:kode/bukti/:id/hapus", async (c) => {
    const a = await aksesOpd(c, dep, "isi_realisasi");
    const b = await tentukanBukti(dep.db, a.cakupan, a.opd.id, idDariParam(c, "id"));
    if (!bolehUnitIndikator(a.pengguna, b.penanggungJawabUnitId)) {
      throw new GalatTerukur("di_luar_cakupan", PESAN_UNIT_LAIN);
    }
    const isi = await isianFormulir(c);
    const sekarang = new Date();
    const lihat = {
      tahun: bacaTahunGrid(isi.tahun, sekarang),
      kodePeriode: bacaKodePeriode(isi.tampil, sekarang),
    };
    const hasil = await cobaSimpan(() => hapusBukti(dep.db, dep.penyimpanan, a.cakupan, a.opd.id, b.id));
    if (!hasil.ok) {
      const galat = hasil.galat[GALAT_UMUM] ? { berkas: hasil.galat[GALAT_UMUM] } : hasil.galat;
      return tampilkanDenganGalat(c, dep, a, lihat, { indikatorId: b.indikatorId, galat }, hasil.status);
    }
    return c.redirect(
      denganPesan(ALAMAT_REALISASI.grid(a.opd.kode, lihat.tahun, lihat.kodePeriode), "Bukti dihapus"),
      303,
    );
  });

  return r;
}

import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import { berkasFormulir, isianFormulir } from "../../platform/http/isian-formulir.ts";
import type { EnvAplikasi, Konteks } from "../../platform/http/konteks.ts";
import { cobaSimpan, GALAT_UMUM, type GalatFormulir } from "../../platform/ui/formulir.tsx";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman } from "../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../platform/ui/tautan.ts";
import { type AksesOpd, aksesOpd } from "../auth/akses-opd.ts";
import { tanggalHariIni } from "../dashboard/tanggal.ts";
import { headerUnduhan, tolakUkuran, UKURAN_BUKTI_MAKS } from "../performance/bukti.domain.ts";
import {
  bacaIsiBuktiTindakLanjut,
  daftarBuktiTindakLanjut,
  hapusBuktiTindakLanjut,
  unggahBuktiTindakLanjut,
} from "./bukti-tindak-lanjut.service.ts";
import { daftarKomponenRekomendasi, daftarRekomendasi, tambahRekomendasi } from "./rekomendasi.service.ts";
import { bacaRekomendasi, catatTindakLanjut, verifikasiTindakLanjut } from "./tindak-lanjut.service.ts";
import { HalamanRekomendasi, HalamanTindakLanjut } from "./views/rekomendasi.tsx";

/** A form's whole number as a number, anything else as typed so the schema refuses it with its message. */
function angkaAtauTeks(v: string | undefined): number | string | undefined {
  const s = (v ?? "").trim();
  if (s === "") return undefined;
  return /^\d{1,9}$/.test(s) ? Number(s) : s;
}

/** An optional text field: empty becomes null (nothing typed), so an empty date is "no deadline". */
function teksAtauNull(v: string | undefined): string | null {
  const s = (v ?? "").trim();
  return s === "" ? null : s;
}

function idRekomendasi(c: Konteks): number {
  const id = c.req.param("id") ?? "";
  if (!/^\d{1,9}$/.test(id)) throw new GalatTerukur("tidak_ditemukan", "Rekomendasi tidak ditemukan");
  return Number(id);
}

function idBukti(c: Konteks): number {
  const id = c.req.param("buktiId") ?? "";
  if (!/^\d{1,9}$/.test(id)) throw new GalatTerukur("tidak_ditemukan", "Berkas bukti tidak ditemukan");
  return Number(id);
}

/** An upload larger than the evidence limit plus the form around it is refused before its body is read. */
const BATAS_BADAN_BUKTI = UKURAN_BUKTI_MAKS + 64 * 1024;

function badanTerlaluBesar(c: Konteks): number | null {
  const panjang = Number(c.req.header("content-length") ?? "");
  return Number.isFinite(panjang) && panjang > BATAS_BADAN_BUKTI ? panjang : null;
}

/** A refusal that names no field is shown beside the file input. */
function galatBerkas(galat: GalatFormulir): GalatFormulir {
  return galat[GALAT_UMUM] ? { berkas: galat[GALAT_UMUM] } : galat;
}

function tahunKueri(c: Konteks): number | null {
  const t = c.req.query("tahun") ?? "";
  return /^\d{4}$/.test(t) ? Number(t) : null;
}

async function halamanDaftar(
  c: Konteks,
  dep: DependensiAplikasi,
  a: AksesOpd,
  isianDiketik: Record<string, string> | null,
  galat?: Record<string, string>,
) {
  const [semua, komponen] = await Promise.all([
    daftarRekomendasi(dep.db, a.cakupan, a.opd.id),
    daftarKomponenRekomendasi(),
  ]);
  const tahunDipilih = tahunKueri(c);
  const daftar = tahunDipilih === null ? semua : semua.filter((r) => r.tahun_evaluasi === tahunDipilih);
  const semuaTahun = [...new Set(semua.map((r) => r.tahun_evaluasi))].sort((x, y) => y - x);
  const hariIni = tanggalHariIni();
  const tahunBaru = semuaTahun[0] ?? Number(hariIni.slice(0, 4)) - 1;
  const nomorBaru =
    Math.max(0, ...semua.filter((r) => r.tahun_evaluasi === tahunBaru).map((r) => r.nomor)) + 1;
  const bukti = await daftarBuktiTindakLanjut(
    dep.db,
    a.cakupan,
    a.opd.id,
    daftar.map((r) => r.id),
  );
  return (
    <HalamanRekomendasi
      k={konteksHalaman(c)}
      opd={a.opd}
      daftar={daftar}
      semuaTahun={semuaTahun}
      tahunDipilih={tahunDipilih}
      hariIni={hariIni}
      komponen={komponen}
      jumlahBukti={new Map([...bukti].map(([id, b]) => [id, b.length]))}
      pesan={c.req.query("pesan") ?? null}
      isian={isianDiketik ?? { tahunEvaluasi: String(tahunBaru), nomor: String(nomorBaru) }}
      galat={galat}
    />
  );
}

async function halamanSatu(
  c: Konteks,
  dep: DependensiAplikasi,
  a: AksesOpd,
  id: number,
  formulir: "tindak-lanjut" | "verifikasi" | "bukti" | null,
  isian: Record<string, string>,
  galat?: Record<string, string>,
) {
  const r = await bacaRekomendasi(dep.db, a.cakupan, a.opd.id, id);
  const [bukti, komponen] = await Promise.all([
    daftarBuktiTindakLanjut(dep.db, a.cakupan, a.opd.id, [r.id]),
    daftarKomponenRekomendasi(),
  ]);
  return (
    <HalamanTindakLanjut
      k={konteksHalaman(c)}
      opd={a.opd}
      r={r}
      bukti={bukti.get(r.id) ?? []}
      komponen={komponen}
      hariIni={tanggalHariIni()}
      pesan={c.req.query("pesan") ?? null}
      formulir={formulir}
      isian={isian}
      galat={galat}
    />
  );
}

/**
 * The recommendations of an OPD and their follow-up: everyone who reads the OPD sees them; the evaluator
 * adds recommendations and verifies a finished follow-up; the perencana or pimpinan records the follow-up.
 */
export function ruteRekomendasi(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();

  r.get("/opd/:kode/rekomendasi", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    return c.html(halamanHtml(await halamanDaftar(c, dep, a, null)));
  });

  r.post("/opd/:kode/rekomendasi", async (c) => {
    const a = await aksesOpd(c, dep, "tulis_evaluasi");
    const isian = await isianFormulir(c);
    const hasil = await cobaSimpan(() =>
      tambahRekomendasi(dep.db, a.cakupan, a.opd.id, {
        tahunEvaluasi: angkaAtauTeks(isian.tahunEvaluasi) as number,
        nomor: angkaAtauTeks(isian.nomor) as number,
        uraian: isian.uraian ?? "",
        rencanaAksi: null,
        penanggungJawab: teksAtauNull(isian.penanggungJawab),
        tenggat: teksAtauNull(isian.tenggat),
        status: "belum",
        progres: null,
        komponenKode: teksAtauNull(isian.komponenKode),
      }),
    );
    if (!hasil.ok)
      return c.html(halamanHtml(await halamanDaftar(c, dep, a, isian, hasil.galat)), hasil.status);
    return c.redirect(
      `${TAUTAN.rekomendasi(a.opd.kode)}?pesan=${encodeURIComponent("Rekomendasi tersimpan")}#rek-${hasil.hasil}`,
      303,
    );
  });

  r.get("/opd/:kode/rekomendasi/:id", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    return c.html(halamanHtml(await halamanSatu(c, dep, a, idRekomendasi(c), null, {})));
  });

  r.post("/opd/:kode/rekomendasi/:id/tindak-lanjut", async (c) => {
    const a = await aksesOpd(c, dep, "tindak_lanjut");
    const id = idRekomendasi(c);
    const isian = await isianFormulir(c);
    const hasil = await cobaSimpan(() =>
      catatTindakLanjut(dep.db, a.cakupan, a.opd.id, id, {
        rencanaAksi: teksAtauNull(isian.rencanaAksi),
        penanggungJawab: teksAtauNull(isian.penanggungJawab),
        tenggat: teksAtauNull(isian.tenggat),
        status: (isian.status ?? "") as "belum",
        progres: teksAtauNull(isian.progres),
      }),
    );
    if (!hasil.ok) {
      return c.html(
        halamanHtml(await halamanSatu(c, dep, a, id, "tindak-lanjut", isian, hasil.galat)),
        hasil.status,
      );
    }
    return c.redirect(
      `${TAUTAN.rekomendasi(a.opd.kode)}/${id}?pesan=${encodeURIComponent("Tindak lanjut tersimpan")}`,
      303,
    );
  });

  r.post("/opd/:kode/rekomendasi/:id/verifikasi", async (c) => {
    const a = await aksesOpd(c, dep, "tulis_evaluasi");
    const id = idRekomendasi(c);
    const isian = await isianFormulir(c);
    const hasil = await cobaSimpan(() =>
      verifikasiTindakLanjut(dep.db, a.cakupan, a.opd.id, id, {
        keputusan: (isian.keputusan ?? "") as "terima",
        catatan: teksAtauNull(isian.catatan),
      }),
    );
    if (!hasil.ok) {
      return c.html(
        halamanHtml(await halamanSatu(c, dep, a, id, "verifikasi", isian, hasil.galat)),
        hasil.status,
      );
    }
    const pesan = isian.keputusan === "terima" ? "Tindak lanjut diterima" : "Tindak lanjut dikembalikan";
    return c.redirect(`${TAUTAN.rekomendasi(a.opd.kode)}/${id}?pesan=${encodeURIComponent(pesan)}`, 303);
  });

  r.post("/opd/:kode/rekomendasi/:id/bukti", async (c) => {
    const a = await aksesOpd(c, dep, "tindak_lanjut");
    const id = idRekomendasi(c);
    const besar = badanTerlaluBesar(c);
    if (besar !== null) {
      const galat = { berkas: tolakUkuran(besar).pesan };
      return c.html(halamanHtml(await halamanSatu(c, dep, a, id, "bukti", {}, galat)), 413);
    }
    const berkas = await berkasFormulir(c, "berkas");
    const hasil = await cobaSimpan(async () => {
      if (!berkas) throw inputTidakValid("Pilih berkas bukti yang akan diunggah", "berkas");
      if (berkas.size > UKURAN_BUKTI_MAKS) {
        throw inputTidakValid(tolakUkuran(berkas.size).pesan, "berkas");
      }
      return unggahBuktiTindakLanjut(dep.db, dep.penyimpanan, a.cakupan, a.opd.id, id, {
        nama: berkas.name,
        isi: new Uint8Array(await berkas.arrayBuffer()),
      });
    });
    if (!hasil.ok) {
      return c.html(
        halamanHtml(await halamanSatu(c, dep, a, id, "bukti", {}, galatBerkas(hasil.galat))),
        hasil.status,
      );
    }
    return c.redirect(
      `${TAUTAN.rekomendasi(a.opd.kode)}/${id}?pesan=${encodeURIComponent("Bukti terunggah")}#bukti`,
      303,
    );
  });

  r.get("/opd/:kode/rekomendasi/:id/bukti/:buktiId", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    const b = await bacaIsiBuktiTindakLanjut(
      dep.db,
      dep.penyimpanan,
      a.cakupan,
      a.opd.id,
      idRekomendasi(c),
      idBukti(c),
    );
    return c.body(new Uint8Array(b.isi), 200, {
      "Content-Type": b.mime,
      "Content-Disposition": headerUnduhan(b.nama),
      "Content-Length": String(b.isi.length),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    });
  });

  r.post("/opd/:kode/rekomendasi/:id/bukti/:buktiId/hapus", async (c) => {
    const a = await aksesOpd(c, dep, "tindak_lanjut");
    const id = idRekomendasi(c);
    const buktiId = idBukti(c);
    const hasil = await cobaSimpan(() =>
      hapusBuktiTindakLanjut(dep.db, dep.penyimpanan, a.cakupan, a.opd.id, id, buktiId),
    );
    if (!hasil.ok) {
      return c.html(
        halamanHtml(await halamanSatu(c, dep, a, id, "bukti", {}, galatBerkas(hasil.galat))),
        hasil.status,
      );
    }
    return c.redirect(
      `${TAUTAN.rekomendasi(a.opd.kode)}/${id}?pesan=${encodeURIComponent("Bukti dihapus")}#bukti`,
      303,
    );
  });

  return r;
}

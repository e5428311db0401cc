import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import { berkasFormulir, isianFormulir } from "../../platform/http/isian-formulir.ts";
import type { EnvAplikasi, Konteks } from "../../platform/http/konteks.ts";
import { formatAngka } from "../../platform/number-format.ts";
import { cobaSimpan, GALAT_UMUM, type GalatFormulir } from "../../platform/ui/formulir.tsx";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman } from "../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../platform/ui/tautan.ts";
import { type AksesOpd, aksesOpd } from "../auth/akses-opd.ts";
import { boleh } from "../auth/auth.policy.ts";
import type { Pengguna } from "../auth/pengguna.ts";
import { headerUnduhan, tolakUkuran, UKURAN_BUKTI_MAKS } from "../performance/bukti.domain.ts";
import { bacaIsiBuktiLke, unggahBuktiLke } from "./lke-bukti.service.ts";
import { bacaPaketLke } from "./lke-paket.ts";
import {
  ajukanPenilaianMandiri,
  bacaPenilaianLke,
  finalkanPenilaianLke,
  mulaiPenilaianLke,
  type PenilaianLke,
  riwayatPenilaianLke,
  type SisiLke,
  simpanJawabanLke,
} from "./lke-penilaian.service.ts";
import { andaiPenilaian, kemajuanSisi } from "./lke-ringkasan.domain.ts";
import { HalamanDaftarLke } from "./views/lke.tsx";
import { BIDANG_CATATAN, BIDANG_JAWABAN, HalamanKomponenLke } from "./views/lke-komponen.tsx";
import { type AksiLke, HalamanTahunLke } from "./views/lke-tahun.tsx";

/** The largest upload request read: the evidence limit plus the form around it. */
const BATAS_BADAN_UNGGAH = UKURAN_BUKTI_MAKS + 64 * 1024;

function tahunParam(c: Konteks): number {
  const t = c.req.param("tahun") ?? "";
  if (!/^\d{4}$/.test(t)) throw new GalatTerukur("tidak_ditemukan", "Tahun penilaian tidak ditemukan");
  return Number(t);
}

function idParam(c: Konteks): number {
  const t = c.req.param("id") ?? "";
  if (!/^\d{1,9}$/.test(t)) throw new GalatTerukur("tidak_ditemukan", "Berkas bukti tidak ditemukan");
  return Number(t);
}

function denganPesan(alamat: string, pesan: string): string {
  return `${alamat}?pesan=${encodeURIComponent(pesan)}`;
}

function bolehMenilai(p: Pengguna, opdId: number): boolean {
  return boleh(p, "isi_lke_mandiri", opdId) || boleh(p, "tulis_evaluasi", opdId);
}

/** The OPD of a write route, refused first (before the form is read) to anyone who may fill neither side. */
async function aksesMenilai(c: Konteks, dep: DependensiAplikasi): Promise<AksesOpd> {
  const a = await aksesOpd(c, dep, "lihat_opd");
  if (!bolehMenilai(a.pengguna, a.opd.id))
    throw new GalatTerukur("di_luar_cakupan", "Peran Anda tidak diizinkan melakukan tindakan ini.");
  return a;
}

/** The side the person edits now: the OPD its self-assessment while open, the evaluator while scoring. */
function sisiUbah(p: Pengguna, opdId: number, penilaian: PenilaianLke): SisiLke | null {
  if (penilaian.status === "mandiri" && boleh(p, "isi_lke_mandiri", opdId)) return "mandiri";
  if (penilaian.status === "evaluasi" && boleh(p, "tulis_evaluasi", opdId)) return "evaluator";
  return null;
}

/** Every message of a refusal under the form's top key, unless it names a criterion field. */
function galatUmum(galat: GalatFormulir, bidangSah: (b: string) => boolean): GalatFormulir {
  const hasil: GalatFormulir = {};
  for (const [b, pesan] of Object.entries(galat)) {
    if (bidangSah(b)) hasil[b] = pesan;
    else hasil[GALAT_UMUM] = hasil[GALAT_UMUM] ? `${hasil[GALAT_UMUM]} ${pesan}` : pesan;
  }
  return hasil;
}

async function halamanDaftar(
  c: Konteks,
  dep: DependensiAplikasi,
  a: AksesOpd,
  isian: Record<string, string> | null,
  galat?: GalatFormulir,
) {
  const riwayat = await riwayatPenilaianLke(dep.db, a.cakupan, a.opd.id);
  const paket = await bacaPaketLke();
  const terakhir = riwayat.filter((r) => r.sumber === "lke").at(-1)?.tahun;
  const tahunBaru = isian?.tahun ?? String(terakhir ? terakhir + 1 : new Date().getFullYear() - 1);
  return (
    <HalamanDaftarLke
      k={konteksHalaman(c)}
      opd={a.opd}
      riwayat={riwayat}
      komponen={paket.komponen.map((k) => ({ kode: k.kode, nama: k.nama, bobot: formatAngka(k.bobot) }))}
      bolehMulai={bolehMenilai(a.pengguna, a.opd.id)}
      tahunBaru={tahunBaru}
      pesan={c.req.query("pesan") ?? null}
      galat={galat}
    />
  );
}

async function halamanTahun(
  c: Konteks,
  dep: DependensiAplikasi,
  a: AksesOpd,
  tahun: number,
  galat?: GalatFormulir,
) {
  const p = await bacaPenilaianLke(dep.db, a.cakupan, a.opd.id, tahun, { buktiOtomatis: false });
  const peta = (sisi: SisiLke) => {
    const m = new Map<string, string>();
    if (!p) return m;
    for (const j of p.jawaban.values()) {
      const v = sisi === "mandiri" ? j.mandiri : j.evaluator;
      if (v !== null) m.set(j.kode, v);
    }
    return m;
  };
  const pg = a.pengguna;
  const aksi: AksiLke = {
    mulai: !p && bolehMenilai(pg, a.opd.id),
    ajukan: p?.status === "mandiri" && boleh(pg, "isi_lke_mandiri", a.opd.id),
    bukaEvaluator: p?.status === "mandiri" && boleh(pg, "tulis_evaluasi", a.opd.id),
    finalkan: p?.status === "evaluasi" && boleh(pg, "tulis_evaluasi", a.opd.id),
  };
  return (
    <HalamanTahunLke
      k={konteksHalaman(c)}
      opd={a.opd}
      tahun={tahun}
      penilaian={p}
      kemajuan={
        p
          ? {
              mandiri: kemajuanSisi(p.paket, peta("mandiri")),
              evaluator: kemajuanSisi(p.paket, peta("evaluator")),
            }
          : null
      }
      andai={p ? andaiPenilaian(p.paket, peta("evaluator"), peta("mandiri")) : null}
      aksi={aksi}
      pesan={c.req.query("pesan") ?? null}
      galat={galat}
    />
  );
}

async function halamanKomponen(
  c: Konteks,
  dep: DependensiAplikasi,
  a: AksesOpd,
  tahun: number,
  kodeKomponen: string,
  isian: Record<string, string> | null,
  galat?: GalatFormulir,
) {
  const p = await bacaPenilaianLke(dep.db, a.cakupan, a.opd.id, tahun);
  if (!p) throw new GalatTerukur("tidak_ditemukan", `Penilaian LKE tahun ${tahun} belum dimulai`);
  const km = p.paket.komponen.find((k) => k.kode === kodeKomponen);
  if (!km)
    throw new GalatTerukur("tidak_ditemukan", `Komponen ${kodeKomponen} tidak ada di paket ${p.paket.id}`);
  return (
    <HalamanKomponenLke
      k={konteksHalaman(c)}
      opd={a.opd}
      penilaian={p}
      komponen={km}
      sisiUbah={sisiUbah(a.pengguna, a.opd.id, p)}
      bolehUnggah={p.status !== "final" && bolehMenilai(a.pengguna, a.opd.id)}
      isian={isian}
      pesan={c.req.query("pesan") ?? null}
      galat={galat}
    />
  );
}

/** The LKE assessment screens of one OPD (issue 6): self-assessment, evaluator scoring, what-if, LHE. */
export function ruteLke(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();

  r.get("/opd/:kode/lke", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    return c.html(halamanHtml(await halamanDaftar(c, dep, a, null)));
  });

  // the start form of the list page names the year in a field
  r.post("/opd/:kode/lke/mulai", async (c) => {
    const a = await aksesMenilai(c, dep);
    const isian = await isianFormulir(c);
    const teks = (isian.tahun ?? "").trim();
    const hasil = await cobaSimpan(async () => {
      if (!/^\d{4}$/.test(teks)) throw inputTidakValid("Tahun harus empat angka, misalnya 2025", "tahun");
      return mulaiPenilaianLke(dep.db, a.cakupan, a.pengguna.peran, a.opd.id, Number(teks));
    });
    if (!hasil.ok)
      return c.html(halamanHtml(await halamanDaftar(c, dep, a, isian, hasil.galat)), hasil.status);
    return c.redirect(denganPesan(TAUTAN.lkeTahun(a.opd.kode, Number(teks)), "Penilaian LKE dimulai"), 303);
  });

  r.get("/opd/:kode/lke/:tahun", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    return c.html(halamanHtml(await halamanTahun(c, dep, a, tahunParam(c))));
  });

  for (const [langkah, pesanOk] of [
    ["mulai", "Penilaian LKE dimulai"],
    ["ajukan", "Penilaian mandiri diajukan ke evaluator"],
    ["finalkan", "Nilai LKE difinalkan"],
  ] as const) {
    r.post(`/opd/:kode/lke/:tahun/${langkah}`, async (c) => {
      const a = await aksesMenilai(c, dep);
      const tahun = tahunParam(c);
      const peran = a.pengguna.peran;
      const hasil = await cobaSimpan(async () => {
        if (langkah === "mulai") await mulaiPenilaianLke(dep.db, a.cakupan, peran, a.opd.id, tahun);
        else if (langkah === "ajukan")
          await ajukanPenilaianMandiri(dep.db, a.cakupan, peran, a.opd.id, tahun);
        else {
          const f = await finalkanPenilaianLke(dep.db, a.cakupan, peran, a.opd.id, tahun);
          return `${pesanOk}: ${formatAngka(f.hasil.nilaiAkhir, 2)} (${f.hasil.predikat.huruf} ${f.hasil.predikat.sebutan})`;
        }
        return pesanOk;
      });
      if (!hasil.ok) {
        const galat = galatUmum(hasil.galat, () => false);
        return c.html(halamanHtml(await halamanTahun(c, dep, a, tahun, galat)), hasil.status);
      }
      return c.redirect(denganPesan(TAUTAN.lkeTahun(a.opd.kode, tahun), hasil.hasil), 303);
    });
  }

  r.get("/opd/:kode/lke/:tahun/komponen/:komponen", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    return c.html(
      halamanHtml(await halamanKomponen(c, dep, a, tahunParam(c), c.req.param("komponen"), null)),
    );
  });

  r.post("/opd/:kode/lke/:tahun/komponen/:komponen", async (c) => {
    const a = await aksesMenilai(c, dep);
    const tahun = tahunParam(c);
    const komponen = c.req.param("komponen");
    const isian = await isianFormulir(c);
    const p = await bacaPenilaianLke(dep.db, a.cakupan, a.opd.id, tahun, { buktiOtomatis: false });
    if (!p) throw new GalatTerukur("tidak_ditemukan", `Penilaian LKE tahun ${tahun} belum dimulai`);
    const sisi: SisiLke = boleh(a.pengguna, "tulis_evaluasi", a.opd.id) ? "evaluator" : "mandiri";
    const daftar = Object.keys(isian)
      .filter((k) => k.startsWith("j:"))
      .map((k) => {
        const kode = k.slice(2);
        return {
          kode,
          jawaban: (isian[BIDANG_JAWABAN(kode)] ?? "").trim() || null,
          catatan: (isian[BIDANG_CATATAN(kode)] ?? "").trim() || null,
        };
      });
    const hasil = await cobaSimpan(() =>
      simpanJawabanLke(dep.db, a.cakupan, a.pengguna.peran, a.opd.id, tahun, sisi, daftar),
    );
    if (!hasil.ok) {
      const galat = galatUmum(hasil.galat, (b) => p.paket.kriteriaPerKode.has(b) && `j:${b}` in isian);
      return c.html(
        halamanHtml(await halamanKomponen(c, dep, a, tahun, komponen, isian, galat)),
        hasil.status,
      );
    }
    return c.redirect(
      denganPesan(
        `${TAUTAN.lkeTahun(a.opd.kode, tahun)}/komponen/${encodeURIComponent(komponen)}`,
        "Penilaian tersimpan",
      ),
      303,
    );
  });

  r.post("/opd/:kode/lke/:tahun/bukti", async (c) => {
    const a = await aksesMenilai(c, dep);
    const tahun = tahunParam(c);
    const panjang = Number(c.req.header("content-length") ?? "");
    const terlaluBesar = Number.isFinite(panjang) && panjang > BATAS_BADAN_UNGGAH;
    const isian = terlaluBesar ? {} : await isianFormulir(c);
    const komponen = (isian.komponen ?? "").trim() || (isian.kriteria ?? "1").split(".")[0] || "1";
    const berkas = terlaluBesar ? null : await berkasFormulir(c, "berkas");
    const hasil = await cobaSimpan(async () => {
      if (terlaluBesar) throw inputTidakValid(tolakUkuran(panjang).pesan, "berkas");
      if (!berkas) throw inputTidakValid("Pilih berkas bukti yang akan diunggah", "berkas");
      if (berkas.size > UKURAN_BUKTI_MAKS) throw inputTidakValid(tolakUkuran(berkas.size).pesan, "berkas");
      return unggahBuktiLke(
        dep.db,
        dep.penyimpanan,
        a.cakupan,
        a.pengguna.peran,
        a.opd.id,
        tahun,
        (isian.kriteria ?? "").trim(),
        { nama: berkas.name, isi: new Uint8Array(await berkas.arrayBuffer()) },
      );
    });
    if (!hasil.ok) {
      const galat: GalatFormulir = hasil.galat.kriteria
        ? { kriteria: hasil.galat.kriteria }
        : { berkas: Object.values(hasil.galat).join(" ") };
      return c.html(
        halamanHtml(await halamanKomponen(c, dep, a, tahun, komponen, isian, galat)),
        terlaluBesar ? 413 : hasil.status,
      );
    }
    return c.redirect(
      denganPesan(
        `${TAUTAN.lkeTahun(a.opd.kode, tahun)}/komponen/${encodeURIComponent(komponen)}`,
        "Bukti terunggah",
      ),
      303,
    );
  });

  r.get("/opd/:kode/lke/:tahun/bukti/:id", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    const b = await bacaIsiBuktiLke(dep.db, dep.penyimpanan, a.cakupan, a.opd.id, tahunParam(c), idParam(c));
    return c.body(new Uint8Array(b.isi), 200, {
      "Content-Type": b.mime,
      "Content-Disposition": headerUnduhan(b.nama),
      "Content-Length": String(b.isi.length),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    });
  });

  return r;
}

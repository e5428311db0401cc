import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import { isianFormulir } from "../../platform/http/isian-formulir.ts";
import type { EnvAplikasi, Konteks } from "../../platform/http/konteks.ts";
import { cobaSimpan, type GalatFormulir } from "../../platform/ui/formulir.tsx";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman } from "../../platform/ui/tata-aplikasi.tsx";
import { type AksesOpd, aksesOpd } from "../auth/akses-opd.ts";
import { type BahanPohon, bahanPohon } from "./bahan-pohon.service.ts";
import { aturPemilik, pilihHasil, tambahIndikatorDenganTarget } from "./langkah-pohon.service.ts";
import type { PohonKinerjaOpd, SimpulPohon } from "./pohon.model.ts";
import {
  bacaPohonOpd,
  bacaPohonPemda,
  hapusFaktorKeberhasilan,
  tambahFaktorKeberhasilan,
  tambahSimpul,
  tautkanAnggaran,
} from "./pohon.service.ts";
import { atauNull, denganPesan, idKueri, tahunPohon } from "./rute-pohon-bantu.ts";
import { ratakan } from "./views/garis-pohon.tsx";
import { JENIS_HASIL_LEVEL } from "./views/label-pohon.ts";
import { daftarHasil, HalamanLangkah, type NomorLangkah } from "./views/langkah.tsx";
import { tautanPohon } from "./views/tautan-pohon.ts";

/** The step in the path, 1 to 5, or "not found". */
function nomorLangkah(c: Konteks): NomorLangkah {
  const n = c.req.param("n") ?? "";
  if (!/^[1-5]$/.test(n)) throw new GalatTerukur("tidak_ditemukan", "Langkah hanya 1 sampai 5");
  return Number(n) as NomorLangkah;
}

type Keadaan = {
  tahun: number;
  pohon: PohonKinerjaOpd | null;
  hasil: SimpulPohon | null;
  bahan: BahanPohon;
};

/** Reads where the flow stands, from the database alone: the tree, the outcome chosen (?simpul=) and choices. */
async function baca(c: Konteks, dep: DependensiAplikasi, a: AksesOpd): Promise<Keadaan> {
  const tahun = await tahunPohon(c, dep, a);
  const [pohon, bahan] = await Promise.all([
    bacaPohonOpd(dep.db, a.cakupan, a.opd.id, tahun),
    bahanPohon(dep.db, a.cakupan, a.opd.id, tahun),
  ]);
  const semua = daftarHasil(pohon);
  const diminta = idKueri(c, "simpul");
  const hasil = semua.find((s) => s.id === diminta) ?? semua[0] ?? null;
  return { tahun, pohon, hasil, bahan };
}

async function halaman(
  c: Konteks,
  dep: DependensiAplikasi,
  a: AksesOpd,
  n: NomorLangkah,
  formulir: string | null,
  isian: Record<string, string>,
  galat?: GalatFormulir,
) {
  const k = await baca(c, dep, a);
  const pemda = n === 1 ? await bacaPohonPemda(dep.db, a.cakupan, k.tahun) : [];
  return (
    <HalamanLangkah
      k={konteksHalaman(c)}
      opd={a.opd}
      tahun={k.tahun}
      langkah={n}
      pohon={k.pohon}
      pemda={pemda}
      hasil={k.hasil}
      bahan={k.bahan}
      pesan={c.req.query("pesan") ?? null}
      formulir={formulir}
      isian={isian}
      galat={galat}
    />
  );
}

function wajibHasil(k: Keadaan): SimpulPohon {
  if (!k.hasil) throw inputTidakValid("Tentukan outcome lebih dulu di langkah 1");
  return k.hasil;
}

/** A node chosen in a step's form, which must belong to the outcome being cascaded. */
function simpulDariHasil(hasil: SimpulPohon, v: string | undefined): SimpulPohon {
  const id = (v ?? "").trim();
  const s = ratakan([hasil]).find((x) => String(x.s.id) === id)?.s;
  if (!s) throw inputTidakValid("Pilih simpul dari outcome yang sedang dijabarkan", "simpulId");
  return s;
}

/**
 * The guided flow of PermenPANRB 89/2021 (issue 9 item 2): five steps, each showing what exists, what the step
 * means, its form and Back/Next. Where the flow stands is read from the tree itself, so it can be left and
 * resumed. Reading needs lihat_opd; writing ubah_perencanaan, checked before the form is read.
 */
export function ruteLangkahPohon(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();

  r.get("/opd/:kode/pohon-kinerja/langkah/:n", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    const n = nomorLangkah(c);
    return c.html(halamanHtml(await halaman(c, dep, a, n, null, {})));
  });

  /** One write of a step; a refusal shows the step again with the message at the field. */
  const tulis = (
    jalur: string,
    n: NomorLangkah,
    formulir: string,
    jalankan: (p: { a: AksesOpd; k: Keadaan; isian: Record<string, string> }) => Promise<{
      pesan: string;
      simpul: number | null;
    }>,
  ) =>
    r.post(`/opd/:kode/pohon-kinerja/langkah/${jalur}`, async (c) => {
      const a = await aksesOpd(c, dep, "ubah_perencanaan");
      const k = await baca(c, dep, a);
      const isian = await isianFormulir(c);
      const hasil = await cobaSimpan(() => jalankan({ a, k, isian }));
      if (!hasil.ok) {
        return c.html(halamanHtml(await halaman(c, dep, a, n, formulir, isian, hasil.galat)), hasil.status);
      }
      const tautan = tautanPohon(a.opd.kode, k.tahun);
      const ke = n === 1 ? 2 : n;
      return c.redirect(denganPesan(tautan.langkah(ke, hasil.hasil.simpul), hasil.hasil.pesan), 303);
    });

  tulis("1", 1, "hasil", async ({ a, k, isian }) => {
    const sasaran = k.bahan.sasaran.find((s) => String(s.id) === (isian.sasaranId ?? "").trim());
    const id = await pilihHasil(dep.db, a.cakupan, a.opd.id, {
      tahun: k.tahun,
      sasaranId: atauNull(isian.sasaranId),
      indukId: atauNull(isian.indukId),
      kondisi: isian.kondisi ?? "",
      unitKerjaId: atauNull(isian.unitKerjaId),
      sasaranUraian: sasaran?.uraian ?? null,
    });
    return { pesan: "Outcome tersimpan; lanjutkan dengan faktor kunci keberhasilannya", simpul: id };
  });

  tulis("2", 2, "csf", async ({ a, k, isian }) => {
    const hasil = wajibHasil(k);
    await tambahFaktorKeberhasilan(dep.db, a.cakupan, hasil.id, { uraian: isian.uraian ?? "" });
    return { pesan: "Faktor kunci keberhasilan tersimpan", simpul: hasil.id };
  });

  tulis("2/hapus", 2, "hapus-csf", async ({ a, k, isian }) => {
    const hasil = wajibHasil(k);
    const id = (isian.faktorId ?? "").trim();
    const f = k.pohon?.faktorKeberhasilan.find((x) => String(x.id) === id && x.pohonId === hasil.id);
    if (!f) throw inputTidakValid("Faktor kunci keberhasilan tidak ditemukan pada outcome ini", "faktorId");
    await hapusFaktorKeberhasilan(dep.db, a.cakupan, f.id);
    return { pesan: "Faktor kunci keberhasilan dihapus", simpul: hasil.id };
  });

  tulis("3", 3, "simpul", async ({ a, k, isian }) => {
    const hasil = wajibHasil(k);
    const induk = simpulDariHasil(hasil, isian.indukId);
    const level = isian.level === "operasional" ? "operasional" : isian.level === "taktis" ? "taktis" : null;
    if (level === null) throw inputTidakValid("Level harus taktis atau operasional", "level");
    await tambahSimpul(dep.db, a.cakupan, {
      opdId: a.opd.id,
      tahun: k.tahun,
      indukId: induk.id,
      level,
      jenisHasil: JENIS_HASIL_LEVEL[level],
      kondisi: isian.kondisi ?? "",
      unitKerjaId: atauNull(isian.unitKerjaId),
      faktorKeberhasilanId: atauNull(isian.faktorKeberhasilanId),
    });
    return { pesan: "Simpul tersimpan", simpul: hasil.id };
  });

  tulis("4", 4, "indikator", async ({ a, k, isian }) => {
    const hasil = wajibHasil(k);
    const s = simpulDariHasil(hasil, isian.simpulId);
    await tambahIndikatorDenganTarget(dep.db, a.cakupan, s.id, {
      tahun: k.tahun,
      indikatorId: atauNull(isian.indikatorId),
      nama: isian.nama ?? "",
      satuan: isian.satuan ?? "",
      target: isian.target ?? "",
    });
    return { pesan: "Indikator dan target tersimpan", simpul: hasil.id };
  });

  tulis("5/anggaran", 5, "anggaran", async ({ a, k, isian }) => {
    const hasil = wajibHasil(k);
    const s = simpulDariHasil(hasil, isian.simpulId);
    const kode = (isian.kode ?? "").trim();
    if (kode === "")
      throw inputTidakValid("Pilih kode program, kegiatan, atau sub kegiatan dari DPA", "kode");
    await tautkanAnggaran(dep.db, a.cakupan, s.id, { opdKode: a.opd.kode, kode });
    return { pesan: `Kode ${kode} ditautkan`, simpul: hasil.id };
  });

  tulis("5/pemilik", 5, "pemilik", async ({ a, k, isian }) => {
    const hasil = wajibHasil(k);
    const s = simpulDariHasil(hasil, isian.simpulId);
    await aturPemilik(dep.db, a.cakupan, s, {
      unitKerjaId: atauNull(isian.unitKerjaId),
      pegawaiId: atauNull(isian.pegawaiId),
    });
    return { pesan: "Pemilik simpul tersimpan", simpul: hasil.id };
  });

  return r;
}

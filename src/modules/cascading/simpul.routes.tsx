import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import type { LevelPohon } from "../../platform/db/schema.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import { isianFormulir } from "../../platform/http/isian-formulir.ts";
import type { EnvAplikasi, Konteks } from "../../platform/http/konteks.ts";
import { cobaSimpan, type GalatFormulir } from "../../platform/ui/formulir.tsx";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman } from "../../platform/ui/tata-aplikasi.tsx";
import { type AksesOpd, aksesOpd } from "../auth/akses-opd.ts";
import { boleh } from "../auth/auth.policy.ts";
import { bahanPohon } from "./bahan-pohon.service.ts";
import { cariSimpul, tambahIndikatorDenganTarget } from "./langkah-pohon.service.ts";
import {
  aturDukungan,
  aturTargetSimpul,
  bacaPohonOpd,
  bacaPohonPemda,
  hapusDukungan,
  hapusIndikatorSimpul,
  hapusSimpul,
  lepasAnggaran,
  pindahSimpul,
  tambahSimpul,
  tautkanAnggaran,
  ubahSimpul,
} from "./pohon.service.ts";
import { atauNull, denganPesan, idJalur, tahunPohon } from "./rute-pohon-bantu.ts";
import { type FormSimpul, HalamanSimpul } from "./views/simpul.tsx";
import { tautanPohon } from "./views/tautan-pohon.ts";

type JenisHasil = "outcome" | "intermediate_outcome" | "output";

const PESAN_TIDAK_ADA = "Simpul pohon kinerja tidak ditemukan";

async function halaman(
  c: Konteks,
  dep: DependensiAplikasi,
  a: AksesOpd,
  tahun: number,
  id: number,
  formulir: FormSimpul | null,
  isian: Record<string, string>,
  galat?: GalatFormulir,
) {
  const simpul = await cariSimpul(dep.db, a.cakupan, a.opd.id, tahun, id);
  const [pohon, pemda, bahan] = await Promise.all([
    bacaPohonOpd(dep.db, a.cakupan, a.opd.id, tahun),
    bacaPohonPemda(dep.db, a.cakupan, tahun),
    bahanPohon(dep.db, a.cakupan, a.opd.id, tahun),
  ]);
  if (!pohon) throw new GalatTerukur("tidak_ditemukan", PESAN_TIDAK_ADA);
  return (
    <HalamanSimpul
      k={konteksHalaman(c)}
      opd={a.opd}
      tahun={tahun}
      pohon={pohon}
      pemda={pemda}
      simpul={simpul}
      bahan={bahan}
      bolehUbah={boleh(a.pengguna, "ubah_perencanaan", a.opd.id)}
      pesan={c.req.query("pesan") ?? null}
      formulir={formulir}
      isian={isian}
      galat={galat}
    />
  );
}

/** An optional id chosen in a select: empty is none; anything but digits is refused at its field. */
function idPilihan(v: string | undefined, bidang: string, nama: string): number | null {
  const s = (v ?? "").trim();
  if (s === "") return null;
  if (!/^\d{1,9}$/.test(s)) throw inputTidakValid(`${nama} tidak sah`, bidang);
  return Number(s);
}

/**
 * The node editor (issue 9 item 2): one page per node with the forms that change it. Everyone who reads the
 * OPD sees the node; only its perencana writes, and the right is checked before the form is read.
 */
export function ruteSimpulPohon(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();

  r.get("/opd/:kode/pohon-kinerja/simpul/:id", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    const id = idJalur(c, "id", PESAN_TIDAK_ADA);
    const tahun = await tahunPohon(c, dep, a);
    return c.html(halamanHtml(await halaman(c, dep, a, tahun, id, null, {})));
  });

  /** One write of the editor: access, the node, the form, the write; a refusal shows the page again. */
  const tulis = (
    aksi: string,
    formulir: FormSimpul,
    jalankan: (p: {
      a: AksesOpd;
      tahun: number;
      id: number;
      isian: Record<string, string>;
    }) => Promise<{ pesan: string; ke?: string }>,
  ) =>
    r.post(`/opd/:kode/pohon-kinerja/simpul/:id/${aksi}`, async (c) => {
      const a = await aksesOpd(c, dep, "ubah_perencanaan");
      const id = idJalur(c, "id", PESAN_TIDAK_ADA);
      const tahun = await tahunPohon(c, dep, a);
      await cariSimpul(dep.db, a.cakupan, a.opd.id, tahun, id);
      const isian = await isianFormulir(c);
      const hasil = await cobaSimpan(() => jalankan({ a, tahun, id, isian }));
      if (!hasil.ok) {
        return c.html(
          halamanHtml(await halaman(c, dep, a, tahun, id, formulir, isian, hasil.galat)),
          hasil.status,
        );
      }
      const tautan = tautanPohon(a.opd.kode, tahun);
      return c.redirect(denganPesan(hasil.hasil.ke ?? tautan.simpul(id), hasil.hasil.pesan), 303);
    });

  tulis("ubah", "ubah", async ({ a, id, isian }) => {
    await ubahSimpul(dep.db, a.cakupan, id, {
      jenisHasil: (isian.jenisHasil ?? "") as JenisHasil,
      kondisi: isian.kondisi ?? "",
      sasaranId: atauNull(isian.sasaranId),
      unitKerjaId: atauNull(isian.unitKerjaId),
      pegawaiId: atauNull(isian.pegawaiId),
      faktorKeberhasilanId: atauNull(isian.faktorKeberhasilanId),
      rpjmdSasaranId: undefined,
      urutan: atauNull(isian.urutan) ?? 0,
    });
    return { pesan: "Simpul tersimpan" };
  });

  tulis("anak", "anak", async ({ a, tahun, id, isian }) => {
    const baru = await tambahSimpul(dep.db, a.cakupan, {
      opdId: a.opd.id,
      tahun,
      indukId: id,
      level: (isian.level ?? "") as LevelPohon,
      jenisHasil: (isian.jenisHasil ?? "") as JenisHasil,
      kondisi: isian.kondisi ?? "",
      unitKerjaId: atauNull(isian.unitKerjaId),
      pegawaiId: atauNull(isian.pegawaiId),
      faktorKeberhasilanId: atauNull(isian.faktorKeberhasilanId),
    });
    return { pesan: "Simpul baru tersimpan", ke: tautanPohon(a.opd.kode, tahun).simpul(baru) };
  });

  tulis("pindah", "pindah", async ({ a, id, isian }) => {
    // an empty choice is a mistake, not "make it a root": a node without a parent is an orphan the checker flags
    if (!(isian.indukId ?? "").trim())
      throw inputTidakValid("Pilih simpul induk tujuan pemindahan", "indukId");
    await pindahSimpul(dep.db, a.cakupan, id, idPilihan(isian.indukId, "indukId", "Simpul induk"));
    return { pesan: "Simpul dipindahkan" };
  });

  tulis("anggaran", "anggaran", async ({ a, id, isian }) => {
    const kode = atauNull(isian.kodeLain) ?? isian.kode ?? "";
    await tautkanAnggaran(dep.db, a.cakupan, id, { opdKode: isian.opdKode ?? "", kode });
    return { pesan: `Kode ${kode.trim()} ditautkan` };
  });

  tulis("anggaran/lepas", "lepas", async ({ a, id, isian }) => {
    await lepasAnggaran(dep.db, a.cakupan, id, { opdKode: isian.opdKode ?? "", kode: isian.kode ?? "" });
    return { pesan: `Kode ${(isian.kode ?? "").trim()} dilepas` };
  });

  tulis("indikator", "indikator", async ({ a, tahun, id, isian }) => {
    await tambahIndikatorDenganTarget(dep.db, a.cakupan, id, {
      tahun,
      indikatorId: atauNull(isian.indikatorId),
      nama: isian.nama ?? "",
      satuan: isian.satuan ?? "",
      target: isian.target ?? "",
    });
    return { pesan: "Indikator tersimpan" };
  });

  tulis("target", "target", async ({ a, tahun, isian }) => {
    const indikatorId = idPilihan(isian.indikatorSimpulId, "target", "Indikator");
    if (indikatorId === null) throw inputTidakValid("Indikator tidak sah", "target");
    await aturTargetSimpul(dep.db, a.cakupan, indikatorId, { tahun, target: isian.target ?? "" });
    return { pesan: "Target tersimpan" };
  });

  tulis("indikator/hapus", "hapus-indikator", async ({ a, isian }) => {
    const indikatorId = idPilihan(isian.indikatorSimpulId, "indikatorSimpulId", "Indikator");
    if (indikatorId === null) throw inputTidakValid("Indikator tidak sah", "indikatorSimpulId");
    await hapusIndikatorSimpul(dep.db, a.cakupan, indikatorId);
    return { pesan: "Indikator dihapus" };
  });

  tulis("dukungan", "dukungan", async ({ a, id, isian }) => {
    await aturDukungan(dep.db, a.cakupan, id, {
      opdKode: isian.opdKode ?? "",
      peran: (isian.peran ?? "") as "pendukung",
      porsi: isian.porsi ?? "",
      keterangan: atauNull(isian.keterangan),
    });
    return { pesan: "Dukungan tersimpan" };
  });

  tulis("dukungan/hapus", "hapus-dukungan", async ({ a, id, isian }) => {
    await hapusDukungan(dep.db, a.cakupan, id, isian.opdKode ?? "");
    return { pesan: "Dukungan dihapus" };
  });

  tulis("hapus", "hapus", async ({ a, tahun, id }) => {
    await hapusSimpul(dep.db, a.cakupan, id);
    return { pesan: "Simpul dihapus", ke: tautanPohon(a.opd.kode, tahun).pohon() };
  });

  return r;
}

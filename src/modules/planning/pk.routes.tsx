import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import { inputTidakValid } from "../../platform/errors.ts";
import { isianFormulir } from "../../platform/http/isian-formulir.ts";
import type { EnvAplikasi, Konteks } from "../../platform/http/konteks.ts";
import { cakupanOpd } from "../../platform/scope.ts";
import { cobaSimpan } from "../../platform/ui/formulir.tsx";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman } from "../../platform/ui/tata-aplikasi.tsx";
import { type AksesOpd, aksesOpd } from "../auth/akses-opd.ts";
import { boleh } from "../auth/auth.policy.ts";
import { bulatAtauNull, idJalur, tahunDiminta, tanpaAwalan, teksAtauNull } from "./isian-perencanaan.ts";
import { buatPk, tambahPkIndikator, tambahPkProgram } from "./pk.service.ts";
import { bahanPenyusunPk, tahunPkTerakhir, tentukanPkIndikator } from "./pk-penyusun.service.ts";
import { bacaPk } from "./planning.read.ts";
import { skemaTahun } from "./planning.schemas.ts";
import { aturRencanaAksiEmpatTriwulan } from "./rencana-aksi-triwulan.service.ts";
import { daftarRenstraOpd } from "./renstra-daftar.service.ts";
import type { Kiriman } from "./views/bersama.tsx";
import { JALUR } from "./views/jalur.ts";
import { HalamanPk } from "./views/pk.tsx";
import { HalamanRencanaAksi } from "./views/rencana-aksi.tsx";

type Status = 200 | 400 | 403 | 409;
type Layar = "pk" | "rencana-aksi";

function denganPesan(jalur: string, pesan: string): string {
  return `${jalur}&pesan=${encodeURIComponent(pesan)}`;
}

async function tahunBawaan(c: Konteks, dep: DependensiAplikasi, a: AksesOpd): Promise<number> {
  const terakhir = await tahunPkTerakhir(dep.db, cakupanOpd(a.cakupan, a.opd.id), a.opd.id);
  return tahunDiminta(c.req.query("tahun"), terakhir ?? new Date().getFullYear());
}

async function tampilkan(
  c: Konteks,
  dep: DependensiAplikasi,
  a: AksesOpd,
  layar: Layar,
  tahun: number,
  kiriman: Kiriman | null,
  status: Status,
) {
  const k = konteksHalaman(c);
  const cak = cakupanOpd(a.cakupan, a.opd.id);
  const [bahan, daftar] = await Promise.all([
    bahanPenyusunPk(dep.db, cak, a.opd.id, tahun),
    daftarRenstraOpd(dep.db, cak, a.opd.id),
  ]);
  const pilihanTahun = new Set<number>();
  for (const r of daftar) for (let th = r.tahunAwal; th <= r.tahunAkhir; th += 1) pilihanTahun.add(th);
  const d = {
    opd: a.opd,
    bahan,
    pilihanTahun: [...pilihanTahun],
    bolehUbah: boleh(a.pengguna, "ubah_perencanaan", a.opd.id),
    pesan: kiriman ? null : (c.req.query("pesan") ?? null),
    kiriman,
  };
  const halaman = layar === "pk" ? <HalamanPk k={k} d={d} /> : <HalamanRencanaAksi k={k} d={d} />;
  return c.html(halamanHtml(halaman), status);
}

/**
 * The PK builder and the rencana aksi (issue 4 item 3): everyone who may read the OPD sees the year's PKs;
 * the perencana creates a PK, adds indicators from the Renstra and programs from the DPA, and sets the
 * quarterly rencana aksi. An approved PK is locked by the database; its refusal is shown on the page (409).
 */
export function rutePk(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();

  r.get("/opd/:kode/pk", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    return tampilkan(c, dep, a, "pk", await tahunBawaan(c, dep, a), null, 200);
  });

  r.post("/opd/:kode/pk", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const isian = await isianFormulir(c);
    const tahun = bulatAtauNull(isian.tahun) ?? Number.NaN;
    const hasil = await cobaSimpan(() =>
      buatPk(dep.db, a.cakupan, a.opd.id, {
        tahun,
        tingkat: (isian.tingkat ?? "") as "pimpinan_opd",
        unitKode: isian.unitKode ?? "",
        dpaJenis: (isian.dpaJenis ?? "") as "murni",
        pihakPertama: {
          nama: isian["pihakPertama.nama"] ?? "",
          jabatan: isian["pihakPertama.jabatan"] ?? "",
          nip: teksAtauNull(isian["pihakPertama.nip"]),
        },
        pihakKedua: {
          nama: isian["pihakKedua.nama"] ?? "",
          jabatan: isian["pihakKedua.jabatan"] ?? "",
          nip: teksAtauNull(isian["pihakKedua.nip"]),
        },
        tempat: isian.tempat ?? "",
        tanggal: teksAtauNull(isian.tanggal),
      }),
    );
    if (!hasil.ok) {
      // the page the form was on: the posted year when it is one, else the year the PK page opens on
      const tahunHalaman = skemaTahun.safeParse(tahun).success ? tahun : await tahunBawaan(c, dep, a);
      const kiriman = { formulir: "pk", galat: hasil.galat, isian };
      return tampilkan(c, dep, a, "pk", tahunHalaman, kiriman, hasil.status);
    }
    return c.redirect(denganPesan(JALUR.pkTahun(a.opd.kode, tahun), "Perjanjian Kinerja dibuat"), 303);
  });

  r.post("/opd/:kode/pk/:id/indikator", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const cak = cakupanOpd(a.cakupan, a.opd.id);
    const pk = await bacaPk(dep.db, cak, idJalur(c.req.param("id")));
    const isian = await isianFormulir(c);
    const kode = isian.indikatorKode ?? "";
    const formulir = `pkind-${pk.id}-${kode}`;
    const f = tanpaAwalan(isian, `${formulir}:`);
    const hasil = await cobaSimpan(() => {
      // the code comes from the row's hidden field: without it the schema's wording about codes would puzzle
      if (kode.trim() === "") throw inputTidakValid("Indikator wajib dipilih dari Renstra", "indikatorKode");
      return tambahPkIndikator(dep.db, cak, pk.id, {
        indikatorKode: kode,
        target: f.target ?? "",
        targetAtas: f.targetAtas ?? null,
        urutan: pk.indikator.length,
      });
    });
    if (!hasil.ok) {
      const kiriman = { formulir, galat: hasil.galat, isian };
      return tampilkan(c, dep, a, "pk", pk.tahun, kiriman, hasil.status);
    }
    return c.redirect(denganPesan(JALUR.pkTahun(a.opd.kode, pk.tahun), `Indikator ${kode} ditambahkan`), 303);
  });

  r.post("/opd/:kode/pk/:id/program", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const cak = cakupanOpd(a.cakupan, a.opd.id);
    const pk = await bacaPk(dep.db, cak, idJalur(c.req.param("id")));
    const isian = await isianFormulir(c);
    const kode = isian.kode ?? "";
    const formulir = `pkprog-${pk.id}-${kode}`;
    const f = tanpaAwalan(isian, `${formulir}:`);
    const hasil = await cobaSimpan(() => {
      if (kode.trim() === "") throw inputTidakValid("Program wajib dipilih dari DPA", "kode");
      return tambahPkProgram(dep.db, cak, pk.id, {
        kode,
        anggaran: teksAtauNull(f.anggaran),
        keterangan: null,
        urutan: pk.program.length,
      });
    });
    if (!hasil.ok) {
      const kiriman = { formulir, galat: hasil.galat, isian };
      return tampilkan(c, dep, a, "pk", pk.tahun, kiriman, hasil.status);
    }
    return c.redirect(denganPesan(JALUR.pkTahun(a.opd.kode, pk.tahun), `Program ${kode} ditambahkan`), 303);
  });

  r.get("/opd/:kode/rencana-aksi", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    return tampilkan(c, dep, a, "rencana-aksi", await tahunBawaan(c, dep, a), null, 200);
  });

  r.post("/opd/:kode/rencana-aksi/:id", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const cak = cakupanOpd(a.cakupan, a.opd.id);
    const ki = await tentukanPkIndikator(dep.db, cak, idJalur(c.req.param("id")));
    const isian = await isianFormulir(c);
    const daftar = [1, 2, 3, 4].map((tw) => ({
      triwulan: tw,
      target: isian[`target-${tw}`] ?? "",
      uraian: isian[`uraian-${tw}`] ?? "",
    }));
    const hasil = await cobaSimpan(() => aturRencanaAksiEmpatTriwulan(dep.db, cak, ki.id, daftar));
    if (!hasil.ok) {
      const kiriman = { formulir: `ra-${ki.id}`, galat: hasil.galat, isian };
      return tampilkan(c, dep, a, "rencana-aksi", ki.tahun, kiriman, hasil.status);
    }
    const pesan = hasil.hasil === 0 ? "Tidak ada triwulan yang diisi" : "Rencana aksi disimpan";
    return c.redirect(denganPesan(JALUR.rencanaAksiTahun(a.opd.kode, ki.tahun), pesan), 303);
  });

  return r;
}

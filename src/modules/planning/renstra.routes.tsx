import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { isianFormulir } from "../../platform/http/isian-formulir.ts";
import type { EnvAplikasi, Konteks } from "../../platform/http/konteks.ts";
import { cakupanOpd } from "../../platform/scope.ts";
import { cobaSimpan, type GalatFormulir } from "../../platform/ui/formulir.tsx";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman } from "../../platform/ui/tata-aplikasi.tsx";
import { type AksesOpd, aksesOpd } from "../auth/akses-opd.ts";
import { boleh } from "../auth/auth.policy.ts";
import { daftarUnitKerja } from "../tenancy/tenancy.service.ts";
import { bulatAtauNull, idJalur, isianKePaspor, tanpaAwalan, teksAtauNull } from "./isian-perencanaan.ts";
import { bacaPohonRenstra, type IndikatorRenstra, targetBerlaku } from "./planning.read.ts";
import {
  buatRenstra,
  tambahIndikator,
  tambahSasaran,
  tambahTujuan,
  tentukanIndikator,
} from "./renstra.service.ts";
import { daftarRenstraOpd, urutanBerikut } from "./renstra-daftar.service.ts";
import {
  aturTargetBeberapaTahun,
  type IsianTargetTahun,
  ubahPasporIndikator,
} from "./renstra-ubah.service.ts";
import type { Kiriman } from "./views/bersama.tsx";
import { HalamanIndikator } from "./views/indikator.tsx";
import { JALUR } from "./views/jalur.ts";
import { HalamanRenstra } from "./views/renstra.tsx";

type Status = 200 | 400 | 403 | 409;
type Uraian = { kode: string; uraian: string };

function denganPesan(jalur: string, pesan: string): string {
  return `${jalur}${jalur.includes("?") ? "&" : "?"}pesan=${encodeURIComponent(pesan)}`;
}

/** Service field names that the indicator form shows beside its single "induk" select. */
function galatInduk(g: GalatFormulir): GalatFormulir {
  const hasil: GalatFormulir = {};
  for (const [b, p] of Object.entries(g)) {
    const ke = b === "tingkat" || b === "tujuanKode" || b === "sasaranKode" ? "induk" : b;
    hasil[ke] = p.startsWith(`${b}: `) ? p.slice(b.length + 2) : p;
  }
  return hasil;
}

async function tampilkanRenstra(
  c: Konteks,
  dep: DependensiAplikasi,
  a: AksesOpd,
  renstraDiminta: number | null,
  kiriman: Kiriman | null,
  status: Status,
) {
  const k = konteksHalaman(c);
  const cak = cakupanOpd(a.cakupan, a.opd.id);
  const daftar = await daftarRenstraOpd(dep.db, cak, a.opd.id);
  const tahunIni = new Date().getFullYear();
  const pilih =
    daftar.find((r) => r.id === renstraDiminta) ??
    daftar.find((r) => r.tahunAwal <= tahunIni && tahunIni <= r.tahunAkhir) ??
    daftar[0];
  const [pohon, unit] = await Promise.all([
    pilih ? bacaPohonRenstra(dep.db, cak, pilih.id) : Promise.resolve(null),
    daftarUnitKerja(dep.db, cak, a.opd.id),
  ]);
  return c.html(
    halamanHtml(
      <HalamanRenstra
        k={k}
        d={{
          opd: a.opd,
          daftar,
          pohon,
          unit: unit.map((u) => ({ kode: u.kode, nama: u.nama })),
          bolehUbah: boleh(a.pengguna, "ubah_perencanaan", a.opd.id),
          pesan: kiriman ? null : (c.req.query("pesan") ?? null),
          kiriman,
        }}
      />,
    ),
    status,
  );
}

async function tampilkanIndikator(
  c: Konteks,
  dep: DependensiAplikasi,
  a: AksesOpd,
  indikatorId: number,
  kiriman: Kiriman | null,
  status: Status,
) {
  const k = konteksHalaman(c);
  const cak = cakupanOpd(a.cakupan, a.opd.id);
  const baris = await tentukanIndikator(dep.db, cak, indikatorId);
  const [pohon, target, unit] = await Promise.all([
    bacaPohonRenstra(dep.db, cak, baris.renstra_id),
    targetBerlaku(dep.db, cak, baris.id),
    daftarUnitKerja(dep.db, cak, a.opd.id),
  ]);
  let letak: { ind: IndikatorRenstra; tujuan: Uraian | null; sasaran: Uraian | null } | undefined;
  for (const tj of pohon.tujuan) {
    const tujuan = { kode: tj.kode, uraian: tj.uraian };
    const diTujuan = tj.indikator.find((i) => i.id === baris.id);
    if (diTujuan) letak = { ind: diTujuan, tujuan, sasaran: null };
    for (const s of tj.sasaran) {
      const diSasaran = s.indikator.find((i) => i.id === baris.id);
      if (diSasaran) letak = { ind: diSasaran, tujuan, sasaran: { kode: s.kode, uraian: s.uraian } };
    }
  }
  const lepas = pohon.indikatorTanpaSasaran.find((i) => i.id === baris.id);
  letak ??= lepas ? { ind: lepas, tujuan: null, sasaran: null } : undefined;
  if (!letak) throw new GalatTerukur("tidak_ditemukan", "Indikator tidak ditemukan", "indikatorId");
  return c.html(
    halamanHtml(
      <HalamanIndikator
        k={k}
        d={{
          opd: a.opd,
          renstraId: pohon.renstra.id,
          indikator: letak.ind,
          tujuan: letak.tujuan,
          sasaran: letak.sasaran,
          target,
          unit: unit.map((u) => ({ kode: u.kode, nama: u.nama })),
          bolehUbah: boleh(a.pengguna, "ubah_perencanaan", a.opd.id),
          pesan: kiriman ? null : (c.req.query("pesan") ?? null),
          kiriman,
        }}
      />,
    ),
    status,
  );
}

/**
 * The Renstra editor (issue 4 item 3): everyone who may read the OPD sees the tree and the passports; the
 * perencana creates a Renstra, adds tujuan, sasaran and indicators, sets targets per year and edits passports.
 */
export function ruteRenstra(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();

  r.get("/opd/:kode/renstra", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    const diminta = c.req.query("renstra");
    return tampilkanRenstra(c, dep, a, diminta ? idJalur(diminta) : null, null, 200);
  });

  r.post("/opd/:kode/renstra", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const isian = await isianFormulir(c);
    const f = tanpaAwalan(isian, "rs.");
    const hasil = await cobaSimpan(() =>
      buatRenstra(dep.db, a.cakupan, a.opd.id, {
        nama: f.nama ?? "",
        tahunAwal: bulatAtauNull(f.tahunAwal) ?? Number.NaN,
        tahunAkhir: bulatAtauNull(f.tahunAkhir) ?? Number.NaN,
        rpjmdTahunAwal: bulatAtauNull(f.rpjmdTahunAwal),
      }),
    );
    if (!hasil.ok) {
      return tampilkanRenstra(
        c,
        dep,
        a,
        null,
        { formulir: "renstra", galat: hasil.galat, isian },
        hasil.status,
      );
    }
    return c.redirect(denganPesan(JALUR.renstraPilih(a.opd.kode, hasil.hasil), "Renstra dibuat"), 303);
  });

  r.post("/opd/:kode/renstra/:renstraId/tujuan", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const rid = idJalur(c.req.param("renstraId"));
    const cak = cakupanOpd(a.cakupan, a.opd.id);
    const isian = await isianFormulir(c);
    const f = tanpaAwalan(isian, "tj.");
    const hasil = await cobaSimpan(async () =>
      tambahTujuan(dep.db, cak, rid, {
        kode: f.kode ?? "",
        uraian: f.uraian ?? "",
        rpjmdTujuanKode: teksAtauNull(f.rpjmdTujuanKode),
        urutan: await urutanBerikut(dep.db, cak, "tujuan", rid),
      }),
    );
    if (!hasil.ok) {
      return tampilkanRenstra(
        c,
        dep,
        a,
        rid,
        { formulir: "tujuan", galat: hasil.galat, isian },
        hasil.status,
      );
    }
    return c.redirect(denganPesan(JALUR.renstraPilih(a.opd.kode, rid), "Tujuan ditambahkan"), 303);
  });

  r.post("/opd/:kode/renstra/:renstraId/sasaran", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const rid = idJalur(c.req.param("renstraId"));
    const cak = cakupanOpd(a.cakupan, a.opd.id);
    const isian = await isianFormulir(c);
    const f = tanpaAwalan(isian, "ss.");
    const hasil = await cobaSimpan(async () =>
      tambahSasaran(dep.db, cak, rid, {
        kode: f.kode ?? "",
        tujuanKode: f.tujuanKode ?? "",
        uraian: f.uraian ?? "",
        urutan: await urutanBerikut(dep.db, cak, "sasaran", rid),
      }),
    );
    if (!hasil.ok) {
      return tampilkanRenstra(
        c,
        dep,
        a,
        rid,
        { formulir: "sasaran", galat: hasil.galat, isian },
        hasil.status,
      );
    }
    return c.redirect(denganPesan(JALUR.renstraPilih(a.opd.kode, rid), "Sasaran ditambahkan"), 303);
  });

  r.post("/opd/:kode/renstra/:renstraId/indikator", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const rid = idJalur(c.req.param("renstraId"));
    const cak = cakupanOpd(a.cakupan, a.opd.id);
    const isian = await isianFormulir(c);
    const f = tanpaAwalan(isian, "ind.");
    const [tingkat, kodeInduk] = (f.induk ?? "").split(":");
    const hasil = await cobaSimpan(async () =>
      tambahIndikator(dep.db, cak, rid, {
        ...isianKePaspor(f),
        kode: f.kode ?? "",
        tingkat: (tingkat ?? "") as "tujuan",
        tujuanKode: tingkat === "tujuan" ? (kodeInduk ?? null) : null,
        sasaranKode: tingkat === "sasaran" ? (kodeInduk ?? null) : null,
        urutan: await urutanBerikut(dep.db, cak, "indikator", rid),
      }),
    );
    if (!hasil.ok) {
      const kiriman = { formulir: "indikator", galat: galatInduk(hasil.galat), isian };
      return tampilkanRenstra(c, dep, a, rid, kiriman, hasil.status);
    }
    return c.redirect(denganPesan(JALUR.renstraPilih(a.opd.kode, rid), "Indikator ditambahkan"), 303);
  });

  r.post("/opd/:kode/renstra/indikator/:id/target", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const cak = cakupanOpd(a.cakupan, a.opd.id);
    const ind = await tentukanIndikator(dep.db, cak, idJalur(c.req.param("id")));
    const isian = await isianFormulir(c);
    const daftar: IsianTargetTahun[] = [];
    for (let th = ind.renstra_tahun_awal; th <= ind.renstra_tahun_akhir; th += 1) {
      if (isian[`target-${th}`] === undefined && isian[`targetAtas-${th}`] === undefined) continue;
      daftar.push({
        tahun: th,
        target: isian[`target-${th}`] ?? "",
        targetAtas: isian[`targetAtas-${th}`] ?? "",
      });
    }
    const hasil = await cobaSimpan(() => aturTargetBeberapaTahun(dep.db, cak, ind.id, daftar));
    if (!hasil.ok) {
      const kiriman = { formulir: `target-${ind.id}`, galat: hasil.galat, isian };
      return tampilkanRenstra(c, dep, a, ind.renstra_id, kiriman, hasil.status);
    }
    const pesan = hasil.hasil === 0 ? "Tidak ada target yang berubah" : `Target ${ind.kode} disimpan`;
    return c.redirect(denganPesan(JALUR.renstraPilih(a.opd.kode, ind.renstra_id), pesan), 303);
  });

  r.get("/opd/:kode/renstra/indikator/:id", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    return tampilkanIndikator(c, dep, a, idJalur(c.req.param("id")), null, 200);
  });

  r.post("/opd/:kode/renstra/indikator/:id", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const cak = cakupanOpd(a.cakupan, a.opd.id);
    const id = idJalur(c.req.param("id"));
    const isian = await isianFormulir(c);
    const hasil = await cobaSimpan(() => ubahPasporIndikator(dep.db, cak, id, isianKePaspor(isian)));
    if (!hasil.ok) {
      return tampilkanIndikator(
        c,
        dep,
        a,
        id,
        { formulir: "paspor", galat: hasil.galat, isian },
        hasil.status,
      );
    }
    return c.redirect(denganPesan(JALUR.indikator(a.opd.kode, id), "Paspor indikator disimpan"), 303);
  });

  return r;
}

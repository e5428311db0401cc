import { Hono } from "hono";
import type { DependensiAplikasi } from "../../app.ts";
import { inputTidakValid } from "../../platform/errors.ts";
import { isianFormulir } from "../../platform/http/isian-formulir.ts";
import type { EnvAplikasi, Konteks } from "../../platform/http/konteks.ts";
import { cobaSimpan, GALAT_UMUM, type GalatFormulir } from "../../platform/ui/formulir.tsx";
import { halamanHtml } from "../../platform/ui/html-page.ts";
import { konteksHalaman, TataAplikasi } from "../../platform/ui/tata-aplikasi.tsx";
import { TAUTAN } from "../../platform/ui/tautan.ts";
import { type AksesOpd, aksesOpd } from "../auth/akses-opd.ts";
import { boleh } from "../auth/auth.policy.ts";
import { serapan } from "./anggaran.domain.ts";
import { anggaranKasSubKegiatan, aturAnggaranKas } from "./anggaran-kas.service.ts";
import { buatDpa } from "./dpa.service.ts";
import {
  cariVersiDpa,
  daftarVersiDpa,
  detailSubKegiatan,
  pilihanKodeDpa,
  pohonDpa,
  tambahNodeDpa,
} from "./dpa-layar.service.ts";
import { catatRealisasiAnggaran, realisasiAnggaranPerPeriode } from "./realisasi-anggaran.service.ts";
import { tahunDpaTerakhir } from "./ringkasan-anggaran.service.ts";
import { type GagalDpa, HalamanDpa, teksDpa } from "./views/dpa-halaman.tsx";
import { type GagalSub, HalamanDpaSub } from "./views/dpa-sub.tsx";

type Tingkat = "program" | "kegiatan" | "sub_kegiatan";
const AWALAN: Record<Tingkat, string> = { program: "p", kegiatan: "k", sub_kegiatan: "s" };
const PESAN_TAMBAH: Record<Tingkat, string> = {
  program: "Program ditambahkan",
  kegiatan: "Kegiatan ditambahkan",
  sub_kegiatan: "Sub kegiatan ditambahkan",
};

/** The fields each level's form shows beside an input (a program or kegiatan has a printed pagu only). */
const BIDANG_NODE: Record<Tingkat, readonly string[]> = {
  program: ["kode", "paguDinyatakan", "target", "satuan"],
  kegiatan: ["kode", "paguDinyatakan", "target", "satuan"],
  sub_kegiatan: ["kode", "pagu", "indikatorKeluaran", "target", "satuan"],
};

/** Moves a message whose field the form does not show to the top of the form, so no refusal goes unseen. */
function tampungGalat(galat: GalatFormulir, dikenal: readonly string[], peta: Record<string, string> = {}) {
  const hasil: GalatFormulir = {};
  for (const [kunci, pesan] of Object.entries(galat)) {
    const k = peta[kunci] ?? kunci;
    hasil[dikenal.includes(k) ? k : GALAT_UMUM] = pesan;
  }
  return hasil;
}

function tahunDari(teks: string | undefined): number | null {
  const n = Number(teks);
  return teks !== undefined && teks !== "" && Number.isInteger(n) && n >= 2000 && n <= 2200 ? n : null;
}

function idDari(teks: string | undefined): number {
  const n = Number(teks);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

async function tahunAwal(c: Konteks, dep: DependensiAplikasi, a: AksesOpd): Promise<number> {
  const diminta = tahunDari(c.req.query("tahun"));
  if (diminta !== null) return diminta;
  return (await tahunDpaTerakhir(dep.db, a.cakupan, [a.opd.id])).get(a.opd.id) ?? new Date().getFullYear();
}

async function halamanDpa(
  c: Konteks,
  dep: DependensiAplikasi,
  a: AksesOpd,
  tahun: number,
  jenis: string | undefined,
  gagal: GagalDpa | null,
  status: 200 | 400 | 403 | 404 | 409 = 200,
) {
  const k = konteksHalaman(c);
  const versi = await daftarVersiDpa(dep.db, a.cakupan, a.opd.id, tahun);
  const berlaku =
    versi.find((v) => v.jenis === "perubahan") ?? versi.find((v) => v.jenis === "murni") ?? null;
  const dipilih = versi.find((v) => v.jenis === jenis) ?? berlaku;
  const pohon = dipilih ? await pohonDpa(dep.db, a.cakupan, a.opd.id, dipilih.id) : null;
  const bolehUbah = boleh(a.pengguna, "ubah_perencanaan", a.opd.id);
  const pilihan = pohon && bolehUbah ? await pilihanKodeDpa(dep.db, tahun, pohon) : null;
  const t = teksDpa(k.bahasa);
  return c.html(
    halamanHtml(
      <TataAplikasi k={k} judul={`${t.judul} · ${a.opd.nama}`} opd={a.opd} aktif={TAUTAN.dpa(a.opd.kode)}>
        <HalamanDpa
          k={k}
          opd={a.opd}
          tahun={tahun}
          versi={versi}
          pohon={pohon}
          idBerlaku={berlaku?.id ?? null}
          pilihan={pilihan}
          bolehUbah={bolehUbah}
          gagal={gagal}
          pesan={c.req.query("pesan") ?? null}
        />
      </TataAplikasi>,
    ),
    status,
  );
}

async function halamanSub(
  c: Konteks,
  dep: DependensiAplikasi,
  a: AksesOpd,
  gagal: GagalSub | null,
  status: 200 | 400 | 403 | 409 = 200,
) {
  const k = konteksHalaman(c);
  const sub = await detailSubKegiatan(dep.db, a.cakupan, a.opd.id, idDari(c.req.param("id")));
  const realisasi = (await realisasiAnggaranPerPeriode(dep.db, a.cakupan, sub.dpaId))
    .filter((r) => r.subKegiatanKode === sub.kode)
    .map((r) => ({ periode: r.periode, jumlah: r.jumlah }));
  const total = realisasi.reduce((s, r) => s + r.jumlah, 0n);
  const kas = await anggaranKasSubKegiatan(dep.db, a.cakupan, sub.id);
  return c.html(
    halamanHtml(
      <TataAplikasi
        k={k}
        judul={`${sub.kode} · ${teksDpa(k.bahasa).judul}`}
        opd={a.opd}
        aktif={TAUTAN.dpa(a.opd.kode)}
      >
        <HalamanDpaSub
          k={k}
          opdKode={a.opd.kode}
          sub={sub}
          realisasi={realisasi}
          totalRealisasi={total}
          serapan={serapan(total, sub.pagu)}
          kas={kas}
          bolehUbah={boleh(a.pengguna, "ubah_perencanaan", a.opd.id)}
          gagal={gagal}
          pesan={c.req.query("pesan") ?? null}
        />
      </TataAplikasi>,
    ),
    status,
  );
}

/**
 * The DPA screens: the year's versions and program tree (read by every OPD role, evaluator and admin), and
 * the perencana's entry of versions, nomenclature nodes, budget realisation and the monthly cash plan.
 */
export function ruteDpa(dep: DependensiAplikasi): Hono<EnvAplikasi> {
  const r = new Hono<EnvAplikasi>();

  r.get("/opd/:kode/dpa", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    return halamanDpa(c, dep, a, await tahunAwal(c, dep, a), c.req.query("jenis"), null);
  });

  r.post("/opd/:kode/dpa", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const isian = await isianFormulir(c);
    const tahun = tahunDari(isian.tahun);
    const jenis = isian.jenis === "perubahan" ? "perubahan" : "murni";
    const hasil = await cobaSimpan(async () => {
      if (tahun === null) throw inputTidakValid("Tahun harus angka antara 2000 dan 2200", "tahun");
      return buatDpa(dep.db, a.cakupan, a.opd.id, {
        tahun,
        jenis: isian.jenis as "murni" | "perubahan",
        nomor: isian.nomor ?? null,
        tanggalPengesahan: isian.tanggalPengesahan ? isian.tanggalPengesahan : null,
      });
    });
    if (!hasil.ok) {
      const galat = tampungGalat(hasil.galat, ["tahun", "jenis", "nomor", "tanggalPengesahan"]);
      // the posted year when it is one, else the page the form was on (its action carries ?tahun=&jenis=)
      const tahunHalaman = tahun ?? (await tahunAwal(c, dep, a));
      const gagal = { form: "versi", galat, isian } as const;
      return halamanDpa(c, dep, a, tahunHalaman, c.req.query("jenis"), gagal, hasil.status);
    }
    const pesan = encodeURIComponent(`DPA ${jenis} ${tahun} dicatat`);
    return c.redirect(`${TAUTAN.dpa(a.opd.kode)}?tahun=${tahun}&jenis=${jenis}&pesan=${pesan}`, 303);
  });

  for (const tingkat of ["program", "kegiatan", "sub_kegiatan"] as const) {
    r.post(`/opd/:kode/dpa/${tingkat.replace("_", "-")}`, async (c) => {
      const a = await aksesOpd(c, dep, "ubah_perencanaan");
      const isianMentah = await isianFormulir(c);
      const awalan = `${AWALAN[tingkat]}_`;
      const isian: Record<string, string> = {};
      for (const [kunci, nilai] of Object.entries(isianMentah)) {
        if (kunci.startsWith(awalan)) isian[kunci.slice(awalan.length)] = nilai;
      }
      const dpaId = idDari(isianMentah.dpaId);
      const versi = await dpaDariId(dep, a, dpaId);
      const hasil = await cobaSimpan(() => {
        // the version is a hidden field: missing, garbage or not this OPD's is bad input, not a missing page
        if (dpaId === 0) throw inputTidakValid("Versi DPA wajib dipilih", "dpaId");
        if (versi === null) {
          throw inputTidakValid(
            "Versi DPA tidak ditemukan; buka kembali halaman DPA dan pilih versinya",
            "dpaId",
          );
        }
        return tambahNodeDpa(dep.db, a.cakupan, a.opd.id, dpaId, tingkat, {
          kode: isian.kode ?? "",
          pagu: isian.pagu ?? "",
          paguDinyatakan: isian.paguDinyatakan ?? null,
          target: isian.target ?? null,
          satuan: isian.satuan ?? null,
          indikatorKeluaran: isian.indikatorKeluaran ?? null,
        });
      });
      if (!hasil.ok) {
        const galat = tampungGalat(hasil.galat, BIDANG_NODE[tingkat]);
        return halamanDpa(
          c,
          dep,
          a,
          versi?.tahun ?? (await tahunAwal(c, dep, a)),
          versi?.jenis,
          { form: tingkat, galat, isian },
          hasil.status,
        );
      }
      const pesan = encodeURIComponent(PESAN_TAMBAH[tingkat]);
      const kueri = versi ? `tahun=${versi.tahun}&jenis=${versi.jenis}&` : "";
      return c.redirect(`${TAUTAN.dpa(a.opd.kode)}?${kueri}pesan=${pesan}`, 303);
    });
  }

  r.get("/opd/:kode/dpa/sub/:id", async (c) => {
    const a = await aksesOpd(c, dep, "lihat_opd");
    return halamanSub(c, dep, a, null);
  });

  r.post("/opd/:kode/dpa/sub/:id/realisasi", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const sub = await detailSubKegiatan(dep.db, a.cakupan, a.opd.id, idDari(c.req.param("id")));
    const isian = await isianFormulir(c);
    const hasil = await cobaSimpan(() => {
      const ke = Number(isian.periodeKe);
      if (!isian.periodeKe || !Number.isInteger(ke)) {
        throw inputTidakValid("Periode ke harus bilangan bulat, misalnya 4 untuk triwulan IV", "periodeKe");
      }
      return catatRealisasiAnggaran(dep.db, a.cakupan, sub.id, {
        periode: { jenis: isian.periodeJenis as "triwulan", ke },
        jumlah: isian.jumlah ?? "",
        catatan: isian.catatan ?? null,
      });
    });
    if (!hasil.ok) {
      const galat = tampungGalat(hasil.galat, ["periodeJenis", "periodeKe", "jumlah", "catatan"], {
        periode: "periodeKe",
        "periode.jenis": "periodeJenis",
        "periode.ke": "periodeKe",
      });
      return halamanSub(c, dep, a, { form: "realisasi", galat, isian }, hasil.status);
    }
    const pesan = encodeURIComponent("Realisasi anggaran dicatat");
    return c.redirect(`${TAUTAN.dpa(a.opd.kode)}/sub/${sub.id}?pesan=${pesan}`, 303);
  });

  r.post("/opd/:kode/dpa/sub/:id/anggaran-kas", async (c) => {
    const a = await aksesOpd(c, dep, "ubah_perencanaan");
    const sub = await detailSubKegiatan(dep.db, a.cakupan, a.opd.id, idDari(c.req.param("id")));
    const isian = await isianFormulir(c);
    const bulanan = Array.from({ length: 12 }, (_, i) => isian[`bulan${i + 1}`] ?? "");
    const hasil = await cobaSimpan(() => aturAnggaranKas(dep.db, a.cakupan, sub.id, bulanan));
    if (!hasil.ok) {
      const peta: Record<string, string> = {};
      for (let i = 0; i < 12; i++) peta[`bulanan.${i}`] = `bulan${i + 1}`;
      const dikenal = Array.from({ length: 12 }, (_, i) => `bulan${i + 1}`);
      return halamanSub(
        c,
        dep,
        a,
        { form: "kas", galat: tampungGalat(hasil.galat, dikenal, peta), isian },
        hasil.status,
      );
    }
    return c.redirect(
      `${TAUTAN.dpa(a.opd.kode)}/sub/${sub.id}?pesan=${encodeURIComponent("Anggaran kas disimpan")}`,
      303,
    );
  });

  return r;
}

async function dpaDariId(dep: DependensiAplikasi, a: AksesOpd, dpaId: number) {
  return dpaId === 0 ? null : cariVersiDpa(dep.db, a.cakupan, a.opd.id, dpaId);
}

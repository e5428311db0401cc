import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import { minta, sesiUji } from "../../../test/setup/sesi.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { Db } from "../../platform/db/transaction.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

async function renstraMalili(db: Db, opdId: number) {
  return db.selectFrom("renstra").selectAll().where("opd_id", "=", opdId).executeTakeFirstOrThrow();
}

async function indikatorByKode(db: Db, renstraId: number, kode: string) {
  return db
    .selectFrom("indikator")
    .selectAll()
    .where("renstra_id", "=", renstraId)
    .where("kode", "=", kode)
    .executeTakeFirstOrThrow();
}

async function jumlah(
  db: Db,
  tabel: "indikator" | "sasaran" | "pk_indikator" | "rencana_aksi" | "indikator_target",
) {
  const r = await db
    .selectFrom(tabel)
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function pkPimpinan(db: Db, opdId: number) {
  return db
    .selectFrom("perjanjian_kinerja")
    .selectAll()
    .where("opd_id", "=", opdId)
    .where("tahun", "=", 2024)
    .where("tingkat", "=", "pimpinan_opd")
    .executeTakeFirstOrThrow();
}

/** The text of the <small class="galat"> right after the field named `nama` (the message beside it). */
function pesanBeside(html: string, nama: string, atribut = `name="${nama}"`): string | null {
  const i = html.indexOf(atribut);
  if (i < 0) return null;
  const m = /<small class="galat"[^>]*>([^<]*)<\/small>/.exec(html.slice(i, i + 1500));
  return m?.[1]?.replaceAll("&quot;", '"') ?? null;
}

/** The indicator add form's fields as the Renstra page posts them (prefixed "ind.", see views/renstra.tsx). */
function formIndikator(isian: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(isian).map(([k, v]) => [`ind.${k}`, v]));
}

const PASPOR = {
  satuan: "Dokumen",
  definisiOperasional: "Jumlah dokumen perencanaan yang disahkan tepat waktu",
  formula: "Jumlah dokumen disahkan",
  sumberData: "Arsip subbagian perencanaan",
  penanggungJawabUnitKode: "subbag-perencanaan",
  penanggungJawabTeks: "",
  polaritas: "positif",
  rumusNegatif: "dua_t_kurang_r",
  agregasi: "sum",
  presisi: "0",
  baseline: "3",
  baselineTahun: "2020",
  kondisiAkhir: "6",
  sumberOtomatis: "",
};

describe("Renstra editor", () => {
  it("shows the demo tree with codes, names and targets to a reader, without the editing forms", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const pimpinan = await sesiUji(trx, { peran: "pimpinan", opdKode: "malili" });
      const res = await minta(app, pimpinan, "GET", "/opd/malili/renstra");
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain("Rencana Strategis Kecamatan Malili Tahun 2021-2026");
      expect(html).toContain(
        "Tujuan T1. Meningkatkan kapasitas pelayanan publik dalam penyelenggaraan urusan pemerintahan kecamatan Malili",
      );
      expect(html).toContain(
        "Sasaran S2. Meningkatnya Capaian Kinerja dan Keuangan Penyelenggaraan Urusan Pemerintahan Kecamatan Malili",
      );
      for (const nama of [
        "Tingkat pertumbuhan IKM",
        "Indeks Kepuasan Masyarakat (IKM)",
        "Nilai LAKIP",
        "Persentase Capaian Kinerja Program Penunjang Urusan Pemerintahan Kabupaten di Kecamatan",
      ]) {
        expect(html).toContain(nama);
      }
      // the IKM row carries its six yearly targets in Indonesian notation
      const baris = /<tr><td data-label="Kode">S1\.I1<\/td>[\s\S]*?<\/tr>/.exec(html)?.[0] ?? "";
      expect([...baris.matchAll(/class="angka">([^<]*)</g)].map((x) => x[1])).toEqual([
        "92",
        "92,27",
        "93",
        "93,05",
        "94",
        "94,5",
      ]);
      expect(html).not.toContain("Tambah sasaran");
      expect(html).not.toContain("Atur target per tahun");

      const perencana = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const milikPerencana = await (await minta(app, perencana, "GET", "/opd/malili/renstra")).text();
      expect(milikPerencana).toContain("Tambah sasaran");
      expect(milikPerencana).toContain("Atur target per tahun");
      // the heaviest planning page (every form open to the perencana) stays light on a slow link
      expect(gzipSync(milikPerencana).length).toBeLessThan(60 * 1024);
    }));

  it("adds a sasaran, an indicator with its passport and targets, each read back exactly", () =>
    dalamRollback(b, async (trx) => {
      const { opdId } = await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const r = await renstraMalili(trx, opdId);
      const sesi = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });

      const s = await minta(app, sesi, "POST", `/opd/malili/renstra/${r.id}/sasaran`, {
        isian: {
          "ss.tujuanKode": "T2",
          "ss.kode": "S3",
          "ss.uraian": "Meningkatnya kualitas perencanaan kecamatan",
        },
      });
      expect(s.status).toBe(303);
      expect(s.headers.get("location")).toBe(
        `/opd/malili/renstra?renstra=${r.id}&pesan=${encodeURIComponent("Sasaran ditambahkan")}`,
      );
      const sasaran = await trx
        .selectFrom("sasaran as s")
        .innerJoin("tujuan as t", "t.id", "s.tujuan_id")
        .select(["s.kode", "s.uraian", "t.kode as tujuan", "s.urutan"])
        .where("s.renstra_id", "=", r.id)
        .where("s.kode", "=", "S3")
        .executeTakeFirstOrThrow();
      expect(sasaran).toEqual({
        kode: "S3",
        uraian: "Meningkatnya kualitas perencanaan kecamatan",
        tujuan: "T2",
        urutan: 1,
      });

      const i = await minta(app, sesi, "POST", `/opd/malili/renstra/${r.id}/indikator`, {
        isian: formIndikator({
          induk: "sasaran:S3",
          kode: "S3.I1",
          nama: "Dokumen perencanaan tepat waktu",
          iku: "ya",
          ...PASPOR,
        }),
      });
      expect(i.status).toBe(303);
      const ind = await indikatorByKode(trx, r.id, "S3.I1");
      const unit = await trx
        .selectFrom("unit_kerja")
        .select("id")
        .where("opd_id", "=", opdId)
        .where("kode", "=", "subbag-perencanaan")
        .executeTakeFirstOrThrow();
      expect(ind).toMatchObject({
        tingkat: "sasaran",
        nama: "Dokumen perencanaan tepat waktu",
        satuan: "Dokumen",
        definisi_operasional: "Jumlah dokumen perencanaan yang disahkan tepat waktu",
        formula: "Jumlah dokumen disahkan",
        sumber_data: "Arsip subbagian perencanaan",
        penanggung_jawab_unit_id: unit.id,
        penanggung_jawab_teks: null,
        polaritas: "positif",
        agregasi: "sum",
        presisi: 0,
        baseline_tahun: 2020,
        iku: true,
        sumber_otomatis: null,
      });
      expect(Number(ind.baseline)).toBe(3);
      expect(Number(ind.kondisi_akhir)).toBe(6);

      const t = await minta(app, sesi, "POST", `/opd/malili/renstra/indikator/${ind.id}/target`, {
        isian: { "target-2024": "4", "target-2025": "4,5", "targetAtas-2025": "5", "target-2026": "" },
      });
      expect(t.status).toBe(303);
      const target = await trx
        .selectFrom("indikator_target")
        .select(["tahun", "target", "target_atas"])
        .where("indikator_id", "=", ind.id)
        .orderBy("tahun")
        .execute();
      expect(
        target.map((x) => [x.tahun, Number(x.target), x.target_atas === null ? null : Number(x.target_atas)]),
      ).toEqual([
        [2024, 4, null],
        [2025, 4.5, 5],
      ]);
      const halaman = await (await minta(app, sesi, "GET", `/opd/malili/renstra?renstra=${r.id}`)).text();
      expect(halaman).toContain("Dokumen perencanaan tepat waktu");
      expect(halaman).toContain("4,5–5");
    }));

  it("refuses a duplicate code and a missing satuan beside the field, keeps what was typed, writes nothing", () =>
    dalamRollback(b, async (trx) => {
      const { opdId } = await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const r = await renstraMalili(trx, opdId);
      const sesi = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const sebelum = await jumlah(trx, "indikator");

      const dup = await minta(app, sesi, "POST", `/opd/malili/renstra/${r.id}/indikator`, {
        isian: formIndikator({
          induk: "sasaran:S1",
          kode: "S1.I1",
          nama: "Indikator kembar yang diketik",
          ...PASPOR,
        }),
      });
      expect(dup.status).toBe(409);
      const htmlDup = await dup.text();
      expect(pesanBeside(htmlDup, "ind.kode")).toBe('Indikator dengan kode "S1.I1" sudah ada di Renstra ini');
      expect(htmlDup).toContain('value="Indikator kembar yang diketik"');

      const tanpaSatuan = await minta(app, sesi, "POST", `/opd/malili/renstra/${r.id}/indikator`, {
        isian: formIndikator({
          induk: "sasaran:S1",
          kode: "S1.I9",
          nama: "Indikator tanpa satuan",
          ...PASPOR,
          satuan: "  ",
        }),
      });
      expect(tanpaSatuan.status).toBe(400);
      const html = await tanpaSatuan.text();
      expect(pesanBeside(html, "ind.satuan")).toBe("Satuan wajib diisi");
      expect(html).toContain('value="Indikator tanpa satuan"');
      expect(html).toContain('value="S1.I9"');
      expect(html).toContain('<option value="sasaran:S1" selected="">');

      const ikm = await indikatorByKode(trx, r.id, "S1.I1");
      const targetSalah = await minta(app, sesi, "POST", `/opd/malili/renstra/indikator/${ikm.id}/target`, {
        isian: { "target-2024": "50", "target-2025": "banyak" },
      });
      expect(targetSalah.status).toBe(400);
      const htmlTarget = await targetSalah.text();
      expect(pesanBeside(htmlTarget, "", `id="f-${ikm.id}-target-2025"`)).toBe(
        'Tahun 2025: "banyak" bukan angka yang dapat dibaca. Tulis dengan angka, misalnya 93,05 atau 1.234,5.',
      );
      // the other indicators' target cells carry no message
      expect(htmlTarget.match(/<small class="galat"/g)).toHaveLength(1);
      const targetIkm = await trx
        .selectFrom("indikator_target")
        .select(["tahun", "target"])
        .where("indikator_id", "=", ikm.id)
        .where("tahun", "in", [2024, 2025])
        .orderBy("tahun")
        .execute();
      expect(targetIkm.map((x) => Number(x.target))).toEqual([93.05, 94]);
      expect(htmlTarget).toContain('value="banyak"');

      expect(await jumlah(trx, "indikator")).toBe(sebelum);
    }));

  it("refuses writes to a kepala seksi, an evaluator and another OPD's perencana (403), writing nothing", () =>
    dalamRollback(b, async (trx) => {
      const { opdId } = await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const r = await renstraMalili(trx, opdId);
      const isian = { "ss.tujuanKode": "T1", "ss.kode": "S9", "ss.uraian": "Sasaran yang tidak boleh" };
      const sebelum = await jumlah(trx, "sasaran");
      const kasi = await sesiUji(trx, {
        peran: "kepala_seksi",
        opdKode: "malili",
        unitKode: "seksi-pemerintahan",
      });
      const evaluator = await sesiUji(trx, { peran: "evaluator" });
      const lain = await sesiUji(trx, { peran: "perencana", opdKode: "burau" });
      for (const s of [kasi, evaluator, lain]) {
        expect((await minta(app, s, "POST", `/opd/malili/renstra/${r.id}/sasaran`, { isian })).status).toBe(
          403,
        );
      }
      // the kepala seksi and the evaluator may read; the other OPD may not
      expect((await minta(app, kasi, "GET", "/opd/malili/renstra")).status).toBe(200);
      expect((await minta(app, evaluator, "GET", "/opd/malili/renstra")).status).toBe(200);
      expect((await minta(app, lain, "GET", "/opd/malili/renstra")).status).toBe(403);
      const ind = await indikatorByKode(trx, r.id, "S1.I1");
      expect((await minta(app, lain, "GET", `/opd/malili/renstra/indikator/${ind.id}`)).status).toBe(403);
      // burau's own address with malili's indicator id: out of scope, not found there
      expect((await minta(app, lain, "GET", `/opd/burau/renstra/indikator/${ind.id}`)).status).toBe(403);
      expect((await minta(app, lain, "POST", "/opd/malili/pk", { isian: { tahun: "2024" } })).status).toBe(
        403,
      );
      expect(await jumlah(trx, "sasaran")).toBe(sebelum);
    }));

  it("lets an OPD without a Renstra create one, and refuses an overlapping period beside the year", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const sesi = await sesiUji(trx, { peran: "perencana", opdKode: "burau" });
      const kosong = await (await minta(app, sesi, "GET", "/opd/burau/renstra")).text();
      expect(kosong).toContain("Perangkat daerah ini belum memiliki Renstra.");
      const isian = {
        "rs.nama": "Renstra Kecamatan Burau 2021-2026",
        "rs.tahunAwal": "2021",
        "rs.tahunAkhir": "2026",
      };
      const res = await minta(app, sesi, "POST", "/opd/burau/renstra", { isian });
      expect(res.status).toBe(303);
      const r = await trx
        .selectFrom("renstra as r")
        .innerJoin("opd as o", "o.id", "r.opd_id")
        .select(["r.id", "r.nama", "r.tahun_awal", "r.tahun_akhir", "r.rpjmd_id"])
        .where("o.kode", "=", "burau")
        .execute();
      expect(r).toEqual([
        {
          id: r[0]?.id,
          nama: "Renstra Kecamatan Burau 2021-2026",
          tahun_awal: 2021,
          tahun_akhir: 2026,
          rpjmd_id: null,
        },
      ]);
      expect(res.headers.get("location")).toContain(`/opd/burau/renstra?renstra=${r[0]?.id}&pesan=`);
      const lagi = await minta(app, sesi, "POST", "/opd/burau/renstra", {
        isian: { ...isian, "rs.nama": "Renstra bertumpuk", "rs.tahunAwal": "2025", "rs.tahunAkhir": "2029" },
      });
      expect(lagi.status).toBe(409);
      const html = await lagi.text();
      expect(pesanBeside(html, "rs.tahunAwal")).toBe(
        "Periode 2025–2029 bertumpuk dengan Renstra 2021–2026 yang sudah ada",
      );
      expect(html).toContain('value="Renstra bertumpuk"');
      const jumlahBurau = await trx
        .selectFrom("renstra as r")
        .innerJoin("opd as o", "o.id", "r.opd_id")
        .select("r.id")
        .where("o.kode", "=", "burau")
        .execute();
      expect(jumlahBurau).toHaveLength(1);
    }));

  it("edits an indicator passport with the value before in the audit", () =>
    dalamRollback(b, async (trx) => {
      const { opdId } = await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const r = await renstraMalili(trx, opdId);
      const ind = await indikatorByKode(trx, r.id, "S2.I2");
      const sesi = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const halaman = await (await minta(app, sesi, "GET", `/opd/malili/renstra/indikator/${ind.id}`)).text();
      expect(halaman).toContain("Paspor indikator");
      expect(halaman).toContain('value="100"');
      const res = await minta(app, sesi, "POST", `/opd/malili/renstra/indikator/${ind.id}`, {
        isian: {
          ...PASPOR,
          nama: ind.nama,
          satuan: "%",
          formula: "Program tercapai / program direncanakan × 100",
          agregasi: "last",
          presisi: "2",
          baseline: "",
          baselineTahun: "",
          kondisiAkhir: "100",
        },
      });
      expect(res.status).toBe(303);
      const sesudah = await indikatorByKode(trx, r.id, "S2.I2");
      expect(sesudah.formula).toBe("Program tercapai / program direncanakan × 100");
      expect(sesudah.baseline).toBeNull();
      const audit = await trx
        .selectFrom("audit_log")
        .select(["aksi", "sebelum"])
        .where("tabel", "=", "indikator")
        .where("baris_id", "=", String(ind.id))
        .where("aksi", "=", "ubah")
        .executeTakeFirstOrThrow();
      expect((audit.sebelum as { formula: string | null }).formula).toBeNull();
    }));
});

describe("IKU", () => {
  it("shows target, realisation, capaian and predikat for the year and lets the perencana unmark an IKU", () =>
    dalamRollback(b, async (trx) => {
      const { opdId } = await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const sesi = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const html = await (await minta(app, sesi, "GET", "/opd/malili/iku?tahun=2024")).text();
      const ikm =
        /<tr><td data-label="Sasaran">[^<]*<\/td><td data-label="Kode">S1\.I1<\/td>[\s\S]*?<\/tr>/.exec(
          html,
        )?.[0] ?? "";
      expect(ikm).toContain("93,05");
      expect(ikm).toContain("93,06");
      expect(ikm).toContain("100,01 %");
      const tabelIku = html.slice(0, html.indexOf("<h2>Tandai IKU</h2>"));
      expect(tabelIku).toContain("Nilai LAKIP");
      expect(tabelIku).not.toContain("Tingkat pertumbuhan IKM");
      const r = await renstraMalili(trx, opdId);
      const ind = await indikatorByKode(trx, r.id, "S1.I1");
      const res = await minta(app, sesi, "POST", `/opd/malili/iku/indikator/${ind.id}?tahun=2024`, {
        isian: { iku: "tidak" },
      });
      expect(res.status).toBe(303);
      expect((await indikatorByKode(trx, r.id, "S1.I1")).iku).toBe(false);
      const pimpinan = await sesiUji(trx, { peran: "pimpinan", opdKode: "malili" });
      expect(
        (await minta(app, pimpinan, "POST", `/opd/malili/iku/indikator/${ind.id}`, { isian: { iku: "ya" } }))
          .status,
      ).toBe(403);
      expect((await indikatorByKode(trx, r.id, "S1.I1")).iku).toBe(false);
    }));
});

describe("PK builder and rencana aksi", () => {
  it("prefills an indicator's target from the Renstra and stores the changed target", () =>
    dalamRollback(b, async (trx) => {
      const { opdId } = await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const pk = await pkPimpinan(trx, opdId);
      const sesi = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const html = await (await minta(app, sesi, "GET", "/opd/malili/pk?tahun=2024")).text();
      expect(html).toContain("NASIR, SP., M.Si");
      const form =
        /<form[^>]*action="\/opd\/malili\/pk\/\d+\/indikator"[\s\S]*?S2\.I2[\s\S]*?<\/form>/.exec(
          html,
        )?.[0] ?? "";
      expect(form).toMatch(/name="pkind-\d+-S2\.I2:target"[^>]*value="100"/);
      expect(form).toContain("Renstra 2024: 100 %");

      const res = await minta(app, sesi, "POST", `/opd/malili/pk/${pk.id}/indikator`, {
        isian: { indikatorKode: "S2.I2", [`pkind-${pk.id}-S2.I2:target`]: "95,5" },
      });
      expect(res.status).toBe(303);
      const baris = await trx
        .selectFrom("pk_indikator as k")
        .innerJoin("indikator as i", "i.id", "k.indikator_id")
        .select(["k.target", "k.target_atas", "k.urutan"])
        .where("k.pk_id", "=", pk.id)
        .where("i.kode", "=", "S2.I2")
        .executeTakeFirstOrThrow();
      expect(Number(baris.target)).toBe(95.5);
      expect(baris.target_atas).toBeNull();
      expect(baris.urutan).toBe(2);
    }));

  it("creates an eselon IV PK with prefilled parties and adds programs following the DPA or with an amount", () =>
    dalamRollback(b, async (trx) => {
      const { opdId } = await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const sesi = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const html = await (await minta(app, sesi, "GET", "/opd/malili/pk?tahun=2024")).text();
      expect(html).toMatch(/name="pihakKedua\.jabatan"[^>]*value="Bupati Luwu Timur"/);
      const res = await minta(app, sesi, "POST", "/opd/malili/pk", {
        isian: {
          tahun: "2024",
          tingkat: "eselon_iv",
          unitKode: "seksi-pemerintahan",
          dpaJenis: "perubahan",
          "pihakPertama.nama": "Kepala Seksi Uji",
          "pihakPertama.jabatan": "Kepala Seksi Pemerintahan",
          "pihakPertama.nip": "",
          "pihakKedua.nama": "NASIR, SP., M.Si",
          "pihakKedua.jabatan": "Camat Malili",
          "pihakKedua.nip": "198111162010011015",
          tempat: "Malili",
          tanggal: "2024-01-15",
        },
      });
      expect(res.status).toBe(303);
      const pk = await trx
        .selectFrom("perjanjian_kinerja")
        .selectAll()
        .where("opd_id", "=", opdId)
        .where("tingkat", "=", "eselon_iv")
        .executeTakeFirstOrThrow();
      expect(pk).toMatchObject({
        tahun: 2024,
        pihak_pertama_nama: "Kepala Seksi Uji",
        pihak_pertama_nip: null,
        pihak_kedua_nip: "198111162010011015",
        tempat: "Malili",
        status: "draf",
      });
      const ikut = await minta(app, sesi, "POST", `/opd/malili/pk/${pk.id}/program`, {
        isian: { kode: "7.01.02", [`pkprog-${pk.id}-7.01.02:anggaran`]: "" },
      });
      expect(ikut.status).toBe(303);
      const tertulis = await minta(app, sesi, "POST", `/opd/malili/pk/${pk.id}/program`, {
        isian: { kode: "7.01.03", [`pkprog-${pk.id}-7.01.03:anggaran`]: "Rp 5.000.000" },
      });
      expect(tertulis.status).toBe(303);
      const program = await trx
        .selectFrom("pk_program")
        .select(["kode", "anggaran"])
        .where("pk_id", "=", pk.id)
        .orderBy("kode")
        .execute();
      expect(program).toEqual([
        { kode: "7.01.02", anggaran: null },
        { kode: "7.01.03", anggaran: 5000000n },
      ]);
      const setelah = await (await minta(app, sesi, "GET", "/opd/malili/pk?tahun=2024")).text();
      expect(setelah).toContain("mengikuti DPA");
      expect(setelah).toContain("Rp 5.000.000");
    }));

  it("refuses adding an indicator to an approved PK with the lock message (409) and writes nothing", () =>
    dalamRollback(b, async (trx) => {
      const { opdId } = await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const pk = await pkPimpinan(trx, opdId);
      await trx
        .updateTable("perjanjian_kinerja")
        .set({ status: "disetujui" })
        .where("id", "=", pk.id)
        .execute();
      const sesi = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const halaman = await (await minta(app, sesi, "GET", "/opd/malili/pk?tahun=2024")).text();
      expect(halaman).toContain("sudah disetujui dan terkunci");
      expect(halaman).not.toContain(`action="/opd/malili/pk/${pk.id}/indikator"`);
      const sebelum = await jumlah(trx, "pk_indikator");
      const res = await minta(app, sesi, "POST", `/opd/malili/pk/${pk.id}/indikator`, {
        isian: { indikatorKode: "S2.I2", [`pkind-${pk.id}-S2.I2:target`]: "100" },
      });
      expect(res.status).toBe(409);
      expect(await res.text()).toContain(
        "Data ini sudah disetujui dan terkunci; ubah melalui revisi dengan alasan",
      );
      expect(await jumlah(trx, "pk_indikator")).toBe(sebelum);
    }));

  it("stores the four quarters of a rencana aksi and refuses a quarter without uraian", () =>
    dalamRollback(b, async (trx) => {
      const { opdId } = await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const pk = await pkPimpinan(trx, opdId);
      const ki = await trx
        .selectFrom("pk_indikator as k")
        .innerJoin("indikator as i", "i.id", "k.indikator_id")
        .select("k.id")
        .where("k.pk_id", "=", pk.id)
        .where("i.kode", "=", "S1.I1")
        .executeTakeFirstOrThrow();
      const sesi = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const halaman = await (await minta(app, sesi, "GET", "/opd/malili/rencana-aksi?tahun=2024")).text();
      expect(halaman).toContain(`action="/opd/malili/rencana-aksi/${ki.id}"`);

      const salah = await minta(app, sesi, "POST", `/opd/malili/rencana-aksi/${ki.id}`, {
        isian: { "target-1": "90", "uraian-1": "Survei awal", "target-2": "91,5", "uraian-2": "" },
      });
      expect(salah.status).toBe(400);
      const htmlSalah = await salah.text();
      expect(pesanBeside(htmlSalah, "uraian-2")).toBe("Triwulan 2: Uraian rencana aksi wajib diisi");
      expect(htmlSalah).toContain('value="91,5"');
      expect(await jumlah(trx, "rencana_aksi")).toBe(0);

      const res = await minta(app, sesi, "POST", `/opd/malili/rencana-aksi/${ki.id}`, {
        isian: {
          "target-1": "90",
          "uraian-1": "Survei awal",
          "target-2": "91,5",
          "uraian-2": "Perbaikan alur loket",
          "target-3": "92",
          "uraian-3": "Survei kedua",
          "target-4": "93,05",
          "uraian-4": "Survei akhir tahun",
        },
      });
      expect(res.status).toBe(303);
      const aksi = await trx
        .selectFrom("rencana_aksi")
        .select(["triwulan", "target", "uraian"])
        .where("pk_indikator_id", "=", ki.id)
        .orderBy("triwulan")
        .execute();
      expect(aksi.map((a) => [a.triwulan, Number(a.target), a.uraian])).toEqual([
        [1, 90, "Survei awal"],
        [2, 91.5, "Perbaikan alur loket"],
        [3, 92, "Survei kedua"],
        [4, 93.05, "Survei akhir tahun"],
      ]);
      const kasi = await sesiUji(trx, {
        peran: "kepala_seksi",
        opdKode: "malili",
        unitKode: "seksi-pemerintahan",
      });
      const ditolak = await minta(app, kasi, "POST", `/opd/malili/rencana-aksi/${ki.id}`, {
        isian: { "target-1": "1", "uraian-1": "tidak boleh" },
      });
      expect(ditolak.status).toBe(403);
      expect(
        (
          await trx
            .selectFrom("rencana_aksi")
            .select("uraian")
            .where("triwulan", "=", 1)
            .executeTakeFirstOrThrow()
        ).uraian,
      ).toBe("Survei awal");
    }));
});

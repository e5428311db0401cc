import ExcelJS from "exceljs";
import type { Hono } from "hono";
import type { Transaction } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import { minta, type SesiUji, sesiUji } from "../../../test/setup/sesi.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { DB } from "../../platform/db/schema.ts";
import { tulisXlsx } from "../../platform/excel.ts";
import type { EnvAplikasi } from "../../platform/http/konteks.ts";
import { catatRealisasi } from "../performance/realisasi.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

type Trx = Transaction<DB>;
type App = Hono<EnvAplikasi>;

async function siapkan(trx: Trx) {
  const ids = await muatDataset(trx, malili2024);
  const app = aplikasiUji(trx);
  const perencana = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
  return { ...ids, app, perencana };
}

async function unduhBuku(app: App, sesi: SesiUji, jalur: string): Promise<ExcelJS.Workbook> {
  const res = await minta(app, sesi, "GET", jalur);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("spreadsheetml");
  const buku = new ExcelJS.Workbook();
  await buku.xlsx.load(await res.arrayBuffer());
  return buku;
}

function nilaiLembar(buku: ExcelJS.Workbook, nama: string): unknown[][] {
  const l = buku.getWorksheet(nama);
  if (!l) throw new Error(`lembar ${nama} tidak ada`);
  const hasil: unknown[][] = [];
  l.eachRow((row) => {
    hasil.push(Array.from((row.values as unknown[]).slice(1), (v) => v ?? null));
  });
  return hasil;
}

function formulirImpor(
  isian: Record<string, string>,
  isi: Uint8Array | string,
  nama = "data.xlsx",
): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(isian)) f.set(k, v);
  f.set("berkas", new File([typeof isi === "string" ? isi : new Uint8Array(isi)], nama));
  return f;
}

function bukaEscape(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function bidangTersembunyi(html: string, nama: string): string {
  const cocok = new RegExp(`name="${nama}" value="([^"]*)"`).exec(html);
  if (!cocok?.[1]) throw new Error(`bidang ${nama} tidak ada di halaman`);
  return bukaEscape(cocok[1]);
}

async function realisasiTahun(trx: Trx, tahun: number) {
  return trx
    .selectFrom("realisasi_indikator as r")
    .innerJoin("indikator as i", "i.id", "r.indikator_id")
    .select(["i.kode", "r.periode_jenis", "r.periode_ke", "r.nilai", "r.sumber", "r.catatan", "r.status"])
    .where("r.tahun", "=", tahun)
    .orderBy("i.kode")
    .execute();
}

async function jumlahAudit(trx: Trx): Promise<number> {
  const r = await trx
    .selectFrom("audit_log")
    .select((e) => e.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

const KEPALA_R = ["kode_indikator", "nama_indikator", "satuan", "nilai", "sumber", "catatan"];
const REALISASI_2025_TW1 = { jenis: "realisasi", tahun: "2025", periode: "tw1", dpaJenis: "murni" };

async function berkasBersih(): Promise<Uint8Array> {
  return tulisXlsx([
    {
      nama: "Data",
      kepala: KEPALA_R,
      baris: [
        ["S1.I1", "IKM", "Nilai", 93.5, "Survei TW I", "Loket kantor camat"],
        ["S2.I2", "Capaian", "%", "87,25", null, null],
      ],
    },
  ]);
}

describe("templates", () => {
  it("a realisation template lists the demo's indicator codes on 'Kode valid', pre-filled with stored values", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana } = await siapkan(trx);
      const halaman = await minta(
        app,
        perencana,
        "GET",
        "/opd/malili/impor?jenis=realisasi&tahun=2024&periode=tw2&pesan=Tersimpan",
      );
      expect(halaman.status).toBe(200);
      const html = await halaman.text();
      expect(html).toContain('href="/opd/malili/impor/templat/realisasi.xlsx?tahun=2024&amp;periode=tw2"');
      expect(html).toContain('role="status">Tersimpan</p>');
      const en = await sesiUji(trx, {
        peran: "perencana",
        opdKode: "malili",
        namaPengguna: "perencana.en",
        bahasa: "en",
      });
      expect(await (await minta(app, en, "GET", "/opd/malili/impor")).text()).toContain(
        "Excel import and export",
      );
      const buku = await unduhBuku(
        app,
        perencana,
        "/opd/malili/impor/templat/realisasi.xlsx?tahun=2024&periode=tahun",
      );
      expect(buku.worksheets.map((w) => w.name)).toEqual(["Data", "Kode valid", "Petunjuk"]);
      const data = nilaiLembar(buku, "Data");
      expect(data[0]).toEqual(KEPALA_R);
      const kode = nilaiLembar(buku, "Kode valid");
      expect(kode[0]).toEqual(["kode_indikator", "nama_indikator", "satuan"]);
      expect(
        kode
          .slice(1)
          .map((r) => r[0])
          .sort(),
      ).toEqual(["S1.I1", "S2.I1", "S2.I2", "T1.I1"]);
      const ikm = data.find((r) => r[0] === "S1.I1");
      expect(ikm?.slice(0, 5)).toEqual([
        "S1.I1",
        "Indeks Kepuasan Masyarakat (IKM)",
        "Nilai",
        93.06,
        "Tabel 3.1 LAKIP 2024 (Seksi Pelayanan Umum)",
      ]);
      const validasi = buku.getWorksheet("Data")?.getCell("A2").dataValidation;
      expect(validasi).toMatchObject({ type: "list", formulae: ["'Kode valid'!$A$2:$A$5"] });
    }));

  it("a target template has one column per Renstra year; a DPA template lists nomenclature codes", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana } = await siapkan(trx);
      const target = await unduhBuku(
        app,
        perencana,
        "/opd/malili/impor/templat/target-renstra.xlsx?tahun=2024",
      );
      const data = nilaiLembar(target, "Data");
      expect(data[0]).toEqual([
        "kode_indikator",
        "nama_indikator",
        "satuan",
        "2021",
        "2022",
        "2023",
        "2024",
        "2025",
        "2026",
      ]);
      expect(data.find((r) => r[0] === "S1.I1")?.slice(3)).toEqual([92, 92.27, 93, 93.05, 94, 94.5]);
      const dpa = await unduhBuku(
        app,
        perencana,
        "/opd/malili/impor/templat/dpa.xlsx?tahun=2024&dpa=perubahan",
      );
      const kode = nilaiLembar(dpa, "Kode valid").map((r) => r[0]);
      expect(kode).toContain("7.01.02.2.01.0001");
      expect(nilaiLembar(dpa, "Data")[0]).toEqual(["kode", "nama", "pagu"]);
    }));
});

describe("import with preview", () => {
  it("previews a bad number and an unknown code with their row numbers and writes nothing", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana } = await siapkan(trx);
      const sebelum = { r: await realisasiTahun(trx, 2025), a: await jumlahAudit(trx) };
      const csv =
        "kode_indikator;nama_indikator;satuan;nilai;sumber;catatan\nS1.I1;;;93,5;Survei;\nS2.I2;;;delapan puluh;;\nS9.I9;;;10;;\n";
      const res = await minta(app, perencana, "POST", "/opd/malili/impor", {
        isian: formulirImpor(REALISASI_2025_TW1, csv, "data.csv"),
      });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain("Baris 3, kolom nilai: &quot;delapan puluh&quot; bukan angka");
      expect(html).toContain("Baris 4, kolom kode_indikator: kode indikator &quot;S9.I9&quot; tidak dikenal");
      expect(html).toContain("1 baris sah (1 baru, 0 berubah, 0 tidak berubah); 2 baris bermasalah");
      expect(html).not.toContain('name="muatan"');
      expect(await realisasiTahun(trx, 2025)).toEqual(sebelum.r);
      expect(await jumlahAudit(trx)).toBe(sebelum.a);
    }));

  it("a clean file previews, then 'simpan' writes every row exactly, in one go", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana } = await siapkan(trx);
      const res = await minta(app, perencana, "POST", "/opd/malili/impor", {
        isian: formulirImpor(REALISASI_2025_TW1, await berkasBersih()),
      });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain("2 baris sah (2 baru, 0 berubah, 0 tidak berubah); 0 baris bermasalah");
      expect(await realisasiTahun(trx, 2025)).toEqual([]);
      const simpan = await minta(app, perencana, "POST", "/opd/malili/impor/simpan", {
        isian: { muatan: bidangTersembunyi(html, "muatan"), tanda: bidangTersembunyi(html, "tanda") },
      });
      expect(simpan.status).toBe(303);
      expect(simpan.headers.get("location")).toContain("pesan=2+baris+tersimpan");
      const rows = await realisasiTahun(trx, 2025);
      expect(rows.map((r) => ({ ...r, nilai: Number(r.nilai) }))).toEqual([
        {
          kode: "S1.I1",
          periode_jenis: "triwulan",
          periode_ke: 1,
          nilai: 93.5,
          sumber: "Survei TW I",
          catatan: "Loket kantor camat",
          status: "draf",
        },
        {
          kode: "S2.I2",
          periode_jenis: "triwulan",
          periode_ke: 1,
          nilai: 87.25,
          sumber: null,
          catatan: null,
          status: "draf",
        },
      ]);
      const audit = await trx
        .selectFrom("audit_log")
        .select(["pelaku", "tabel"])
        .where("tabel", "=", "realisasi_indikator")
        .where("pelaku", "=", perencana.namaPengguna)
        .execute();
      expect(audit).toHaveLength(2);
    }));

  it("refuses a tampered payload (changed value, same signature) with 400 and writes nothing", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana } = await siapkan(trx);
      const res = await minta(app, perencana, "POST", "/opd/malili/impor", {
        isian: formulirImpor(REALISASI_2025_TW1, await berkasBersih()),
      });
      const html = await res.text();
      const muatan = bidangTersembunyi(html, "muatan");
      const diubah = muatan.replace('"nilai":"93.5"', '"nilai":"99.9"');
      expect(diubah).not.toBe(muatan);
      const simpan = await minta(app, perencana, "POST", "/opd/malili/impor/simpan", {
        isian: { muatan: diubah, tanda: bidangTersembunyi(html, "tanda") },
      });
      expect(simpan.status).toBe(400);
      expect(await simpan.text()).toContain("Data pratinjau tidak sah atau telah diubah");
      expect(await realisasiTahun(trx, 2025)).toEqual([]);
    }));

  it("a row the service refuses at save time rolls back the rows before it and names the row", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana, pemdaId, opdId } = await siapkan(trx);
      const res = await minta(app, perencana, "POST", "/opd/malili/impor", {
        isian: formulirImpor(REALISASI_2025_TW1, await berkasBersih()),
      });
      const html = await res.text();
      // after the preview, someone records S2.I2's 2025 value per year: a quarter can no longer be mixed in
      const s2i2 = await trx
        .selectFrom("indikator")
        .select("id")
        .where("kode", "=", "S2.I2")
        .executeTakeFirstOrThrow();
      await catatRealisasi(
        trx,
        { pemdaId, opdId, pelaku: "lain" },
        {
          indikatorId: s2i2.id,
          tahun: 2025,
          periode: { jenis: "tahun", ke: 1 },
          nilai: "90",
        },
      );
      const sebelum = await jumlahAudit(trx);
      const simpan = await minta(app, perencana, "POST", "/opd/malili/impor/simpan", {
        isian: { muatan: bidangTersembunyi(html, "muatan"), tanda: bidangTersembunyi(html, "tanda") },
      });
      expect(simpan.status).toBe(409);
      expect(await simpan.text()).toContain(
        "Baris 3: Realisasi indikator S2.I2 tahun 2025 sudah dicatat per tahun",
      );
      const rows = await realisasiTahun(trx, 2025);
      expect(rows.map((r) => [r.kode, r.periode_jenis])).toEqual([["S2.I2", "tahun"]]);
      expect(await jumlahAudit(trx)).toBe(sebelum);
    }));

  it("a DPA file adds a program, kegiatan and sub kegiatan to a new DPA version", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana } = await siapkan(trx);
      const isi = await tulisXlsx([
        {
          nama: "Data",
          kepala: ["kode", "nama", "pagu"],
          baris: [
            ["7.01.02.2.01.0001", null, "12.500.000"],
            ["7.01.02", null, null],
            ["7.01.02.2.01", null, null],
          ],
          kolomTeks: [1],
        },
      ]);
      const res = await minta(app, perencana, "POST", "/opd/malili/impor", {
        isian: formulirImpor({ jenis: "dpa", tahun: "2025", periode: "tahun", dpaJenis: "murni" }, isi),
      });
      const html = await res.text();
      expect(html).toContain("3 baris sah (3 baru");
      const simpan = await minta(app, perencana, "POST", "/opd/malili/impor/simpan", {
        isian: { muatan: bidangTersembunyi(html, "muatan"), tanda: bidangTersembunyi(html, "tanda") },
      });
      expect(simpan.status).toBe(303);
      const sub = await trx
        .selectFrom("dpa_sub_kegiatan as s")
        .innerJoin("dpa_kegiatan as k", "k.id", "s.dpa_kegiatan_id")
        .innerJoin("dpa_program as p", "p.id", "k.dpa_program_id")
        .innerJoin("dpa as d", "d.id", "p.dpa_id")
        .select(["d.tahun", "d.jenis", "p.kode as program", "k.kode as kegiatan", "s.kode", "s.pagu"])
        .where("d.tahun", "=", 2025)
        .execute();
      expect(sub).toEqual([
        {
          tahun: 2025,
          jenis: "murni",
          program: "7.01.02",
          kegiatan: "7.01.02.2.01",
          kode: "7.01.02.2.01.0001",
          pagu: 12500000n,
        },
      ]);
    }));

  it("refuses a file that is neither XLSX nor CSV with 400, the choices kept", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana } = await siapkan(trx);
      const res = await minta(app, perencana, "POST", "/opd/malili/impor", {
        isian: formulirImpor(
          REALISASI_2025_TW1,
          new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 1, 2]),
          "lama.xls",
        ),
      });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain("bukan Excel (.xlsx) maupun CSV");
      expect(html).toMatch(/<option value="tw1" selected/);
      expect(html).toContain('value="2025"');
    }));
});

describe("who may import and export", () => {
  it("a kepala seksi gets 403 on the import page, the upload and the template, but may export", () =>
    dalamRollback(b, async (trx) => {
      const { app } = await siapkan(trx);
      const kasi = await sesiUji(trx, {
        peran: "kepala_seksi",
        opdKode: "malili",
        unitKode: "seksi-pemerintahan",
      });
      expect((await minta(app, kasi, "GET", "/opd/malili/impor")).status).toBe(403);
      const post = await minta(app, kasi, "POST", "/opd/malili/impor", {
        isian: formulirImpor(REALISASI_2025_TW1, await berkasBersih()),
      });
      expect(post.status).toBe(403);
      expect(
        (await minta(app, kasi, "GET", "/opd/malili/impor/templat/realisasi.xlsx?tahun=2024")).status,
      ).toBe(403);
      expect((await minta(app, kasi, "GET", "/opd/malili/ekspor/realisasi.xlsx?tahun=2024")).status).toBe(
        200,
      );
      expect(await realisasiTahun(trx, 2025)).toEqual([]);
    }));

  it("another OPD's perencana gets 403 on page, upload, save and export", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana } = await siapkan(trx);
      const res = await minta(app, perencana, "POST", "/opd/malili/impor", {
        isian: formulirImpor(REALISASI_2025_TW1, await berkasBersih()),
      });
      const html = await res.text();
      const burau = await sesiUji(trx, { peran: "perencana", opdKode: "burau" });
      expect((await minta(app, burau, "GET", "/opd/malili/impor")).status).toBe(403);
      const post = await minta(app, burau, "POST", "/opd/malili/impor", {
        isian: formulirImpor(REALISASI_2025_TW1, await berkasBersih()),
      });
      expect(post.status).toBe(403);
      const simpan = await minta(app, burau, "POST", "/opd/malili/impor/simpan", {
        isian: { muatan: bidangTersembunyi(html, "muatan"), tanda: bidangTersembunyi(html, "tanda") },
      });
      expect(simpan.status).toBe(403);
      expect((await minta(app, burau, "GET", "/opd/malili/ekspor/realisasi.xlsx?tahun=2024")).status).toBe(
        403,
      );
      expect(await realisasiTahun(trx, 2025)).toEqual([]);
    }));
});

describe("export", () => {
  it("round-trips the stored values: an export imported back changes nothing", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana } = await siapkan(trx);
      const kasus = [
        {
          jalur: "realisasi.xlsx?tahun=2024&periode=tahun",
          isian: { jenis: "realisasi", tahun: "2024", periode: "tahun", dpaJenis: "murni" },
          baris: 4,
        },
        {
          jalur: "target-renstra.xlsx?tahun=2024",
          isian: { jenis: "target-renstra", tahun: "2024", periode: "tahun", dpaJenis: "murni" },
          baris: 4,
        },
        {
          jalur: "dpa.xlsx?tahun=2024&dpa=perubahan",
          isian: { jenis: "dpa", tahun: "2024", periode: "tahun", dpaJenis: "perubahan" },
          baris: 0,
        },
      ];
      for (const k of kasus) {
        const res = await minta(app, perencana, "GET", `/opd/malili/ekspor/${k.jalur}`);
        expect(res.status).toBe(200);
        const isi = new Uint8Array(await res.arrayBuffer());
        const impor = await minta(app, perencana, "POST", "/opd/malili/impor", {
          isian: formulirImpor(k.isian, isi),
        });
        const html = await impor.text();
        expect(html).toMatch(/\d+ baris sah \(0 baru, 0 berubah, \d+ tidak berubah\); 0 baris bermasalah/);
        expect(html).toContain("Berkas ini tidak mengubah apa pun");
        if (k.baris > 0) expect(html).toContain(`${k.baris} baris sah`);
      }
      const ekspor = new ExcelJS.Workbook();
      await ekspor.xlsx.load(
        await (
          await minta(app, perencana, "GET", "/opd/malili/ekspor/realisasi.xlsx?tahun=2024&periode=tahun")
        ).arrayBuffer(),
      );
      const data = nilaiLembar(ekspor, "Data");
      expect(data[0]).toEqual([...KEPALA_R, "status"]);
      const lakip = data.find((r) => r[0] === "S2.I1");
      expect(lakip?.slice(3)).toEqual([
        null,
        null,
        "Inspektorat Kabupaten Luwu Timur belum mengeluarkan Laporan Hasil Evaluasi LAKIP Tahun 2024 saat laporan disusun",
        "draf",
      ]);
      expect(data.find((r) => r[0] === "S1.I1")?.[3]).toBe(93.06);
    }));
});

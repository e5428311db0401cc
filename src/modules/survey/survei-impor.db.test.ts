import { gzipSync } from "node:zlib";
import ExcelJS from "exceljs";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import { minta, type SesiUji, sesiUji } from "../../../test/setup/sesi.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { Db } from "../../platform/db/transaction.ts";
import type { EnvAplikasi } from "../../platform/http/konteks.ts";
import { buatPeriodeSkm, buatUnitLayanan, hasilPeriode } from "./survey.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

type App = Hono<EnvAplikasi>;
const JALUR = "/opd/malili/survei/impor";
const JUDUL = "U1,U2,U3,U4,U5,U6,U7,U8,U9";

/** The demo, a second service unit, and a TW II 2024 period besides the demo's yearly one of the current year. */
async function siapkan(trx: Db) {
  const { pemdaId, opdId } = await muatDataset(trx, malili2024);
  const c = { pemdaId, opdId: null, pelaku: "uji" };
  await buatUnitLayanan(trx, c, opdId, { kode: "loket-2", nama: "Loket Kedua" });
  const periodeId = await buatPeriodeSkm(trx, c, opdId, {
    tahun: 2024,
    periodeJenis: "triwulan",
    periodeKe: 2,
    mulai: "2024-04-01",
    selesai: "2024-06-30",
    jumlahPengguna: 100,
  });
  const app = aplikasiUji(trx);
  const perencana = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
  return { c, opdId, periodeId, app, perencana };
}

function unggahan(isian: Record<string, string>, isi: Uint8Array | string, nama: string): FormData {
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

async function jumlahRespons(trx: Db, periodeId?: number) {
  let q = trx.selectFrom("skm_respons").select((e) => e.fn.countAll<string>().as("n"));
  if (periodeId !== undefined) q = q.where("periode_id", "=", periodeId);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** Each stored respondent of the period as "U1..U9" answers joined, in the order they were written. */
async function jawabanTersimpan(trx: Db, periodeId: number) {
  const baris = await trx
    .selectFrom("skm_jawaban as j")
    .innerJoin("skm_respons as r", "r.id", "j.respons_id")
    .innerJoin("skm_unsur as u", "u.id", "j.unsur_id")
    .select(["r.id", "u.kunci", "j.nilai"])
    .where("r.periode_id", "=", periodeId)
    .orderBy("r.id")
    .orderBy("u.urutan")
    .execute();
  const per = new Map<string, string[]>();
  for (const j of baris) {
    const daftar = per.get(String(j.id)) ?? [];
    daftar.push(`${j.kunci}=${j.nilai}`);
    per.set(String(j.id), daftar);
  }
  return [...per.values()].map((d) => d.join(" "));
}

async function pratinjau(app: App, sesi: SesiUji, periodeId: number, csv: string, ekstra = {}) {
  return minta(app, sesi, "POST", JALUR, {
    isian: unggahan({ periode: String(periodeId), ...ekstra }, csv, "kuesioner.csv"),
  });
}

/**
 * Three respondents. Column sums U1..U9 = 9, 10, 11, 8, 9, 10, 11, 10, 9 (total 87), so
 * IKM = (Σ sum/3 × 1/9) × 25 = 87 × 25 / 27 = 80,5555… → 80,56, mutu B (76,61–88,30).
 */
const CSV_BERSIH = [
  `${JUDUL},jenis_layanan,jenis_kelamin,usia,saran,tanggal`,
  '4,4,4,4,4,4,4,4,4,ktp,L,34,"Cepat, ramah",2024-04-15',
  "3,3,3,3,3,3,3,3,3,kk,P,27,,15/05/2024",
  "2,3,4,1,2,3,4,3,2,,,,,",
].join("\r\n");

describe("paper questionnaire import in the browser", () => {
  it("previews an answer 5 and a missing required unsur with their row numbers, no Simpan, nothing written", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana, periodeId } = await siapkan(trx);
      const csv = [JUDUL, "4,4,5,4,4,4,4,4,4", ",4,4,4,4,4,4,4,4", "4,4,4,4,4,4,4,4,4"].join("\n");
      const res = await pratinjau(app, perencana, periodeId, csv);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain(
        '<td data-label="Baris">2</td><td data-label="Kolom">U3</td><td data-label="Kesalahan">Nilai 5 di luar skala 1–4.</td>',
      );
      expect(html).toContain(
        '<td data-label="Baris">3</td><td data-label="Kolom">U1</td><td data-label="Kesalahan">Unsur U1 (Persyaratan) wajib dijawab; kolom ini kosong.</td>',
      );
      expect(html).toMatch(/Baris sah<b id="jumlah-sah">1<\/b>/);
      expect(html).not.toContain('name="muatan"');
      expect(html).not.toContain("/survei/impor/simpan");
      expect(html).toContain("Perbaiki kesalahan di atas");
      expect(await jumlahRespons(trx)).toBe(0);
    }));

  it("previews the hand-computed IKM of three respondents, and Simpan stores exactly those answers", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana, periodeId, c } = await siapkan(trx);
      const res = await pratinjau(app, perencana, periodeId, CSV_BERSIH, { kodeUnit: "loket-2" });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('<b id="ikm-sementara">80,56</b>');
      expect(html).toContain('<b id="mutu-sementara">B (Baik)</b>');
      expect(html).toMatch(/Baris sah<b id="jumlah-sah">3<\/b>/);
      // U3: 4 + 3 + 4 = 11 over 3 respondents → NRR 3,67, converted 91,67
      expect(html).toContain(
        '<td data-label="Jumlah nilai" class="angka">11</td><td data-label="Responden" class="angka">3</td><td data-label="NRR" class="angka">3,67</td><td data-label="Nilai konversi" class="angka">91,67</td>',
      );
      expect(await jumlahRespons(trx)).toBe(0);

      const simpan = await minta(app, perencana, "POST", `${JALUR}/simpan`, {
        isian: { muatan: bidangTersembunyi(html, "muatan"), tanda: bidangTersembunyi(html, "tanda") },
      });
      expect(simpan.status).toBe(303);
      const lokasi = simpan.headers.get("location") ?? "";
      expect(lokasi.startsWith("/opd/malili/survei?pesan=")).toBe(true);
      expect(new URL(lokasi, "http://x").searchParams.get("pesan")).toBe(
        "3 kuesioner kertas tersimpan pada periode Triwulan II 2024",
      );
      expect(await jumlahRespons(trx)).toBe(3);
      expect(await jawabanTersimpan(trx, periodeId)).toEqual([
        "U1=4 U2=4 U3=4 U4=4 U5=4 U6=4 U7=4 U8=4 U9=4",
        "U1=3 U2=3 U3=3 U4=3 U5=3 U6=3 U7=3 U8=3 U9=3",
        "U1=2 U2=3 U3=4 U4=1 U5=2 U6=3 U7=4 U8=3 U9=2",
      ]);
      const respons = await trx
        .selectFrom("skm_respons as r")
        .innerJoin("skm_unit_layanan as u", "u.id", "r.unit_layanan_id")
        .leftJoin("skm_jenis_layanan as j", "j.id", "r.jenis_layanan_id")
        .select(["r.sumber", "u.kode as unit", "j.kode as layanan", "r.jenis_kelamin", "r.saran", "r.usia"])
        .where("r.periode_id", "=", periodeId)
        .orderBy("r.id")
        .execute();
      expect(respons.map((r) => [r.sumber, r.unit, r.layanan, r.jenis_kelamin, r.saran, r.usia])).toEqual([
        ["impor", "loket-2", "ktp", "L", "Cepat, ramah", 34],
        ["impor", "loket-2", "kk", "P", null, 27],
        ["impor", "loket-2", null, null, null, null],
      ]);
      expect((await hasilPeriode(trx, c, periodeId)).hasil?.ikm).toBe("80.56");
    }));

  it("reads an .xlsx, carries it through the preview and saves its rows", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana, periodeId } = await siapkan(trx);
      const buku = new ExcelJS.Workbook();
      const lembar = buku.addWorksheet("Responden");
      lembar.addRow(["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9", "saran"]);
      lembar.addRow([1, 1, 1, 1, 1, 1, 1, 1, 1, 'kata "kutip"; titik koma']);
      lembar.addRow([]);
      lembar.addRow([4, 4, 4, 4, 4, 4, 4, 4, 4, ""]);
      const isi = new Uint8Array(await buku.xlsx.writeBuffer());
      const res = await minta(app, perencana, "POST", JALUR, {
        isian: unggahan({ periode: String(periodeId) }, isi, "Data SKM.xlsx"),
      });
      const html = await res.text();
      expect(res.status).toBe(200);
      // (1 + 4) / 2 = 2,5 for every unsur → 62,50, mutu D
      expect(html).toContain('<b id="ikm-sementara">62,50</b>');
      const simpan = await minta(app, perencana, "POST", `${JALUR}/simpan`, {
        isian: { muatan: bidangTersembunyi(html, "muatan"), tanda: bidangTersembunyi(html, "tanda") },
      });
      expect(simpan.status).toBe(303);
      expect(await jawabanTersimpan(trx, periodeId)).toEqual([
        "U1=1 U2=1 U3=1 U4=1 U5=1 U6=1 U7=1 U8=1 U9=1",
        "U1=4 U2=4 U3=4 U4=4 U5=4 U6=4 U7=4 U8=4 U9=4",
      ]);
      const saran = await trx
        .selectFrom("skm_respons")
        .select("saran")
        .where("periode_id", "=", periodeId)
        .orderBy("id")
        .execute();
      expect(saran.map((s) => s.saran)).toEqual(['kata "kutip"; titik koma', null]);
    }));

  it("refuses a tampered payload, or one from another session, with 400 and writes nothing", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana, periodeId } = await siapkan(trx);
      const html = await (await pratinjau(app, perencana, periodeId, CSV_BERSIH)).text();
      const muatan = bidangTersembunyi(html, "muatan");
      const tanda = bidangTersembunyi(html, "tanda");
      const diubah = muatan.replace("4,4,4,4,4,4,4,4,4", "1,1,1,1,1,1,1,1,1");
      expect(diubah).not.toBe(muatan);
      const res = await minta(app, perencana, "POST", `${JALUR}/simpan`, {
        isian: { muatan: diubah, tanda },
      });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain("Data pratinjau tidak sah atau telah diubah");

      const rekan = await sesiUji(trx, { peran: "perencana", opdKode: "malili", namaPengguna: "rekan" });
      const lain = await minta(app, rekan, "POST", `${JALUR}/simpan`, { isian: { muatan, tanda } });
      expect(lain.status).toBe(400);
      expect(await jumlahRespons(trx)).toBe(0);
    }));

  it("refuses a file that is neither CSV nor XLSX with 400, keeping the chosen period and unit", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana, periodeId } = await siapkan(trx);
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
      const res = await minta(app, perencana, "POST", JALUR, {
        isian: unggahan({ periode: String(periodeId), kodeUnit: "loket-2" }, png, "foto.csv"),
      });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain("Berkas ini bukan Excel (.xlsx) maupun CSV");
      expect(html).toMatch(new RegExp(`<option value="${periodeId}" selected="">`));
      expect(html).toMatch(/<option value="loket-2" selected="">/);
      // the default (GET) selects the latest period, not the one posted
      const awal = await (await minta(app, perencana, "GET", JALUR)).text();
      expect(awal).not.toMatch(new RegExp(`<option value="${periodeId}" selected="">`));
      expect(await jumlahRespons(trx)).toBe(0);
    }));

  it("refuses more than 2 000 respondents in one upload", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana, periodeId } = await siapkan(trx);
      const csv = [JUDUL, ...Array.from({ length: 2001 }, () => "4,4,4,4,4,4,4,4,4")].join("\n");
      const res = await pratinjau(app, perencana, periodeId, csv);
      expect(res.status).toBe(400);
      expect(await res.text()).toContain("Berkas memuat 2001 baris responden; paling banyak 2000");
      expect(await jumlahRespons(trx)).toBe(0);
    }));

  it("keeps the preview of 2 000 respondents with profile and saran under 60 KB gzipped", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana, periodeId } = await siapkan(trx);
      let benih = 7;
      const acak = (n: number) => {
        benih = (benih * 1103515245 + 12345) % 2147483648;
        return benih % n;
      };
      const saran = ["", "", "Antrean lebih cepat", "Petugas ramah dan sigap", "Ruang tunggu panas"];
      const baris = Array.from({ length: 2000 }, (_, i) => {
        const jawaban = Array.from({ length: 9 }, () => 1 + acak(4));
        const hari = String(1 + (i % 28)).padStart(2, "0");
        return [
          ...jawaban,
          "ktp",
          acak(2) ? "L" : "P",
          18 + acak(60),
          "SMA",
          "swasta",
          saran[acak(5)],
          `2024-05-${hari}`,
        ].join(",");
      });
      const csv = [
        `${JUDUL},jenis_layanan,jenis_kelamin,usia,pendidikan,pekerjaan,saran,tanggal`,
        ...baris,
      ].join("\n");
      const res = await pratinjau(app, perencana, periodeId, csv);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toMatch(/Baris sah<b id="jumlah-sah">2000<\/b>/);
      expect(html).toContain('name="muatan"');
      expect(gzipSync(html).length).toBeLessThan(60 * 1024);
    }));

  it("is the perencana's own: kepala seksi, evaluator and another OPD's perencana get 403", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana, periodeId } = await siapkan(trx);
      const html = await (await pratinjau(app, perencana, periodeId, CSV_BERSIH)).text();
      const isianSimpan = {
        muatan: bidangTersembunyi(html, "muatan"),
        tanda: bidangTersembunyi(html, "tanda"),
      };
      const orang = [
        await sesiUji(trx, { peran: "kepala_seksi", opdKode: "malili", unitKode: "seksi-pemerintahan" }),
        await sesiUji(trx, { peran: "evaluator" }),
        await sesiUji(trx, { peran: "perencana", opdKode: "burau" }),
      ];
      for (const s of orang) {
        expect((await minta(app, s, "GET", JALUR)).status).toBe(403);
        expect((await minta(app, s, "GET", `${JALUR}/templat.csv`)).status).toBe(403);
        expect((await pratinjau(app, s, periodeId, CSV_BERSIH)).status).toBe(403);
        expect((await minta(app, s, "POST", `${JALUR}/simpan`, { isian: isianSimpan })).status).toBe(403);
      }
      expect(await jumlahRespons(trx)).toBe(0);
    }));

  it("serves the CSV template with the unsur and profile headers, and the page links to it", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana, periodeId } = await siapkan(trx);
      const res = await minta(app, perencana, "GET", `${JALUR}/templat.csv?periode=${periodeId}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(res.headers.get("content-disposition")).toContain("attachment");
      expect(await res.text()).toBe(
        "U1,U2,U3,U4,U5,U6,U7,U8,U9,jenis_layanan,jenis_kelamin,usia,pendidikan,pekerjaan,saran,tanggal\r\n",
      );
      const halaman = await minta(app, perencana, "GET", JALUR);
      expect(halaman.status).toBe(200);
      expect(await halaman.text()).toContain(`href="${JALUR}/templat.csv?periode=`);
    }));
});

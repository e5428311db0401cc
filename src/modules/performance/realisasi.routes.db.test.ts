import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import { minta, type SesiUji, sesiUji } from "../../../test/setup/sesi.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { Db } from "../../platform/db/transaction.ts";
import { penyimpananMemori } from "../../platform/storage/penyimpanan.ts";
import { kunciSimpanBukti, UKURAN_BUKTI_MAKS } from "./bukti.domain.ts";
import { PESAN_BUKTI_TERKUNCI } from "./bukti.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n");
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

async function siapkan(trx: Db) {
  const { opdId } = await muatDataset(trx, malili2024);
  const penyimpanan = penyimpananMemori();
  const app = aplikasiUji(trx, { penyimpanan });
  const indikator = Object.fromEntries(
    (await trx.selectFrom("indikator").select(["id", "kode"]).where("opd_id", "=", opdId).execute()).map(
      (i) => [i.kode, i.id],
    ),
  ) as Record<string, number>;
  const perencana = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
  return { opdId, app, penyimpanan, indikator, perencana };
}

async function jumlahRealisasi(trx: Db): Promise<number> {
  const r = await trx
    .selectFrom("realisasi_indikator")
    .select((e) => e.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function jumlahBukti(trx: Db): Promise<number> {
  const r = await trx
    .selectFrom("bukti")
    .select((e) => e.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

function formBerkas(nama: string, isi: Uint8Array, jenis = "application/octet-stream"): FormData {
  const f = new FormData();
  f.set("tahun", "2026");
  f.set("tampil", "tw1");
  f.set("berkas", new File([isi], nama, { type: jenis }));
  return f;
}

/** Saves a 2026 Q1 value of S2.I2 (no responsible unit) as the perencana and returns the realisation id. */
async function simpanNilai(
  trx: Db,
  app: ReturnType<typeof aplikasiUji>,
  sesi: SesiUji,
  indikatorId: number,
  nilai = "12,5",
) {
  const res = await minta(app, sesi, "POST", `/opd/malili/realisasi/${indikatorId}`, {
    isian: { tahun: "2026", periode: "tw1", tampil: "tw1", nilai, sumber: "Laporan seksi", catatan: "" },
  });
  expect(res.status).toBe(303);
  const r = await trx
    .selectFrom("realisasi_indikator")
    .select(["id", "nilai"])
    .where("indikator_id", "=", indikatorId)
    .where("tahun", "=", 2026)
    .executeTakeFirstOrThrow();
  return r.id;
}

describe("GET /opd/:kode/realisasi", () => {
  it("lists the demo's 2024 indicators grouped by unit, with their stored values, tanpa unit last", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana, indikator } = await siapkan(trx);
      const res = await minta(app, perencana, "GET", "/opd/malili/realisasi?tahun=2024&periode=tw4");
      expect(res.status).toBe(200);
      const html = await res.text();
      for (const kode of ["T1.I1", "S1.I1", "S2.I1", "S2.I2"])
        expect(html).toContain(`<td data-label="Kode">${kode}</td>`);
      // the IKM is recorded yearly: its 2024 row is shown (and entered) in every quarter
      expect(html).toMatch(new RegExp(`id="nilai-${indikator["S1.I1"]}"[^>]*value="93,06"`));
      expect(html).toContain("Indikator ini dicatat per tahun");
      // targets in force (Renstra 2024): 93,05 for the IKM, 66 for Nilai LAKIP
      expect(html).toContain("93,05");
      const seksi = html.indexOf("<h2>Seksi Pemerintahan</h2>");
      const tanpa = html.indexOf("<h2>Tanpa unit penanggung jawab</h2>");
      expect(seksi).toBeGreaterThan(0);
      expect(tanpa).toBeGreaterThan(seksi);
      expect(html.indexOf(`id="baris-${indikator["S1.I1"]}"`)).toBeLessThan(tanpa);
      expect(html.indexOf(`id="baris-${indikator["T1.I1"]}"`)).toBeGreaterThan(tanpa);
      expect(html).toContain(
        '<a href="/opd/malili/realisasi?tahun=2024&amp;periode=tw4" aria-current="page">',
      );
    }));

  it("shows inputs to a kepala seksi only on their unit's rows; the evaluator reads without inputs", () =>
    dalamRollback(b, async (trx) => {
      const { app, indikator } = await siapkan(trx);
      const kasi = await sesiUji(trx, {
        peran: "kepala_seksi",
        opdKode: "malili",
        unitKode: "seksi-pemerintahan",
      });
      const html = await (
        await minta(app, kasi, "GET", "/opd/malili/realisasi?tahun=2024&periode=tw4")
      ).text();
      expect(html).toContain(`id="nilai-${indikator["S1.I1"]}"`);
      expect(html).toContain(`id="nilai-${indikator["S2.I1"]}"`);
      expect(html).not.toContain(`id="nilai-${indikator["T1.I1"]}"`);
      expect(html).not.toContain(`id="nilai-${indikator["S2.I2"]}"`);
      const evaluator = await sesiUji(trx, { peran: "evaluator" });
      const res = await minta(app, evaluator, "GET", "/opd/malili/realisasi?tahun=2024&periode=tw4");
      expect(res.status).toBe(200);
      const baca = await res.text();
      expect(baca).toContain("93,06");
      expect(baca).not.toContain('name="nilai"');
    }));

  it("refuses a person of another OPD and shows ?galat= from the workflow endpoint", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana } = await siapkan(trx);
      const burau = await sesiUji(trx, { peran: "perencana", opdKode: "burau" });
      expect((await minta(app, burau, "GET", "/opd/malili/realisasi?tahun=2024")).status).toBe(403);
      const res = await minta(
        app,
        perencana,
        "GET",
        "/opd/malili/realisasi?tahun=2024&galat=Langkah%20ditolak",
      );
      expect(await res.text()).toContain('<p class="galat-umum" role="alert">Langkah ditolak</p>');
    }));
});

describe("POST /opd/:kode/realisasi/:indikatorId", () => {
  it('stores "12,5" exactly and the grid shows "12,5"', () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana, indikator } = await siapkan(trx);
      await simpanNilai(trx, app, perencana, indikator["S2.I2"] as number);
      const baris = await trx
        .selectFrom("realisasi_indikator")
        .selectAll()
        .where("indikator_id", "=", indikator["S2.I2"] as number)
        .execute();
      expect(baris).toHaveLength(1);
      expect(baris[0]).toMatchObject({
        tahun: 2026,
        periode_jenis: "triwulan",
        periode_ke: 1,
        sumber: "Laporan seksi",
        catatan: null,
        status: "draf",
      });
      expect(Number(baris[0]?.nilai)).toBe(12.5);
      const html = await (
        await minta(app, perencana, "GET", "/opd/malili/realisasi?tahun=2026&periode=tw1")
      ).text();
      expect(html).toMatch(new RegExp(`id="nilai-${indikator["S2.I2"]}"[^>]*value="12,5"`));
      // the row offers the submit step of the workflow for the saved realisation
      const alur = html.indexOf(`action="/opd/malili/alur/realisasi_indikator/${baris[0]?.id}"`);
      expect(alur).toBeGreaterThan(0);
      expect(html.slice(alur, alur + 400)).toContain('name="langkah" value="ajukan"');
    }));

  it('refuses "abc" with 400, the message beside the row and the typed value kept; nothing written', () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana, indikator } = await siapkan(trx);
      const id = indikator["S2.I2"] as number;
      const sebelum = await jumlahRealisasi(trx);
      const res = await minta(app, perencana, "POST", `/opd/malili/realisasi/${id}`, {
        isian: {
          tahun: "2026",
          periode: "tw1",
          tampil: "tw1",
          nilai: "abc",
          sumber: "catatan saya",
          catatan: "",
        },
      });
      expect(res.status).toBe(400);
      const html = await res.text();
      const baris = html.slice(
        html.indexOf(`id="baris-${id}"`),
        html.indexOf("</tr>", html.indexOf(`id="baris-${id}"`)),
      );
      expect(baris).toContain("bukan angka yang dapat dibaca");
      expect(baris).toContain('value="abc"');
      expect(baris).toContain('value="catatan saya"');
      expect(await jumlahRealisasi(trx)).toBe(sebelum);
    }));

  it("answers an htmx post with just the row", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana, indikator } = await siapkan(trx);
      const id = indikator["S2.I2"] as number;
      const isian = new URLSearchParams({
        tahun: "2026",
        periode: "tw2",
        tampil: "tw2",
        nilai: "7,25",
        _csrf: perencana.csrf,
      });
      const res = await app.request(`/opd/malili/realisasi/${id}`, {
        method: "POST",
        headers: {
          cookie: perencana.cookie,
          "hx-request": "true",
          "content-type": "application/x-www-form-urlencoded",
        },
        body: isian,
      });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html.startsWith(`<tr id="baris-${id}"`)).toBe(true);
      expect(html).toContain('value="7,25"');
      expect(html).not.toContain("<html");
    }));

  it("gives 403 to a kepala seksi for another unit's indicator, to the pimpinan, and to another OPD", () =>
    dalamRollback(b, async (trx) => {
      const { app, indikator } = await siapkan(trx);
      const kasi = await sesiUji(trx, {
        peran: "kepala_seksi",
        opdKode: "malili",
        unitKode: "seksi-pemerintahan",
      });
      const camat = await sesiUji(trx, { peran: "pimpinan", opdKode: "malili" });
      const burau = await sesiUji(trx, { peran: "perencana", opdKode: "burau" });
      const sebelum = await jumlahRealisasi(trx);
      const isian = { tahun: "2026", periode: "tw1", nilai: "5" };
      for (const [sesi, kode] of [
        [kasi, "T1.I1"],
        [camat, "S2.I2"],
        [burau, "S2.I2"],
      ] as const) {
        const res = await minta(app, sesi, "POST", `/opd/malili/realisasi/${indikator[kode]}`, { isian });
        expect(res.status).toBe(403);
      }
      // a burau planner posting through their own OPD's address still cannot reach a Malili indicator
      const lewat = await minta(app, burau, "POST", `/opd/burau/realisasi/${indikator["S2.I2"]}`, { isian });
      expect([403, 404]).toContain(lewat.status);
      expect(await jumlahRealisasi(trx)).toBe(sebelum);
      // the kepala seksi may enter their own unit's indicator
      const sendiri = await minta(app, kasi, "POST", `/opd/malili/realisasi/${indikator["S2.I1"]}`, {
        isian: { tahun: "2026", periode: "tahun", nilai: "70" },
      });
      expect(sendiri.status).toBe(303);
      expect(await jumlahRealisasi(trx)).toBe(sebelum + 1);
    }));
});

describe("evidence upload, download and removal", () => {
  it("stores a PDF once by content, with the right sha256, and downloads it as an attachment", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana, indikator, penyimpanan } = await siapkan(trx);
      const rid = await simpanNilai(trx, app, perencana, indikator["S2.I2"] as number);
      const res = await minta(app, perencana, "POST", `/opd/malili/realisasi/${rid}/bukti`, {
        isian: formBerkas("Daftar hadir.pdf", PDF, "application/pdf"),
      });
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe(
        `/opd/malili/realisasi?tahun=2026&periode=tw1&pesan=${encodeURIComponent("Bukti terunggah")}`,
      );
      const sha = createHash("sha256").update(PDF).digest("hex");
      const rows = await trx.selectFrom("bukti").selectAll().execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        realisasi_id: rid,
        nama_berkas: "Daftar hadir.pdf",
        jenis_mime: "application/pdf",
        ukuran: PDF.length,
        sha256: sha,
        kunci_simpan: kunciSimpanBukti(sha),
        diunggah_oleh: perencana.namaPengguna,
      });
      expect(await penyimpanan.baca(kunciSimpanBukti(sha))).toEqual(PDF);
      const audit = await trx.selectFrom("audit_log").select("aksi").where("tabel", "=", "bukti").execute();
      expect(audit).toEqual([{ aksi: "buat" }]);

      const unduh = await minta(app, perencana, "GET", `/opd/malili/bukti/${rows[0]?.id}`);
      expect(unduh.status).toBe(200);
      expect(unduh.headers.get("content-type")).toBe("application/pdf");
      expect(unduh.headers.get("content-disposition")).toBe(
        `attachment; filename="Daftar hadir.pdf"; filename*=UTF-8''Daftar%20hadir.pdf`,
      );
      expect(new Uint8Array(await unduh.arrayBuffer())).toEqual(PDF);

      const html = await (
        await minta(app, perencana, "GET", "/opd/malili/realisasi?tahun=2026&periode=tw1")
      ).text();
      expect(html).toContain(`<a href="/opd/malili/bukti/${rows[0]?.id}">Daftar hadir.pdf</a>`);
    }));

  it("stores a PNG renamed .pdf as image/png", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana, indikator } = await siapkan(trx);
      const rid = await simpanNilai(trx, app, perencana, indikator["S2.I2"] as number);
      const res = await minta(app, perencana, "POST", `/opd/malili/realisasi/${rid}/bukti`, {
        isian: formBerkas("foto.pdf", PNG, "application/pdf"),
      });
      expect(res.status).toBe(303);
      const row = await trx
        .selectFrom("bukti")
        .select(["jenis_mime", "nama_berkas"])
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ jenis_mime: "image/png", nama_berkas: "foto.png" });
    }));

  it("refuses a program, plain text and an 11 MB file with 400; nothing stored", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana, indikator, penyimpanan } = await siapkan(trx);
      const rid = await simpanNilai(trx, app, perencana, indikator["S2.I2"] as number);
      const besar = new Uint8Array(11 * 1024 * 1024);
      besar.set(PDF);
      const kasus: [string, Uint8Array, string][] = [
        ["setup.exe", new TextEncoder().encode("MZ\x90\x00\x03program"), "Jenis berkas tidak diterima"],
        ["catatan.pdf", new TextEncoder().encode("hanya teks"), "Jenis berkas tidak diterima"],
        ["besar.pdf", besar, "Berkas terlalu besar (11 MB); ukuran paling besar 10 MB"],
      ];
      expect(besar.length).toBeGreaterThan(UKURAN_BUKTI_MAKS);
      for (const [nama, isi, pesan] of kasus) {
        const res = await minta(app, perencana, "POST", `/opd/malili/realisasi/${rid}/bukti`, {
          isian: formBerkas(nama, isi),
        });
        expect(res.status).toBe(400);
        expect(await res.text()).toContain(pesan);
        const sha = createHash("sha256").update(isi).digest("hex");
        expect(await penyimpanan.baca(kunciSimpanBukti(sha))).toBeNull();
      }
      expect(await jumlahBukti(trx)).toBe(0);
    }));

  it("refuses an upload before the realisation exists with a clear message", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana } = await siapkan(trx);
      const res = await minta(app, perencana, "POST", "/opd/malili/realisasi/999999/bukti", {
        isian: formBerkas("a.pdf", PDF),
      });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain("Simpan nilai realisasi dahulu, lalu unggah buktinya");
      expect(await jumlahBukti(trx)).toBe(0);
    }));

  it("refuses evidence on an approved realisation with the lock message, and keeps its evidence", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana, indikator } = await siapkan(trx);
      const rid = await simpanNilai(trx, app, perencana, indikator["S2.I2"] as number);
      await minta(app, perencana, "POST", `/opd/malili/realisasi/${rid}/bukti`, {
        isian: formBerkas("a.pdf", PDF),
      });
      const bukti = await trx.selectFrom("bukti").select("id").executeTakeFirstOrThrow();
      await trx
        .updateTable("realisasi_indikator")
        .set({ status: "disetujui" })
        .where("id", "=", rid)
        .execute();
      const res = await minta(app, perencana, "POST", `/opd/malili/realisasi/${rid}/bukti`, {
        isian: formBerkas("b.png", PNG),
      });
      expect(res.status).toBe(409);
      expect(await res.text()).toContain(PESAN_BUKTI_TERKUNCI);
      const hapus = await minta(app, perencana, "POST", `/opd/malili/bukti/${bukti.id}/hapus`, {
        isian: { tahun: "2026", tampil: "tw1" },
      });
      expect(hapus.status).toBe(409);
      expect(await jumlahBukti(trx)).toBe(1);
      // the grid shows the approved value read-only with the lock note
      const html = await (
        await minta(app, perencana, "GET", "/opd/malili/realisasi?tahun=2026&periode=tw1")
      ).text();
      expect(html).not.toContain(`id="nilai-${indikator["S2.I2"]}"`);
      expect(html).toContain("Terkunci: sudah disetujui");
    }));

  it("lets the database refuse evidence of an approved realisation even past the service", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana, indikator, opdId } = await siapkan(trx);
      const rid = await simpanNilai(trx, app, perencana, indikator["S2.I2"] as number);
      await trx
        .updateTable("realisasi_indikator")
        .set({ status: "disetujui" })
        .where("id", "=", rid)
        .execute();
      const pemda = await trx
        .selectFrom("opd")
        .select("pemda_id")
        .where("id", "=", opdId)
        .executeTakeFirstOrThrow();
      const { cobaSimpan } = await import("../../platform/ui/formulir.tsx");
      const { dalamTransaksi } = await import("../../platform/db/transaction.ts");
      const hasil = await cobaSimpan(() =>
        dalamTransaksi(trx, (t) =>
          t
            .insertInto("bukti")
            .values({
              pemda_id: pemda.pemda_id,
              opd_id: opdId,
              realisasi_id: rid,
              nama_berkas: "x.pdf",
              jenis_mime: "application/pdf",
              ukuran: 1,
              sha256: "0".repeat(64),
              kunci_simpan: kunciSimpanBukti("0".repeat(64)),
              diunggah_oleh: "uji",
            })
            .execute(),
        ),
      );
      expect(hasil).toMatchObject({ ok: false, status: 409 });
      expect(await jumlahBukti(trx)).toBe(0);
    }));

  it("removes evidence and its bytes; another OPD gets 403 on upload, download and removal", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana, indikator, penyimpanan } = await siapkan(trx);
      const rid = await simpanNilai(trx, app, perencana, indikator["S2.I2"] as number);
      await minta(app, perencana, "POST", `/opd/malili/realisasi/${rid}/bukti`, {
        isian: formBerkas("a.pdf", PDF),
      });
      const bukti = await trx.selectFrom("bukti").select(["id", "kunci_simpan"]).executeTakeFirstOrThrow();
      const burau = await sesiUji(trx, { peran: "perencana", opdKode: "burau" });
      const kasi = await sesiUji(trx, {
        peran: "kepala_seksi",
        opdKode: "malili",
        unitKode: "seksi-pemerintahan",
      });
      expect((await minta(app, burau, "GET", `/opd/malili/bukti/${bukti.id}`)).status).toBe(403);
      expect((await minta(app, burau, "GET", `/opd/burau/bukti/${bukti.id}`)).status).toBe(404);
      expect(
        (
          await minta(app, burau, "POST", `/opd/malili/realisasi/${rid}/bukti`, {
            isian: formBerkas("b.pdf", PNG),
          })
        ).status,
      ).toBe(403);
      expect(
        (await minta(app, burau, "POST", `/opd/malili/bukti/${bukti.id}/hapus`, { isian: {} })).status,
      ).toBe(403);
      // S2.I2 has no responsible unit: a kepala seksi may neither add nor remove its evidence
      expect(
        (
          await minta(app, kasi, "POST", `/opd/malili/realisasi/${rid}/bukti`, {
            isian: formBerkas("b.pdf", PNG),
          })
        ).status,
      ).toBe(403);
      expect(
        (await minta(app, kasi, "POST", `/opd/malili/bukti/${bukti.id}/hapus`, { isian: {} })).status,
      ).toBe(403);
      expect(await jumlahBukti(trx)).toBe(1);

      const res = await minta(app, perencana, "POST", `/opd/malili/bukti/${bukti.id}/hapus`, {
        isian: { tahun: "2026", tampil: "tw1" },
      });
      expect(res.status).toBe(303);
      expect(await jumlahBukti(trx)).toBe(0);
      expect(await penyimpanan.baca(bukti.kunci_simpan)).toBeNull();
      const audit = await trx
        .selectFrom("audit_log")
        .select(["aksi", "sebelum"])
        .where("tabel", "=", "bukti")
        .execute();
      expect(audit.map((a) => a.aksi)).toEqual(["buat", "hapus"]);
      expect(audit[1]?.sebelum).toMatchObject({ nama: "a.pdf", mime: "application/pdf" });
    }));
});

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import { teksDocx, teksPdf } from "../../../test/setup/dokumen-baca.ts";
import { minta, type SesiUji, sesiUji } from "../../../test/setup/sesi.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { Db } from "../../platform/db/transaction.ts";
import { penyimpananMemori } from "../../platform/storage/penyimpanan.ts";
import { PESAN_TERLALU_BESAR } from "./berkas-reviu.domain.ts";
import { PESAN_SUDAH_DIIMPOR } from "./impor-historis.service.ts";
import type { HasilReviu } from "./naskah.ts";
import { formatNilaiTemuan } from "./tampil-reviu.domain.ts";

const RUJUKAN = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "..",
  "..",
  "shared",
  "reference",
  "lakip-kecamatan-malili-2024.txt",
);
const ISI_RUJUKAN = new Uint8Array(readFileSync(RUJUKAN));

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

function formulirBerkas(nama: string, isi: Uint8Array, tahun = ""): FormData {
  const f = new FormData();
  f.set("berkas", new File([isi], nama, { type: "application/octet-stream" }));
  f.set("tahun", tahun);
  return f;
}

async function jumlahBaris(db: Db, tabel: "reviu_dokumen" | "angka_historis"): Promise<number> {
  const r = await db
    .selectFrom(tabel)
    .select((e) => e.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function unggahRujukan(app: ReturnType<typeof aplikasiUji>, sesi: SesiUji): Promise<number> {
  const res = await minta(app, sesi, "POST", "/opd/malili/reviu/unggah", {
    isian: formulirBerkas("lakip-kecamatan-malili-2024.txt", ISI_RUJUKAN),
  });
  expect(res.status).toBe(303);
  const lokasi = res.headers.get("location") ?? "";
  expect(lokasi).toMatch(/^\/opd\/malili\/reviu\/\d+\?pesan=/);
  return Number(/reviu\/(\d+)/.exec(lokasi)?.[1]);
}

/** A page's visible text with tags dropped and entities undone, for exact phrase checks. */
function teksHalaman(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ");
}

describe("the review page", () => {
  it("uploads the reference report, stores it under its SHA-256 and shows the findings by place", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const penyimpanan = penyimpananMemori();
      const app = aplikasiUji(trx, { penyimpanan });
      const perencana = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });

      const awal = await minta(app, perencana, "GET", "/opd/malili/reviu");
      expect(awal.status).toBe(200);
      const htmlAwal = await awal.text();
      expect(htmlAwal).toContain("Unggah laporan untuk direviu");
      expect(htmlAwal).toContain("Belum ada laporan yang direviu.");

      const id = await unggahRujukan(app, perencana);
      const baris = await trx
        .selectFrom("reviu_dokumen")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      expect(baris.tahun).toBe(2024);
      expect(baris.ukuran).toBe(ISI_RUJUKAN.length);
      expect(baris.jenis_mime).toBe("text/plain; charset=utf-8");
      expect(baris.diunggah_oleh).toBe(perencana.namaPengguna);
      expect(baris.kunci_simpan).toBe(`reviu/${baris.sha256.slice(0, 2)}/${baris.sha256}`);
      expect(await penyimpanan.baca(baris.kunci_simpan)).toEqual(ISI_RUJUKAN);
      const audit = await trx
        .selectFrom("audit_log")
        .selectAll()
        .where("tabel", "=", "reviu_dokumen")
        .where("baris_id", "=", id)
        .execute();
      expect(audit.map((a) => a.aksi)).toEqual(["buat"]);

      const hasil = baris.hasil as HasilReviu;
      const total = hasil.ringkasan.tinggi + hasil.ringkasan.sedang + hasil.ringkasan.rendah;
      expect(total).toBeGreaterThan(0);
      const res = await minta(app, perencana, "GET", `/opd/malili/reviu/${id}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      const teks = teksHalaman(html);
      expect(teks).toContain(`Ringkasan: ${total} temuan`);
      expect(teks).toContain(`Tinggi ${hasil.ringkasan.tinggi}`);
      expect(html.match(/<tr class="temuan tingkat-/g)).toHaveLength(total);
      // each finding with its location and numbers as the review computed them, formatted the Indonesian way
      for (const t of hasil.temuan.slice(0, 15)) {
        expect(teks).toContain(t.pesan.replace(/\s+/g, " "));
        if (t.lokasi.tabel) expect(teks).toContain(t.lokasi.tabel.replace(/\s+/g, " "));
        if (t.stated !== undefined) expect(teks).toContain(formatNilaiTemuan(t.stated));
      }
      // the perencana may import history; only the evaluator gets the documents
      expect(html).toContain(`/opd/malili/reviu/${id}/impor`);
      expect(html).not.toContain("kertas-kerja.pdf");
      expect(gzipSync(html).length).toBeLessThan(60 * 1024);

      const daftar = teksHalaman(await (await minta(app, perencana, "GET", "/opd/malili/reviu")).text());
      expect(daftar).toContain(
        `lakip-kecamatan-malili-2024.txt 2024 ${hasil.ringkasan.tinggi} / ${hasil.ringkasan.sedang} / ${hasil.ringkasan.rendah}`,
      );

      const asli = await minta(app, perencana, "GET", `/opd/malili/reviu/${id}/berkas`);
      expect(asli.status).toBe(200);
      expect(asli.headers.get("content-disposition")).toContain('filename="lakip-kecamatan-malili-2024.txt"');
      expect(new Uint8Array(await asli.arrayBuffer())).toEqual(ISI_RUJUKAN);

      // the English catalogue
      const en = await sesiUji(trx, { peran: "pimpinan", opdKode: "malili", bahasa: "en" });
      const htmlEn = await (await minta(app, en, "GET", `/opd/malili/reviu/${id}`)).text();
      expect(htmlEn).toContain(`Summary: ${total} findings`);
    }));

  it("refuses bad files at the field with status 400 and writes nothing", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const penyimpanan = penyimpananMemori();
      const app = aplikasiUji(trx, { penyimpanan });
      const sesi = await sesiUji(trx, { peran: "pimpinan", opdKode: "malili" });
      const ole = new Uint8Array(4096);
      ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      const zipRusak = new Uint8Array(2000);
      zipRusak.set([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0xff, 0xff]);
      const png = new Uint8Array(1000);
      png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const kasus: [string, FormData, string, RegExp][] = [
        ["terkunci", formulirBerkas("laporan.docx", ole), "berkas", /dilindungi kata sandi/],
        ["rusak", formulirBerkas("laporan.docx", zipRusak), "berkas", /Berkas .docx rusak/],
        ["gambar", formulirBerkas("laporan.png", png), "berkas", /gambar PNG/],
        ["kosong", formulirBerkas("laporan.txt", new Uint8Array(0)), "berkas", /Berkas laporan kosong/],
        [
          "tanpa berkas",
          (() => {
            const f = new FormData();
            f.set("berkas", new File([], "", { type: "application/octet-stream" }));
            return f;
          })(),
          "berkas",
          /Pilih berkas laporan/,
        ],
        [
          "tahun",
          formulirBerkas("laporan.txt", ISI_RUJUKAN, "dua ribu"),
          "tahun",
          /Tahun laporan harus berupa angka tahun/,
        ],
        ["tahun lampau", formulirBerkas("laporan.txt", ISI_RUJUKAN, "1999"), "tahun", /paling awal 2000/],
      ];
      for (const [nama, isian, bidang, pesan] of kasus) {
        const res = await minta(app, sesi, "POST", "/opd/malili/reviu/unggah", { isian });
        expect(res.status, nama).toBe(400);
        const html = await res.text();
        const galat = new RegExp(`id="f-${bidang}-galat" role="alert">([^<]*)<`).exec(html);
        expect(galat?.[1], nama).toMatch(pesan);
      }
      expect(await jumlahBaris(trx, "reviu_dokumen")).toBe(0);
      expect(
        await trx.selectFrom("audit_log").select("id").where("tabel", "=", "reviu_dokumen").execute(),
      ).toHaveLength(0);
    }));

  it("answers a 50 MB upload with 413 and its message, and keeps answering", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const sesi = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const res = await minta(app, sesi, "POST", "/opd/malili/reviu/unggah", {
        isian: formulirBerkas("besar.docx", new Uint8Array(50 * 1024 * 1024)),
      });
      expect(res.status).toBe(413);
      expect(await res.text()).toBe(PESAN_TERLALU_BESAR);
      expect((await minta(app, sesi, "GET", "/opd/malili/reviu")).status).toBe(200);
      expect(await jumlahBaris(trx, "reviu_dokumen")).toBe(0);
    }));
});

describe("importing the history of a reviewed report", () => {
  it("previews what was found, then writes every row exactly once; a second import is refused with 409", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const perencana = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const id = await unggahRujukan(app, perencana);

      const pratinjau = await minta(app, perencana, "GET", `/opd/malili/reviu/${id}/impor`);
      expect(pratinjau.status).toBe(200);
      const html = await pratinjau.text();
      const n = (html.match(/<tr class="baris-impor">/g) ?? []).length;
      expect(n).toBeGreaterThan(0);
      expect(html).toContain(`Impor ${n} angka`);
      // the preview shows at least one indicator matched by name within the OPD's Renstra
      expect(html).toMatch(
        /<td data-label="Indikator yang cocok">IKU|<td data-label="Indikator yang cocok">[A-Z0-9.]+ /,
      );
      expect(await jumlahBaris(trx, "angka_historis")).toBe(0);

      const impor = await minta(app, perencana, "POST", `/opd/malili/reviu/${id}/impor`);
      expect(impor.status).toBe(303);
      expect(decodeURIComponent(impor.headers.get("location") ?? "")).toContain(
        `${n} angka historis diimpor`,
      );
      const baris = await trx
        .selectFrom("angka_historis")
        .selectAll()
        .where("reviu_dokumen_id", "=", id)
        .execute();
      expect(baris).toHaveLength(n);
      expect(baris.every((r) => r.lokasi.length > 0 && r.opd_id === baris[0]?.opd_id)).toBe(true);
      expect(baris.some((r) => r.indikator_id !== null)).toBe(true);
      const dok = await trx
        .selectFrom("reviu_dokumen")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      expect(dok.diimpor_oleh).toBe(perencana.namaPengguna);
      expect(dok.diimpor_pada).not.toBeNull();
      const audit = await trx
        .selectFrom("audit_log")
        .select(["tabel", "aksi", "data"])
        .where("tabel", "in", ["angka_historis", "reviu_dokumen"])
        .where("aksi", "in", ["buat", "ubah"])
        .orderBy("id")
        .execute();
      expect(audit.map((a) => `${a.tabel}:${a.aksi}`)).toEqual([
        "reviu_dokumen:buat",
        "angka_historis:buat",
        "reviu_dokumen:ubah",
      ]);
      expect(JSON.stringify(audit[1]?.data)).toContain(`"jumlah":${n}`);

      const lagi = await minta(app, perencana, "POST", `/opd/malili/reviu/${id}/impor`);
      expect(lagi.status).toBe(409);
      expect(await lagi.text()).toContain(PESAN_SUDAH_DIIMPOR);
      expect(await jumlahBaris(trx, "angka_historis")).toBe(n);
      const sesudah = await (await minta(app, perencana, "GET", `/opd/malili/reviu/${id}`)).text();
      expect(sesudah).toContain(`Angka historis sudah diimpor oleh ${perencana.namaPengguna}`);
    }));
});

describe("who may do what", () => {
  it("reads and uploads for perencana, pimpinan and evaluator; imports for the perencana; documents for the evaluator", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const perencana = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const id = await unggahRujukan(app, perencana);
      const sesi = {
        perencana,
        pimpinan: await sesiUji(trx, { peran: "pimpinan", opdKode: "malili" }),
        evaluator: await sesiUji(trx, { peran: "evaluator" }),
        kasi: await sesiUji(trx, {
          peran: "kepala_seksi",
          opdKode: "malili",
          unitKode: "seksi-pemerintahan",
        }),
        admin: await sesiUji(trx, { peran: "admin_pemda" }),
        lain: await sesiUji(trx, { peran: "perencana", opdKode: "burau", namaPengguna: "perencana.lain" }),
      };
      const jalur = {
        daftar: "/opd/malili/reviu",
        hasil: `/opd/malili/reviu/${id}`,
        berkas: `/opd/malili/reviu/${id}/berkas`,
        impor: `/opd/malili/reviu/${id}/impor`,
        kkr: `/opd/malili/reviu/${id}/kertas-kerja.html`,
        pernyataan: `/opd/malili/reviu/${id}/pernyataan.html`,
      };
      const harapan: Record<keyof typeof sesi, Record<keyof typeof jalur, number>> = {
        perencana: { daftar: 200, hasil: 200, berkas: 200, impor: 200, kkr: 403, pernyataan: 403 },
        pimpinan: { daftar: 200, hasil: 200, berkas: 200, impor: 403, kkr: 403, pernyataan: 403 },
        evaluator: { daftar: 200, hasil: 200, berkas: 200, impor: 403, kkr: 200, pernyataan: 200 },
        kasi: { daftar: 403, hasil: 403, berkas: 403, impor: 403, kkr: 403, pernyataan: 403 },
        admin: { daftar: 403, hasil: 403, berkas: 403, impor: 403, kkr: 403, pernyataan: 403 },
        lain: { daftar: 403, hasil: 403, berkas: 403, impor: 403, kkr: 403, pernyataan: 403 },
      };
      for (const [peran, s] of Object.entries(sesi) as [keyof typeof sesi, SesiUji][]) {
        for (const [nama, j] of Object.entries(jalur) as [keyof typeof jalur, string][]) {
          expect((await minta(app, s, "GET", j)).status, `${peran} ${nama}`).toBe(harapan[peran][nama]);
        }
      }
      expect((await minta(app, null, "GET", jalur.daftar)).status).not.toBe(200);
      // writes: the pimpinan may not import; the evaluator may upload
      expect((await minta(app, sesi.pimpinan, "POST", jalur.impor)).status).toBe(403);
      const f = formulirBerkas("lakip.txt", ISI_RUJUKAN);
      expect(
        (await minta(app, sesi.evaluator, "POST", "/opd/malili/reviu/unggah", { isian: f })).status,
      ).toBe(303);
      expect(
        (
          await minta(app, sesi.kasi, "POST", "/opd/malili/reviu/unggah", {
            isian: formulirBerkas("a.txt", ISI_RUJUKAN),
          })
        ).status,
      ).toBe(403);
      expect(await jumlahBaris(trx, "angka_historis")).toBe(0);
    }));
});

describe("the working paper and the statement", () => {
  it(
    "are drawn for the evaluator in DOCX, PDF and HTML and read back with the findings",
    () =>
      dalamRollback(b, async (trx) => {
        await muatDataset(trx, malili2024);
        const app = aplikasiUji(trx);
        const perencana = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
        const id = await unggahRujukan(app, perencana);
        const hasil = (
          await trx.selectFrom("reviu_dokumen").select("hasil").where("id", "=", id).executeTakeFirstOrThrow()
        ).hasil as HasilReviu;
        const [pertama] = hasil.temuan;
        expect(pertama).toBeDefined();
        const evaluator = await sesiUji(trx, { peran: "evaluator" });

        const docx = await minta(app, evaluator, "GET", `/opd/malili/reviu/${id}/kertas-kerja.docx`);
        expect(docx.status).toBe(200);
        expect(docx.headers.get("content-disposition")).toContain(
          `kertas-kerja-reviu-malili-2024-${id}.docx`,
        );
        const teksKkr = teksDocx(new Uint8Array(await docx.arrayBuffer())).replace(/\s+/g, " ");
        expect(teksKkr).toContain("KERTAS KERJA REVIU ATAS LAPORAN KINERJA");
        expect(teksKkr).toContain("Laporan yang direviu: Laporan Kinerja Kecamatan Malili Tahun 2024");
        for (const t of hasil.temuan.slice(0, 10)) expect(teksKkr).toContain(t.pesan.replace(/\s+/g, " "));
        expect(teksKkr).toContain(`Uji ${evaluator.namaPengguna}`);

        const pdf = await minta(
          app,
          evaluator,
          "GET",
          `/opd/malili/reviu/${id}/pernyataan.pdf?tempat=Malili`,
        );
        expect(pdf.status).toBe(200);
        expect(pdf.headers.get("content-type")).toBe("application/pdf");
        const teksPernyataan = teksPdf(new Uint8Array(await pdf.arrayBuffer()), { layout: false }).replace(
          /\s+/g,
          " ",
        );
        expect(teksPernyataan).toContain("PERNYATAAN TELAH DIREVIU");
        expect(teksPernyataan).toContain(
          `kami menemukan ${hasil.ringkasan.tinggi + hasil.ringkasan.sedang + hasil.ringkasan.rendah} hal yang perlu diperbaiki`,
        );
        const utama = hasil.temuan.find((t) => t.tingkat === "tinggi") ?? pertama;
        expect(teksPernyataan).toContain((utama?.pesan ?? "").replace(/\s+/g, " ").slice(0, 40));
        expect(teksPernyataan).toMatch(/Malili, \d{1,2} [A-Z][a-z]+ \d{4}/);

        const html = await minta(app, evaluator, "GET", `/opd/malili/reviu/${id}/kertas-kerja.html`);
        expect(html.status).toBe(200);
        expect(await html.text()).toContain("Temuan reviu, lokasinya dan koreksi yang diperlukan");
        expect((await minta(app, evaluator, "GET", `/opd/malili/reviu/${id}/kertas-kerja.xls`)).status).toBe(
          400,
        );
        expect(
          (await minta(app, evaluator, "GET", `/opd/malili/reviu/${id}/pernyataan.pdf?kertas=a3`)).status,
        ).toBe(400);
        expect((await minta(app, evaluator, "GET", "/opd/malili/reviu/99999/pernyataan.pdf")).status).toBe(
          404,
        );
      }),
    120_000,
  );
});

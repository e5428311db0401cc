import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import { minta, sesiUji } from "../../../test/setup/sesi.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

async function idDokumen(trx: Db, jenis: "lkjip" | "pk" | "iku", tahun = 2024) {
  const r = await trx
    .selectFrom("dokumen_opd")
    .innerJoin("opd", "opd.id", "dokumen_opd.opd_id")
    .select("dokumen_opd.id")
    .where("opd.kode", "=", "malili")
    .where("dokumen_opd.jenis", "=", jenis)
    .where("dokumen_opd.tahun", "=", tahun)
    .executeTakeFirstOrThrow();
  return r.id;
}

/** Sets a document's status directly, as if the workflow had run (the workflow has its own tests). */
async function aturStatus(trx: Db, id: number, status: "diajukan" | "disetujui") {
  await trx.updateTable("dokumen_opd").set({ status }).where("id", "=", id).execute();
}

function jumlahTerbit(trx: Db) {
  return trx
    .selectFrom("dokumen_terbit")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

/** The demo, the app, malili's perencana and camat, and the approval records the page creates on first view. */
async function siapkan(trx: Db) {
  await muatDataset(trx, malili2024);
  const app = aplikasiUji(trx);
  const perencana = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
  const camat = await sesiUji(trx, { peran: "pimpinan", opdKode: "malili" });
  const halaman = await minta(app, perencana, "GET", "/opd/malili/dokumen?tahun=2024");
  expect(halaman.status).toBe(200);
  return { app, perencana, camat, html: await halaman.text() };
}

describe("the documents screen", () => {
  it("lists the year's documents with their downloads, the galat count and the workflow status", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana, html } = await siapkan(trx);
      for (const jenis of ["lkjip", "pk", "iku"]) {
        for (const f of ["pdf", "docx", "html"]) {
          expect(html).toContain(`href="/api/v1/opd/malili/dokumen/${jenis}/2024.${f}"`);
        }
      }
      expect(html).toContain('href="/api/v1/opd/malili/dokumen/evaluasi-triwulan/2024.pdf?triwulan=4"');
      expect(html).toContain("<strong>3</strong> galat ditemukan");
      expect(html).toContain('href="/opd/malili/temuan?tahun=2024"');
      expect(html).toContain("Renstra periode 2021–2026");
      // the approval records exist now, in draf, and the perencana is offered "Ajukan" for each
      const rows = await trx
        .selectFrom("dokumen_opd")
        .select(["jenis", "tahun", "status", "revisi"])
        .orderBy("jenis")
        .execute();
      expect(rows).toEqual([
        { jenis: "iku", tahun: 2024, status: "draf", revisi: 0 },
        { jenis: "lkjip", tahun: 2024, status: "draf", revisi: 0 },
        { jenis: "pk", tahun: 2024, status: "draf", revisi: 0 },
        { jenis: "renstra", tahun: 2021, status: "draf", revisi: 0 },
      ]);
      const pk = await idDokumen(trx, "pk");
      expect(html).toContain(`action="/opd/malili/alur/dokumen_opd/${pk}"`);
      expect(html).toContain('class="status status-draf"');
      expect(html).not.toContain("/terbitkan");
      // a second view creates nothing new; without a year the page opens on the demo's year
      const lagi = await minta(app, perencana, "GET", "/opd/malili/dokumen");
      expect(await lagi.text()).toContain("2024.pdf");
      expect(await trx.selectFrom("dokumen_opd").select("id").execute()).toHaveLength(4);
      expect(gzipSync(html).length).toBeLessThan(60_000);
      const evaluator = await sesiUji(trx, { peran: "evaluator", bahasa: "en" });
      const en = await (await minta(app, evaluator, "GET", "/opd/malili/dokumen?tahun=2024")).text();
      expect(en).toContain("LKjIP comes out as a DRAFT and cannot be published yet.");
      expect(en).not.toContain(`/alur/dokumen_opd/${pk}"`);
    }));

  it("is refused to the public, to another OPD, and for a year that is not a year", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana } = await siapkan(trx);
      const publik = await minta(app, null, "GET", "/opd/malili/dokumen");
      expect(publik.status).toBe(303);
      expect(publik.headers.get("location")).toContain("/masuk");
      const burau = await sesiUji(trx, { peran: "perencana", opdKode: "burau" });
      expect((await minta(app, burau, "GET", "/opd/malili/dokumen")).status).toBe(403);
      const salah = await minta(app, perencana, "GET", "/opd/malili/dokumen?tahun=dua");
      expect(salah.status).toBe(400);
      expect(await salah.text()).toContain("tahun harus antara 2000 dan 2100");
    }));
});

describe("publishing an approved document", () => {
  it("the camat publishes an approved PK once: the PDF is stored with its sha256, twice is refused", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana, camat } = await siapkan(trx);
      const pk = await idDokumen(trx, "pk");
      await aturStatus(trx, pk, "disetujui");
      const halaman = await (await minta(app, camat, "GET", "/opd/malili/dokumen?tahun=2024")).text();
      expect(halaman).toContain(`action="/opd/malili/dokumen/${pk}/terbitkan"`);

      const olehPerencana = await minta(app, perencana, "POST", `/opd/malili/dokumen/${pk}/terbitkan`, {
        isian: { tahun: "2024" },
      });
      expect(olehPerencana.status).toBe(403);
      const burau = await sesiUji(trx, { peran: "pimpinan", opdKode: "burau" });
      expect(
        (await minta(app, burau, "POST", `/opd/malili/dokumen/${pk}/terbitkan`, { isian: { tahun: "2024" } }))
          .status,
      ).toBe(403);
      expect(await jumlahTerbit(trx)).toBe(0);

      const ok = await minta(app, camat, "POST", `/opd/malili/dokumen/${pk}/terbitkan`, {
        isian: { tahun: "2024" },
      });
      expect(ok.status).toBe(303);
      expect(decodeURIComponent(ok.headers.get("location") ?? "")).toBe(
        `/opd/malili/dokumen?tahun=2024&pesan=Perjanjian Kinerja 2024 revisi 0 diterbitkan di portal publik#dokumen-${pk}`,
      );
      const t = await trx.selectFrom("dokumen_terbit").selectAll().executeTakeFirstOrThrow();
      expect(t).toMatchObject({ dokumen_opd_id: pk, revisi: 0, diterbitkan_oleh: camat.namaPengguna });
      expect(t.pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(t.sha256).toBe(createHash("sha256").update(t.pdf).digest("hex"));
      const audit = await trx
        .selectFrom("audit_log")
        .select(["aksi", "akun_id"])
        .where("tabel", "=", "dokumen_terbit")
        .where("baris_id", "=", String(t.id))
        .execute();
      expect(audit).toEqual([{ aksi: "buat", akun_id: camat.akunId }]);
      const sesudah = await (await minta(app, camat, "GET", "/opd/malili/dokumen?tahun=2024")).text();
      expect(sesudah).not.toContain(`/dokumen/${pk}/terbitkan`);
      expect(sesudah).toContain("WITA (revisi 0)");

      const lagi = await minta(app, camat, "POST", `/opd/malili/dokumen/${pk}/terbitkan`, {
        isian: { tahun: "2024" },
      });
      expect(lagi.status).toBe(409);
      expect(await lagi.text()).toContain("Perjanjian Kinerja 2024 revisi 0 sudah diterbitkan pada");
      expect(await jumlahTerbit(trx)).toBe(1);
      // the snapshot cannot be changed or removed, whatever path writes
      await expect(
        dalamTransaksi(trx, (t2) => t2.deleteFrom("dokumen_terbit").where("id", "=", t.id).execute()),
      ).rejects.toMatchObject({ code: "TK001" });
      await expect(
        dalamTransaksi(trx, (t2) =>
          t2.updateTable("dokumen_terbit").set({ sha256: "0" }).where("id", "=", t.id).execute(),
        ),
      ).rejects.toMatchObject({ code: "TK001" });
    }));

  it("refuses a document that is not approved and an LKjIP with galat, writing nothing", () =>
    dalamRollback(b, async (trx) => {
      const { app, camat } = await siapkan(trx);
      const iku = await idDokumen(trx, "iku");
      await aturStatus(trx, iku, "diajukan");
      const belum = await minta(app, camat, "POST", `/opd/malili/dokumen/${iku}/terbitkan`, {
        isian: { tahun: "2024" },
      });
      expect(belum.status).toBe(409);
      expect(await belum.text()).toContain(
        "Indikator Kinerja Utama 2024 berstatus diajukan; hanya dokumen yang sudah disetujui yang dapat diterbitkan.",
      );

      const lkjip = await idDokumen(trx, "lkjip");
      await aturStatus(trx, lkjip, "disetujui");
      const draf = await minta(app, camat, "POST", `/opd/malili/dokumen/${lkjip}/terbitkan`, {
        isian: { tahun: "2024" },
      });
      expect(draf.status).toBe(409);
      expect(await draf.text()).toContain(
        "LKjIP 2024 masih DRAF: pemeriksaan konsistensi menemukan 3 galat.",
      );
      expect(await jumlahTerbit(trx)).toBe(0);
      expect(
        await trx.selectFrom("audit_log").select("id").where("tabel", "=", "dokumen_terbit").execute(),
      ).toHaveLength(0);
    }));

  it("a revised and re-approved PK is published as a new row, the earlier one kept", () =>
    dalamRollback(b, async (trx) => {
      const { app, camat } = await siapkan(trx);
      const pk = await idDokumen(trx, "pk");
      await aturStatus(trx, pk, "disetujui");
      const isian = { isian: { tahun: "2024" } };
      expect((await minta(app, camat, "POST", `/opd/malili/dokumen/${pk}/terbitkan`, isian)).status).toBe(
        303,
      );
      const opd = await trx
        .selectFrom("opd")
        .select(["id", "pemda_id"])
        .where("kode", "=", "malili")
        .executeTakeFirstOrThrow();
      await trx
        .insertInto("revisi")
        .values({
          pemda_id: opd.pemda_id,
          opd_id: opd.id,
          objek: "dokumen_opd",
          objek_id: pk,
          nomor: 1,
          alasan: "Target IKM dikoreksi",
          isi_sebelum: JSON.stringify({ status: "disetujui", revisi: 0 }),
          pelaku: "uji",
        })
        .execute();
      await trx.updateTable("dokumen_opd").set({ status: "draf", revisi: 1 }).where("id", "=", pk).execute();
      const draf = await minta(app, camat, "POST", `/opd/malili/dokumen/${pk}/terbitkan`, isian);
      expect(draf.status).toBe(409);
      await aturStatus(trx, pk, "disetujui");
      expect((await minta(app, camat, "POST", `/opd/malili/dokumen/${pk}/terbitkan`, isian)).status).toBe(
        303,
      );
      const rows = await trx.selectFrom("dokumen_terbit").select(["revisi"]).orderBy("revisi").execute();
      expect(rows).toEqual([{ revisi: 0 }, { revisi: 1 }]);
    }));

  it("goes through the workflow screens: submitted, verified, approved, published, revised, published again", () =>
    dalamRollback(b, async (trx) => {
      const { app, perencana, camat } = await siapkan(trx);
      const pk = await idDokumen(trx, "pk");
      const lanjut = "/opd/malili/dokumen?tahun=2024";
      const langkah = async (sesi: typeof camat, l: string) => {
        const r = await minta(app, sesi, "POST", `/opd/malili/alur/dokumen_opd/${pk}`, {
          isian: { langkah: l, komentar: `uji ${l}`, lanjut },
        });
        expect(r.status, l).toBe(303);
        expect(r.headers.get("location"), l).toContain("pesan=");
      };
      await langkah(perencana, "ajukan");
      await langkah(camat, "verifikasi");
      await langkah(camat, "setujui");
      const halaman = await (await minta(app, camat, "GET", lanjut)).text();
      expect(halaman).toContain('class="status status-disetujui"');
      expect(halaman).toContain(`action="/opd/malili/dokumen/${pk}/terbitkan"`);
      const isian = { isian: { tahun: "2024" } };
      expect((await minta(app, camat, "POST", `/opd/malili/dokumen/${pk}/terbitkan`, isian)).status).toBe(
        303,
      );

      const revisi = await minta(app, camat, "POST", `/opd/malili/revisi/dokumen_opd/${pk}`, {
        isian: { alasan: "Target IKM pada lampiran dikoreksi", lanjut },
      });
      expect(revisi.status).toBe(303);
      expect(
        await trx
          .selectFrom("dokumen_opd")
          .select(["status", "revisi"])
          .where("id", "=", pk)
          .executeTakeFirst(),
      ).toEqual({ status: "draf", revisi: 1 });
      await langkah(perencana, "ajukan");
      await langkah(camat, "verifikasi");
      await langkah(camat, "setujui");
      expect((await minta(app, camat, "POST", `/opd/malili/dokumen/${pk}/terbitkan`, isian)).status).toBe(
        303,
      );
      const rows = await trx.selectFrom("dokumen_terbit").select("revisi").orderBy("revisi").execute();
      expect(rows).toEqual([{ revisi: 0 }, { revisi: 1 }]);

      const portal = await (await minta(app, null, "GET", "/portal/malili")).text();
      expect(portal).toContain("Revisi 1 ·");
      expect(portal).toContain("Riwayat (revisi sebelumnya)");
      expect(portal).toContain("Revisi 0 ·");
    }));
});

import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import { minta, sesiUji } from "../../../test/setup/sesi.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { Db } from "../../platform/db/transaction.ts";
import { formatWaktuWita } from "../../platform/waktu-wita.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

/** The demo with malili's PK 2024 approved and published by the camat through the documents screen. */
async function siapkanTerbit(trx: Db) {
  await muatDataset(trx, malili2024);
  const app = aplikasiUji(trx);
  const camat = await sesiUji(trx, { peran: "pimpinan", opdKode: "malili" });
  expect((await minta(app, camat, "GET", "/opd/malili/dokumen?tahun=2024")).status).toBe(200);
  const pk = await trx
    .selectFrom("dokumen_opd")
    .select("id")
    .where("jenis", "=", "pk")
    .where("tahun", "=", 2024)
    .executeTakeFirstOrThrow();
  await trx.updateTable("dokumen_opd").set({ status: "disetujui" }).where("id", "=", pk.id).execute();
  return { app, camat, pkId: pk.id };
}

function baris(html: string, nama: string): string {
  const i = html.indexOf(nama);
  expect(i, `baris ${nama}`).toBeGreaterThan(-1);
  return html.slice(i, html.indexOf("</tr>", i));
}

describe("the public portal", () => {
  it("lists the pemda's OPDs, and malili with one document after the PK is published", () =>
    dalamRollback(b, async (trx) => {
      const { app, camat, pkId } = await siapkanTerbit(trx);
      const sebelum = await minta(app, null, "GET", "/portal");
      expect(sebelum.status).toBe(200);
      const htmlSebelum = await sebelum.text();
      expect(htmlSebelum).toContain("Luwu Timur");
      expect(baris(htmlSebelum, ">Kecamatan Malili<")).toContain('data-label="Dokumen terbit">0<');
      expect(htmlSebelum).not.toContain("htmx");

      await minta(app, camat, "POST", `/opd/malili/dokumen/${pkId}/terbitkan`, { isian: { tahun: "2024" } });
      const t = await trx.selectFrom("dokumen_terbit").selectAll().executeTakeFirstOrThrow();
      const html = await (await minta(app, null, "GET", "/portal")).text();
      const malili = baris(html, ">Kecamatan Malili<");
      expect(malili).toContain('data-label="Dokumen terbit">1<');
      expect(malili).toContain(formatWaktuWita(t.diterbitkan_pada));
      expect(baris(html, ">Kecamatan Burau<")).toContain('data-label="Dokumen terbit">0<');
    }));

  it("shows malili's published PK with its date, size and sha256, and serves the same bytes", () =>
    dalamRollback(b, async (trx) => {
      const { app, camat, pkId } = await siapkanTerbit(trx);
      await minta(app, camat, "POST", `/opd/malili/dokumen/${pkId}/terbitkan`, { isian: { tahun: "2024" } });
      const t = await trx.selectFrom("dokumen_terbit").selectAll().executeTakeFirstOrThrow();

      const halaman = await minta(app, null, "GET", "/portal/malili");
      expect(halaman.status).toBe(200);
      const html = await halaman.text();
      expect(html).toContain("Perjanjian Kinerja 2024");
      expect(html).toContain(`Revisi 0 · ${formatWaktuWita(t.diterbitkan_pada)}`);
      expect(html).toContain(`>${t.sha256.slice(0, 12)}</code>`);
      expect(html).toContain(`href="/portal/malili/${t.id}.pdf"`);
      expect(html).not.toContain("LKjIP");
      expect(html).not.toContain("/api/v1/");

      const pdf = await minta(app, null, "GET", `/portal/malili/${t.id}.pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get("content-type")).toBe("application/pdf");
      expect(pdf.headers.get("content-disposition")).toBe('inline; filename="pk-malili-2024-revisi-0.pdf"');
      expect(pdf.headers.get("cache-control")).toContain("immutable");
      const isi = Buffer.from(await pdf.arrayBuffer());
      expect(createHash("sha256").update(isi).digest("hex")).toBe(t.sha256);
      expect(isi.equals(t.pdf)).toBe(true);
    }));

  it("gives an unpublished document no public address", () =>
    dalamRollback(b, async (trx) => {
      const { app, camat, pkId } = await siapkanTerbit(trx);
      expect((await minta(app, null, "GET", `/portal/malili/${pkId}.pdf`)).status).toBe(404);
      await minta(app, camat, "POST", `/opd/malili/dokumen/${pkId}/terbitkan`, { isian: { tahun: "2024" } });
      const t = await trx.selectFrom("dokumen_terbit").select("id").executeTakeFirstOrThrow();
      expect((await minta(app, null, "GET", `/portal/burau/${t.id}.pdf`)).status).toBe(404);
      expect((await minta(app, null, "GET", `/portal/malili/${t.id + 1}.pdf`)).status).toBe(404);
      expect((await minta(app, null, "GET", "/portal/malili/99999999999.pdf")).status).toBe(404);
      expect((await minta(app, null, "GET", "/portal/malili/lkjip.pdf")).status).toBe(404);
      expect((await minta(app, null, "GET", "/portal/tidak-ada")).status).toBe(404);
      const burau = await (await minta(app, null, "GET", "/portal/burau")).text();
      expect(burau).toContain("Perangkat daerah ini belum menerbitkan dokumen.");
    }));

  it("speaks English when the visitor chose it", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const r = await app.request("/portal", {
        headers: { accept: "text/html", cookie: "terukur_bahasa=en" },
      });
      const html = await r.text();
      expect(html).toContain('<html lang="en">');
      expect(html).toContain("Published documents");
    }));
});

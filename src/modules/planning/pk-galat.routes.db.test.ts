import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import { minta, sesiUji } from "../../../test/setup/sesi.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { Db } from "../../platform/db/transaction.ts";

/**
 * A refused PK post always shows its message (issue 4): beside the field when the re-rendered page has it,
 * otherwise on top of the page or of the PK's section, on the year the person was on, writing nothing.
 */

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

/** The texts of every alert on the page. */
function peringatan(html: string): string[] {
  return [...html.matchAll(/role="alert">([^<]*)</g)].map((m) => m[1] ?? "");
}

async function jumlah(db: Db, tabel: "perjanjian_kinerja" | "pk_indikator" | "pk_program"): Promise<number> {
  const r = await db
    .selectFrom(tabel)
    .select((e) => e.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function siapkan(trx: Db) {
  const { opdId } = await muatDataset(trx, malili2024);
  const pk = await trx
    .selectFrom("perjanjian_kinerja")
    .select("id")
    .where("opd_id", "=", opdId)
    .where("tahun", "=", 2024)
    .where("tingkat", "=", "pimpinan_opd")
    .executeTakeFirstOrThrow();
  const sesi = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
  return { app: aplikasiUji(trx), sesi, pk, opdId };
}

describe("refused PK posts", () => {
  it("creating with an unreadable year: the message on top, the PK page's year, what was typed kept", () =>
    dalamRollback(b, async (trx) => {
      const { app, sesi } = await siapkan(trx);
      const sebelum = await jumlah(trx, "perjanjian_kinerja");
      const res = await minta(app, sesi, "POST", "/opd/malili/pk", {
        isian: { tahun: "dua ribu", "pihakPertama.nama": "Budi Santoso" },
      });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain('<p class="galat-umum" role="alert">Tahun harus angka</p>');
      expect(html).toMatch(/<h1>[^<]*· 2024/);
      expect(html).toContain('value="Budi Santoso"');
      expect(await jumlah(trx, "perjanjian_kinerja")).toBe(sebelum);
    }));

  it("creating for a year without a DPA: the posted year's page, whose form is absent, shows the message", () =>
    dalamRollback(b, async (trx) => {
      const { app, sesi } = await siapkan(trx);
      const sebelum = await jumlah(trx, "perjanjian_kinerja");
      const res = await minta(app, sesi, "POST", "/opd/malili/pk", {
        isian: {
          tahun: "2031",
          tingkat: "eselon_iii",
          unitKode: "seksi-pemerintahan",
          dpaJenis: "murni",
          "pihakPertama.nama": "Budi",
          "pihakPertama.jabatan": "Kepala Seksi",
          "pihakKedua.nama": "Ani",
          "pihakKedua.jabatan": "Camat",
          tempat: "Malili",
        },
      });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toMatch(/<h1>[^<]*· 2031/);
      expect(peringatan(html)).toEqual([
        "DPA murni tahun 2031 belum ada; masukkan DPA sebelum menyusun Perjanjian Kinerja",
      ]);
      expect(await jumlah(trx, "perjanjian_kinerja")).toBe(sebelum);
    }));

  it("adding an indicator or a program with no row to show it beside: the message in the PK's section", () =>
    dalamRollback(b, async (trx) => {
      const { app, sesi, pk } = await siapkan(trx);
      const ind = await jumlah(trx, "pk_indikator");
      const prog = await jumlah(trx, "pk_program");
      const tanpaKode = await minta(app, sesi, "POST", `/opd/malili/pk/${pk.id}/indikator`, { isian: {} });
      expect(tanpaKode.status).toBe(400);
      const html = await tanpaKode.text();
      expect(peringatan(html)).toEqual(["Indikator wajib dipilih dari Renstra"]);
      // in the section of that PK, after its heading, not lost in another PK's forms
      expect(html.indexOf("Indikator wajib dipilih")).toBeGreaterThan(html.indexOf("<h2>"));
      const tanpaProgram = await minta(app, sesi, "POST", `/opd/malili/pk/${pk.id}/program`, { isian: {} });
      expect(tanpaProgram.status).toBe(400);
      expect(peringatan(await tanpaProgram.text())).toEqual(["Program wajib dipilih dari DPA"]);
      const asing = await minta(app, sesi, "POST", `/opd/malili/pk/${pk.id}/program`, {
        isian: { kode: "9.99.99" },
      });
      expect(asing.status).toBe(400);
      const htmlAsing = await asing.text();
      expect(peringatan(htmlAsing)).toHaveLength(1);
      expect(peringatan(htmlAsing)[0]).toContain("Program 9.99.99 tidak ada di DPA");
      expect(await jumlah(trx, "pk_indikator")).toBe(ind);
      expect(await jumlah(trx, "pk_program")).toBe(prog);
    }));

  it("a refusal beside a row's field stays beside it, not repeated on top", () =>
    dalamRollback(b, async (trx) => {
      const { app, sesi, pk, opdId } = await siapkan(trx);
      const ada = await trx
        .selectFrom("pk_indikator")
        .innerJoin("indikator", "indikator.id", "pk_indikator.indikator_id")
        .select("indikator.kode")
        .where("pk_id", "=", pk.id)
        .execute();
      const calon = await trx
        .selectFrom("indikator")
        .select("kode")
        .where("opd_id", "=", opdId)
        .where(
          "kode",
          "not in",
          ada.map((x) => x.kode),
        )
        .executeTakeFirst();
      if (!calon) throw new Error("every Renstra indicator is already in the demo PK: no row to test");
      const f = `pkind-${pk.id}-${calon.kode}`;
      const res = await minta(app, sesi, "POST", `/opd/malili/pk/${pk.id}/indikator`, {
        isian: { indikatorKode: calon.kode, [`${f}:target`]: "12,5 juta" },
      });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain(`id="f-${f.replace(/[^a-zA-Z0-9_-]/g, "-")}-target-galat" role="alert"`);
      expect(html).not.toContain('class="galat-umum"');
      expect(html).toContain('value="12,5 juta"');
    }));
});

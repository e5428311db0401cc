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

const HALAMAN = "/opd/malili/narasi?tahun=2024";
const SLOT = "kata_pengantar~~~1";

async function isiSlot(trx: Db, jenis: "kata_pengantar" | "kendala", urutan: number) {
  return trx
    .selectFrom("narasi")
    .select(["isi", "sasaran_id", "kode_anggaran"])
    .where("tahun", "=", 2024)
    .where("jenis", "=", jenis)
    .where("urutan", "=", urutan)
    .where("sasaran_id", "is", null)
    .execute();
}

async function siapkan(trx: Db) {
  await muatDataset(trx, malili2024);
  return aplikasiUji(trx);
}

describe("narratives screen", () => {
  it("lists the demo's paragraphs by OPD, sasaran and budget code, each with its own form", () =>
    dalamRollback(b, async (trx) => {
      const app = await siapkan(trx);
      const s = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const res = await minta(app, s, "GET", HALAMAN);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain("Segala puji dan syukur hanya milik Allah SWT");
      expect(html).toContain(`name="isi_${SLOT}"`);
      expect(html).toMatch(/<h2>Sasaran S1: /);
      expect(gzipSync(html).length).toBeLessThan(60 * 1024);
      expect(html).toMatch(/<h2>Kode anggaran 7\.01\.\d{2}\.2\.\d{2}\.\d{4} /);
    }));

  it("saves a paragraph over its slot and adds a new one attached to a budget code", () =>
    dalamRollback(b, async (trx) => {
      const app = await siapkan(trx);
      const s = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const ubah = await minta(app, s, "POST", "/opd/malili/narasi", {
        isian: {
          slot: SLOT,
          tahun: "2024",
          jenis: "kata_pengantar",
          sasaranKode: "",
          kodeAnggaran: "",
          urutan: "1",
          [`isi_${SLOT}`]: "  Puji syukur kami panjatkan.  ",
        },
      });
      expect(ubah.status).toBe(303);
      expect(ubah.headers.get("location")).toBe("/opd/malili/narasi?tahun=2024&pesan=Narasi%20disimpan");
      expect(await isiSlot(trx, "kata_pengantar", 1)).toEqual([
        { isi: "Puji syukur kami panjatkan.", sasaran_id: null, kode_anggaran: null },
      ]);
      const baru = await minta(app, s, "POST", "/opd/malili/narasi", {
        isian: {
          slot: "baru",
          tahun: "2024",
          jenis: "kendala",
          sasaranKode: "",
          kodeAnggaran: "7.01.01",
          urutan: "3",
          isi: "Jaringan internet kantor sering terputus.",
        },
      });
      expect(baru.status).toBe(303);
      const row = await trx
        .selectFrom("narasi")
        .select(["isi", "kode_anggaran", "urutan"])
        .where("jenis", "=", "kendala")
        .where("kode_anggaran", "=", "7.01.01")
        .executeTakeFirstOrThrow();
      expect(row).toEqual({
        isi: "Jaringan internet kantor sering terputus.",
        kode_anggaran: "7.01.01",
        urutan: 3,
      });
      const html = await (await minta(app, s, "GET", HALAMAN)).text();
      expect(html).toContain("Puji syukur kami panjatkan.");
      expect(html).toContain("Jaringan internet kantor sering terputus.");
    }));

  it("refuses an empty paragraph beside its text area and leaves the stored one", () =>
    dalamRollback(b, async (trx) => {
      const app = await siapkan(trx);
      const s = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const sebelum = await isiSlot(trx, "kata_pengantar", 1);
      const res = await minta(app, s, "POST", "/opd/malili/narasi", {
        isian: {
          slot: SLOT,
          tahun: "2024",
          jenis: "kata_pengantar",
          sasaranKode: "",
          kodeAnggaran: "",
          urutan: "1",
          [`isi_${SLOT}`]: "   ",
        },
      });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain(`id="f-isi_kata_pengantar---1-galat" role="alert">Isi narasi wajib diisi`);
      expect(await isiSlot(trx, "kata_pengantar", 1)).toEqual(sebelum);
    }));

  it("lets a kepala seksi and an evaluator read but not write; another OPD gets 403 on both", () =>
    dalamRollback(b, async (trx) => {
      const app = await siapkan(trx);
      const sebelum = await isiSlot(trx, "kata_pengantar", 1);
      const kasi = await sesiUji(trx, {
        peran: "kepala_seksi",
        opdKode: "malili",
        unitKode: "seksi-pemerintahan",
      });
      const evaluator = await sesiUji(trx, { peran: "evaluator" });
      const burau = await sesiUji(trx, { peran: "perencana", opdKode: "burau" });
      const isian = {
        slot: "baru",
        tahun: "2024",
        jenis: "kata_pengantar",
        urutan: "1",
        isi: "Ditimpa",
      };
      for (const s of [kasi, evaluator, burau]) {
        expect((await minta(app, s, "POST", "/opd/malili/narasi", { isian })).status).toBe(403);
      }
      const baca = await minta(app, kasi, "GET", HALAMAN);
      expect(baca.status).toBe(200);
      expect(await baca.text()).not.toContain('method="post" action="/opd/malili/narasi"');
      expect((await minta(app, evaluator, "GET", HALAMAN)).status).toBe(200);
      expect((await minta(app, burau, "GET", HALAMAN)).status).toBe(403);
      expect(await isiSlot(trx, "kata_pengantar", 1)).toEqual(sebelum);
    }));
});

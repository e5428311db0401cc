import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import { minta, sesiUji } from "../../../test/setup/sesi.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { Db } from "../../platform/db/transaction.ts";
import { dpaBerlaku } from "./dpa.service.ts";
import { pilihanKodeDpa, pohonDpa } from "./dpa-layar.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const HALAMAN = "/opd/malili/dpa?tahun=2024";

async function siapkan(trx: Db) {
  const { pemdaId, opdId } = await muatDataset(trx, malili2024);
  const c = { pemdaId, opdId: null, pelaku: "uji" };
  const dpa = await dpaBerlaku(trx, c, opdId, 2024);
  if (!dpa) throw new Error("demo tanpa DPA 2024");
  const pohon = await pohonDpa(trx, c, opdId, dpa.id);
  const pilihan = await pilihanKodeDpa(trx, 2024, pohon);
  const kodeBaru = pilihan.sub_kegiatan[0]?.kode;
  if (!kodeBaru) throw new Error("tidak ada kode sub kegiatan yang dapat ditambahkan");
  return { app: aplikasiUji(trx), c, opdId, dpa, kodeBaru };
}

async function jumlahSub(trx: Db): Promise<number> {
  const r = await trx
    .selectFrom("dpa_sub_kegiatan")
    .select((e) => e.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

function isiSub(dpaId: number, kode: string, pagu: string): Record<string, string> {
  return { dpaId: String(dpaId), s_kode: kode, s_pagu: pagu, s_target: "2", s_satuan: "Dokumen" };
}

describe("DPA screen", () => {
  it("shows the demo's totals, a printed parent total that disagrees, and links to sub kegiatan", () =>
    dalamRollback(b, async (trx) => {
      const { app } = await siapkan(trx);
      const s = await sesiUji(trx, {
        peran: "kepala_seksi",
        opdKode: "malili",
        unitKode: "seksi-pemerintahan",
      });
      const res = await minta(app, s, "GET", HALAMAN);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('<b id="total-pagu">Rp 4.445.199.950</b>');
      expect(html).toContain('<b id="total-realisasi">Rp 4.286.256.962</b>');
      expect(html).toContain("96,42 %");
      // Administrasi Umum: printed 637.632.100, sub kegiatan add up to 637.602.100 (NOTES.md)
      expect(html).toContain("Tertulis di dokumen: Rp 637.632.100 (selisih Rp 30.000)");
      expect(html).toMatch(/href="\/opd\/malili\/dpa\/sub\/\d+"/);
      // a kepala seksi reads but gets no entry form
      expect(html).not.toContain('action="/opd/malili/dpa/sub-kegiatan"');
    }));

  it("adds a sub kegiatan from the nomenclature with a pagu in rupiah format", () =>
    dalamRollback(b, async (trx) => {
      const { app, dpa, kodeBaru } = await siapkan(trx);
      const s = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const halaman = await (await minta(app, s, "GET", HALAMAN)).text();
      expect(halaman).toContain(`<option value="${kodeBaru}">`);
      // the perencana's page, with every form and code list, stays light on a slow link
      expect(gzipSync(halaman).length).toBeLessThan(60 * 1024);
      const res = await minta(app, s, "POST", "/opd/malili/dpa/sub-kegiatan", {
        isian: isiSub(dpa.id, kodeBaru, "Rp 12.500.000"),
      });
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toContain("/opd/malili/dpa?tahun=2024&jenis=perubahan&pesan=");
      const row = await trx
        .selectFrom("dpa_sub_kegiatan")
        .select(["pagu", "target", "satuan", "nama"])
        .where("kode", "=", kodeBaru)
        .executeTakeFirstOrThrow();
      expect(row.pagu).toBe(12500000n);
      expect(row.satuan).toBe("Dokumen");
      expect(Number(row.target)).toBe(2);
      const sesudah = await (await minta(app, s, "GET", HALAMAN)).text();
      expect(sesudah).toContain("Rp 4.457.699.950");
    }));

  for (const [pagu, pesan] of [
    ["12,5 juta", "bukan nilai rupiah yang dapat dibaca"],
    ["-500.000", "tidak boleh negatif"],
  ] as const) {
    it(`refuses the pagu "${pagu}" beside the field, keeps it, writes nothing`, () =>
      dalamRollback(b, async (trx) => {
        const { app, dpa, kodeBaru } = await siapkan(trx);
        const s = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
        const sebelum = await jumlahSub(trx);
        const res = await minta(app, s, "POST", "/opd/malili/dpa/sub-kegiatan", {
          isian: isiSub(dpa.id, kodeBaru, pagu),
        });
        expect(res.status).toBe(400);
        const html = await res.text();
        expect(html).toMatch(new RegExp(`id="f-s_pagu-galat" role="alert">[^<]*${pesan}`));
        expect(html).toContain(`value="${pagu}"`);
        expect(html).toMatch(new RegExp(`<option value="${kodeBaru.replaceAll(".", "\\.")}" selected`));
        expect(await jumlahSub(trx)).toBe(sebelum);
      }));
  }

  it("refuses a code that is not in the nomenclature, writes nothing", () =>
    dalamRollback(b, async (trx) => {
      const { app, dpa } = await siapkan(trx);
      const s = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const sebelum = await jumlahSub(trx);
      const res = await minta(app, s, "POST", "/opd/malili/dpa/sub-kegiatan", {
        isian: isiSub(dpa.id, "7.01.01.2.01.0099", "1.000.000"),
      });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toMatch(/id="f-s_kode-galat" role="alert">Kode 7\.01\.01\.2\.01\.0099 tidak terdaftar/);
      expect(await jumlahSub(trx)).toBe(sebelum);
    }));

  it("records a budget realisation and the monthly cash plan on the sub kegiatan page", () =>
    dalamRollback(b, async (trx) => {
      const { app, dpa, kodeBaru } = await siapkan(trx);
      const s = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      await minta(app, s, "POST", "/opd/malili/dpa/sub-kegiatan", {
        isian: isiSub(dpa.id, kodeBaru, "1.200.000"),
      });
      const sub = await trx
        .selectFrom("dpa_sub_kegiatan")
        .select("id")
        .where("kode", "=", kodeBaru)
        .executeTakeFirstOrThrow();
      const jalur = `/opd/malili/dpa/sub/${sub.id}`;
      const r1 = await minta(app, s, "POST", `${jalur}/realisasi`, {
        isian: { periodeJenis: "triwulan", periodeKe: "1", jumlah: "Rp 300.000", catatan: "" },
      });
      expect(r1.status).toBe(303);
      const ra = await trx
        .selectFrom("realisasi_anggaran")
        .select(["periode_jenis", "periode_ke", "jumlah"])
        .where("dpa_sub_kegiatan_id", "=", sub.id)
        .execute();
      expect(ra).toEqual([{ periode_jenis: "triwulan", periode_ke: 1, jumlah: 300000n }]);
      // a month inside the recorded quarter is refused beside the period field
      const r2 = await minta(app, s, "POST", `${jalur}/realisasi`, {
        isian: { periodeJenis: "bulan", periodeKe: "2", jumlah: "10.000", catatan: "" },
      });
      expect(r2.status).toBe(409);
      expect(await r2.text()).toContain('id="f-periodeKe-galat" role="alert">Realisasi Februari bertumpuk');
      const bulan = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`bulan${i + 1}`, "100.000"]));
      const r3 = await minta(app, s, "POST", `${jalur}/anggaran-kas`, { isian: bulan });
      expect(r3.status).toBe(303);
      const kas = await trx
        .selectFrom("anggaran_kas")
        .select("jumlah")
        .where("dpa_sub_kegiatan_id", "=", sub.id)
        .orderBy("bulan")
        .execute();
      expect(kas.map((x) => x.jumlah)).toEqual(Array(12).fill(100000n));
      const halaman = await (await minta(app, s, "GET", jalur)).text();
      expect(halaman).toContain("Rp 300.000");
      expect(halaman).toContain("25,00 %");
    }));

  it("refuses POSTs by a kepala seksi, an evaluator and another OPD's perencana; hides the page from other OPDs", () =>
    dalamRollback(b, async (trx) => {
      const { app, dpa, kodeBaru } = await siapkan(trx);
      const sebelum = await jumlahSub(trx);
      const kasi = await sesiUji(trx, {
        peran: "kepala_seksi",
        opdKode: "malili",
        unitKode: "seksi-pemerintahan",
      });
      const evaluator = await sesiUji(trx, { peran: "evaluator" });
      const burau = await sesiUji(trx, { peran: "perencana", opdKode: "burau" });
      for (const s of [kasi, evaluator, burau]) {
        const res = await minta(app, s, "POST", "/opd/malili/dpa/sub-kegiatan", {
          isian: isiSub(dpa.id, kodeBaru, "1.000"),
        });
        expect(res.status).toBe(403);
      }
      expect((await minta(app, evaluator, "GET", HALAMAN)).status).toBe(200);
      expect((await minta(app, burau, "GET", HALAMAN)).status).toBe(403);
      expect(await jumlahSub(trx)).toBe(sebelum);
    }));
});

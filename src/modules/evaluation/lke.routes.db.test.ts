import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import { minta, sesiUji } from "../../../test/setup/sesi.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { Db } from "../../platform/db/transaction.ts";
import { bacaPaketLke } from "./lke-paket.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

/** The form of one komponen with every criterion answered `jawaban` (1.a.1 `pertama`). */
async function isianKomponen(komponen: string, jawaban: string, pertama = jawaban) {
  const paket = await bacaPaketLke();
  const isian: Record<string, string> = {};
  for (const [kode, { subKomponen }] of paket.kriteriaPerKode) {
    if (!subKomponen.kode.startsWith(`${komponen}.`)) continue;
    isian[`j:${kode}`] = kode === "1.a.1" ? pertama : jawaban;
    isian[`c:${kode}`] = kode === "1.a.1" ? "Pedoman teknis ada, belum dimutakhirkan." : "";
  }
  return isian;
}

function hitung(db: Db) {
  return Promise.all([
    db
      .selectFrom("lke_jawaban")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow(),
    db.selectFrom("lke_penilaian").select(["tahun", "status"]).orderBy("tahun").execute(),
    db.selectFrom("evaluasi_hasil").select(["tahun", "nilai"]).orderBy("tahun").execute(),
  ]);
}

describe("LKE screens", () => {
  it("lets the evaluator score Malili 2024 komponen by komponen and finalise it", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const ev = await sesiUji(trx, { peran: "evaluator" });

      let res = await minta(app, ev, "GET", "/opd/malili/lke");
      expect(res.status).toBe(200);
      let html = await res.text();
      expect(html).toContain('<a href="/opd/malili/lke/2024">2024</a>');
      expect(html).toContain("Dinilai evaluator");
      expect(html).toMatch(/2022<\/td>[\s\S]*?66,65<\/td>[\s\S]*?B \(Baik\)/);
      expect(html).toContain("Mulai penilaian LKE");

      res = await minta(app, ev, "GET", "/opd/malili/lke/2024");
      html = await res.text();
      expect(html).toContain('<dd id="status-lke">Dinilai evaluator</dd>');
      expect(html).toMatch(/id="total-mandiri">65,77 · B \(Baik\)</);
      expect(html).toMatch(/id="total-evaluator">Kemajuan: 0 dari 80 kriteria</);
      expect(html).toContain("Finalkan nilai");
      expect(html).not.toContain("Ajukan penilaian mandiri");
      // what-if on the self-assessment (the evaluator has not answered): 1.c is worth most per step
      expect(html).toContain('id="andai-lke"');
      expect(html).toContain('href="/opd/malili/dokumen?tahun=2024"');

      res = await minta(app, ev, "GET", "/opd/malili/lke/2024/komponen/1");
      html = await res.text();
      expect(res.status).toBe(200);
      expect(html).toContain('name="j:1.a.1"');
      expect(html).toContain("Simpan penilaian");
      expect(html).toContain("Renstra 2021–2026 tersedia di Terukur");
      expect(html).toContain("Renstra Kecamatan Malili 2021–2026 telah ditetapkan.");

      // an answer outside the scale: 400, the message beside the criterion, nothing written
      const sebelum = await hitung(trx);
      res = await minta(app, ev, "POST", "/opd/malili/lke/2024/komponen/1", {
        isian: await isianKomponen("1", "B", "Z"),
      });
      expect(res.status).toBe(400);
      html = await res.text();
      expect(html).toMatch(
        /role="alert">Jawaban kriteria 1\.a\.1 &quot;Z&quot; harus salah satu dari AA, A, BB, B, CC, C, D, E\.</,
      );
      expect(html).toContain('<option value="B" selected');
      expect(await hitung(trx)).toEqual(sebelum);

      for (const k of ["1", "2", "3", "4"]) {
        res = await minta(app, ev, "POST", `/opd/malili/lke/2024/komponen/${k}`, {
          isian: await isianKomponen(k, "B", "AA"),
        });
        expect(res.status).toBe(303);
      }
      res = await minta(app, ev, "GET", "/opd/malili/lke/2024");
      html = await res.text();
      // all B except 1.a.1 AA: 1.a = (100 + 5×70)/6 % × 6/100 = 4,50 → total 70,30
      expect(html).toMatch(/id="total-evaluator">70,30 · BB \(Sangat Baik\)</);

      res = await minta(app, ev, "POST", "/opd/malili/lke/2024/finalkan");
      expect(res.status).toBe(303);
      expect(decodeURIComponent(res.headers.get("location") ?? "")).toBe(
        "/opd/malili/lke/2024?pesan=Nilai LKE difinalkan: 70,30 (BB Sangat Baik)",
      );
      const [, penilaian, evaluasi] = await hitung(trx);
      expect(penilaian.find((p) => p.tahun === 2024)?.status).toBe("final");
      expect(evaluasi.at(-1)).toMatchObject({ tahun: 2024 });
      expect(Number(evaluasi.at(-1)?.nilai)).toBe(70.3);
      html = await (await minta(app, ev, "GET", "/opd/malili/lke/2024")).text();
      expect(html).toContain('<dd id="status-lke">Final</dd>');
      expect(html).not.toContain("Finalkan nilai");
      // a second finalisation is refused at the page
      res = await minta(app, ev, "POST", "/opd/malili/lke/2024/finalkan");
      expect(res.status).toBe(409);
      expect(await res.text()).toContain("Penilaian LKE tahun 2024 sudah final dan terkunci");
    }));

  it("lets the perencana fill a new year's self-assessment with evidence, and submit it", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const pr = await sesiUji(trx, { peran: "perencana", opdKode: "malili", bahasa: "en" });
      let res = await minta(app, pr, "POST", "/opd/malili/lke/mulai", { isian: { tahun: "20x5" } });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain("Tahun harus empat angka, misalnya 2025");
      res = await minta(app, pr, "POST", "/opd/malili/lke/mulai", { isian: { tahun: "2025" } });
      expect(res.status).toBe(303);
      res = await minta(app, pr, "GET", "/opd/malili/lke/2025/komponen/3");
      let html = await res.text();
      expect(html).toContain("Save assessment");
      expect(html).toContain('name="j:3.a.1"');
      expect(html).not.toContain('name="j:1.a.1"');
      res = await minta(app, pr, "POST", "/opd/malili/lke/2025/komponen/3", {
        isian: await isianKomponen("3", "BB"),
      });
      expect(res.status).toBe(303);

      const form = new FormData();
      form.set("komponen", "3");
      form.set("kriteria", "3.a.5");
      form.set("berkas", new File([PDF], "Tangkapan portal.pdf", { type: "application/pdf" }));
      res = await minta(app, pr, "POST", "/opd/malili/lke/2025/bukti", { isian: form });
      expect(res.status).toBe(303);
      html = await (await minta(app, pr, "GET", "/opd/malili/lke/2025/komponen/3")).text();
      const href = /href="(\/opd\/malili\/lke\/2025\/bukti\/\d+)">Tangkapan portal\.pdf</.exec(html)?.[1];
      expect(href).toBeDefined();
      const unduh = await minta(app, pr, "GET", href ?? "");
      expect(unduh.status).toBe(200);
      expect(unduh.headers.get("content-type")).toBe("application/pdf");
      expect(new Uint8Array(await unduh.arrayBuffer())).toEqual(PDF);

      // a file that is not an accepted kind is refused at the field
      const palsu = new FormData();
      palsu.set("komponen", "3");
      palsu.set("kriteria", "3.a.5");
      palsu.set("berkas", new File([new TextEncoder().encode("bukan pdf")], "x.pdf"));
      res = await minta(app, pr, "POST", "/opd/malili/lke/2025/bukti", { isian: palsu });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain("Jenis berkas tidak diterima");

      res = await minta(app, pr, "GET", "/opd/malili/lke/2025");
      html = await res.text();
      expect(html).toContain("Submit self-assessment");
      expect(html).toMatch(/id="total-mandiri">Progress: 22 of 80 criteria</);
      res = await minta(app, pr, "POST", "/opd/malili/lke/2025/ajukan");
      expect(res.status).toBe(303);
      // after submission the OPD's column is read only and a post is refused
      html = await (await minta(app, pr, "GET", "/opd/malili/lke/2025/komponen/3")).text();
      expect(html).not.toContain('name="j:3.a.1"');
      res = await minta(app, pr, "POST", "/opd/malili/lke/2025/komponen/3", {
        isian: await isianKomponen("3", "A"),
      });
      expect(res.status).toBe(409);
      expect(await res.text()).toContain(
        "Penilaian mandiri tahun 2025 sudah diajukan; kriteria 3.a.1 tidak dapat diubah lagi oleh perangkat daerah",
      );
      res = await minta(app, pr, "POST", "/opd/malili/lke/2025/finalkan");
      expect(res.status).toBe(403);
      expect(await res.text()).toContain("Nilai LKE hanya dapat difinalkan oleh evaluator.");
    }));

  it("lets a kepala seksi read only, and refuses another OPD's perencana everything", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const kasi = await sesiUji(trx, {
        peran: "kepala_seksi",
        opdKode: "malili",
        unitKode: "seksi-pemerintahan",
      });
      let res = await minta(app, kasi, "GET", "/opd/malili/lke/2024/komponen/2");
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain("Anda hanya dapat membaca komponen ini.");
      expect(html).not.toContain("Simpan penilaian");
      expect(html).not.toContain("Unggah bukti");
      const sebelum = await hitung(trx);
      res = await minta(app, kasi, "POST", "/opd/malili/lke/2025/mulai");
      expect(res.status).toBe(403);
      res = await minta(app, kasi, "POST", "/opd/malili/lke/2024/komponen/2", {
        isian: await isianKomponen("2", "A"),
      });
      expect(res.status).toBe(403);
      expect(await hitung(trx)).toEqual(sebelum);

      const burau = await sesiUji(trx, { peran: "perencana", opdKode: "burau" });
      for (const [metode, jalur] of [
        ["GET", "/opd/malili/lke"],
        ["GET", "/opd/malili/lke/2024"],
        ["GET", "/opd/malili/lke/2024/komponen/1"],
        ["POST", "/opd/malili/lke/2025/mulai"],
        ["POST", "/opd/malili/lke/2024/ajukan"],
        ["POST", "/opd/malili/lke/2024/finalkan"],
      ] as const) {
        expect((await minta(app, burau, metode, jalur)).status, `${metode} ${jalur}`).toBe(403);
      }
      expect(await hitung(trx)).toEqual(sebelum);
    }));
});

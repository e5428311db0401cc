/**
 * The LHE of Malili 2024 built from a final LKE, read back from the model, the PDF (pdftotext) and the DOCX
 * (document.xml) with the scores worked by hand from the answers below (decisions.md "LKE AKIP").
 *
 * Evaluator: 1.a all AA → 6,00 · 1.b 1.b.1 AA, ten BB → mean 900/11 = 81,82 % → 7,3636 → 7,36 · 1.c all A →
 * 13,50 · komponen 1 = 26,8636 → 26,86 (89,53 % of 30) · komponen 2 all B → 21,00 (70,00 %) · 3.a AA AA A A BB BB
 * → 2,70, 3.b all CC → 2,70, 3.c all BB → 6,00 · komponen 3 = 11,40 (76,00 %) · komponen 4 all C → 12,50
 * (50,00 %) · total 71,7636 → 71,76, BB (Sangat Baik); 2023 was 66 → "naik 5,76 poin".
 * The demo's self-assessment (seeds/malili-2024/lke-demo.ts) by hand: komponen 20,8920 → 20,89, 19,15, 9,8929 →
 * 9,89, 15,8333 → 15,83; total 65,7682 → 65,77, B (Baik).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { muatAkunDemo } from "../../../../seeds/malili-2024/akun-demo.ts";
import { malili2024 } from "../../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../../test/setup/db.ts";
import { teksDocx, teksPdf } from "../../../../test/setup/dokumen-baca.ts";
import { minta, sesiUji } from "../../../../test/setup/sesi.ts";
import type { Basisdata } from "../../../platform/db/database.ts";
import type { Db } from "../../../platform/db/transaction.ts";
import type { Cakupan } from "../../../platform/scope.ts";
import { finalkanPenilaianLke, simpanJawabanLke } from "../../evaluation/lke-penilaian.service.ts";
import { tambahRekomendasi } from "../../evaluation/rekomendasi.service.ts";
import { dokumenOpd, renderDokumen } from "../dokumen.service.ts";
import { type BlokTabel, type Dokumen, teksPolos } from "../model.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

/** Evaluator answers per sub-komponen, in pack order (see the header). */
const JAWABAN: Record<string, string[]> = {
  "1.a": Array(6).fill("AA"),
  "1.b": ["AA", ...Array(10).fill("BB")],
  "1.c": Array(8).fill("A"),
  "2.a": Array(3).fill("B"),
  "2.b": Array(7).fill("B"),
  "2.c": Array(10).fill("B"),
  "3.a": ["AA", "AA", "A", "A", "BB", "BB"],
  "3.b": Array(9).fill("CC"),
  "3.c": Array(7).fill("BB"),
  "4.a": Array(3).fill("C"),
  "4.b": Array(5).fill("C"),
  "4.c": Array(5).fill("C"),
};
const CATATAN: Record<string, string> = {
  "1.b.2": "Renstra belum dipublikasikan dalam satu bulan setelah ditetapkan.",
  "3.b.6": "LAKIP belum memuat analisis efisiensi penggunaan sumber daya.",
};

async function siapkan(trx: Db) {
  const { pemdaId, opdId } = await muatDataset(trx, malili2024);
  await muatAkunDemo(trx, pemdaId);
  const c: Cakupan = { pemdaId, opdId: null, pelaku: "evaluator.inspektorat" };
  const daftar = Object.entries(JAWABAN).flatMap(([sub, jawaban]) =>
    jawaban.map((j, i) => ({
      kode: `${sub}.${i + 1}`,
      jawaban: j,
      catatan: CATATAN[`${sub}.${i + 1}`] ?? null,
    })),
  );
  expect(daftar).toHaveLength(80);
  await simpanJawabanLke(trx, c, "evaluator", opdId, 2024, "evaluator", daftar);
  return { c, opdId };
}

function tabel(d: Dokumen, pola: RegExp): BlokTabel {
  const t = d.isi.find((x): x is BlokTabel => x.jenis === "tabel" && pola.test(x.judul));
  if (!t) throw new Error(`tabel ${pola} tidak ada`);
  return t;
}

function sel(t: BlokTabel): string[][] {
  return t.baris.map((r) => r.sel.map((s) => s.teks));
}

describe("LHE (Laporan Hasil Evaluasi AKIP)", () => {
  it("is refused before the assessment is final, and for a year without one", () =>
    dalamRollback(b, async (trx) => {
      const { c } = await siapkan(trx);
      await expect(dokumenOpd(trx, c, "malili", { jenis: "lhe", tahun: 2024 })).rejects.toThrow(
        "LHE tahun 2024 belum dapat dibuat: penilaian LKE Kecamatan Malili masih tahap penilaian evaluator dan belum difinalkan evaluator",
      );
      await expect(dokumenOpd(trx, c, "malili", { jenis: "lhe", tahun: 2022 })).rejects.toThrow(
        "LHE tahun 2022 belum dapat dibuat: belum ada penilaian LKE Kecamatan Malili tahun 2022",
      );
      const app = aplikasiUji(trx);
      const perencana = await sesiUji(trx, {
        peran: "perencana",
        opdKode: "malili",
        namaPengguna: "uji.malili",
      });
      const halaman = await (await minta(app, perencana, "GET", "/opd/malili/dokumen?tahun=2024")).text();
      expect(halaman).toContain(
        "Penilaian LKE tahun ini belum final; LHE dapat diunduh setelah evaluator memfinalkannya.",
      );
      expect(halaman).not.toContain("/dokumen/lhe/2024.pdf");
      const api = await minta(app, perencana, "GET", "/api/v1/opd/malili/dokumen/lhe/2024.pdf");
      expect(api.status).toBe(409);
      expect(JSON.stringify(await api.json())).toContain("belum difinalkan evaluator");
    }));

  it("prints the final score per komponen, notes, grouped recommendations, the comparison and signatures", () =>
    dalamRollback(b, async (trx) => {
      const { c, opdId } = await siapkan(trx);
      const rek = { tahunEvaluasi: 2024, status: "belum" as const, rencanaAksi: null, progres: null };
      await tambahRekomendasi(trx, c, opdId, {
        ...rek,
        nomor: 1,
        uraian: "Agar mempublikasikan Renstra paling lambat satu bulan setelah ditetapkan",
        komponenKode: "1",
        penanggungJawab: "Sekretaris Camat",
        tenggat: "2025-06-30",
      });
      await tambahRekomendasi(trx, c, opdId, {
        ...rek,
        nomor: 2,
        uraian: "Agar menyajikan analisis efisiensi sumber daya dalam LAKIP",
        komponenKode: "3",
        penanggungJawab: null,
        tenggat: null,
      });
      await tambahRekomendasi(trx, c, opdId, {
        ...rek,
        nomor: 3,
        uraian: "Agar seluruh pegawai memahami SAKIP",
        penanggungJawab: null,
        tenggat: null,
      });
      const fin = await finalkanPenilaianLke(trx, c, "evaluator", opdId, 2024);
      expect(fin.hasil.nilaiAkhir).toBe("71.76");

      const { dokumen: d, permintaan } = await dokumenOpd(trx, c, "malili", { jenis: "lhe", tahun: 2024 });
      expect(permintaan).toMatchObject({ jenis: "lhe", tahun: 2024 });
      expect(d).toMatchObject({
        jenis: "lhe",
        draf: false,
        judul: "Laporan Hasil Evaluasi AKIP Kecamatan Malili Tahun 2024",
      });
      expect(sel(tabel(d, /^Nilai Evaluasi AKIP per Komponen/))).toEqual([
        ["1", "Perencanaan Kinerja", "30", "20,89", "26,86", "89,53"],
        ["1.a", expect.any(String), "6", "4,90", "6,00", "100,00"],
        ["1.b", expect.any(String), "9", "6,05", "7,36", "81,82"],
        ["1.c", expect.any(String), "15", "9,94", "13,50", "90,00"],
        ["2", "Pengukuran Kinerja", "30", "19,15", "21,00", "70,00"],
        ["2.a", expect.any(String), "6", "4,00", "4,20", "70,00"],
        ["2.b", expect.any(String), "9", "6,30", "6,30", "70,00"],
        ["2.c", expect.any(String), "15", "8,85", "10,50", "70,00"],
        ["3", "Pelaporan Kinerja", "15", "9,89", "11,40", "76,00"],
        ["3.a", expect.any(String), "3", "2,60", "2,70", "90,00"],
        ["3.b", expect.any(String), "4,5", "2,90", "2,70", "60,00"],
        ["3.c", expect.any(String), "7,5", "4,39", "6,00", "80,00"],
        ["4", "Evaluasi Akuntabilitas Kinerja Internal", "25", "15,83", "12,50", "50,00"],
        ["4.a", expect.any(String), "5", "3,33", "2,50", "50,00"],
        ["4.b", expect.any(String), "7,5", "4,50", "3,75", "50,00"],
        ["4.c", expect.any(String), "12,5", "8,00", "6,25", "50,00"],
        ["NILAI AKHIR", "100", "65,77", "71,76", "71,76"],
        ["PREDIKAT", "", "B (Baik)", "BB (Sangat Baik)"],
      ]);
      const paragraf = d.isi.filter((x) => x.jenis === "paragraf").map((x) => teksPolos(x.teks));
      expect(paragraf).toContain(
        "Berdasarkan evaluasi atas penerapan Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) pada Kecamatan Malili tahun 2024, diperoleh nilai akhir 71,76 dengan predikat BB (Sangat Baik). Nilai penilaian mandiri perangkat daerah adalah 65,77 dengan predikat B (Baik). Rincian nilai per komponen dan sub-komponen disajikan pada tabel berikut.",
      );
      expect(paragraf).toContain("Nilai tahun 2024 naik 5,76 poin dari 66,00 pada tahun 2023.");
      const catatan = d.isi.filter((x) => x.jenis === "daftar").map((x) => x.butir.map(teksPolos));
      expect(catatan).toEqual([
        ["1.b.2 Renstra belum dipublikasikan dalam satu bulan setelah ditetapkan."],
        ["3.b.6 LAKIP belum memuat analisis efisiensi penggunaan sumber daya."],
      ]);
      expect(paragraf.filter((p) => p === "Tidak ada catatan evaluator pada komponen ini.")).toHaveLength(2);
      expect(sel(tabel(d, /^Rekomendasi Hasil Evaluasi AKIP Tahun 2024$/))).toEqual([
        ["Komponen 1. Perencanaan Kinerja"],
        [
          "1",
          "Agar mempublikasikan Renstra paling lambat satu bulan setelah ditetapkan",
          "Sekretaris Camat",
          "30 Juni 2025",
        ],
        ["Komponen 3. Pelaporan Kinerja"],
        ["2", "Agar menyajikan analisis efisiensi sumber daya dalam LAKIP", "-", "-"],
        ["Umum"],
        ["3", "Agar seluruh pegawai memahami SAKIP", "-", "-"],
      ]);
      expect(sel(tabel(d, /^Perbandingan Nilai Evaluasi AKIP Tahun 2020–2024$/))).toEqual([
        ["2020", "-", "-", "-", "-", "42,31", "C"],
        ["2021", "-", "-", "-", "-", "53,28", "CC"],
        ["2022", "-", "-", "-", "-", "66,65", "B"],
        ["2023", "-", "-", "-", "-", "66,00", "B"],
        ["2024", "26,86", "21,00", "11,40", "12,50", "71,76", "BB"],
      ]);
      expect(d.isi.find((x) => x.jenis === "tandatangan")).toMatchObject({
        tempat: "Luwu Timur",
        penandatangan: [
          { jabatan: "EVALUATOR", nama: "Evaluator Inspektorat Luwu Timur", nip: null },
          { jabatan: "INSPEKTUR KABUPATEN LUWU TIMUR", nip: null },
        ],
      });

      // the documents page offers it; the API serves it to whoever may read the OPD
      const app = aplikasiUji(trx);
      const perencana = await sesiUji(trx, {
        peran: "perencana",
        opdKode: "malili",
        namaPengguna: "uji.malili",
      });
      const halaman = await (await minta(app, perencana, "GET", "/opd/malili/dokumen?tahun=2024")).text();
      expect(halaman).toContain('href="/api/v1/opd/malili/dokumen/lhe/2024.docx"');
      const unduh = await minta(app, perencana, "GET", "/api/v1/opd/malili/dokumen/lhe/2024.docx");
      expect(unduh.status).toBe(200);
      expect(unduh.headers.get("content-disposition")).toBe('attachment; filename="lhe-malili-2024.docx"');
      const burau = await sesiUji(trx, { peran: "perencana", opdKode: "burau", namaPengguna: "uji.burau" });
      expect((await minta(app, burau, "GET", "/api/v1/opd/malili/dokumen/lhe/2024.pdf")).status).toBe(403);

      // the same figures read back from the PDF and the DOCX
      const pdf = teksPdf(await renderDokumen(d, "pdf")).replace(/\s+/g, " ");
      const docx = teksDocx(await renderDokumen(d, "docx")).replace(/\s+/g, " ");
      for (const teks of [pdf, docx]) {
        expect(teks).toContain("LAPORAN HASIL EVALUASI AKUNTABILITAS KINERJA INSTANSI PEMERINTAH");
        expect(teks).toContain("diperoleh nilai akhir 71,76 dengan predikat BB (Sangat Baik)");
        expect(teks).toMatch(/Perencanaan Kinerja 30 20,89 26,86 89,53/);
        expect(teks).toMatch(/NILAI AKHIR 100 65,77 71,76 71,76/);
        expect(teks).toContain("Nilai tahun 2024 naik 5,76 poin dari 66,00 pada tahun 2023.");
        expect(teks).toContain("Renstra belum dipublikasikan dalam satu bulan setelah ditetapkan.");
        expect(teks).toContain("Komponen 3. Pelaporan Kinerja");
        expect(teks).toContain("Evaluator Inspektorat Luwu Timur");
      }
    }));
});

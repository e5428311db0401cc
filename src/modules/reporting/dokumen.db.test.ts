import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { aplikasiUji } from "../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import {
  adaSoffice,
  docxKePdf,
  jumlahHalamanPdf,
  teksDocx,
  teksPdf,
  tintaPerHalaman,
} from "../../../test/setup/dokumen-baca.ts";
import { sesiUji } from "../../../test/setup/sesi.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import { dokumenOpd, renderDokumen } from "./dokumen.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

/** What the Malili 2024 LKjIP must state, in every format. */
const ANGKA_KUNCI = [
  "Rp 4.445.199.950",
  "Rp 4.286.256.962",
  "96,42 %",
  "4.445.199.950",
  "4.286.256.962",
  "93,05",
  "93,06",
  "100,01",
  "Sangat Tinggi",
  "98,48",
  "BAB I",
  "BAB II",
  "BAB III",
  "BAB IV",
  "Tabel 1.1",
  "Grafik 3.1",
  "Gambar 1.1",
  "DRAF",
];

/** Contradictions of the hand-written reference that a generated report must not repeat. */
const KONTRADIKSI = [/predikat Tinggi/i, /98,5 ?%/, /kategori D/, /Rp\.? ?4\.445\.199\.950 dari pagu/];

function rapat(t: string): string {
  return t.replace(/\s+/g, " ");
}

function periksaTeks(teks: string, sumber: string) {
  const r = rapat(teks);
  for (const k of ANGKA_KUNCI) expect(r.includes(k), `${sumber}: tidak ditemukan "${k}"`).toBe(true);
  for (const k of KONTRADIKSI) expect(k.test(r), `${sumber}: memuat ${k}`).toBe(false);
}

describe("the Malili 2024 documents, generated and read back", () => {
  it("LKjIP: the same figures in PDF, DOCX (and DOCX → PDF via LibreOffice) and HTML, no blank page", () =>
    dalamRollback(b, async (trx) => {
      const { pemdaId } = await muatDataset(trx, malili2024);
      const c = { pemdaId, opdId: null, pelaku: "uji" };
      const { dokumen } = await dokumenOpd(trx, c, "malili", { jenis: "lkjip", tahun: 2024 });
      expect(dokumen.draf).toBe(true);

      const pdf = await renderDokumen(dokumen, "pdf");
      periksaTeks(teksPdf(pdf), "PDF");
      const tinta = tintaPerHalaman(pdf);
      expect(tinta.length).toBe(jumlahHalamanPdf(pdf));
      expect(tinta.length).toBeGreaterThan(20);
      for (const [i, t] of tinta.entries()) expect(t, `halaman ${i + 1} kosong`).toBeGreaterThan(0.003);

      const docx = await renderDokumen(dokumen, "docx");
      periksaTeks(teksDocx(docx), "DOCX");
      if (adaSoffice) periksaTeks(teksPdf(docxKePdf(docx)), "DOCX→PDF");

      const html = new TextDecoder().decode(await renderDokumen(dokumen, "html"));
      periksaTeks(html.replace(/<[^>]+>/g, " "), "HTML");
    }));

  it("PK, IKU matrix and the quarterly evaluation come out in all three formats", () =>
    dalamRollback(b, async (trx) => {
      const { pemdaId } = await muatDataset(trx, malili2024);
      const c = { pemdaId, opdId: null, pelaku: "uji" };
      const harapan: Record<string, string[]> = {
        pk: ["PERJANJIAN KINERJA TAHUN 2024", "PIHAK PERTAMA", "PIHAK KEDUA", "93,05", "14.088.150", "NASIR"],
        iku: ["Indeks Kepuasan Masyarakat", "Nilai LAKIP", "94,5", "72"],
        "evaluasi-triwulan": ["4.286.256.962", "Triwulan", "Sangat Tinggi"],
      };
      for (const [jenis, teks] of Object.entries(harapan)) {
        const { dokumen } = await dokumenOpd(trx, c, "malili", {
          jenis,
          tahun: 2024,
          triwulan: 4,
          kertas: "f4",
        });
        const pdf = await renderDokumen(dokumen, "pdf");
        const isiPdf = rapat(teksPdf(pdf, { layout: false }));
        const isiDocx = rapat(teksDocx(await renderDokumen(dokumen, "docx")));
        const isiHtml = rapat(
          new TextDecoder().decode(await renderDokumen(dokumen, "html")).replace(/<[^>]+>/g, " "),
        );
        for (const t of teks) {
          expect(isiPdf.includes(t), `${jenis} PDF: "${t}"`).toBe(true);
          expect(isiDocx.includes(t), `${jenis} DOCX: "${t}"`).toBe(true);
          expect(isiHtml.includes(t), `${jenis} HTML: "${t}"`).toBe(true);
        }
        for (const [i, t] of tintaPerHalaman(pdf).entries())
          expect(t, `${jenis} halaman ${i + 1}`).toBeGreaterThan(0.002);
      }
    }));

  it("serves the documents over HTTP to a person of the OPD only, and refuses bad requests in Indonesian", () =>
    dalamRollback(b, async (trx) => {
      await muatDataset(trx, malili2024);
      const app = aplikasiUji(trx);
      const perencana = await sesiUji(trx, { peran: "perencana", opdKode: "malili" });
      const burau = await sesiUji(trx, { peran: "perencana", opdKode: "burau" });
      const evaluator = await sesiUji(trx, { peran: "evaluator" });
      const api = (jalur: string, sesi: { cookie: string } | null = perencana) =>
        app.request(jalur, { headers: sesi ? { cookie: sesi.cookie } : {} });

      const publik = await api("/api/v1/opd/malili/dokumen/lkjip/2024.pdf", null);
      expect(publik.status).toBe(401);
      expect(((await publik.json()) as { galat: { jenis: string } }).galat.jenis).toBe("belum_masuk");
      const lain = await api("/api/v1/opd/malili/dokumen/lkjip/2024.pdf", burau);
      expect(lain.status).toBe(403);
      expect(((await lain.json()) as { galat: { pesan: string } }).galat.pesan).toBe(
        "Data ini milik perangkat daerah lain dan berada di luar cakupan Anda.",
      );
      expect((await api("/api/v1/opd/malili/dokumen/iku/2024.html", evaluator)).status).toBe(200);

      const pdf = await api("/api/v1/opd/malili/dokumen/lkjip/2024.pdf");
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get("content-type")).toBe("application/pdf");
      expect(pdf.headers.get("content-disposition")).toBe('attachment; filename="lkjip-malili-2024.pdf"');
      expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe("%PDF-");
      const docx = await api("/api/v1/opd/malili/dokumen/pk/2024.docx?kertas=f4");
      expect(docx.status).toBe(200);
      expect(docx.headers.get("content-disposition")).toBe('attachment; filename="pk-malili-2024-f4.docx"');
      const html = await api("/api/v1/opd/malili/dokumen/iku/2024.html");
      expect(await html.text()).toContain("<!doctype html>");

      const tanpaTw = await api("/api/v1/opd/malili/dokumen/evaluasi-triwulan/2024.pdf");
      expect(tanpaTw.status).toBe(400);
      expect(((await tanpaTw.json()) as { galat: { pesan: string } }).galat.pesan).toBe(
        "triwulan: triwulan wajib diisi untuk evaluasi triwulan (1 sampai 4)",
      );
      const salahFormat = await api("/api/v1/opd/malili/dokumen/lkjip/2024.odt");
      expect(salahFormat.status).toBe(400);
      const salahJenis = await api("/api/v1/opd/malili/dokumen/renja/2024.pdf");
      expect(((await salahJenis.json()) as { galat: { pesan: string } }).galat.pesan).toBe(
        "jenis: jenis harus salah satu dari lkjip, pk, iku, evaluasi-triwulan, skm, lhe, pohon-kinerja",
      );
    }));
});

import { describe, expect, it } from "vitest";
import { teksDocx, teksPdf } from "../../../../test/setup/dokumen-baca.ts";
import type { HasilReviu, LokasiNaskah } from "../../review/naskah.ts";
import { renderDokumen } from "../dokumen.service.ts";
import type { BlokTabel } from "../model.ts";
import type { DataDokumenReviu } from "./data-reviu.ts";
import { susunKertasKerjaReviu } from "./kertas-kerja-reviu.domain.ts";
import { susunPernyataanReviu } from "./pernyataan-reviu.domain.ts";

const L = (p: Partial<LokasiNaskah>): LokasiNaskah => ({
  bab: null,
  bagian: null,
  tabel: null,
  baris: null,
  kolom: null,
  barisBerkas: null,
  kutipan: null,
  ...p,
});

/** Three findings of three kinds, as a review of a report with a changed total would return them. */
const HASIL: HasilReviu = {
  namaBerkas: "lkjip-malili-2024.docx",
  format: "docx",
  terbaca: { bab: 4, tabel: 18, paragraf: 140 },
  ringkasan: { tinggi: 2, sedang: 0, rendah: 1, perJenis: { aritmetika: 1, predikat: 1, struktur: 1 } },
  temuan: [
    {
      kode: "jumlah_baris_tabel",
      jenis: "aritmetika",
      tingkat: "tinggi",
      pesan: "Jumlah pagu tidak sama dengan jumlah rinciannya",
      lokasi: L({
        bab: "BAB III AKUNTABILITAS KINERJA",
        tabel: "Tabel 3.8 Realisasi Anggaran",
        baris: 12,
        kolom: "Pagu (Rp)",
        barisBerkas: 905,
      }),
      stated: 4445199950,
      computed: 4445299950,
      difference: -100000,
    },
    {
      kode: "predikat_skala",
      jenis: "predikat",
      tingkat: "tinggi",
      pesan: "Predikat Sangat Tinggi tidak sesuai skala untuk capaian 70,00",
      lokasi: L({
        bab: "BAB III AKUNTABILITAS KINERJA",
        tabel: "Tabel 3.1",
        baris: 2,
        kolom: "Predikat",
        barisBerkas: 345,
      }),
      stated: 70,
    },
    {
      kode: "analisis_sasaran",
      jenis: "struktur",
      tingkat: "rendah",
      pesan: "Analisis efisiensi penggunaan sumber daya tidak ditemukan",
      lokasi: L({ bab: "BAB III AKUNTABILITAS KINERJA", barisBerkas: 600 }),
    },
  ],
};

const DATA: DataDokumenReviu = {
  namaOpd: "Kecamatan Malili",
  namaPemda: "Kabupaten Luwu Timur",
  tahun: 2024,
  namaBerkas: HASIL.namaBerkas,
  sha256: "ab".repeat(32),
  tanggalUnggah: "2025-02-20T01:00:00.000Z",
  hasil: HASIL,
  pereviu: { nama: "Evaluator Inspektorat Luwu Timur", nip: null },
  tanggal: "2025-02-24",
  tempat: "Malili",
  kertas: "a4",
};

describe("kertas kerja reviu (PermenPANRB 53/2014 Lampiran III)", () => {
  it("lists the review steps with the findings each found, and every finding with location and correction", () => {
    const dok = susunKertasKerjaReviu(DATA);
    expect(dok.jenis).toBe("kertas-kerja-reviu");
    const [langkah, temuan] = dok.isi.filter((b): b is BlokTabel => b.jenis === "tabel");
    expect(langkah?.baris.map((b) => b.sel[3]?.teks)).toEqual([
      "Dilaksanakan",
      "1 temuan (nomor 3)",
      "Tidak ditemukan ketidaksesuaian",
      "1 temuan (nomor 2)",
      "1 temuan (nomor 1)",
      "Tidak ditemukan ketidaksesuaian",
    ]);
    expect(temuan?.baris).toHaveLength(3);
    // tinggi first, then document order: the predikat (file line 345) before the total (line 905)
    expect(temuan?.baris[1]?.sel.map((s) => s.teks)).toEqual([
      "2",
      "Tinggi",
      "Jumlah pagu tidak sama dengan jumlah rinciannya",
      'BAB III AKUNTABILITAS KINERJA › Tabel 3.8 Realisasi Anggaran › baris 12 › kolom "Pagu (Rp)" › baris berkas 905',
      "4.445.199.950",
      "4.445.299.950",
      "-100.000",
      "Periksa rincian baris yang dijumlahkan atau dibagi; bila rinciannya benar, perbaiki angka yang tertulis (hasil hitung ulang: 4.445.299.950).",
    ]);
    expect(temuan?.baris[0]?.sel.slice(4, 7).map((s) => s.teks)).toEqual(["70", "–", "–"]);
  });

  it("reads back from DOCX and PDF with the findings, their place and the numbers", async () => {
    const dok = susunKertasKerjaReviu(DATA);
    const docx = teksDocx(await renderDokumen(dok, "docx"));
    const pdf = teksPdf(await renderDokumen(dok, "pdf"), { layout: false }).replace(/\s+/g, " ");
    for (const teks of [docx.replace(/\s+/g, " "), pdf]) {
      expect(teks).toContain("KERTAS KERJA REVIU ATAS LAPORAN KINERJA");
      expect(teks).toContain("Jumlah pagu tidak sama dengan jumlah rinciannya");
      expect(teks).toContain("Predikat Sangat Tinggi tidak sesuai skala untuk capaian 70,00");
      expect(teks).toContain("4.445.299.950");
      expect(teks).toContain("-100.000");
      expect(teks).toContain("Tabel 3.8 Realisasi Anggaran");
      expect(teks).toContain(
        "ditemukan 3 hal yang perlu diperbaiki: 2 tingkat tinggi, 0 tingkat sedang dan 1 tingkat rendah",
      );
      expect(teks).toContain("Evaluator Inspektorat Luwu Timur");
    }
    const html = new TextDecoder().decode(await renderDokumen(dok, "html"));
    expect(html).toContain("Analisis efisiensi penggunaan sumber daya tidak ditemukan");
  }, 60_000);
});

describe("Pernyataan Telah Direviu", () => {
  it("states the basis, management's responsibility, limited assurance, and names the serious findings", async () => {
    const dok = susunPernyataanReviu(DATA);
    expect(dok.jenis).toBe("pernyataan-reviu");
    const docx = teksDocx(await renderDokumen(dok, "docx")).replace(/\s+/g, " ");
    const pdf = teksPdf(await renderDokumen(dok, "pdf"), { layout: false }).replace(/\s+/g, " ");
    for (const teks of [docx, pdf]) {
      expect(teks).toContain("PERNYATAAN TELAH DIREVIU");
      expect(teks).toContain(
        "Kami telah melakukan reviu atas Laporan Kinerja Kecamatan Malili Tahun 2024 Kabupaten Luwu Timur",
      );
      expect(teks).toContain("menjadi tanggung jawab pimpinan Kecamatan Malili");
      expect(teks).toContain("keyakinan terbatas");
      expect(teks).toContain("kami menemukan 3 hal yang perlu diperbaiki");
      expect(teks).toContain("Jumlah pagu tidak sama dengan jumlah rinciannya");
      expect(teks).toContain(
        "Rincian 1 temuan lainnya dan koreksi yang diperlukan dimuat dalam Kertas Kerja Reviu",
      );
      expect(teks).toContain("Malili, 24 Februari 2025");
      expect(teks).not.toContain("tidak menemukan hal yang membuat kami meragukan");
    }
  }, 60_000);

  it("gives the clean conclusion when the review found nothing", () => {
    const bersih: HasilReviu = {
      ...HASIL,
      ringkasan: { tinggi: 0, sedang: 0, rendah: 0, perJenis: {} },
      temuan: [],
    };
    const dok = susunPernyataanReviu({ ...DATA, hasil: bersih });
    const teks = JSON.stringify(dok.isi);
    expect(teks).toContain(
      "kami tidak menemukan hal yang membuat kami meragukan keandalan informasi yang disajikan dalam laporan kinerja ini",
    );
    expect(teks).not.toContain("perlu diperbaiki");
    const kkr = susunKertasKerjaReviu({ ...DATA, hasil: bersih });
    const temuan = kkr.isi.filter((b): b is BlokTabel => b.jenis === "tabel")[1];
    expect(temuan?.baris.map((b) => b.sel[0]?.teks)).toEqual(["Tidak ada temuan."]);
  });
});

import { describe, expect, it } from "vitest";
import { contohDokumen } from "../contoh-dokumen.ts";
import type { Dokumen } from "../model.ts";
import { renderHtml } from "./html.tsx";

const html = await renderHtml(contohDokumen(false));

/** The text of the page without tags, whitespace collapsed. */
function teks(h: string): string {
  return h
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");
}

describe("renderHtml", () => {
  it("is a complete Indonesian page with the stylesheet inlined and no script", () => {
    expect(html.startsWith('<!doctype html><html lang="id">')).toBe(true);
    expect(html).toContain("<title>Laporan Kinerja Instansi Pemerintah Kecamatan Contoh Tahun 2024</title>");
    expect(html).toContain(".blok-tabel");
    expect(html).toContain("@page { size: 210mm 297mm;");
    expect(html).not.toContain("<script");
    expect(html).not.toContain('rel="stylesheet"');
  });

  it("uses F4 paper when asked", async () => {
    const f4 = await renderHtml({ ...contohDokumen(), kertas: "f4" });
    expect(f4).toContain("@page { size: 215mm 330mm;");
  });

  it("prints the cover, headings with their numbers and ids", () => {
    expect(html).toContain('<section class="sampul">');
    expect(html).toContain("LAPORAN KINERJA INSTANSI PEMERINTAH");
    expect(html).toMatch(
      /<h1 id="judul-bab-i" class="bernomor"><span class="nomor">BAB I<\/span> <span class="teks">PENDAHULUAN<\/span><\/h1>/,
    );
    expect(html).toContain('<h2 id="judul-3-1">');
  });

  it("links the table of contents and the lists of tables and charts to the blocks", () => {
    expect(html).toContain('<a href="#judul-bab-i">');
    expect(html).toContain('<a href="#judul-1-1">');
    expect(html).toContain('<a href="#judul-3-1">');
    expect(html).not.toContain('href="#judul-kata-pengantar"');
    expect(html).toContain('<a href="#tabel-3-8">');
    expect(html).toContain('<a href="#grafik-3-1">');
    expect(html).toContain('<a href="#gambar-1-1">');
    for (const id of ["judul-bab-i", "judul-1-1", "tabel-3-8", "grafik-3-1", "gambar-1-1"]) {
      expect(html).toContain(`id="${id}"`);
    }
  });

  it("prints runs, lists and paragraphs", () => {
    expect(html).toContain("<strong>15 (lima belas) orang ASN</strong>");
    expect(html).toContain("<em>14 (empat belas) orang Non PNS</em>");
    expect(html).toContain('<ol class="daftar"><li>Kelurahan Malili</li>');
    expect(html).toContain('<ul class="daftar">');
    expect(html).toContain('<p class="rata-rata">Puji syukur');
  });

  it("prints tables with caption, multi-row header, aligned numbers and source", () => {
    expect(html).toContain("<caption>Tabel 3.8 Realisasi Anggaran Tahun 2024</caption>");
    expect(html).toContain('<th scope="col" rowspan="2">No.</th>');
    expect(html).toContain('<th scope="col" colspan="4">Ruang</th>');
    expect(html).toContain('<td class="rata-tengah" colspan="2">JUMLAH</td>');
    expect(html).toContain('<td class="rata-kanan">4.445.199.950</td>');
    expect(html).toContain('<tr class="induk">');
    expect(html).toContain('<tr class="jumlah">');
    expect(html).toContain("padding-left:1.55em");
    expect(html).toContain('<p class="sumber">Sumber: DPA Perubahan 2024</p>');
    expect(html.indexOf("<caption>Tabel 3.8")).toBeLessThan(html.indexOf("Sumber: DPA Perubahan 2024"));
  });

  it("inlines the chart and the organisation chart as SVG with their captions", () => {
    expect(html).toContain("<figcaption>Grafik 3.1 Target dan Realisasi IKM 2021–2024</figcaption>");
    expect(html).toContain("<figcaption>Gambar 1.1 Struktur Organisasi Kecamatan Contoh</figcaption>");
    expect((html.match(/<svg /g) ?? []).length).toBe(2);
    expect(html).toContain(">93,06<");
    for (const label of [
      "Camat",
      "NASIR, SP., M.Si",
      "Sekretaris Camat",
      "Seksi Pemerintahan",
      "Seksi Pelayanan Umum",
    ]) {
      expect(html).toContain(`>${label}<`);
    }
    expect(html).toContain(">Subbagian Perencanaan<");
  });

  it("prints signature blocks: place and date over the last column, name, rank and NIP", () => {
    const t = teks(html);
    expect(html).toContain('<div class="tandatangan satu">');
    expect(t).toContain("BUPATI LUWU TIMUR (nama Bupati) Malili, 2 Januari 2024 CAMAT MALILI");
    expect(html).toContain('<p class="ttd-tempat"></p><p class="ttd-jabatan">BUPATI LUWU TIMUR</p>');
    expect(t).toContain("NASIR, SP., M.Si Pembina NIP. 198111162010011015");
    expect(html).toContain('<p class="ttd-nama"><span>NASIR, SP., M.Si</span></p>');
  });

  it("breaks the page where the model says", () => {
    expect((html.match(/class="halaman-baru"/g) ?? []).length).toBe(2);
  });

  it("marks a draft on every page, and only a draft", async () => {
    expect(html).not.toContain("DRAF");
    const draf = await renderHtml(contohDokumen(true));
    expect(draf).toContain('<div class="draf" aria-hidden="true"><span>DRAF</span></div>');
  });

  it("escapes every text from the model", async () => {
    const dok: Dokumen = {
      ...contohDokumen(),
      kepalaHalaman: 'Kec. "A" </style><script>x</script>',
      isi: [
        { jenis: "paragraf", teks: "Awas <script>alert(1)</script> & <b>" },
        { jenis: "judul", tingkat: 2, nomor: "1.1", teks: "<img src=x onerror=alert(1)>" },
        { jenis: "daftar_isi", judul: "DAFTAR ISI" },
      ],
    };
    const h = await renderHtml(dok);
    expect(h).toContain("Awas &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;");
    expect(h).not.toContain("<script");
    expect(h).not.toContain("<img");
    expect(h.match(/<\/style>/g)?.length).toBe(1);
    expect(h).toContain(
      '@top-right { content: "Kec. \\22 A\\22  \\3c /style\\3e \\3c script\\3e x\\3c /script\\3e "; }',
    );
  });
});

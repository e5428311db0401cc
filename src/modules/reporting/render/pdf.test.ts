import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tintaPerHalaman } from "../../../../test/setup/dokumen-baca.ts";
import { contohDokumen } from "../contoh-dokumen.ts";
import type { Dokumen } from "../model.ts";
import { renderPdf, susunPdf } from "./pdf.ts";

let folder: string;
let nomor = 0;

function simpan(pdf: Uint8Array): string {
  nomor += 1;
  const berkas = join(folder, `dok-${nomor}.pdf`);
  writeFileSync(berkas, pdf);
  return berkas;
}

function jalankan(perintah: string, argumen: string[]): string {
  return execFileSync(perintah, argumen, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
}

/** Text as laid out on the page, without Typst's invisible word joiners (outline page numbers). */
function teksPdf(berkas: string): string {
  return jalankan("pdftotext", ["-layout", berkas, "-"]).replace(/\u2060/g, "");
}

/**
 * Each page's text in reading order with all white space removed: the diagonal DRAF mark and text that
 * wraps over lines come back whole this way.
 */
function teksRapatPerHalaman(berkas: string): string[] {
  return jalankan("pdftotext", [berkas, "-"])
    .split("\f")
    .map((h) => h.replace(/[\s\u2060]+/g, ""))
    .filter((h) => h !== "");
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "terukur-pdf-"));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe("renderPdf", () => {
  it("renders the sample document with every block a reader looks for", async () => {
    const hasil = await susunPdf(contohDokumen());
    expect(hasil.peringatan).toEqual([]);
    const teks = teksPdf(simpan(hasil.pdf));
    for (const perlu of [
      "LAPORAN KINERJA INSTANSI PEMERINTAH",
      "KATA PENGANTAR",
      "BAB I",
      "PENDAHULUAN",
      "BAB III",
      "AKUNTABILITAS KINERJA",
      "3.1 Capaian Kinerja Organisasi",
      "Tabel 1.1 Jumlah ASN Berdasarkan Golongan",
      "Tabel 3.8 Realisasi Anggaran Tahun 2024",
      "Gambar 1.1 Struktur Organisasi Kecamatan Contoh",
      "Grafik 3.1 Target dan Realisasi IKM 2021–2024",
      "4.445.199.950",
      "96,42",
      "Sumber: DPA Perubahan 2024",
      "15 (lima belas) orang ASN",
      "Kelurahan Malili",
      "Tuntutan akuntabilitas",
      "Contoh, 24 Februari 2025",
      "Malili, 2 Januari 2024",
      "NAMA CAMAT, S.Sos",
      "NASIR, SP., M.Si",
      "(nama Bupati)",
      "NIP. 198111162010011015",
      "LKjIP Kecamatan Contoh 2024",
    ]) {
      expect(teks).toContain(perlu);
    }
    expect(teks).not.toContain("DRAF");
  });

  it("lists headings, tables and charts with their page numbers", async () => {
    const teks = teksPdf(simpan(await renderPdf(contohDokumen())));
    expect(teks).toMatch(/DAFTAR ISI/);
    expect(teks).toMatch(/BAB I\s+PENDAHULUAN[ .]+\d+/);
    expect(teks).toMatch(/1\.1 Kondisi Umum[ .]+\d+/);
    expect(teks).toMatch(/BAB III\s+AKUNTABILITAS KINERJA[ .]+\d+/);
    expect(teks).toMatch(/Tabel 1\.1 Jumlah ASN Berdasarkan Golongan[ .]+\d+/);
    expect(teks).toMatch(/Tabel 3\.8 Realisasi Anggaran Tahun 2024[ .]+\d+/);
    expect(teks).toMatch(/Grafik 3\.1 Target dan Realisasi IKM 2021–2024[ .]+\d+/);
    // Left out of the table of contents on purpose.
    expect(teks).not.toMatch(/KATA PENGANTAR[ .]+\d+/);
  });

  it("prints DRAF on every page of a draft, and nowhere on a final document", async () => {
    const draf = simpan(await renderPdf(contohDokumen(true)));
    const halaman = teksRapatPerHalaman(draf);
    expect(halaman.length).toBeGreaterThan(3);
    for (const h of halaman) expect(h).toContain("DRAF");
    const final = simpan(await renderPdf(contohDokumen(false)));
    for (const h of teksRapatPerHalaman(final)) expect(h).not.toContain("DRAF");
    // The mark is really drawn: a draft page carries clearly more ink than the same final page.
    const tintaDraf = tintaPerHalaman(readFileSync(draf));
    const tintaFinal = tintaPerHalaman(readFileSync(final));
    expect(tintaDraf.length).toBe(tintaFinal.length);
    tintaDraf.forEach((t, i) => {
      expect(t).toBeGreaterThan((tintaFinal[i] ?? 0) + 0.02);
    });
  });

  it("draws pages that are not blank", async () => {
    const tinta = tintaPerHalaman(await renderPdf(contohDokumen()));
    expect(tinta.length).toBeGreaterThanOrEqual(6);
    for (const t of tinta) expect(t).toBeGreaterThan(0.001);
    // The page with the chart carries far more ink than the cover.
    expect(Math.max(...tinta)).toBeGreaterThan(5 * (tinta[0] ?? 1));
  });

  it("prints Typst syntax in the text literally", async () => {
    const jahat =
      '#set text(red) *tebal* _miring_ $x^2$ <tag> @ref \\ C:\\data "kutip" // bukan komentar [a] `k`';
    const dok: Dokumen = {
      ...contohDokumen(),
      sampul: null,
      kepalaHalaman: jahat,
      isi: [
        { jenis: "judul", tingkat: 1, nomor: "#BAB", teks: jahat },
        { jenis: "paragraf", teks: [{ teks: jahat }, { teks: jahat, tebal: true, miring: true }] },
        { jenis: "daftar", bernomor: false, butir: [jahat] },
        { ...tabelContoh(), judul: jahat, sumber: jahat },
      ],
    };
    const rapat = teksRapatPerHalaman(simpan(await renderPdf(dok))).join("");
    const kali = rapat.split(jahat.replace(/\s+/g, "")).length - 1;
    // header, heading, two runs, list item, caption, source line
    expect(kali).toBeGreaterThanOrEqual(6);
  });

  it("makes an F4 page 215 × 330 mm and an A4 page 210 × 297 mm", async () => {
    const ukuran = async (kertas: "a4" | "f4") => {
      const info = jalankan("pdfinfo", [simpan(await renderPdf({ ...contohDokumen(), kertas }))]);
      const m = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/);
      if (!m) throw new Error(info);
      return [Math.round((Number(m[1]) / 72) * 25.4), Math.round((Number(m[2]) / 72) * 25.4)];
    };
    expect(await ukuran("f4")).toEqual([215, 330]);
    expect(await ukuran("a4")).toEqual([210, 297]);
  });

  it("embeds only the bundled font", async () => {
    const fonta = jalankan("pdffonts", [simpan(await renderPdf(contohDokumen()))]);
    const nama = fonta
      .split("\n")
      .slice(2)
      .filter((b) => b.trim() !== "")
      .map((b) => (b.split(/\s+/)[0] ?? "").replace(/^[A-Z]{6}\+/, ""));
    expect(nama.length).toBeGreaterThan(0);
    for (const n of nama) expect(n).toMatch(/^LiberationSans(-Bold|-Italic|-BoldItalic)?$/);
  });
});

function tabelContoh() {
  const t = contohDokumen().isi.find((b) => b.jenis === "tabel" && b.nomor === "Tabel 3.8");
  if (t?.jenis !== "tabel") throw new Error("contoh tanpa Tabel 3.8");
  return t;
}

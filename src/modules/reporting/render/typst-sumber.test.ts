import { describe, expect, it } from "vitest";
import { contohDokumen } from "../contoh-dokumen.ts";
import type { BlokTabel, Dokumen } from "../model.ts";
import { susunSumberTypst } from "./typst-sumber.ts";

function tabelContoh(): BlokTabel {
  const t = contohDokumen().isi.find((b) => b.jenis === "tabel");
  if (t?.jenis !== "tabel") throw new Error("contoh tanpa tabel");
  return t;
}

describe("susunSumberTypst", () => {
  it("sets the paper size and only our font, without system fallback", () => {
    const a4 = susunSumberTypst(contohDokumen()).sumber;
    expect(a4).toContain("width: 210mm");
    expect(a4).toContain("height: 297mm");
    expect(a4).toContain('font: "Liberation Sans", fallback: false');
    const f4 = susunSumberTypst({ ...contohDokumen(), kertas: "f4" }).sumber;
    expect(f4).toContain("width: 215mm");
    expect(f4).toContain("height: 330mm");
  });

  it("draws the DRAF mark only on a draft", () => {
    expect(susunSumberTypst(contohDokumen(true)).sumber).toContain('"DRAF"');
    expect(susunSumberTypst(contohDokumen(false)).sumber).not.toContain('"DRAF"');
  });

  it("prints the model's heading numbers and leaves marked headings out of the contents", () => {
    const s = susunSumberTypst(contohDokumen()).sumber;
    expect(s).toContain(
      '#heading(level: 1, numbering: (..n) => "BAB III", outlined: true, "AKUNTABILITAS KINERJA")',
    );
    expect(s).toContain(
      '#heading(level: 2, numbering: (..n) => "3.1", outlined: true, "Capaian Kinerja Organisasi")',
    );
    expect(s).toContain('#heading(level: 1, numbering: none, outlined: false, "KATA PENGANTAR")');
  });

  it("numbers nothing itself: captions carry the model's number", () => {
    const s = susunSumberTypst(contohDokumen()).sumber;
    expect(s).toContain('figure.caption(position: top, "Tabel 3.8 Realisasi Anggaran Tahun 2024")');
    expect(s.match(/#figure\(kind: [^,]+, supplement: none, numbering: none,/g)).toHaveLength(4);
  });

  it("asks for one picture file per chart and organisation chart", () => {
    const { sumber, gambar } = susunSumberTypst(contohDokumen());
    expect(gambar.map((g) => [g.jalur, g.blok.nomor])).toEqual([
      ["/gambar-1.svg", "Gambar 1.1"],
      ["/gambar-2.svg", "Grafik 3.1"],
    ]);
    expect(sumber).toContain('gambar-pas("/gambar-1.svg")');
  });

  it("spans header cells, bolds total rows and indents the label cell", () => {
    const s = susunSumberTypst(contohDokumen()).sumber;
    expect(s).toContain(
      'table.cell(rowspan: 2, align: center + horizon, fill: luma(90%), text(weight: "bold", "No."))',
    );
    expect(s).toContain(
      'table.cell(colspan: 4, align: center + horizon, fill: luma(90%), text(weight: "bold", "Ruang"))',
    );
    expect(s).toContain(
      'table.cell(colspan: 2, align: center + horizon, fill: luma(94%), text(weight: "bold", "JUMLAH"))',
    );
    expect(s).toContain("inset: (left: 14pt, rest: 3.5pt)");
    expect(s).toContain("columns: (6fr, 3fr, 3fr, 2fr)");
  });

  it("puts a landscape table, with the headings just before it, on a sideways page", () => {
    const dok: Dokumen = {
      ...contohDokumen(),
      sampul: null,
      isi: [
        { jenis: "paragraf", teks: "sebelum" },
        { jenis: "judul", tingkat: 2, nomor: "3.2", teks: "Lebar" },
        { ...tabelContoh(), lanskap: true },
        { jenis: "paragraf", teks: "sesudah" },
      ],
    };
    const s = susunSumberTypst(dok).sumber;
    const halaman = s.slice(s.indexOf("#page(flipped: true)["));
    expect(halaman.indexOf('"Lebar"')).toBeGreaterThan(0);
    expect(halaman.indexOf('"Lebar"')).toBeLessThan(halaman.indexOf("#figure"));
    expect(s.indexOf('"sebelum"')).toBeLessThan(s.indexOf("#page(flipped: true)["));
  });

  it("passes every text as a string literal, never as markup", () => {
    const jahat = '#set page(width: 1cm) *x* $y$ <z> @w \\ "q" ]';
    const dok: Dokumen = {
      ...contohDokumen(),
      judul: jahat,
      kepalaHalaman: jahat,
      isi: [{ jenis: "paragraf", teks: [{ teks: jahat, tebal: true }] }],
    };
    const s = susunSumberTypst(dok).sumber;
    const kali = (jarum: string) => s.split(jarum).length - 1;
    // Title, running header and paragraph: three times, each time right after an opening quote.
    expect(kali("#set page(width: 1cm)")).toBe(3);
    expect(kali('"#set page(width: 1cm)')).toBe(3);
    expect(s).toContain('"#set page(width: 1cm) *x* $y$ <z> @w \\\\ \\"q\\" ]"');
  });
});

describe("susunSumberTypst on sparse or odd input", () => {
  it("compiles empty tables, lists, covers and signature blocks", async () => {
    const { kompilasiTypst } = await import("./typst-kompilasi.ts");
    const dok: Dokumen = {
      ...contohDokumen(),
      sampul: { baris: [], tahun: "" },
      isi: [
        { ...tabelContoh(), kepala: [], baris: [] },
        {
          ...tabelContoh(),
          kolom: [{ perataan: "kiri", lebar: Number.NaN }],
          kepala: [[{ teks: "a" }]],
          sumber: null,
        },
        {
          ...tabelContoh(),
          kolom: [
            { perataan: "kanan", lebar: 1e21 },
            { perataan: "kiri", lebar: -3 },
          ],
        },
        { jenis: "daftar", bernomor: true, butir: [] },
        { jenis: "paragraf", teks: [] },
        { jenis: "tandatangan", tempat: "Malili", tanggal: null, penandatangan: [] },
        {
          jenis: "tandatangan",
          tempat: "Malili",
          tanggal: null,
          penandatangan: ["A", "B", "C"].map((n) => ({ jabatan: `Jabatan ${n}`, nama: n, nip: null })),
        },
        { jenis: "judul", tingkat: 3, nomor: null, teks: "" },
      ],
    };
    expect(kompilasiTypst(susunSumberTypst(dok).sumber).peringatan).toEqual([]);
  });
});

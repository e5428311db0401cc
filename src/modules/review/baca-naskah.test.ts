import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
} from "docx";
import { describe, expect, it } from "vitest";
import { GalatTerukur } from "../../platform/errors.ts";
import { bacaNaskah } from "./baca-naskah.ts";
import type { BlokNaskah, NaskahLaporan, TabelNaskah } from "./naskah.ts";
import { labelBaris } from "./tabel-gabung.ts";
import { buatZip } from "./uji/zip-uji.ts";

const REFERENSI = join(import.meta.dirname, "../../../../shared/reference/lakip-kecamatan-malili-2024.txt");

const tabel = (n: NaskahLaporan): TabelNaskah[] =>
  n.blok.filter((b): b is Extract<BlokNaskah, { jenis: "tabel" }> => b.jenis === "tabel");
const judul = (n: NaskahLaporan, tingkat: number): string[] =>
  n.blok.flatMap((b) => (b.jenis === "judul" && b.tingkat === tingkat ? [b.teks] : []));
const cari = (n: NaskahLaporan, nomor: string): TabelNaskah => {
  const t = tabel(n).find((x) => x.nomor === nomor);
  if (t === undefined) throw new Error(`${nomor} tidak terbaca`);
  return t;
};
const teksUtf8 = (s: string) => new TextEncoder().encode(s);

async function ditolak(isi: Uint8Array): Promise<GalatTerukur> {
  try {
    await bacaNaskah(isi, "laporan.docx");
  } catch (e) {
    if (e instanceof GalatTerukur) return e;
    throw e;
  }
  throw new Error("tidak ditolak");
}

describe("the reference LAKIP Kecamatan Malili 2024 (text, tab-separated tables) read whole", () => {
  const isi = new Uint8Array(readFileSync(REFERENSI));
  let naskah: NaskahLaporan;
  let ms = 0;

  it("reads it, and says how long that takes", async () => {
    const t0 = performance.now();
    naskah = await bacaNaskah(isi, "lakip-kecamatan-malili-2024.txt");
    ms = performance.now() - t0;
    console.info(`[H3] membaca naskah referensi (986 baris): ${ms.toFixed(0)} ms`);
    expect(naskah.format).toBe("teks");
    expect(ms).toBeLessThan(2000);
  });

  it("finds its four chapters, the front matter and the appendix", () => {
    expect(judul(naskah, 1)).toEqual([
      "KATA PENGANTAR",
      "BAB I PENDAHULUAN",
      "BAB II PERENCANAAN KINERJA",
      "BAB III AKUNTABILITAS KINERJA",
      "BAB IV PENUTUP",
      "LAMPIRAN – LAMPIRAN",
    ]);
    expect(judul(naskah, 2)).toContain("3.2. Realisasi Anggaran");
    expect(judul(naskah, 3)).toEqual([
      "Sasaran 1. Meningkatnya Kemampuan Pelayanan Publik Penyelenggaraan Urusan Pemerintahan Kecamatan Malili",
      "Sasaran 2. Meningkatnya Capaian Kinerja dan Keuangan Penyelenggaraan Urusan Pemerintahan Kecamatan Malili",
    ]);
  });

  it("finds every table with its caption, the caption lines no longer counted as paragraphs", () => {
    expect(tabel(naskah).map((t) => t.judul)).toEqual([
      "Tabel 1.1 Jumlah ASN Berdasarkan Golongan",
      "Tabel 1.2 Jumlah ASN Berdasarkan Pendidikan",
      "Tabel 1.3 Jumlah ASN Berdasarkan Jabatan",
      "Tabel 1.4 Jumlah ASN Berdasarkan Status Kepegawaian",
      "Tabel 2.1 Perjanjian Kinerja Tahun 2024",
      "Tabel 2.1 Perjanjian Kinerja Tahun 2024 — bagian 2",
      "Tabel 2.2 APBD Perubahan Tahun 2024",
      "INDIKATOR KINERJA UTAMA (IKU) TAHUN 2021-2026 KANTOR KECAMATAN MALILI",
      "INDIKATOR KINERJA UTAMA (IKU) TAHUN 2021-2026 KANTOR KECAMATAN MALILI",
      "Tabel III-1 Skala Nilai Peringkat Kinerja",
      "Tabel 3.1 Perbandingan Antara Target dan Realisasi Tahun ini",
      "Tabel 3.2 Perbandingan Target dan Realisasi dengan Tahun-Tahun Sebelumnya",
      "Tabel 3.3 Perbandingan Capaian Kinerja Sampai Dengan 2024 Terhadap Target Renstra",
      "Tabel 3.4 Perbandingan Antara Target dan Realisasi Tahun 2024",
      "Tabel 3.5 Perbandingan Target dan Realisasi dengan Tahun-Tahun Sebelumnya",
      "Tabel 3.6 Perbandingan Capaian Kinerja Sampai Dengan Tahun Ini Terhadap Target Jangka Menengah (Renstra 2021-2026)",
      "Tabel 3.7 Analisis atas efisiensi penggunaan sumber daya",
      "Tabel 3.8 Realisasi Anggaran Tahun 2024",
      null,
    ]);
    const paragraf = naskah.blok
      .filter((b) => b.jenis === "paragraf")
      .map((b) => (b.jenis === "paragraf" ? b.teks : ""));
    expect(paragraf).not.toContain("Tabel 1.1");
    expect(paragraf).not.toContain("Jumlah ASN Berdasarkan Golongan");
    expect(paragraf).toContain("Sumber : Sub Bagian Perencanaan dan Kepegawaian");
  });

  it("joins a two-row header into one name per column", () => {
    expect(cari(naskah, "Tabel 1.1").namaKolom).toEqual([
      "NO.",
      "GOLONGAN",
      "RUANG A",
      "RUANG B",
      "RUANG C",
      "RUANG D",
      "JUMLAH",
    ]);
    expect(cari(naskah, "Tabel 3.7").namaKolom).toEqual([
      "NO",
      "Jabatan",
      "Hasil Analisis Jabatan Struktural",
      "Hasil Analisis Jabatan Pelaksana",
      "Kondisi saat ini Struktural",
      "Kondisi saat ini Pelaksana PNS",
      "Kondisi saat ini Pelaksana Non PNS",
    ]);
    const t38 = cari(naskah, "Tabel 3.8");
    expect(t38.kepala).toHaveLength(4);
    expect(t38.namaKolom).toEqual([
      "NO",
      "PROGRAM/KEGIATAN/ SUB KEGIATAN",
      "TARGET TRIWULAN I, II, III, IV (BERDASARKAN ANGGARAN KAS)",
      "REALISASI ANGGARAN S.D 31 Desember 2024 (Rp.)",
      "Capaian (%)",
    ]);
  });

  it("pins the budget table: 53 body rows, the total row, a row rejoined across a page break", () => {
    const t = cari(naskah, "Tabel 3.8");
    expect(t.bab).toBe("BAB III AKUNTABILITAS KINERJA");
    expect(t.bagian).toBe("3.2. Realisasi Anggaran");
    expect(t.barisBerkas).toBe(860);
    // 60 lines, less 4 blank (page breaks) and 3 that carry a wrapped label over a page break
    expect(t.baris).toHaveLength(53);
    expect(t.baris[0]?.sel).toEqual([
      "01",
      "PROGRAM PENUNJANG URUSAN PEMERINTAH DAERAH KAB/KOTA",
      "4.002.116.211",
      "3.873.911.617",
      "96.80",
    ]);
    expect(t.baris.at(-1)).toEqual({
      sel: ["", "TOTAL BELANJA", "4.445.199.950", "4.286.256.962", "96.42"],
      inden: 0,
      barisBerkas: 923,
    });
    // line 875 ("Daerah") is the rest of line 873's label, carried over a page break
    const r = t.baris.find((b) => b.barisBerkas === 873);
    expect(r?.sel[1]).toBe("Administrasi Barang Milik Daerah pada Perangkat Daerah");
    expect(t.baris.some((b) => b.barisBerkas === 875)).toBe(false);
    // "- " marks a sub-kegiatan: deeper than its kegiatan
    const sub = t.baris.find((b) => b.barisBerkas === 866);
    expect(sub?.inden).toBe(3);
    expect(sub === undefined ? "" : labelBaris(sub)).toBe("Penyusunan Dokumen Perencanaan Perangkat Daerah");
    expect(t.baris.find((b) => b.barisBerkas === 865)?.inden).toBe(0);
    // the stray English-style figure stays as written, for the checks to read
    expect(t.baris.find((b) => b.barisBerkas === 884)?.sel[2]).toBe("63,618,100");
  });

  it("joins the APBD table broken over five pages, short rows aligned to their figures", () => {
    const t = cari(naskah, "Tabel 2.2");
    expect(t.namaKolom).toEqual(["SASARAN", "PROGRAM DAN KEGIATAN", "TARGET", "PAGU"]);
    // 61 lines, less 4 blank and 1 wrapped label ("dan Ketertiban Umum")
    expect(t.baris).toHaveLength(56);
    expect(t.baris.find((b) => b.barisBerkas === 229)?.sel).toEqual([
      "",
      "Koordinasi Upaya Penyelenggaraan Ketentraman dan Ketertiban Umum",
      "100%",
      "14.088.150",
    ]);
    expect(t.baris.at(-1)?.sel).toEqual(["", "JUMLAH", "100%", "4.445.199.950"]);
  });

  it("reads year rows and column-number rows as header, and locates a table under its section", () => {
    const iku = tabel(naskah)[8];
    expect(iku?.namaKolom.slice(5)).toEqual([
      "Transisi 2021",
      "TARGET 2022",
      "TARGET 2023",
      "TARGET 2024",
      "TARGET 2025",
      "TARGET 2026",
      "Kondisi Akhir",
    ]);
    expect(iku?.baris).toHaveLength(4);
    const t31 = cari(naskah, "Tabel 3.1");
    expect(t31.bagian).toBe(
      "Sasaran 1. Meningkatnya Kemampuan Pelayanan Publik Penyelenggaraan Urusan Pemerintahan Kecamatan Malili",
    );
    expect(t31.baris[0]?.sel.slice(3)).toEqual(["93,05", "93.06", "100,01%", "Tinggi"]);
    const rekom = tabel(naskah).at(-1);
    expect(rekom?.baris).toHaveLength(14);
    expect(rekom?.baris[12]?.sel[1]).toMatch(
      /menjadi kepedulian seluruh pegawai dari level eselon III sampai pada level staf$/,
    );
  });

  it("keeps each paragraph with its line number, chapter and section", () => {
    const p = naskah.blok.find(
      (b) => b.jenis === "paragraf" && b.teks.startsWith("Anggaran APBD untuk Kecamatan Malili"),
    );
    expect(p).toMatchObject({
      barisBerkas: 855,
      bab: "BAB III AKUNTABILITAS KINERJA",
      bagian: "3.2. Realisasi Anggaran",
    });
    expect(
      naskah.blok.find((b) => b.jenis === "paragraf" && b.teks === "Malili, 24 Februari 2025"),
    ).toMatchObject({
      barisBerkas: 977,
      bab: "BAB IV PENUTUP",
    });
  });
});

describe("text details", () => {
  it("continues a table under 'Tabel 3.8 (lanjutan)' and drops the header typed again", async () => {
    const teks = [
      "BAB III AKUNTABILITAS KINERJA",
      "Tabel 3.8 Realisasi Anggaran",
      "No\tProgram\tPagu\tRealisasi",
      "1\tProgram A\t1.000\t900",
      "Halaman 12",
      "Tabel 3.8 (lanjutan)",
      "No\tProgram\tPagu\tRealisasi",
      "2\t  Program B\t2.000\t1.500",
      "No\tProgram\tPagu\tRealisasi",
      "\tJumlah\t3.000\t2.400",
    ].join("\n");
    const n = await bacaNaskah(teksUtf8(teks), "a.md");
    const t = tabel(n);
    expect(t).toHaveLength(1);
    expect(t[0]?.judul).toBe("Tabel 3.8 Realisasi Anggaran");
    expect(t[0]?.baris.map((b) => [b.sel, b.inden, b.barisBerkas])).toEqual([
      [["1", "Program A", "1.000", "900"], 0, 4],
      [["2", "Program B", "2.000", "1.500"], 1, 8],
      [["", "Jumlah", "3.000", "2.400"], 0, 10],
    ]);
    expect(
      n.blok.filter((b) => b.jenis === "paragraf").map((b) => (b.jenis === "paragraf" ? b.teks : "")),
    ).toEqual(["Halaman 12"]);
  });

  it("reads Markdown headings, pipe tables and emphasis", async () => {
    const teks = [
      "# BAB II PERENCANAAN KINERJA",
      "## 2.2 Perjanjian Kinerja",
      "Target **IKM** naik.",
      "",
      "Tabel 2.1 Perjanjian Kinerja",
      "| No | Indikator | Target |",
      "|---|---|---:|",
      "| 1 | IKM | 93,05 |",
    ].join("\n");
    const n = await bacaNaskah(teksUtf8(teks), "a.md");
    expect(judul(n, 1)).toEqual(["BAB II PERENCANAAN KINERJA"]);
    expect(judul(n, 2)).toEqual(["2.2 Perjanjian Kinerja"]);
    const t = tabel(n)[0];
    expect(t?.namaKolom).toEqual(["No", "Indikator", "Target"]);
    expect(t?.baris.map((b) => b.sel)).toEqual([["1", "IKM", "93,05"]]);
    expect(n.blok.find((b) => b.jenis === "paragraf")).toMatchObject({
      teks: "Target IKM naik.",
      bab: "BAB II PERENCANAAN KINERJA",
    });
  });

  it("reads UTF-16 and Windows-1252 text too", async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from("BAB I\nPENDAHULUAN\n", "utf16le")]);
    expect(judul(await bacaNaskah(utf16, "a.txt"), 1)).toEqual(["BAB I PENDAHULUAN"]);
    const cp1252 = new Uint8Array([...Buffer.from("Realisasi naik "), 0x96, ...Buffer.from(" Rp 1.000")]);
    const n = await bacaNaskah(cp1252, "a.txt");
    expect(n.blok[0]).toMatchObject({ jenis: "paragraf", teks: "Realisasi naik – Rp 1.000" });
  });
});

/** Two header rows: "No" and "Program" merged down, "Anggaran" spanning "Pagu (Rp)" and "Realisasi (Rp)". */
function kepalaDocx(): TableRow[] {
  const sel = (teks: string, o: { span?: number; vm?: "awal" | "lanjut" } = {}) =>
    new TableCell({
      columnSpan: o.span,
      verticalMerge:
        o.vm === "awal"
          ? VerticalMergeType.RESTART
          : o.vm === "lanjut"
            ? VerticalMergeType.CONTINUE
            : undefined,
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: teks, bold: true })],
        }),
      ],
    });
  return [
    new TableRow({
      tableHeader: true,
      children: [sel("No", { vm: "awal" }), sel("Program", { vm: "awal" }), sel("Anggaran", { span: 2 })],
    }),
    new TableRow({
      tableHeader: true,
      children: [
        sel("", { vm: "lanjut" }),
        sel("", { vm: "lanjut" }),
        sel("Pagu (Rp)"),
        sel("Realisasi (Rp)"),
      ],
    }),
  ];
}

function barisDocx(sel: string[], inden = 0): TableRow {
  return new TableRow({
    children: sel.map(
      (teks, i) =>
        new TableCell({
          children: [
            new Paragraph({
              indent: i === 1 && inden > 0 ? { left: inden * 283 } : undefined,
              children: teks.split("|").map((t, k) => new TextRun({ text: t, break: k > 0 ? 1 : undefined })),
            }),
          ],
        }),
    ),
  });
}

async function docxUji(): Promise<Uint8Array> {
  const dok = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            children: [new TextRun("BAB III AKUNTABILITAS KINERJA")],
          }),
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            children: [new TextRun("B. Realisasi Anggaran")],
          }),
          new Paragraph({
            children: [
              new TextRun("Realisasi anggaran tahun 2024 sebesar "),
              new TextRun({ text: "Rp 2.400", bold: true }),
              new TextRun(" & naik."),
            ],
          }),
          new Paragraph({ children: [new TextRun("Tabel 3.8 Realisasi Anggaran per Program")] }),
          new Table({
            rows: [
              ...kepalaDocx(),
              barisDocx(["1", "Program A", "1.000", "900"]),
              barisDocx(["", "Kegiatan A.1", "1.000", "900"], 1),
            ],
          }),
          new Paragraph({ children: [] }),
          new Table({
            rows: [
              ...kepalaDocx(),
              barisDocx(["2", "Program|B", "2.000", "1.500"]),
              barisDocx(["", "Jumlah", "3.000", "2.400"]),
            ],
          }),
          new Paragraph({ children: [new TextRun("Sumber: DPA 2024")] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(dok));
}

describe("a .docx built with the docx library, read back exactly", () => {
  it("headings, paragraph, a two-row-header table split in two with its header repeated", async () => {
    const n = await bacaNaskah(await docxUji(), "uji.bin");
    expect(n.format).toBe("docx");
    const ringkas = n.blok.map((b) =>
      b.jenis === "tabel"
        ? { jenis: "tabel", judul: b.judul, nomor: b.nomor }
        : b.jenis === "judul"
          ? [b.tingkat, b.teks]
          : b.teks,
    );
    expect(ringkas).toEqual([
      [1, "BAB III AKUNTABILITAS KINERJA"],
      [2, "B. Realisasi Anggaran"],
      "Realisasi anggaran tahun 2024 sebesar Rp 2.400 & naik.",
      { jenis: "tabel", judul: "Tabel 3.8 Realisasi Anggaran per Program", nomor: "Tabel 3.8" },
      "Sumber: DPA 2024",
    ]);
    const t = tabel(n)[0];
    expect(t?.kepala).toEqual([
      ["No", "Program", "Anggaran", ""],
      ["", "", "Pagu (Rp)", "Realisasi (Rp)"],
    ]);
    expect(t?.namaKolom).toEqual(["No", "Program", "Anggaran Pagu (Rp)", "Anggaran Realisasi (Rp)"]);
    expect(t?.bab).toBe("BAB III AKUNTABILITAS KINERJA");
    expect(t?.bagian).toBe("B. Realisasi Anggaran");
    expect(t?.baris.map((b) => [b.sel, b.inden])).toEqual([
      [["1", "Program A", "1.000", "900"], 0],
      [["", "Kegiatan A.1", "1.000", "900"], 1],
      [["2", "Program B", "2.000", "1.500"], 0],
      [["", "Jumlah", "3.000", "2.400"], 0],
    ]);
    // paragraph numbers count every w:p: 4 before the table, 3 + 4 header cells, 4 per body row, the empty
    // paragraph between the two tables (20), the second table's header again (21–27)
    expect(t?.barisBerkas).toBe(5);
    expect(t?.baris.map((b) => b.barisBerkas)).toEqual([12, 16, 28, 32]);
  });
});

describe("refusals: a clear Indonesian message at the field 'berkas', the process stays up", () => {
  const kasus: [string, () => Uint8Array | Promise<Uint8Array>, RegExp][] = [
    ["an empty file", () => new Uint8Array(0), /^Berkas kosong/],
    ["only blank lines", () => teksUtf8("\n\n  \n"), /^Berkas kosong/],
    [
      "random bytes",
      () => new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)),
      /bukan dokumen teks atau Word/,
    ],
    [
      "a PNG",
      () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      /gambar PNG.*simpan sebagai \.docx/,
    ],
    ["a JPEG", () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]), /gambar JPEG/],
    ["a PDF", () => teksUtf8("%PDF-1.7\n1 0 obj\n"), /^Berkas PDF .*simpan sebagai \.docx/],
    [
      "an OLE compound file (old .doc, or a password-protected .docx)",
      () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
      /dokumen Word lama \(\.doc\) atau \.docx yang dilindungi kata sandi/,
    ],
    [
      "a truncated .docx",
      async () => (await docxUji()).subarray(0, 3000),
      /^Berkas \.docx rusak \(akhir arsip zip tidak ditemukan/,
    ],
    [
      "a zip without word/document.xml",
      () => buatZip([{ nama: "catatan.txt", isi: teksUtf8("halo") }]),
      /bukan dokumen Word \(\.docx\): bagian word\/document\.xml tidak ada/,
    ],
    [
      "an Excel workbook",
      () => buatZip([{ nama: "xl/workbook.xml", isi: teksUtf8("<x/>") }]),
      /lembar kerja Excel/,
    ],
    [
      "a zip whose deflated document.xml is damaged",
      () =>
        buatZip([{ nama: "word/document.xml", isi: teksUtf8("<w:body>halo</w:body>".repeat(40)) }]).map(
          (b, i) => (i > 48 && i < 60 ? 0xff : b),
        ),
      /^Berkas \.docx rusak \(bagian word\/document\.xml tidak dapat dibuka\)/,
    ],
    [
      "a zip whose document.xml is not WordprocessingML",
      () => buatZip([{ nama: "word/document.xml", isi: teksUtf8("bukan xml"), simpan: true }]),
      /^Berkas \.docx rusak: isi dokumen tidak dikenali/,
    ],
    [
      "a .docx with no text at all",
      () =>
        buatZip([
          { nama: "word/document.xml", isi: teksUtf8("<w:document><w:body><w:p/></w:body></w:document>") },
        ]),
      /^Dokumen tidak berisi teks yang dapat direviu\.$/,
    ],
    [
      "an encrypted zip entry",
      () => buatZip([{ nama: "word/document.xml", isi: teksUtf8("<w:document/>"), terkunci: true }]),
      /terkunci kata sandi/,
    ],
    [
      "a file over the upload limit (21 MB)",
      () => new Uint8Array(21 * 1024 * 1024).fill(0x41),
      /^Berkas terlalu besar \(lebih dari 20 MB\)/,
    ],
  ];
  it.each(kasus)("%s", async (_nama, buat, pesan) => {
    const g = await ditolak(await buat());
    expect(g.jenis).toBe("input_tidak_valid");
    expect(g.bidang).toBe("berkas");
    expect(g.message).toMatch(pesan);
  });

  it("a zip bomb: 101 MB of document.xml in a small zip, declared honestly or falsely, refused fast", async () => {
    const besar = new Uint8Array(101 * 1024 * 1024).fill(0x20);
    const jujur = buatZip([{ nama: "word/document.xml", isi: besar }]);
    const bohong = buatZip([{ nama: "word/document.xml", isi: besar, ukuranPalsu: 1000 }]);
    expect(jujur.length).toBeLessThan(200 * 1024);
    for (const bom of [jujur, bohong]) {
      const t0 = performance.now();
      const g = await ditolak(bom);
      expect(g.message).toMatch(/terlalu besar setelah dibuka \(lebih dari 100 MB\)/);
      expect(performance.now() - t0).toBeLessThan(5000);
    }
  });
});

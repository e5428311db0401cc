import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bukaZip } from "../../../../test/setup/dokumen-baca.ts";
import { contohDokumen } from "../contoh-dokumen.ts";
import type { BlokTabel, Dokumen } from "../model.ts";
import { renderDocx } from "./docx.ts";
import { ukuranTampil } from "./docx-gambar.ts";
import { lebarKolom } from "./docx-tabel.ts";
import { halaman } from "./docx-ukuran.ts";

function teksBagian(zip: Map<string, Buffer>, awalan: string): string {
  return [...zip.entries()]
    .filter(([nama]) => nama.startsWith(awalan))
    .map(([, isi]) => isi.toString("utf8"))
    .join("\n");
}

/** Asserts a large text contains a piece, naming only the piece when it does not (not the whole XML). */
function harusBerisi(teks: string, potongan: string | RegExp): void {
  const ada = typeof potongan === "string" ? teks.includes(potongan) : potongan.test(teks);
  expect(ada, `tidak ditemukan: ${potongan}`).toBe(true);
}

const TEKS_KUNCI = [
  "KATA PENGANTAR",
  "BAB I PENDAHULUAN",
  "1.1 Kondisi Umum",
  "BAB III AKUNTABILITAS KINERJA",
  "3.1 Capaian Kinerja Organisasi",
  "Tabel 1.1 Jumlah ASN Berdasarkan Golongan",
  "Tabel 3.8 Realisasi Anggaran Tahun 2024",
  "Grafik 3.1 Target dan Realisasi IKM",
  "4.445.199.950",
  "96,42",
  "NASIR, SP., M.Si",
];

describe("renderDocx", () => {
  let zip: Map<string, Buffer>;
  let dokumenXml: string;

  beforeAll(async () => {
    zip = bukaZip(await renderDocx(contohDokumen()));
    dokumenXml = teksBagian(zip, "word/document.xml");
  });

  it("writes the headings in Word's heading styles with their numbers, the captions and the cell figures", () => {
    for (const t of TEKS_KUNCI) harusBerisi(dokumenXml, t);
    harusBerisi(dokumenXml, /<w:pStyle w:val="Heading1"\/>.*?BAB III AKUNTABILITAS KINERJA/);
    harusBerisi(dokumenXml, /<w:pStyle w:val="Heading2"\/>.*?3\.1 Capaian Kinerja Organisasi/);
    // a heading kept out of the contents is not in a heading style
    expect(/<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*KATA PENGANTAR/.test(dokumenXml)).toBe(false);
  });

  it("has a real TOC field prefilled with the headings, and caption lists", () => {
    harusBerisi(dokumenXml, "TOC \\h \\o &quot;1-3&quot;");
    harusBerisi(dokumenXml, "TOC \\h \\t &quot;Keterangan Tabel,1&quot;");
    harusBerisi(dokumenXml, "PAGEREF _Toc");
    const daftarIsi = dokumenXml.slice(dokumenXml.indexOf("TOC \\h \\o"), dokumenXml.indexOf("</w:sdt>"));
    expect(daftarIsi).toContain("BAB III AKUNTABILITAS KINERJA");
    expect(daftarIsi.includes("KATA PENGANTAR")).toBe(false);
    harusBerisi(teksBagian(zip, "word/settings.xml"), "<w:updateFields");
  });

  it("builds native tables: merged header cells, repeated header rows, fixed layout, rows kept whole", () => {
    harusBerisi(dokumenXml, /<w:gridSpan w:val="4"\/>/);
    harusBerisi(dokumenXml, "<w:vMerge");
    harusBerisi(dokumenXml, "<w:tblHeader");
    harusBerisi(dokumenXml, "<w:cantSplit");
    harusBerisi(dokumenXml, '<w:tblLayout w:type="fixed"/>');
    harusBerisi(dokumenXml, "Sumber: DPA Perubahan 2024");
    // the caption comes before its table
    const keterangan = dokumenXml.indexOf("Tabel 3.8 Realisasi");
    expect(keterangan).toBeLessThan(dokumenXml.indexOf("Program/Kegiatan/Sub Kegiatan"));
  });

  it("embeds the charts as PNG images", () => {
    const media = [...zip.keys()].filter((n) => n.startsWith("word/media/"));
    expect(media.length).toBeGreaterThanOrEqual(2);
    for (const n of media) {
      expect(n).toMatch(/\.png$/);
      expect(zip.get(n)?.subarray(1, 4).toString("latin1")).toBe("PNG");
    }
  });

  it("numbers the body pages in the footer and prints the running header", () => {
    harusBerisi(teksBagian(zip, "word/footer"), "PAGE");
    harusBerisi(teksBagian(zip, "word/header"), "LKjIP Kecamatan Contoh 2024");
  });

  it("marks a draft with DRAF in the header and a watermark, and only a draft", async () => {
    expect(teksBagian(zip, "word/").includes("DRAF")).toBe(false);
    const draf = bukaZip(await renderDocx(contohDokumen(true)));
    const kepala = teksBagian(draf, "word/header");
    harusBerisi(kepala, "DRAF \u2014 ");
    harusBerisi(kepala, /<v:textpath[^>]*string="DRAF"/);
  });

  it("puts a landscape table in a landscape section and sizes F4 paper", async () => {
    const dasar = contohDokumen();
    const tabel = dasar.isi.find((b): b is BlokTabel => b.jenis === "tabel") as BlokTabel;
    const dok: Dokumen = {
      ...dasar,
      kertas: "f4",
      isi: [...dasar.isi, { ...tabel, nomor: "Tabel 3.9", lanskap: true }],
    };
    const xml = teksBagian(bukaZip(await renderDocx(dok)), "word/document.xml");
    // F4 is 215 × 330 mm: 12189 × 18709 twips
    harusBerisi(xml, /<w:pgSz w:w="12189" w:h="18709"/);
    harusBerisi(xml, /<w:pgSz w:w="18709" w:h="12189" w:orient="landscape"/);
  });
});

describe("table and image sizing", () => {
  it("splits the text width by the column weights without a twip over", () => {
    const lebarTeks = halaman("a4", false).lebarTeks;
    const lebar = lebarKolom(
      [
        { perataan: "kiri", lebar: 6 },
        { perataan: "kanan", lebar: 3 },
        { perataan: "kanan", lebar: 3 },
        { perataan: "kanan", lebar: 2 },
      ],
      lebarTeks,
    );
    expect(lebar.reduce((s, l) => s + l, 0)).toBe(lebarTeks);
    expect(lebar[0]).toBe(Math.floor((lebarTeks * 6) / 14));
    expect(
      lebarKolom(
        [
          { perataan: "kiri", lebar: 0 },
          { perataan: "kiri", lebar: 0 },
        ],
        100,
      ),
    ).toEqual([50, 50]);
  });

  it("fits a picture to the text width and shrinks a tall one to keep room for its caption", () => {
    const h = halaman("a4", false);
    const lebar = ukuranTampil({ lebar: 640, tinggi: 360 }, h, "grafik");
    expect(lebar.lebar).toBe(585);
    const tinggi = ukuranTampil({ lebar: 400, tinggi: 2000 }, h, "bagan");
    expect(tinggi.tinggi).toBeLessThanOrEqual(Math.ceil((h.tinggiTeks / 1440) * 96 * 0.7));
    expect(tinggi.lebar).toBeLessThan(200);
  });
});

const adaSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;

describe.skipIf(!adaSoffice)(
  `renderDocx through LibreOffice${adaSoffice ? "" : " (dilewati: soffice tidak ada di PATH; pasang libreoffice-writer-nogui dan poppler-utils)"}`,
  () => {
    const dir = mkdtempSync(join(tmpdir(), "terukur-docx-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("converts to a PDF whose text has the headings, captions, figures and the filled contents", async () => {
      writeFileSync(join(dir, "contoh.docx"), await renderDocx(contohDokumen(true)));
      const konversi = spawnSync(
        "soffice",
        ["--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, "contoh.docx")],
        {
          env: { ...process.env, HOME: dir },
          timeout: 180_000,
          encoding: "utf8",
        },
      );
      expect(konversi.status, konversi.stderr).toBe(0);
      const teks = spawnSync("pdftotext", ["-layout", join(dir, "contoh.pdf"), "-"], { encoding: "utf8" });
      expect(teks.status, teks.stderr).toBe(0);
      const pdf = teks.stdout;
      for (const t of TEKS_KUNCI) harusBerisi(pdf, t);
      harusBerisi(pdf, "DRAF");
      harusBerisi(pdf, "Halaman 1");
      // the contents are there without updating fields, with page numbers
      harusBerisi(pdf, /BAB III AKUNTABILITAS KINERJA\s*\.{5,}\s*\d+/);
      expect(readFileSync(join(dir, "contoh.pdf")).subarray(0, 4).toString()).toBe("%PDF");
    }, 240_000);
  },
);

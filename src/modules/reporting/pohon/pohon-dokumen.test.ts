import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bukaZip, jumlahHalamanPdf, teksDocx, teksPdf } from "../../../../test/setup/dokumen-baca.ts";
import { contohPohon } from "../../cascading/contoh-pohon.ts";
import { renderDocx } from "../render/docx.ts";
import { renderHtml } from "../render/html.tsx";
import { susunPdf } from "../render/pdf.ts";
import { dokumenPohonKinerja } from "./susun.ts";

const dok = dokumenPohonKinerja(contohPohon(), 2024, "Kabupaten Luwu Timur", "a4");
const rapat = (s: string) => s.replace(/\s+/g, " ");

/** Each page's size in points, from pdfinfo. */
function ukuranHalaman(pdf: Uint8Array): string[] {
  const berkas = join(mkdtempSync(join(tmpdir(), "terukur-pohon-")), "p.pdf");
  writeFileSync(berkas, pdf);
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "99", berkas], { encoding: "utf8" });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map(
    (m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`,
  );
}

describe("the pohon-kinerja document", () => {
  it("PDF: the title page, the diagram and the matrix on sideways pages, every matrix row read back", async () => {
    const hasil = await susunPdf(dok);
    expect(hasil.peringatan).toEqual([]);
    expect(jumlahHalamanPdf(hasil.pdf)).toBe(3);
    expect(ukuranHalaman(hasil.pdf)).toEqual(["595x842", "842x595", "842x595"]);
    const teks = rapat(teksPdf(hasil.pdf, { layout: false }));
    expect(teks).toContain("Gambar 1 Pohon Kinerja Kecamatan Malili Tahun 2024");
    expect(teks).toContain("Tabel 1 Matriks Cascading Kecamatan Malili Tahun 2024");
    for (const s of [
      "1.1.1.2",
      "Arsip tertata",
      "1.234,5 berkas",
      "Aduan selesai",
      "Petugas loket terlatih",
    ]) {
      expect(teks).toContain(s);
    }
    expect(teks).toContain('RHK <rapikan> & "cek"');
  });

  it("DOCX: the diagram as a PNG with its caption, the matrix as a native table", async () => {
    const docx = await renderDocx(dok);
    const berkas = [...bukaZip(docx).keys()];
    expect(berkas.filter((f) => f.startsWith("word/media/") && f.endsWith(".png"))).toHaveLength(1);
    const teks = rapat(teksDocx(docx));
    expect(teks).toContain("Gambar 1 Pohon Kinerja Kecamatan Malili Tahun 2024");
    expect(teks).toContain("Matriks Cascading Kecamatan Malili Tahun 2024");
    for (const s of [
      "1.1.1.1.2",
      "Rencana Hasil Kerja (Individu)",
      "Persentase dokumen perencanaan tepat waktu",
      "7.01.01.2.01.0001 Penyusunan Dokumen Perencanaan",
      "7.01.02 (burau)",
      "Petugas loket terlatih; Sarana antrean memadai",
    ]) {
      expect(teks).toContain(s);
    }
    const xml = bukaZip(docx).get("word/document.xml")?.toString("utf8") ?? "";
    // the diagram page and the matrix page are each a landscape section
    expect(xml.match(/w:orient="landscape"/g)).toHaveLength(2);
  });

  it("HTML: the SVG inline once, the matrix as a table", async () => {
    const html = await renderHtml(dok);
    expect(html.match(/<svg /g)).toHaveLength(1);
    expect(html.match(/class="simpul"/g)).toHaveLength(8);
    expect(html).toContain("RHK &lt;rapikan&gt; &amp; &quot;cek&quot;");
    expect(html).toContain('<figure class="gambar gambar lanskap"');
  });
});

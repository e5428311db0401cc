import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { pngDariSvg } from "../../platform/charts.ts";
import { contohPohon } from "./contoh-pohon.ts";
import { gambarPohonSvg } from "./diagram-pohon.ts";
import { barisMatriksPohon } from "./matriks-pohon.domain.ts";

/** Parses the SVG strictly as XML; returns the groups of nodes and every title and text content. */
function urai(svg: string) {
  const p = new SaxesParser();
  const simpul: string[] = [];
  const judul: string[] = [];
  const teks: string[] = [];
  let dalam: string | null = null;
  p.on("opentag", (t) => {
    if (t.name === "g" && t.attributes.class === "simpul") simpul.push(String(t.attributes.id));
    if (t.name === "title" || t.name === "text") dalam = t.name;
  });
  p.on("text", (x) => {
    if (dalam === "title") judul.push(x);
    if (dalam === "text") teks.push(x);
  });
  p.on("closetag", () => {
    dalam = null;
  });
  p.write(svg).close();
  return { simpul, judul, teks };
}

describe("gambarPohonSvg", () => {
  it("is well-formed XML with one titled group per node and a legend of the levels", () => {
    const d = gambarPohonSvg(contohPohon(), 2024);
    const u = urai(d.svg);
    expect(u.simpul).toEqual([
      "simpul-1",
      "simpul-2",
      "simpul-3",
      "simpul-5",
      "simpul-6",
      "simpul-4",
      "simpul-7",
      "simpul-8",
    ]);
    expect(d.jumlahSimpul).toBe(8);
    // the drawing's title plus one per node
    expect(u.judul).toHaveLength(9);
    expect(u.judul[0]).toBe("Pohon Kinerja Kecamatan Malili Tahun 2024");
    expect(u.teks).toContain("Sasaran Kegiatan (Operasional)");
    expect(u.teks).toContain("RENCANA HASIL KERJA (INDIVIDU)");
    // legend 5 entries wide: 12 + 185 + 146 + 191 + 229 + 229 − 18 + 12
    expect(d.lebar).toBe(986);
    expect(d.tinggi).toBe(539 + 28);
    expect(d.svg).toContain(`viewBox="0 0 986 567"`);
  });

  it("escapes markup in node text", () => {
    const d = gambarPohonSvg(contohPohon(), 2024);
    expect(d.svg).toContain("RHK &lt;rapikan&gt; &amp; &quot;cek&quot;");
    expect(d.svg).not.toContain("<rapikan>");
    expect(urai(d.svg).teks).toContain('RHK <rapikan> & "cek"');
  });

  it("collapses below a level and draws one branch", () => {
    const ringkas = urai(gambarPohonSvg(contohPohon(), 2024, { sampaiLevel: "strategis" }).svg);
    expect(ringkas.simpul).toEqual(["simpul-1", "simpul-2"]);
    expect(ringkas.teks).toContain("+ 6 simpul di bawahnya");
    const cabang = urai(gambarPohonSvg(contohPohon(), 2024, { akarId: 5 }).svg);
    expect(cabang.simpul).toEqual(["simpul-5", "simpul-7", "simpul-8"]);
  });

  it("rasterises with resvg (what the DOCX embeds)", () => {
    const png = pngDariSvg(gambarPohonSvg(contohPohon(), 2024).svg, 800);
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
  });
});

describe("barisMatriksPohon", () => {
  it("gives one row per node in tree order plus one per further indicator", () => {
    const b = barisMatriksPohon(contohPohon(), 2024);
    expect(b.map((r) => [r.nomor, r.levelTeks, r.kondisi, r.indikator, r.target])).toEqual([
      ["1", "Sasaran Strategis Pemda", "Pelayanan publik meningkat", "IKM", "82,5 indeks"],
      ["1.1", "Sasaran Strategis", "Kualitas layanan kecamatan", "Nilai SKM", "85 indeks"],
      ["", "", "", "Aduan selesai", "90 %"],
      [
        "1.1.1",
        "Sasaran Program (Taktis)",
        "Administrasi tertib",
        "Persentase dokumen perencanaan tepat waktu",
        "100 %",
      ],
      ["1.1.1.1", "Sasaran Kegiatan (Operasional)", "Dokumen disusun", "Dokumen", "-"],
      ["1.1.1.1.1", "Rencana Hasil Kerja (Individu)", "RHK menyusun Renja", "-", "-"],
      ["1.1.1.1.2", "Rencana Hasil Kerja (Individu)", 'RHK <rapikan> & "cek"', "-", "-"],
      ["1.1.1.2", "Sasaran Kegiatan (Operasional)", "Arsip tertata", "Arsip", "1.234,5 berkas"],
      ["1.1.2", "Sasaran Program (Taktis)", "Layanan terpadu cepat", "-", "-"],
    ]);
    const b2 = b[1];
    expect([b2?.pemilik, b2?.csf]).toEqual([
      "Andi Camat (Camat)",
      "Petugas loket terlatih; Sarana antrean memadai",
    ]);
    expect(b[3]?.anggaran).toBe("7.01.01 Program Penunjang");
    expect(b[3]?.pemilik).toBe("Subbagian Perencanaan");
    // another OPD's code is marked with that OPD; a code without a name prints alone
    expect(b[8]?.anggaran).toBe("7.01.02 (burau)");
    expect(b[0]?.anggaran).toBe("-");
  });
});

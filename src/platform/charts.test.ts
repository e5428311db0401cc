import { describe, expect, it } from "vitest";
import { contohDokumen } from "../modules/reporting/contoh-dokumen.ts";
import type { BlokBagan, BlokGrafik, SimpulBagan } from "../modules/reporting/model.ts";
import {
  angkaGrafik,
  batasBawahSumbuY,
  bungkusTeks,
  gambarBlok,
  pngDariSvg,
  svgBagan,
  svgGrafik,
} from "./charts.ts";

const isi = contohDokumen().isi;
const grafik = isi.find((b): b is BlokGrafik => b.jenis === "grafik") as BlokGrafik;
const bagan = isi.find((b): b is BlokBagan => b.jenis === "bagan") as BlokBagan;

function label(s: SimpulBagan): string[] {
  return [s.label, ...(s.keterangan === null ? [] : [s.keterangan]), ...s.anak.flatMap(label)];
}

describe("svgGrafik", () => {
  const svg = svgGrafik(grafik);

  it("shows the series names, the categories and the values in Indonesian format", () => {
    expect(svg.startsWith("<svg")).toBe(true);
    for (const s of grafik.seri) expect(svg).toContain(`>${s.nama}<`);
    for (const k of grafik.kategori) expect(svg).toContain(`>${k}<`);
    expect(svg).toContain(">93,06<");
    expect(svg).toContain(">92,27<");
    expect(svg).not.toContain(">93.06<");
    expect(svg).toContain(">Nilai<");
  });

  it("starts the y axis at the given minimum and uses a server font", () => {
    expect(svg).toMatch(/>80</);
    expect(svg).toContain("DejaVu Sans");
  });

  it("is the same drawing every time, with ids that differ between charts", () => {
    expect(svgGrafik(grafik)).toBe(svg);
    const lain = svgGrafik({ ...grafik, nomor: "Grafik 3.2" });
    const id = (s: string) => s.match(/id="([^"]+)"/)?.[1];
    expect(id(lain)).not.toBe(id(svg));
  });

  it("draws a chart without a minimum, with gaps and with two lines", () => {
    const svg2 = svgGrafik({
      ...grafik,
      minSumbuY: null,
      judulSumbuY: null,
      seri: [
        { nama: "A", tipe: "garis", nilai: [1, null, 3, 1234.5] },
        { nama: "B", tipe: "garis", nilai: [2, 2, 2, 2] },
      ],
    });
    expect(svg2).toContain(">1.234,5<");
  });
});

describe("svgBagan", () => {
  it("draws every box label and keterangan, wrapped and escaped", () => {
    const svg = svgBagan(bagan);
    const teks = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(" ");
    for (const l of label(bagan.akar)) expect(teks).toContain(bungkusTeks(l)[0]);
    expect(teks).toContain("Subbagian Perencanaan");
    expect(teks).toContain("dan Kepegawaian");
    const nakal = svgBagan({ ...bagan, akar: { label: "A & <B>", keterangan: null, anak: [] } });
    expect(nakal).toContain("A &amp; &lt;B&gt;");
  });

  it("wraps labels at about 22 characters", () => {
    expect(bungkusTeks("Subbagian Perencanaan dan Kepegawaian")).toEqual([
      "Subbagian Perencanaan",
      "dan Kepegawaian",
    ]);
    expect(bungkusTeks("")).toEqual([""]);
  });
});

describe("gambarBlok", () => {
  it("gives the drawing size of a chart and of an organisation chart", () => {
    expect(gambarBlok(grafik)).toMatchObject({ lebar: 640, tinggi: 360 });
    expect(gambarBlok(grafik, { lebar: 500, tinggi: 300 }).svg).toContain('width="500"');
    const g = gambarBlok(bagan);
    expect(g.svg).toContain(`viewBox="0 0 ${g.lebar} ${g.tinggi}"`);
    expect(g.lebar).toBeGreaterThan(g.tinggi);
  });
});

describe("pngDariSvg", () => {
  it("makes a PNG of the requested width with visible text and shapes", () => {
    for (const blok of [grafik, bagan]) {
      const g = gambarBlok(blok);
      const png = pngDariSvg(g.svg, 800);
      expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      // IHDR: width and height are the big-endian words at bytes 16 and 20
      const data = new DataView(png.buffer, png.byteOffset, png.byteLength);
      expect(data.getUint32(16)).toBe(800);
      expect(data.getUint32(20)).toBe(Math.round((800 * g.tinggi) / g.lebar));
      const kosong = pngDariSvg(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${g.lebar}" height="${g.tinggi}"></svg>`,
        800,
      );
      expect(png.length).toBeGreaterThan(kosong.length * 5);
    }
  });

  it("loads a system font, so labels are glyphs and not empty boxes", () => {
    const polos = (teks: string) =>
      pngDariSvg(
        `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="28" font-size="24" font-family="DejaVu Sans">${teks}</text></svg>`,
        200,
      );
    // a font draws different glyphs for different words; missing fonts draw nothing (or the same boxes)
    expect(Buffer.from(polos("Realisasi")).equals(Buffer.from(polos("Target 93,06")))).toBe(false);
    expect(polos("Realisasi").length).toBeGreaterThan(polos("").length + 200);
  });

  it("formats numbers the Indonesian way", () => {
    expect(angkaGrafik(93.06)).toBe("93,06");
    expect(angkaGrafik(1234.5)).toBe("1.234,5");
  });
});

describe("batasBawahSumbuY", () => {
  it.each([
    [[92, 92.27, 93, 93.05, 88.05, 93.26, 93.27, 93.06], 80],
    [[60.18, 65.5, 65.15, 66, 42.31, 53.28, 66.65, 66], 30],
    [[100, 100, 98], 90],
    [[0, 5, 10], null],
    [[2, 40], null],
    [[null, null], null],
  ])("%j → %s", (nilai, diharapkan) => {
    expect(batasBawahSumbuY(nilai)).toBe(diharapkan);
  });
});

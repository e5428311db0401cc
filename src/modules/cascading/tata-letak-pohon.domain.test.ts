import { describe, expect, it } from "vitest";
import { contohPohon } from "./contoh-pohon.ts";
import { bungkus, type KotakPohon, tampilTargetPohon, tataLetakPohon } from "./tata-letak-pohon.domain.ts";

function posisi(kotak: KotakPohon[]) {
  return kotak.map((k) => [k.id, k.x, k.y, k.tinggi]);
}

describe("tataLetakPohon", () => {
  it("places the example tree at hand-computed coordinates", () => {
    const t = tataLetakPohon(contohPohon().akar, 2024);
    // leaves left to right from x = 12: E's stacked column (12 + 20 + 200 + 16 → 248), F at 248, D at 464;
    // C centred over E and F (130), B and A over C and D (297); row heights 56, 82, 82, 56 with 40 between
    expect(posisi(t.kotak)).toEqual([
      [1, 297, 12, 56],
      [2, 297, 108, 82],
      [3, 130, 230, 82],
      [5, 12, 352, 56],
      [6, 248, 352, 56],
      [4, 464, 230, 82],
      [7, 32, 418, 56],
      [8, 32, 484, 43],
    ]);
    expect(t.lebar).toBe(676);
    expect(t.tinggi).toBe(539);
    expect(t.garis).toEqual([
      "M397 68V88",
      "M397 88V108",
      "M397 190V210",
      "M230 210H564",
      "M230 210V230",
      "M564 210V230",
      "M230 312V332",
      "M112 332H348",
      "M112 332V352",
      "M348 332V352",
      "M22 446H32",
      "M22 505.5H32",
      "M22 408V505.5",
    ]);
  });

  it("wraps text and shows the year's target, or says it is missing", () => {
    const t = tataLetakPohon(contohPohon().akar, 2024);
    const c = t.kotak.find((k) => k.id === 3);
    expect(c?.baris.map((b) => b.teks)).toEqual([
      "Administrasi tertib",
      "• Persentase dokumen perencanaan",
      "tepat waktu: 100 %",
      "Pemilik: Subbagian Perencanaan",
    ]);
    expect(t.kotak.find((k) => k.id === 5)?.baris[1]?.teks).toBe("• Dokumen: target belum ada");
    expect(t.kotak.find((k) => k.id === 6)?.baris[1]?.teks).toBe("• Arsip: 1.234,5 berkas");
  });

  it("never overlaps two boxes", () => {
    const { kotak } = tataLetakPohon(contohPohon().akar, 2024);
    for (const a of kotak) {
      for (const b of kotak) {
        if (a === b) continue;
        const pisah =
          a.x + a.lebar <= b.x || b.x + b.lebar <= a.x || a.y + a.tinggi <= b.y || b.y + b.tinggi <= a.y;
        expect(pisah, `${a.id} and ${b.id}`).toBe(true);
      }
    }
  });

  it("collapses below a level and counts what it hides", () => {
    const t = tataLetakPohon(contohPohon().akar, 2024, { sampaiLevel: "taktis" });
    expect(t.kotak.map((k) => k.id)).toEqual([1, 2, 3, 4]);
    const c = t.kotak.find((k) => k.id === 3);
    expect(c?.tersembunyi).toBe(4);
    expect(c?.baris.at(-1)?.teks).toBe("+ 4 simpul di bawahnya");
    // B's children are now all leaves, so they are stacked in a column under it (20 px in)
    expect(posisi(t.kotak).map((p) => p[1])).toEqual([12, 12, 32, 32]);
    expect(t.lebar).toBe(244);
  });

  it("draws one branch and refuses an unknown node", () => {
    const t = tataLetakPohon(contohPohon().akar, 2024, { akarId: 3 });
    expect(t.kotak.map((k) => k.id)).toEqual([3, 5, 6, 7, 8]);
    expect(t.kotak[0]?.x).toBe(130);
    expect(() => tataLetakPohon(contohPohon().akar, 2024, { akarId: 99 })).toThrow(
      "Simpul 99 tidak ada di pohon ini",
    );
  });

  it("lays out an empty tree as an empty drawing", () => {
    expect(tataLetakPohon([], 2024)).toEqual({ kotak: [], garis: [], lebar: 24, tinggi: 24 });
  });
});

describe("bungkus and tampilTargetPohon", () => {
  it("breaks at spaces and cuts a word longer than a line", () => {
    expect(bungkus("satu dua tiga", 8)).toEqual(["satu dua", "tiga"]);
    expect(bungkus("abcdefghij xy", 4)).toEqual(["abcd", "efgh", "ij", "xy"]);
  });
  it("prints decimals the Indonesian way without rounding", () => {
    expect(tampilTargetPohon("1234567.250", "rupiah")).toBe("1.234.567,25 rupiah");
    expect(tampilTargetPohon("66", "%")).toBe("66 %");
    expect(tampilTargetPohon("-0.5", "")).toBe("-0,5");
  });
});

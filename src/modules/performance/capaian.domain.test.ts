import { describe, expect, it } from "vitest";
import { keString } from "../../platform/decimal.ts";
import { hitungCapaian, type InputCapaian } from "./capaian.domain.ts";

function persen(input: InputCapaian): string {
  const hasil = hitungCapaian(input);
  if (hasil.status !== "dihitung") throw new Error(`tidak dihitung: ${hasil.alasan}`);
  expect(hasil.persen.skala).toBe(2);
  return keString(hasil.persen);
}

describe("hitungCapaian — polaritas positif (R / T × 100)", () => {
  it.each([
    // target, targetAtas, realisasi, persen — worked by hand
    ["93.05", null, "93.06", "100.01"], // IKM Malili 2024: 9306/9305 = 1,000107…
    ["66", null, "66", "100.00"],
    ["65", null, "42.31", "65.09"], // 0,650923…
    ["60.18", null, "53.28", "88.53"], // 0,885343…
    ["100", null, "150", "150.00"], // never capped
    ["10", null, "0", "0.00"],
    ["5", null, "-1", "-20.00"], // no floor for positive polarity
    ["3", null, "1", "33.33"],
    ["3", null, "2", "66.67"],
    ["200", null, "1", "0.50"], // exactly 0,5
    ["80", "90", "70", "87.50"], // range, below lower: 70/80 (regulations.md §4.3 worked example)
    ["80", "90", "92", "102.22"], // range, above upper: 92/90 = 1,02222…
    ["80", "90", "85", "100.00"], // inside
    ["80", "90", "80", "100.00"], // on the lower bound
    ["80", "90", "90", "100.00"], // on the upper bound
    ["80", "80", "70", "87.50"], // degenerate range = single target
    ["80", "", "70", "87.50"], // empty upper bound = single target
  ] as const)("T %s–%s, R %s → %s", (target, targetAtas, realisasi, hasil) => {
    expect(persen({ target, targetAtas, realisasi, polaritas: "positif" })).toBe(hasil);
  });

  it("memberi persenPenuh untuk grafik", () => {
    expect(hitungCapaian({ target: "93.05", realisasi: "93.06", polaritas: "positif" })).toEqual({
      status: "dihitung",
      persen: { nilai: 10001n, skala: 2 },
      persenPenuh: 100.0107469103,
    });
    expect(hitungCapaian({ target: "60.18", realisasi: "53.28", polaritas: "positif" })).toEqual({
      status: "dihitung",
      persen: { nilai: 8853n, skala: 2 },
      persenPenuh: 88.5343968096,
    });
    expect(hitungCapaian({ target: "80", targetAtas: "90", realisasi: "85", polaritas: "positif" })).toEqual({
      status: "dihitung",
      persen: { nilai: 10000n, skala: 2 },
      persenPenuh: 100,
    });
  });
});

describe("hitungCapaian — polaritas negatif, rumus baku (2T − R) / T × 100", () => {
  it.each([
    ["10", null, "8", "120.00"], // (20 − 8)/10
    ["10", null, "10", "100.00"],
    ["10", null, "0", "200.00"],
    ["10", null, "20", "0.00"], // (20 − 20)/10 = 0
    ["10", null, "25", "0.00"], // −50 % floored at 0
    ["5", null, "5.5", "90.00"], // (10 − 5,5)/5
    ["3", null, "2", "133.33"], // 4/3
    ["7", "8", "6.5", "107.14"], // §4.3: (14 − 6,5)/7 = 1,0714…
    ["7", "8", "9", "87.50"], // §4.3: (16 − 9)/8
    ["7", "8", "7.5", "100.00"], // inside the range
    ["7", "8", "8", "100.00"],
  ] as const)("T %s–%s, R %s → %s", (target, targetAtas, realisasi, hasil) => {
    expect(persen({ target, targetAtas, realisasi, polaritas: "negatif" })).toBe(hasil);
    expect(
      persen({ target, targetAtas, realisasi, polaritas: "negatif", rumusNegatif: "dua_t_kurang_r" }),
    ).toBe(hasil);
  });

  it("lantai 0 juga untuk persenPenuh", () => {
    expect(hitungCapaian({ target: "10", realisasi: "25", polaritas: "negatif" })).toEqual({
      status: "dihitung",
      persen: { nilai: 0n, skala: 2 },
      persenPenuh: 0,
    });
  });
});

describe("hitungCapaian — polaritas negatif, varian T / R × 100", () => {
  it.each([
    ["10", null, "8", "125.00"],
    ["10", null, "25", "40.00"],
    ["10", null, "10", "100.00"],
    ["7", "8", "6.5", "107.69"], // 7/6,5 = 1,076923…
    ["7", "8", "9", "88.89"], // 8/9 = 0,8888…
    ["7", "8", "7.2", "100.00"],
  ] as const)("T %s–%s, R %s → %s", (target, targetAtas, realisasi, hasil) => {
    expect(persen({ target, targetAtas, realisasi, polaritas: "negatif", rumusNegatif: "t_per_r" })).toBe(
      hasil,
    );
  });
});

describe("hitungCapaian — tidak dapat dihitung", () => {
  it.each([
    [{ target: "93.05", realisasi: null, polaritas: "positif" }, "Realisasi belum diisi"],
    [{ target: "93.05", realisasi: "", polaritas: "positif" }, "Realisasi belum diisi"],
    [{ target: null, realisasi: "93.06", polaritas: "positif" }, "Target belum diisi"],
    [{ target: null, realisasi: null, polaritas: "negatif" }, "Target belum diisi"],
    [{ target: "0", realisasi: "5", polaritas: "positif" }, "Target bernilai 0"],
    [{ target: "0.00", realisasi: "0", polaritas: "negatif" }, "Target bernilai 0"],
    [{ target: "0", realisasi: "5", polaritas: "negatif", rumusNegatif: "t_per_r" }, "Target bernilai 0"],
    [
      { target: "10", realisasi: "0", polaritas: "negatif", rumusNegatif: "t_per_r" },
      "Realisasi bernilai 0; rumus T/R tidak dapat dipakai",
    ],
    [
      { target: "10", realisasi: "-1", polaritas: "negatif", rumusNegatif: "t_per_r" },
      "Realisasi bernilai negatif; rumus T/R tidak dapat dipakai",
    ],
    [
      { target: "-2", realisasi: "-1", polaritas: "positif" },
      "Target bernilai negatif; rasio capaian tidak bermakna",
    ],
    [
      { target: "0", targetAtas: "5", realisasi: "-1", polaritas: "positif" },
      "Batas bawah target bernilai 0",
    ],
    [
      { target: "90", targetAtas: "80", realisasi: "85", polaritas: "positif" },
      "Batas atas target lebih kecil dari batas bawah",
    ],
    [
      { target: "Tersedia", realisasi: "Tersedia", polaritas: "positif" },
      'Target bukan angka ("Tersedia"); target kualitatif tanpa skala tidak dapat dihitung',
    ],
    [{ target: "10", realisasi: "sepuluh", polaritas: "positif" }, 'Realisasi bukan angka ("sepuluh")'],
    [
      { target: "10", targetAtas: "dua puluh", realisasi: "12", polaritas: "positif" },
      'Batas atas target bukan angka ("dua puluh")',
    ],
  ] satisfies [InputCapaian, string][])("%o → %s", (input, alasan) => {
    expect(hitungCapaian(input)).toEqual({ status: "tidak_dapat_dihitung", alasan });
  });

  it("rentang dengan batas bawah 0 tetap dihitung bila realisasi di dalam rentang", () => {
    expect(persen({ target: "0", targetAtas: "5", realisasi: "3", polaritas: "negatif" })).toBe("100.00");
  });
});

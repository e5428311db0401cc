import { describe, expect, it } from "vitest";
import {
  adalahDesimalSah,
  adalahNol,
  bagiBulatSetengahNaik,
  bandingkan,
  bulatkan,
  desimal,
  jumlahkan,
  kali,
  keNumber,
  keString,
  kurang,
  mutlak,
  ringkas,
  tambah,
} from "./decimal.ts";

describe("desimal", () => {
  it.each([
    ["93.06", 9306n, 2],
    ["-1.5", -15n, 1],
    ["100", 100n, 0],
    ["0.0500", 500n, 4],
    ["007", 7n, 0],
    [93.06, 9306n, 2],
    [-0.5, -5n, 1],
    [42, 42n, 0],
    [123n, 123n, 0],
    [-4n, -4n, 0],
  ] as const)("%s → nilai %s skala %s", (masukan, nilai, skala) => {
    expect(desimal(masukan)).toEqual({ nilai, skala });
  });

  it.each(["", " 1", "1 ", "93,06", "1.2.3", ".5", "5.", "+1", "1e3", "abc", "--1", "NaN"])(
    "menolak %j",
    (masukan) => {
      expect(() => desimal(masukan)).toThrow(RangeError);
      expect(adalahDesimalSah(masukan)).toBe(false);
    },
  );

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 1e21, 1e-7])("menolak number %s", (masukan) => {
    expect(() => desimal(masukan)).toThrow(RangeError);
  });
});

describe("keString", () => {
  it.each([
    ["93.06", undefined, "93.06"],
    ["-0.05", undefined, "-0.05"],
    ["100", undefined, "100"],
    ["0.0500", undefined, "0.0500"],
    ["93.06", 4, "93.0600"],
    ["93.055", 2, "93.06"],
    ["93.054", 2, "93.05"],
    ["-93.055", 2, "-93.06"],
    ["-0.004", 2, "0.00"],
    ["2.5", 0, "3"],
    ["-2.5", 0, "-3"],
    ["0.5", 0, "1"],
  ] as const)("%s skala %s → %s", (masukan, skala, hasil) => {
    expect(keString(desimal(masukan), skala)).toBe(hasil);
  });

  it("menulis bilangan dengan skala besar dan nilai kecil", () => {
    expect(keString({ nilai: 5n, skala: 3 })).toBe("0.005");
    expect(keString({ nilai: -5n, skala: 3 })).toBe("-0.005");
  });
});

describe("bagiBulatSetengahNaik", () => {
  it.each([
    // a, b, kali, skala, hasil — each worked by hand
    ["93.06", "93.05", 100n, 2, "100.01"], // 9306/9305 = 1.000107… → 100.01
    ["42.31", "65", 100n, 2, "65.09"], // 42.31/65 = 0.650923… → 65.09
    ["1", "8", 100n, 2, "12.50"], // exactly 12.5
    ["1", "3", 100n, 2, "33.33"], // 33.333…
    ["2", "3", 100n, 2, "66.67"], // 66.666…
    ["1", "200", 1n, 2, "0.01"], // 0.005 → half up → 0.01
    ["-1", "200", 1n, 2, "-0.01"], // −0.005 → half away from zero
    ["1", "-200", 1n, 2, "-0.01"],
    ["-1", "-200", 1n, 2, "0.01"],
    ["1", "201", 1n, 2, "0.00"], // 0.004975… → 0.00
    ["7", "6.5", 100n, 2, "107.69"], // 107.6923…
    ["0", "5", 100n, 2, "0.00"],
    ["10", "4", 1n, 0, "3"], // 2.5 → 3
    ["-10", "4", 1n, 0, "-3"], // −2.5 → −3
    ["0.001", "0.3", 1n, 4, "0.0033"],
  ] as const)("%s × %s / %s → %s", (a, b, faktor, skala, hasil) => {
    const d = bagiBulatSetengahNaik(desimal(a), desimal(b), faktor, skala);
    expect(d.skala).toBe(skala);
    expect(keString(d)).toBe(hasil);
  });

  it("menolak pembagian dengan nol", () => {
    expect(() => bagiBulatSetengahNaik(desimal("1"), desimal("0.00"), 100n, 2)).toThrow(RangeError);
  });

  it("menolak skala negatif", () => {
    expect(() => bagiBulatSetengahNaik(desimal("1"), desimal("1"), 1n, -1)).toThrow(RangeError);
  });
});

describe("aritmetika", () => {
  it.each([
    ["0.1", "0.2", "0.3", "-0.1", "0.02"],
    ["93.06", "-93.05", "0.01", "186.11", "-8659.2330"],
    ["1.50", "1.5", "3.00", "0.00", "2.250"],
  ] as const)("%s dan %s", (a, b, jumlah, selisih, hasilKali) => {
    const x = desimal(a);
    const y = desimal(b);
    expect(keString(tambah(x, y))).toBe(jumlah);
    expect(keString(kurang(x, y))).toBe(selisih);
    expect(keString(kali(x, y))).toBe(hasilKali);
  });

  it.each([
    ["1.50", "1.5", 0],
    ["1.49", "1.5", -1],
    ["-1", "-2", 1],
    ["0", "0.000", 0],
  ] as const)("bandingkan(%s, %s) = %s", (a, b, hasil) => {
    expect(bandingkan(desimal(a), desimal(b))).toBe(hasil);
  });

  it("jumlahkan, mutlak, adalahNol, ringkas, bulatkan", () => {
    expect(keString(jumlahkan(["0.1", "0.2", "0.3"].map(desimal)))).toBe("0.6");
    expect(keString(jumlahkan([]))).toBe("0");
    expect(keString(mutlak(desimal("-2.50")))).toBe("2.50");
    expect(adalahNol(desimal("0.00"))).toBe(true);
    expect(adalahNol(desimal("0.01"))).toBe(false);
    expect(ringkas(desimal("93.0500"))).toEqual({ nilai: 9305n, skala: 2 });
    expect(ringkas(desimal("100.00"))).toEqual({ nilai: 100n, skala: 0 });
    expect(ringkas(desimal("100"))).toEqual({ nilai: 100n, skala: 0 });
    expect(bulatkan(desimal("1.5"), 3)).toEqual({ nilai: 1500n, skala: 3 });
    expect(() => bulatkan(desimal("1.5"), 1.5)).toThrow(RangeError);
  });

  it("keNumber hanya untuk grafik", () => {
    expect(keNumber(desimal("96.42"))).toBe(96.42);
    expect(keNumber(desimal("-0.5"))).toBe(-0.5);
  });
});

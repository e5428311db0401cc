import { describe, expect, it } from "vitest";
import { desimal } from "../../platform/decimal.ts";
import { periksaSkalaPredikat } from "../performance/predikat.domain.ts";
import { predikatNilaiSakip, SEBUTAN_PREDIKAT_LKE, SKALA_LKE_88_2021 } from "./nilai-sakip.domain.ts";

describe("predikatNilaiSakip — LKE 88/2021, batas bawah eksklusif", () => {
  it.each([
    ["100", "AA", "Sangat Memuaskan"],
    ["91", "AA", "Sangat Memuaskan"], // PkoCalculatorService test case
    ["90.01", "AA", "Sangat Memuaskan"],
    ["90.005", "AA", "Sangat Memuaskan"], // rounds to 90,01
    ["90.004", "A", "Memuaskan"], // rounds to 90,00
    ["90.00", "A", "Memuaskan"],
    ["85", "A", "Memuaskan"],
    ["80.01", "A", "Memuaskan"],
    ["80", "BB", "Sangat Baik"],
    ["75", "BB", "Sangat Baik"],
    ["70", "B", "Baik"],
    ["66", "B", "Baik"],
    ["65", "B", "Baik"],
    ["60", "CC", "Cukup (Memadai)"],
    ["55", "CC", "Cukup (Memadai)"],
    ["53.28", "CC", "Cukup (Memadai)"],
    ["50", "C", "Kurang"],
    ["42.31", "C", "Kurang"],
    ["30.01", "C", "Kurang"],
    ["30", "D", "Sangat Kurang"],
    ["10", "D", "Sangat Kurang"],
    ["0", "D", "Sangat Kurang"],
  ])("%s → %s %s", (nilai, huruf, sebutan) => {
    expect(predikatNilaiSakip(desimal(nilai))).toEqual({ huruf, sebutan });
  });

  it("skala LKE sah dan setiap huruf punya sebutan", () => {
    expect(periksaSkalaPredikat(SKALA_LKE_88_2021)).toEqual([]);
    const huruf = [...SKALA_LKE_88_2021.band.map((b) => b.label), SKALA_LKE_88_2021.labelTerendah];
    expect(huruf).toEqual(["AA", "A", "BB", "B", "CC", "C", "D"]);
    expect(Object.keys(SEBUTAN_PREDIKAT_LKE)).toEqual(huruf);
  });
});

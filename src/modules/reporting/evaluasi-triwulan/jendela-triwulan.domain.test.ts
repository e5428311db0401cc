import { describe, expect, it } from "vitest";
import type { Periode } from "../../performance/periode.domain.ts";
import { pilahTriwulan, selesaiSampai, type Triwulan, triwulanDari } from "./jendela-triwulan.domain.ts";

const p = (jenis: Periode["jenis"], ke: number): Periode => ({ jenis, ke });

describe("triwulanDari", () => {
  it.each([
    [p("bulan", 1), 1],
    [p("bulan", 3), 1],
    [p("bulan", 4), 2],
    [p("bulan", 12), 4],
    [p("triwulan", 3), 3],
    [p("semester", 1), null],
    [p("tahun", 1), null],
  ] as const)("%j → %s", (periode, tw) => {
    expect(triwulanDari(periode)).toBe(tw);
  });
});

describe("selesaiSampai", () => {
  it.each([
    [p("bulan", 6), 2, true],
    [p("bulan", 7), 2, false],
    [p("semester", 1), 2, true],
    [p("semester", 1), 1, false],
    [p("tahun", 1), 3, false],
    [p("tahun", 1), 4, true],
    [p("triwulan", 4), 4, true],
  ] as const)("%j by TW %i: %s", (periode, tw, hasil) => {
    expect(selesaiSampai(periode, tw)).toBe(hasil);
  });
});

describe("pilahTriwulan", () => {
  const rows = [
    { periode: p("bulan", 1), id: "jan" },
    { periode: p("bulan", 2), id: "feb" },
    { periode: p("triwulan", 2), id: "tw2" },
    { periode: p("bulan", 8), id: "agu" },
    { periode: p("semester", 1), id: "s1" },
    { periode: p("tahun", 1), id: "th" },
  ];
  const ids = (xs: { id: string }[] | null) => (xs === null ? null : xs.map((x) => x.id));

  it.each([
    [1, [["jan", "feb"], null, null, null], ["jan", "feb"], []],
    [2, [["jan", "feb"], ["tw2"], null, null], ["jan", "feb", "tw2", "s1"], ["s1"]],
    [3, [["jan", "feb"], ["tw2"], ["agu"], null], ["jan", "feb", "tw2", "agu", "s1"], ["s1"]],
    [4, [["jan", "feb"], ["tw2"], ["agu"], []], ["jan", "feb", "tw2", "agu", "s1", "th"], ["s1", "th"]],
  ] as const)("up to TW %i", (tw, perTriwulan, sampai, tidakTerbagi) => {
    const h = pilahTriwulan(rows, tw as Triwulan);
    expect([1, 2, 3, 4].map((q) => ids(h.perTriwulan[q as Triwulan]))).toEqual(perTriwulan);
    expect(ids(h.sampaiDengan)).toEqual(sampai);
    expect(ids(h.tidakTerbagi)).toEqual(tidakTerbagi);
  });
});

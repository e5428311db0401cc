import { describe, expect, it } from "vitest";
import { bacaTerbilang, terbilang } from "./terbilang.ts";

describe("terbilang", () => {
  it.each([
    [0, "nol"],
    [1, "satu"],
    [10, "sepuluh"],
    [11, "sebelas"],
    [14, "empat belas"],
    [15, "lima belas"],
    [20, "dua puluh"],
    [52, "lima puluh dua"],
    [100, "seratus"],
    [139, "seratus tiga puluh sembilan"],
    [1000, "seribu"],
    [1100, "seribu seratus"],
    [2024, "dua ribu dua puluh empat"],
    [45853, "empat puluh lima ribu delapan ratus lima puluh tiga"],
    [99999, "sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan"],
    [111000, "seratus sebelas ribu"],
    [1_000_000, "satu juta"],
    [
      4_445_199_950,
      "empat miliar empat ratus empat puluh lima juta seratus sembilan puluh sembilan ribu sembilan ratus lima puluh",
    ],
  ])("%i ⇄ %s", (n, kata) => {
    expect(terbilang(n)).toBe(kata);
    expect(bacaTerbilang(kata)).toBe(n);
  });

  it("round-trips every number up to 99 999", () => {
    for (let n = 0; n <= 99_999; n += 1) {
      if (bacaTerbilang(terbilang(n)) !== n) throw new Error(`gagal pada ${n}`);
    }
  });

  it.each([
    ["Empatbelas", 14],
    ["EMPAT BELAS", 14],
    ["duapuluh satu", 21],
    ["dua-puluh", 20],
    ["Satu", 1],
    ["satu ratus", 100],
    ["seribu", 1000],
    ["sejuta", 1_000_000],
    ["dua milyar", 2_000_000_000],
  ])("reads %s as %i", (kata, n) => {
    expect(bacaTerbilang(kata)).toBe(n);
  });

  it.each([
    "B",
    "",
    "orang",
    "dua puluh tiga ratus",
    "ribu",
    "lima lima",
    "empat belas lima",
    "seribu dua ribu",
    "nol satu",
  ])("refuses %j", (kata) => {
    expect(bacaTerbilang(kata)).toBeNull();
  });

  it("refuses what it cannot spell", () => {
    expect(() => terbilang(-1)).toThrow(RangeError);
    expect(() => terbilang(1.5)).toThrow(RangeError);
  });
});

import { describe, expect, it } from "vitest";
import { mmTypst, stringTypst } from "./typst-teks.ts";

describe("stringTypst", () => {
  it.each([
    ["", '""'],
    ["Kecamatan Malili", '"Kecamatan Malili"'],
    ['kata "kutip"', '"kata \\"kutip\\""'],
    ["C:\\data\\", '"C:\\\\data\\\\"'],
    ["baris 1\nbaris 2", '"baris 1\\nbaris 2"'],
    ["a\r\tb", '"a\\r\\tb"'],
    ["\u0000\u001b\u007f", '"\\u{0}\\u{1b}\\u{7f}"'],
    ["a\u2028b", '"a\\u{2028}b"'],
    // Typst markup characters need no escaping inside a string literal: they are only text there.
    [
      "#set text(red) *tebal* _miring_ $x^2$ <label> @ref // ` ~ [ ] { }",
      '"#set text(red) *tebal* _miring_ $x^2$ <label> @ref // ` ~ [ ] { }"',
    ],
    ["Capaian ≥ 100 % – “baik” 😀", '"Capaian ≥ 100 % – “baik” 😀"'],
  ])("%j → %s", (masuk, keluar) => {
    expect(stringTypst(masuk)).toBe(keluar);
  });

  it("never lets a quote end the literal early", () => {
    for (const jahat of ['"', '\\"', '\\\\"', '")#panic("x', '\\")#panic("x']) {
      const lit = stringTypst(jahat);
      // Inside the literal every quote is preceded by an odd number of backslashes.
      const isi = lit.slice(1, -1);
      for (const m of isi.matchAll(/(\\*)"/g)) expect((m[1] ?? "").length % 2).toBe(1);
    }
  });
});

describe("mmTypst", () => {
  it.each([
    [210, "210mm"],
    [215.5, "215.5mm"],
    [1 / 3, "0.33mm"],
  ])("%d → %s", (mm, hasil) => {
    expect(mmTypst(mm)).toBe(hasil);
  });

  it("refuses a number that is not finite", () => {
    expect(() => mmTypst(Number.NaN)).toThrow();
    expect(() => mmTypst(Number.POSITIVE_INFINITY)).toThrow();
  });
});

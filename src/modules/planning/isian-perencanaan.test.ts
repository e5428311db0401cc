import { describe, expect, it } from "vitest";
import { GalatTerukur } from "../../platform/errors.ts";
import {
  bulatAtauNull,
  idJalur,
  isianKePaspor,
  tahunDiminta,
  tanpaAwalan,
  teksAtauNull,
} from "./isian-perencanaan.ts";
import { angkaIsian, galatUntuk, nilaiUntuk, teksTarget } from "./views/bersama.tsx";

describe("reading planning forms", () => {
  it("turns empty text into null and whole numbers into numbers, anything else into NaN", () => {
    expect(teksAtauNull("  ")).toBeNull();
    expect(teksAtauNull(" Kuesioner ")).toBe("Kuesioner");
    expect(bulatAtauNull("")).toBeNull();
    expect(bulatAtauNull("2024")).toBe(2024);
    expect(bulatAtauNull("20,5")).toBeNaN();
  });

  it("refuses a path id that is not a number as not found", () => {
    expect(idJalur("12")).toBe(12);
    expect(() => idJalur("12abc")).toThrow(GalatTerukur);
    expect(() => idJalur(undefined)).toThrow("Data tidak ditemukan");
  });

  it("takes a four-digit ?tahun= and falls back otherwise", () => {
    expect(tahunDiminta("2024", 2026)).toBe(2024);
    expect(tahunDiminta("24", 2026)).toBe(2026);
    expect(tahunDiminta(undefined, 2025)).toBe(2025);
  });

  it("strips one form's prefix and leaves the other forms' fields out", () => {
    expect(tanpaAwalan({ "ss.kode": "S3", "tj.kode": "T9", _csrf: "x" }, "ss.")).toEqual({ kode: "S3" });
  });

  it("reads the passport fields with the IKU checkbox and the default precision", () => {
    const p = isianKePaspor({
      nama: "IKM",
      satuan: "Nilai",
      polaritas: "positif",
      agregasi: "last",
      iku: "ya",
    });
    expect(p).toMatchObject({
      nama: "IKM",
      presisi: 2,
      iku: true,
      rumusNegatif: "dua_t_kurang_r",
      baseline: null,
    });
    expect(isianKePaspor({}).iku).toBe(false);
  });
});

describe("planning view helpers", () => {
  it("writes stored numbers back in the form people type them, without thousands dots", () => {
    expect(angkaIsian("93.05")).toBe("93,05");
    expect(angkaIsian("1234")).toBe("1234");
    expect(angkaIsian(null)).toBe("");
    expect(teksTarget("90", "95.5")).toBe("90–95,5");
    expect(teksTarget(null, null)).toBe("—");
  });

  it("shows a refusal only on the form that was posted, without the schema's field prefix", () => {
    const k = { formulir: "sasaran", galat: { kode: "kode: Kode wajib diisi" }, isian: { "ss.kode": "" } };
    expect(galatUntuk(k, "sasaran")).toEqual({ kode: "Kode wajib diisi" });
    expect(galatUntuk(k, "tujuan")).toBeUndefined();
    expect(nilaiUntuk(k, "sasaran", "ss.kode", "S1")).toBe("");
    expect(nilaiUntuk(k, "tujuan", "tj.kode", "T1")).toBe("T1");
  });
});

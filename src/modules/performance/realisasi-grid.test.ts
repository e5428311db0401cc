import { describe, expect, it } from "vitest";
import {
  bacaKodePeriode,
  bacaTahunGrid,
  kodeDariPeriode,
  periodeBaris,
  periodeDariKode,
  periodeSekarang,
} from "./realisasi-grid.service.ts";
import { nilaiIsian } from "./views/realisasi-baris.tsx";

const TW1 = { jenis: "triwulan" as const, ke: 1 };
const TAHUN = { jenis: "tahun" as const, ke: 1 };

describe("the grid's period", () => {
  it.each([
    [new Date(2026, 0, 1), "tw1"],
    [new Date(2026, 2, 31), "tw1"],
    [new Date(2026, 3, 1), "tw2"],
    [new Date(2026, 8, 30), "tw3"],
    [new Date(2026, 11, 31), "tw4"],
  ])("opens %s on %s", (tanggal, kode) => {
    expect(periodeSekarang(tanggal)).toBe(kode);
  });

  it("reads ?periode= and ?tahun=, falling back to today", () => {
    const hariIni = new Date(2026, 10, 28);
    expect(bacaKodePeriode("tahun", hariIni)).toBe("tahun");
    expect(bacaKodePeriode("tw2", hariIni)).toBe("tw2");
    expect(bacaKodePeriode("tw5", hariIni)).toBe("tw4");
    expect(bacaKodePeriode(undefined, hariIni)).toBe("tw4");
    expect(bacaTahunGrid("2024", hariIni)).toBe(2024);
    expect(bacaTahunGrid("24", hariIni)).toBe(2026);
    expect(bacaTahunGrid("2024; drop", hariIni)).toBe(2026);
  });

  it("maps codes to period rows and back", () => {
    expect(periodeDariKode("tw3")).toEqual({ jenis: "triwulan", ke: 3 });
    expect(periodeDariKode("tahun")).toEqual(TAHUN);
    expect(kodeDariPeriode({ jenis: "triwulan", ke: 4 })).toBe("tw4");
    expect(kodeDariPeriode(TAHUN)).toBe("tahun");
    expect(kodeDariPeriode({ jenis: "bulan", ke: 4 })).toBeNull();
  });

  it("keeps a yearly-recorded indicator on its yearly row and gives no input to a mixed one", () => {
    expect(periodeBaris(TW1, null)).toEqual({ periode: TW1, campuran: false });
    expect(periodeBaris(TW1, "triwulan")).toEqual({ periode: TW1, campuran: false });
    expect(periodeBaris(TW1, "tahun")).toEqual({ periode: TAHUN, campuran: false });
    expect(periodeBaris(TAHUN, "triwulan")).toEqual({ periode: TAHUN, campuran: true });
    expect(periodeBaris(TW1, "bulan")).toEqual({ periode: TW1, campuran: true });
  });
});

describe("nilaiIsian", () => {
  it.each([
    [null, ""],
    ["93.06", "93,06"],
    ["1234.5", "1234,5"],
    ["1234", "1234"],
    ["12.125", "12,1250"],
    ["-3.5", "-3,5"],
  ])("puts %s back into an input as %j", (n, teks) => {
    expect(nilaiIsian(n)).toBe(teks);
  });
});

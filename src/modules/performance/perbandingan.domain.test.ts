import { describe, expect, it } from "vitest";
import { keString } from "../../platform/decimal.ts";
import type { Polaritas } from "./capaian.domain.ts";
import { bandingTahunLalu, capaianTerhadapTargetAkhir } from "./perbandingan.domain.ts";

describe("bandingTahunLalu", () => {
  it.each([
    // sekarang, lalu, polaritas, arah, selisih, membaik
    ["93.06", "91.25", "positif", "naik", "1.81", true],
    ["93.06", "91.25", "negatif", "naik", "1.81", false],
    ["53.28", "60.18", "positif", "turun", "6.90", false],
    ["53.28", "60.18", "negatif", "turun", "6.90", true],
    ["66", "66.00", "positif", "tetap", "0.00", false],
    ["66", "66", "negatif", "tetap", "0", false],
    ["0.1", "-0.2", "positif", "naik", "0.3", true],
    ["-1.5", "2", "positif", "turun", "3.5", false],
  ] satisfies [string, string, Polaritas, string, string, boolean][])(
    "%s vs %s (%s) → %s %s",
    (sekarang, lalu, polaritas, arah, selisih, membaik) => {
      const hasil = bandingTahunLalu(sekarang, lalu, polaritas);
      expect({ arah: hasil.arah, selisih: keString(hasil.selisih), membaik: hasil.membaik }).toEqual({
        arah,
        selisih,
        membaik,
      });
    },
  );

  it("melempar galat untuk nilai yang bukan angka mesin", () => {
    expect(() => bandingTahunLalu("93,06", "91", "positif")).toThrow(RangeError);
  });
});

describe("capaianTerhadapTargetAkhir", () => {
  it("IKM Malili 2024: 93,06 terhadap 94,5 → 98,48 (laporan mencetak 98,5)", () => {
    expect(capaianTerhadapTargetAkhir("93.06", "94.5", "positif")).toEqual({
      status: "dihitung",
      persen: { nilai: 9848n, skala: 2 },
      persenPenuh: 98.4761904762,
    });
  });

  it.each([
    ["18", "15", "negatif", undefined, "80.00"], // (30 − 18)/15
    ["18", "15", "negatif", "t_per_r", "83.33"], // 15/18
    ["12", "15", "negatif", undefined, "120.00"],
    ["100", "80", "positif", undefined, "125.00"], // not capped
  ] as const)("R %s, kondisi akhir %s, %s %s → %s", (r, akhir, polaritas, rumus, persen) => {
    const hasil = capaianTerhadapTargetAkhir(r, akhir, polaritas, rumus);
    expect(hasil.status === "dihitung" ? keString(hasil.persen) : hasil.alasan).toBe(persen);
  });

  it.each([
    ["93.06", null, "Target akhir Renstra (kondisi akhir) belum diisi"],
    ["93.06", " ", "Target akhir Renstra (kondisi akhir) belum diisi"],
    [null, "94.5", "Realisasi belum diisi"],
    ["93.06", "0", "Target bernilai 0"],
  ])("R %s, kondisi akhir %s → %s", (r, akhir, alasan) => {
    expect(capaianTerhadapTargetAkhir(r, akhir, "positif")).toEqual({
      status: "tidak_dapat_dihitung",
      alasan,
    });
  });
});

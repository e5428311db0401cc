import { describe, expect, it } from "vitest";
import { periksaAnggaranKasVsPagu } from "./anggaran-kas-vs-pagu.ts";
import { dataDpa } from "./data-uji.ts";

describe("anggaran-kas-vs-pagu", () => {
  it.each([
    ["no cash plan", [], []],
    ["months summing to the pagu", [4_000_000n, 771_000n], []],
    [
      "months short of the pagu",
      [4_000_000n, 700_000n],
      [
        [
          "Anggaran kas (2 bulan terisi) berjumlah Rp 4.700.000, tidak sama dengan pagu Rp 4.771.000 (selisih -Rp 71.000).",
          "4700000",
          "4771000",
          "-71000",
        ],
      ],
    ],
  ])("%s", (_, bulan, harapan) => {
    const d = dataDpa();
    d.anggaranKas = bulan.map((jumlah, i) => ({ subKegiatanId: 41, bulan: i + 1, jumlah }));
    const hasil = periksaAnggaranKasVsPagu(d);
    expect(hasil.map((t) => [t.pesan, t.dinyatakan, t.dihitung, t.selisih])).toEqual(harapan);
    expect(hasil.every((t) => t.tingkat === "galat")).toBe(true);
  });
});

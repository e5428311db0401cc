import { describe, expect, it } from "vitest";
import { ringkasTemuan, type Temuan, urutkanTemuan } from "./temuan.ts";

const t = (tingkat: Temuan["tingkat"], lokasi: string): Temuan => ({
  aturan: "x",
  tingkat,
  lokasi,
  pesan: "p",
});

describe("temuan", () => {
  it("orders galat first, then by lokasi, and counts per severity", () => {
    const daftar = [t("info", "A"), t("peringatan", "A"), t("galat", "Wilayah"), t("galat", "DPA")];
    expect(urutkanTemuan(daftar).map((x) => `${x.tingkat} ${x.lokasi}`)).toEqual([
      "galat DPA",
      "galat Wilayah",
      "peringatan A",
      "info A",
    ]);
    expect(ringkasTemuan(daftar)).toEqual({ galat: 2, peringatan: 1, info: 1, jumlah: 4 });
  });
});

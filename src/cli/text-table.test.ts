import { describe, expect, it } from "vitest";
import { tabelTeks } from "./text-table.ts";

describe("tabelTeks", () => {
  it("aligns columns, right-aligns numbers and wraps long cells within their width", () => {
    const teks = tabelTeks(
      [{ judul: "Tingkat" }, { judul: "Lokasi", lebarMaks: 10 }, { judul: "Nilai", kanan: true }],
      [
        ["galat", "DPA Perubahan 2024", "14.088.150"],
        ["info", "Wilayah", "52"],
      ],
    );
    expect(teks).toBe(
      [
        "Tingkat  Lokasi           Nilai",
        "-------  ----------  ----------",
        "galat    DPA         14.088.150",
        "         Perubahan",
        "         2024",
        "info     Wilayah             52",
      ].join("\n"),
    );
  });

  it("cuts a single word longer than its column", () => {
    expect(tabelTeks([{ judul: "K", lebarMaks: 4 }], [["abcdefghij"]])).toBe(
      ["K", "----", "abcd", "efgh", "ij"].join("\n"),
    );
  });
});

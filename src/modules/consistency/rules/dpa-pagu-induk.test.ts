import { describe, expect, it } from "vitest";
import { dataDpa } from "./data-uji.ts";
import { periksaDpaPaguInduk } from "./dpa-pagu-induk.ts";

describe("dpa-pagu-induk", () => {
  it.each([
    ["program", 18_859_150n, null, []],
    ["kegiatan", null, 18_859_150n, []],
    [
      "program",
      18_889_150n,
      null,
      [["DPA Perubahan 2024 › 7.01.05 Program Koordinasi Ketentraman", "18889150", "18859150", "30000"]],
    ],
    [
      "kegiatan",
      null,
      18_829_150n,
      [
        [
          "DPA Perubahan 2024 › 7.01.05 Program Koordinasi Ketentraman › 7.01.05.2.01 Koordinasi Ketentraman",
          "18829150",
          "18859150",
          "-30000",
        ],
      ],
    ],
  ])("%s stated %s / %s", (_, program, kegiatan, harapan) => {
    const d = dataDpa();
    if (d.program[0]) d.program[0].paguDinyatakan = program;
    if (d.kegiatan[0]) d.kegiatan[0].paguDinyatakan = kegiatan;
    const hasil = periksaDpaPaguInduk(d);
    expect(hasil.map((t) => [t.lokasi, t.dinyatakan, t.dihitung, t.selisih])).toEqual(harapan);
    expect(hasil.every((t) => t.tingkat === "galat" && t.aturan === "dpa-pagu-induk")).toBe(true);
  });

  it("words the Administrasi Umum case", () => {
    const d = dataDpa();
    if (d.kegiatan[0]) d.kegiatan[0].paguDinyatakan = 18_889_150n;
    expect(periksaDpaPaguInduk(d)[0]?.pesan).toBe(
      "Pagu kegiatan tertulis Rp 18.889.150, sedangkan jumlah pagu sub kegiatannya Rp 18.859.150 (selisih Rp 30.000).",
    );
  });

  it("ignores the DPA of another year", () => {
    const d = dataDpa();
    if (d.dpa[0]) d.dpa[0].tahun = 2023;
    if (d.program[0]) d.program[0].paguDinyatakan = 1n;
    expect(periksaDpaPaguInduk(d)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import type { PkProgramPeriksa } from "../data-pemeriksaan.ts";
import { dataDpa } from "./data-uji.ts";
import { periksaPkAnggaranVsDpa } from "./pk-anggaran-vs-dpa.ts";

function periksa(
  program: Omit<PkProgramPeriksa, "pkId">[],
  tingkat: "pimpinan_opd" | "eselon_iii" = "pimpinan_opd",
) {
  const d = dataDpa();
  d.pk = [{ id: 5, tahun: 2024, tingkat, unitKerjaNama: "Camat", dpaId: 10 }];
  d.pkProgram = program.map((p) => ({ pkId: 5, ...p }));
  return periksaPkAnggaranVsDpa(d);
}

describe("pk-anggaran-vs-dpa", () => {
  it.each([
    ["the DPA sum", 18_859_150n],
    ["no figure (follows the DPA)", null],
  ])("accepts %s", (_, anggaran) => {
    expect(periksa([{ kode: "7.01.05", anggaran }])).toEqual([]);
  });

  it("reports Malili's Rp 14.088.150 against the DPA's Rp 18.859.150", () => {
    expect(periksa([{ kode: "7.01.05", anggaran: 14_088_150n }])).toEqual([
      {
        aturan: "pk-anggaran-vs-dpa",
        tingkat: "galat",
        lokasi: "Perjanjian Kinerja 2024 › 7.01.05 Program Koordinasi Ketentraman",
        pesan:
          "Anggaran program di PK Rp 14.088.150 berbeda dengan jumlah pagu sub kegiatannya di DPA Perubahan 2024 Rp 18.859.150 (selisih -Rp 4.771.000).",
        dinyatakan: "14088150",
        dihitung: "18859150",
        selisih: "-4771000",
      },
    ]);
  });

  it("reports a PK program missing from the DPA, and a DPA program missing from the head's PK", () => {
    expect(periksa([{ kode: "7.01.09", anggaran: 5_000n }])).toEqual([
      {
        aturan: "pk-anggaran-vs-dpa",
        tingkat: "galat",
        lokasi: "Perjanjian Kinerja 2024 › Program 7.01.09",
        pesan:
          "Program 7.01.09 tercantum di PK tetapi tidak ada di DPA Perubahan 2024 yang menjadi acuan PK.",
        dinyatakan: "5000",
        dihitung: null,
        selisih: null,
      },
      {
        aturan: "pk-anggaran-vs-dpa",
        tingkat: "peringatan",
        lokasi: "Perjanjian Kinerja 2024 › 7.01.05 Program Koordinasi Ketentraman",
        pesan:
          "Program ini ada di DPA Perubahan 2024 dengan pagu Rp 18.859.150 tetapi tidak tercantum di Perjanjian Kinerja pimpinan perangkat daerah.",
      },
    ]);
    expect(periksa([], "eselon_iii")).toEqual([]);
  });
});

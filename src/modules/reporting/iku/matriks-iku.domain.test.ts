import { describe, expect, it } from "vitest";
import type { BlokTabel } from "../model.ts";
import {
  type IndikatorMatriks,
  labelNilai,
  labelPenanggungJawab,
  type PohonMatriks,
  perluLanskap,
  tabelPasporIku,
  tabelTargetIku,
  tahunRenstra,
} from "./matriks-iku.domain.ts";

const sel = (t: BlokTabel) => t.baris.map((b) => b.sel.map((s) => s.teks));

const ind = (
  nama: string,
  iku: boolean,
  target: [number, string | null][],
  kondisiAkhir: string | null,
): IndikatorMatriks => ({
  nama,
  satuan: "Nilai",
  formula: iku ? "Hasil Penilaian Inspektorat" : null,
  sumberData: iku ? "Laporan Kegiatan" : null,
  penanggungJawab: { unitNama: "Seksi Pemerintahan", teks: null },
  kondisiAkhir,
  iku,
  target: target.map(([tahun, t]) => ({ tahun, target: t, targetAtas: null })),
});

const pohon: PohonMatriks = {
  renstra: { tahunAwal: 2023, tahunAkhir: 2025 },
  tujuan: [
    {
      uraian: "Tujuan 1",
      indikator: [
        ind(
          "Indikator tujuan",
          false,
          [
            [2023, "92"],
            [2024, "92.7"],
            [2025, "94"],
          ],
          "94",
        ),
      ],
      sasaran: [
        {
          uraian: "Sasaran 1",
          indikator: [
            ind(
              "IKM",
              true,
              [
                [2023, "93.00"],
                [2024, "93.05"],
                [2025, "94.5"],
              ],
              "94.5",
            ),
            ind("Indeks kedua", true, [[2024, "3"]], null),
          ],
        },
      ],
    },
    {
      uraian: "Tujuan 2",
      indikator: [],
      sasaran: [
        {
          uraian: "Sasaran 2",
          indikator: [
            ind(
              "Nilai LAKIP",
              true,
              [
                [2023, "65.15"],
                [2024, "66"],
                [2025, "72"],
              ],
              "72",
            ),
          ],
        },
      ],
    },
    { uraian: "Tujuan 3", indikator: [], sasaran: [] },
  ],
};

describe("small rules", () => {
  it.each([
    [null, null, "-"],
    ["93.00", null, "93"],
    ["92.27", null, "92,27"],
    ["80", "90", "80–90"],
  ])("labelNilai(%s, %s) → %s", (a, b, hasil) => {
    expect(labelNilai(a, b)).toBe(hasil);
  });

  it.each([
    [{ unitNama: "Seksi A", teks: "Seksi A dan Seksi B" }, "Seksi A dan Seksi B"],
    [{ unitNama: "Seksi A", teks: " " }, "Seksi A"],
    [{ unitNama: null, teks: null }, "-"],
  ])("labelPenanggungJawab %j → %s", (pj, hasil) => {
    expect(labelPenanggungJawab(pj)).toBe(hasil);
  });

  it.each([
    [4, false],
    [6, false],
    [7, true],
    [12, true],
  ])("%i columns landscape: %s", (n, hasil) => {
    expect(perluLanskap(n)).toBe(hasil);
  });

  it("lists the Renstra years", () => {
    expect(tahunRenstra({ tahunAwal: 2021, tahunAkhir: 2026 })).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
  });
});

describe("tabelPasporIku", () => {
  it("lists only IKU, numbered per sasaran, with their passport", () => {
    const t = tabelPasporIku(pohon, "Tabel 1");
    expect(t.lanskap).toBe(true);
    expect(t.kepala[1]?.map((k) => k.teks)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    expect(sel(t)).toEqual([
      [
        "1.",
        "Sasaran 1",
        "IKM",
        "Nilai",
        "Hasil Penilaian Inspektorat",
        "Laporan Kegiatan",
        "Seksi Pemerintahan",
      ],
      [
        "",
        "",
        "Indeks kedua",
        "Nilai",
        "Hasil Penilaian Inspektorat",
        "Laporan Kegiatan",
        "Seksi Pemerintahan",
      ],
      [
        "2.",
        "Sasaran 2",
        "Nilai LAKIP",
        "Nilai",
        "Hasil Penilaian Inspektorat",
        "Laporan Kegiatan",
        "Seksi Pemerintahan",
      ],
    ]);
  });

  it("says so when the Renstra has no IKU", () => {
    expect(sel(tabelPasporIku({ ...pohon, tujuan: [] }, "Tabel 1"))).toEqual([
      ["Belum ada Indikator Kinerja Utama"],
    ]);
  });
});

describe("tabelTargetIku", () => {
  it("puts tujuan and sasaran indicators in their columns with a target per year and the kondisi akhir", () => {
    const t = tabelTargetIku(pohon, "Tabel 2");
    expect(t.judul).toBe("Target Indikator Kinerja Tahun 2023–2025");
    expect(t.kepala[0]?.find((k) => k.teks === "Target")?.rentangKolom).toBe(3);
    expect(t.kepala[1]?.map((k) => k.teks)).toEqual(["2023", "2024", "2025"]);
    expect(t.kolom).toHaveLength(9);
    expect(sel(t)).toEqual([
      ["1.", "Tujuan 1", "Indikator tujuan", "", "", "92", "92,7", "94", "94"],
      ["", "", "", "Sasaran 1", "IKM", "93", "93,05", "94,5", "94,5"],
      ["", "", "", "", "Indeks kedua", "-", "3", "-", "-"],
      ["2.", "Tujuan 2", "", "Sasaran 2", "Nilai LAKIP", "65,15", "66", "72", "72"],
      ["3.", "Tujuan 3", "-", "", "", "", "", "", ""],
    ]);
    expect(t.baris.every((b) => b.sel.length === 9)).toBe(true);
  });
});

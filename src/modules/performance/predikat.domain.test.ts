import { describe, expect, it } from "vitest";
import { desimal } from "../../platform/decimal.ts";
import {
  labelPada,
  periksaSkalaPredikat,
  predikatCapaian,
  SKALA_PERMENDAGRI_86_2017,
  type SkalaPredikat,
} from "./predikat.domain.ts";

describe("predikatCapaian — Permendagri 86/2017 (batas bawah inklusif)", () => {
  it.each([
    ["100.01", "Sangat Tinggi"], // IKM Malili 2024 (the report printed "Tinggi")
    ["250", "Sangat Tinggi"], // above 100 % stays Sangat Tinggi
    ["91.00", "Sangat Tinggi"],
    ["90.995", "Sangat Tinggi"], // rounds to 91,00 first
    ["90.994", "Tinggi"],
    ["90.99", "Tinggi"],
    ["90.50", "Tinggi"], // gap 90–91 resolved by ≥ 91
    ["88.53", "Tinggi"],
    ["76", "Tinggi"],
    ["75.99", "Sedang"],
    ["66.00", "Sedang"],
    ["65.99", "Rendah"],
    ["65.09", "Rendah"],
    ["51", "Rendah"],
    ["50.99", "Sangat Rendah"],
    ["0", "Sangat Rendah"],
    ["-20", "Sangat Rendah"],
  ])("%s → %s", (persen, label) => {
    expect(predikatCapaian(desimal(persen), SKALA_PERMENDAGRI_86_2017)).toBe(label);
    expect(predikatCapaian(desimal(persen))).toBe(label);
  });
});

describe("labelPada — batas bawah eksklusif", () => {
  const skala: SkalaPredikat = {
    kode: "uji",
    nama: "Skala uji",
    sumber: "uji",
    batasInklusif: false,
    band: [
      { batasBawah: "90", label: "Atas" },
      { batasBawah: "50.5", label: "Tengah" },
    ],
    labelTerendah: "Bawah",
  };
  it.each([
    ["90.01", "Atas"],
    ["90.00", "Tengah"],
    ["90.004", "Tengah"], // rounds to 90,00, which is not > 90
    ["90.005", "Atas"], // rounds to 90,01
    ["50.51", "Tengah"],
    ["50.5", "Bawah"],
  ])("%s → %s", (nilai, label) => {
    expect(labelPada(desimal(nilai), skala)).toBe(label);
  });
});

describe("SKALA_PERMENDAGRI_86_2017 sebagai data", () => {
  it("berbentuk persis seperti yang disimpan migrasi", () => {
    expect(SKALA_PERMENDAGRI_86_2017).toEqual({
      kode: "permendagri-86-2017",
      nama: "Skala capaian kinerja Permendagri 86/2017",
      sumber: "Permendagri Nomor 86 Tahun 2017, Lampiran tata cara evaluasi",
      batasInklusif: true,
      band: [
        { batasBawah: "91", label: "Sangat Tinggi" },
        { batasBawah: "76", label: "Tinggi" },
        { batasBawah: "66", label: "Sedang" },
        { batasBawah: "51", label: "Rendah" },
      ],
      labelTerendah: "Sangat Rendah",
    });
    expect(periksaSkalaPredikat(SKALA_PERMENDAGRI_86_2017)).toEqual([]);
  });

  it("periksaSkalaPredikat menemukan skala yang rusak", () => {
    expect(
      periksaSkalaPredikat({
        kode: "rusak",
        nama: "",
        sumber: "",
        batasInklusif: true,
        band: [
          { batasBawah: "60", label: "A" },
          { batasBawah: "70", label: "" },
          { batasBawah: "enam", label: "C" },
        ],
        labelTerendah: " ",
      }),
    ).toEqual([
      "Skala rusak: label terendah kosong.",
      "Skala rusak: label band ke-2 kosong.",
      "Skala rusak: batas bawah harus menurun (60 lalu 70).",
      'Skala rusak: batas bawah "enam" bukan angka.',
    ]);
    expect(
      periksaSkalaPredikat({
        kode: "kosong",
        nama: "",
        sumber: "",
        batasInklusif: true,
        band: [],
        labelTerendah: "X",
      }),
    ).toEqual(["Skala kosong tidak memiliki band."]);
  });
});

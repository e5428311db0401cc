import { describe, expect, it } from "vitest";
import { desimal, keString } from "../../platform/decimal.ts";
import { hitungRekomendasi, terlambat } from "../evaluation/tindak-lanjut.domain.ts";
import { bacaUrutan, type NilaiUrut, rataRataCapaian, urutBerikut, urutkanBaris } from "./dasbor.domain.ts";

describe("rataRataCapaian", () => {
  it.each([
    [["100.01", "93.50"], "96.76", 2, 0],
    [["100.01", null], "100.01", 1, 1],
    [["33.33", "33.33", "33.34"], "33.33", 3, 0],
    [["0.01", "0.02"], "0.02", 2, 0],
  ])("%j → %s", (masuk, hasil, dihitung, tidak) => {
    const r = rataRataCapaian(masuk.map((m) => (m === null ? null : desimal(m))));
    expect(r.nilai && keString(r.nilai)).toBe(hasil);
    expect([r.dihitung, r.tidakDihitung]).toEqual([dihitung, tidak]);
  });
  it("has no average when nothing is computable", () => {
    expect(rataRataCapaian([null, null])).toEqual({ nilai: null, dihitung: 0, tidakDihitung: 2 });
  });
});

describe("terlambat and hitungRekomendasi", () => {
  it.each([
    ["2025-01-31", "belum", "2025-02-01", true],
    ["2025-01-31", "proses", "2025-01-31", false],
    ["2025-01-31", "selesai", "2026-01-01", false],
    [null, "belum", "2026-01-01", false],
  ] as const)("tenggat %s status %s on %s → %s", (tenggat, status, hariIni, hasil) => {
    expect(terlambat({ tenggat, status }, hariIni)).toBe(hasil);
  });
  it("counts open and overdue", () => {
    expect(
      hitungRekomendasi(
        [
          { tenggat: "2024-01-01", status: "belum" },
          { tenggat: "2024-01-01", status: "selesai" },
          { tenggat: null, status: "proses" },
        ],
        "2024-06-01",
      ),
    ).toEqual({ terbuka: 2, terlambat: 1 });
  });
});

describe("sorting the kabupaten table", () => {
  it("reads ?urut= and falls back to the name", () => {
    expect(bacaUrutan("-serapan")).toEqual({ kolom: "serapan", turun: true });
    expect(bacaUrutan("pagu")).toEqual({ kolom: "pagu", turun: false });
    expect(bacaUrutan("-hapus")).toEqual({ kolom: "nama", turun: false });
    expect(bacaUrutan(undefined)).toEqual({ kolom: "nama", turun: false });
  });
  it("links a header to flip its own direction and start others ascending", () => {
    expect(urutBerikut({ kolom: "pagu", turun: false }, "pagu")).toBe("-pagu");
    expect(urutBerikut({ kolom: "pagu", turun: true }, "pagu")).toBe("pagu");
    expect(urutBerikut({ kolom: "pagu", turun: true }, "nama")).toBe("nama");
  });
  const baris = (nama: string, pagu: bigint | null, serapan: string | null) => ({
    urut: {
      nama,
      pagu,
      realisasi: null,
      serapan: serapan === null ? null : desimal(serapan),
      iku: null,
      capaian: null,
      nilai: null,
      rekomendasi: 0,
    } satisfies NilaiUrut,
  });
  const data = [
    baris("Wotu", 900n, "90.5"),
    baris("Angkona", null, null),
    baris("Malili", 4445199950n, "96.42"),
    baris("Burau", 10000000000n, "90.50"),
  ];
  const nama = (xs: { urut: NilaiUrut }[]) => xs.map((x) => x.urut.nama);
  it("sorts rupiah exactly and keeps empty rows last in both directions", () => {
    expect(nama(urutkanBaris(data, { kolom: "pagu", turun: true }))).toEqual([
      "Burau",
      "Malili",
      "Wotu",
      "Angkona",
    ]);
    expect(nama(urutkanBaris(data, { kolom: "pagu", turun: false }))).toEqual([
      "Wotu",
      "Malili",
      "Burau",
      "Angkona",
    ]);
  });
  it("compares decimals by value (90.5 = 90.50, ties by name)", () => {
    expect(nama(urutkanBaris(data, { kolom: "serapan", turun: false }))).toEqual([
      "Burau",
      "Wotu",
      "Malili",
      "Angkona",
    ]);
    expect(nama(urutkanBaris(data, { kolom: "nama", turun: true }))).toEqual([
      "Wotu",
      "Malili",
      "Burau",
      "Angkona",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { keString } from "../../platform/decimal.ts";
import {
  bacaUrutanLke,
  keCsv,
  type NilaiUrutLke,
  peringkat,
  persenTuntas,
  urutBerikutLke,
  urutkanBarisLke,
} from "./lke-kabupaten.domain.ts";

describe("peringkat (competition ranking on the printed score)", () => {
  it("shares a rank on ties and skips the next", () => {
    expect(peringkat(["71.76", "80.1", "71.76", null, "65", "80.10"])).toEqual([3, 1, 3, null, 5, 1]);
  });
  it("judges on 2 decimals: 71,764 and 71,755 both print 71,76", () => {
    expect(peringkat(["71.764", "71.755", "71.7549"])).toEqual([1, 1, 3]);
  });
  it("gives nobody a rank when nobody has a score", () => {
    expect(peringkat([null, null])).toEqual([null, null]);
  });
});

describe("persenTuntas", () => {
  it.each([
    [1, 3, "33.33"],
    [2, 3, "66.67"],
    [3, 3, "100.00"],
    [0, 14, "0.00"],
  ])("%i of %i → %s", (d, j, hasil) => {
    const p = persenTuntas(d, j);
    expect(p && keString(p)).toBe(hasil);
  });
  it("has no share without recommendations", () => {
    expect(persenTuntas(0, 0)).toBeNull();
  });
});

describe("sorting", () => {
  const baris = (nama: string, nilai: number | null, terlambat: number) => ({
    urut: { nama, peringkat: null, nilai, mandiri: null, tuntas: null, terlambat } as NilaiUrutLke,
  });
  const data = [
    baris("Burau", 66, 2),
    baris("Malili", 71.76, 0),
    baris("Angkona", null, 1),
    baris("Wotu", 66, 0),
  ];
  it("sorts descending with empty values last and ties by name", () => {
    expect(urutkanBarisLke(data, bacaUrutanLke("-nilai")).map((b) => b.urut.nama)).toEqual([
      "Malili",
      "Burau",
      "Wotu",
      "Angkona",
    ]);
    expect(urutkanBarisLke(data, bacaUrutanLke("terlambat")).map((b) => b.urut.nama)).toEqual([
      "Malili",
      "Wotu",
      "Angkona",
      "Burau",
    ]);
  });
  it("reads unknown columns as rank and flips the active column", () => {
    expect(bacaUrutanLke("drop table")).toEqual({ kolom: "peringkat", turun: false });
    expect(urutBerikutLke({ kolom: "nilai", turun: false }, "nilai")).toBe("-nilai");
    expect(urutBerikutLke({ kolom: "nilai", turun: true }, "nilai")).toBe("nilai");
    expect(urutBerikutLke({ kolom: "nilai", turun: false }, "nama")).toBe("nama");
  });
});

describe("keCsv", () => {
  it("writes semicolons, quotes what needs it and starts with a BOM", () => {
    expect(
      keCsv(
        ["OPD", "Nilai"],
        [
          ['Kecamatan "A"; B', "71,76"],
          ["C", null],
        ],
      ),
    ).toBe('\uFEFFOPD;Nilai\r\n"Kecamatan ""A""; B";71,76\r\nC;\r\n');
  });
});

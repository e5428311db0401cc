import { describe, expect, it } from "vitest";
import { urutanTabel, urutkanBarisRujukDiri } from "./urutan.domain.ts";

describe("urutanTabel", () => {
  it("puts every table after the tables it references, ties by name", () => {
    const urutan = urutanTabel(
      ["opd", "pemda", "indikator", "unit_kerja", "akun"],
      [
        { dari: "opd", ke: "pemda" },
        { dari: "unit_kerja", ke: "opd" },
        { dari: "unit_kerja", ke: "unit_kerja" },
        { dari: "indikator", ke: "opd" },
        { dari: "indikator", ke: "unit_kerja" },
        { dari: "akun", ke: "pemda" },
      ],
    );
    expect(urutan).toEqual(["pemda", "akun", "opd", "unit_kerja", "indikator"]);
  });

  it("refuses a cycle between two tables, naming them", () => {
    expect(() =>
      urutanTabel(
        ["a", "b", "c"],
        [
          { dari: "a", ke: "b" },
          { dari: "b", ke: "a" },
        ],
      ),
    ).toThrow("Rujukan melingkar antartabel tidak dapat dicadangkan: a, b");
  });
});

describe("urutkanBarisRujukDiri", () => {
  it("moves a child before which its parent was listed to after the parent", () => {
    // [id, induk_id]: 3's parent is 5, which comes later (a unit moved under a newer one)
    const baris = [
      ["1", null],
      ["3", "5"],
      ["5", "1"],
      ["6", "3"],
      ["7", "99"],
    ] as const;
    const hasil = urutkanBarisRujukDiri(baris, [{ kolomRujuk: [1], kolomKunci: [0] }]);
    expect(hasil.map((b) => b[0])).toEqual(["1", "5", "7", "3", "6"]);
  });

  it("refuses rows that point at each other", () => {
    expect(() =>
      urutkanBarisRujukDiri(
        [
          ["1", "2"],
          ["2", "1"],
        ],
        [{ kolomRujuk: [1], kolomKunci: [0] }],
      ),
    ).toThrow("melingkar");
  });
});

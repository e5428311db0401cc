import { describe, expect, it } from "vitest";
import { dataDpa } from "./data-uji.ts";
import { periksaPkDpaTahun } from "./pk-dpa-tahun.ts";

describe("pk-dpa-tahun", () => {
  it.each([
    ["the same year's DPA", 10, 2024, []],
    [
      "last year's DPA",
      10,
      2023,
      [
        [
          "Perjanjian Kinerja tahun 2024 merujuk DPA Perubahan 2023; anggaran program seharusnya diambil dari DPA tahun 2024.",
          "2023",
          "2024",
          "-1",
        ],
      ],
    ],
    [
      "another OPD's DPA",
      99,
      2024,
      [
        [
          "DPA yang dirujuk Perjanjian Kinerja ini bukan DPA perangkat daerah ini.",
          undefined,
          undefined,
          undefined,
        ],
      ],
    ],
  ])("%s", (_, dpaId, tahunDpa, harapan) => {
    const d = dataDpa();
    if (d.dpa[0]) d.dpa[0].tahun = tahunDpa;
    d.pk = [{ id: 5, tahun: 2024, tingkat: "pimpinan_opd", unitKerjaNama: "Camat", dpaId }];
    expect(periksaPkDpaTahun(d).map((t) => [t.pesan, t.dinyatakan, t.dihitung, t.selisih])).toEqual(harapan);
  });
});

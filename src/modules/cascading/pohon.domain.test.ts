import { describe, expect, it } from "vitest";
import type { LevelPohon } from "../../platform/db/schema.ts";
import {
  kodeProgramDari,
  membentukSiklus,
  namaPendek,
  periksaJumlahPorsi,
  periksaLevelInduk,
  periksaLevelOpd,
  periksaOpdAnggaran,
  periksaOpdInduk,
  periksaPeriodeInduk,
  periksaTahunTarget,
  periksaUnitPegawai,
} from "./pohon.domain.ts";

const A = { id: 1, nama: "Kecamatan Malili" };
const B = { id: 2, nama: "Kecamatan Burau" };

describe("urutan level (PermenPANRB 89/2021)", () => {
  const kasus: [LevelPohon, LevelPohon | null, boolean][] = [
    ["strategis", "strategis_pemda", true],
    ["strategis", null, true],
    ["strategis", "taktis", false],
    ["taktis", "strategis", true],
    ["taktis", "strategis_pemda", false],
    ["operasional", "taktis", true],
    ["operasional", "operasional", true],
    ["operasional", "strategis", false],
    ["individu", "operasional", true],
    ["individu", "taktis", true],
    ["individu", "strategis", true],
    ["individu", "individu", false],
    ["strategis_pemda", "strategis_pemda", true],
    ["strategis_pemda", "strategis", false],
  ];
  it.each(kasus)("%s under %s → %s", (level, induk, sah) => {
    expect(periksaLevelInduk(level, induk) === null).toBe(sah);
  });
  it("names the allowed parents", () => {
    expect(periksaLevelInduk("operasional", "strategis")).toBe(
      "Simpul operasional tidak dapat berada di bawah simpul strategis; induk yang sah: taktis atau operasional",
    );
  });
  it("keeps pemda nodes without an OPD and OPD nodes with one", () => {
    expect(periksaLevelOpd("strategis_pemda", null)).toBeNull();
    expect(periksaLevelOpd("strategis", 1)).toBeNull();
    expect(periksaLevelOpd("strategis_pemda", 1)).toBe(
      "Simpul strategis pemda tidak dimiliki perangkat daerah; kosongkan perangkat daerahnya",
    );
    expect(periksaLevelOpd("taktis", null)).toBe("Simpul taktis harus dimiliki satu perangkat daerah");
  });
});

describe("crosscutting", () => {
  it.each([
    ["same OPD", { level: "taktis" as const, opd: A, opdInduk: A, pendukungInduk: [] }, null],
    ["pemda parent", { level: "strategis" as const, opd: A, opdInduk: null, pendukungInduk: [] }, null],
    ["supported", { level: "taktis" as const, opd: B, opdInduk: A, pendukungInduk: [2] }, null],
    [
      "not supported",
      { level: "taktis" as const, opd: B, opdInduk: A, pendukungInduk: [3] },
      "Simpul induk milik Kecamatan Malili; Kecamatan Burau belum tercatat sebagai pendukung (crosscutting) simpul itu. Tambahkan Burau sebagai pendukung simpul induk terlebih dulu",
    ],
    [
      "an RHK never crosses OPDs",
      { level: "individu" as const, opd: B, opdInduk: A, pendukungInduk: [2] },
      "RHK pegawai Kecamatan Burau tidak dapat berada di bawah simpul milik Kecamatan Malili",
    ],
  ])("node under another OPD's node: %s", (_n, p, pesan) => {
    expect(periksaOpdInduk(p)).toBe(pesan);
  });

  it("refuses another OPD's budget code until that OPD supports the node", () => {
    expect(periksaOpdAnggaran({ opdSimpulId: 1, opdKode: A, kode: "7.01.01", pendukung: [] })).toBeNull();
    expect(periksaOpdAnggaran({ opdSimpulId: 1, opdKode: B, kode: "7.01.01", pendukung: [2] })).toBeNull();
    expect(periksaOpdAnggaran({ opdSimpulId: 1, opdKode: B, kode: "7.01.01", pendukung: [] })).toBe(
      "Kode 7.01.01 milik Kecamatan Burau; tambahkan Burau sebagai pendukung (crosscutting) terlebih dulu",
    );
    expect(
      periksaOpdAnggaran({ opdSimpulId: null, opdKode: A, kode: "7.01.01", pendukung: [] }),
    ).not.toBeNull();
  });

  it("shortens a kecamatan's name only", () => {
    expect([namaPendek("Kecamatan Burau"), namaPendek("Dinas Kesehatan")]).toEqual([
      "Burau",
      "Dinas Kesehatan",
    ]);
  });

  it.each([
    [["60", null], "40", null],
    [["60", "30"], "10", null],
    [
      ["60", "30"],
      "10,01".replace(",", "."),
      "Jumlah porsi pendukung simpul ini menjadi 100,01%; tidak boleh melebihi 100%",
    ],
    [["70"], "40.5", "Jumlah porsi pendukung simpul ini menjadi 110,5%; tidak boleh melebihi 100%"],
    [["100"], null, null],
  ] as [(string | null)[], string | null, string | null][])("shares %j + %s", (lain, baru, pesan) => {
    expect(periksaJumlahPorsi(lain, baru)).toBe(pesan);
  });
});

describe("siklus", () => {
  // 1 ← 2 ← 3 ← 4 (4's parent is 3, …), 5 alone
  const induk = new Map<number, number | null>([
    [1, null],
    [2, 1],
    [3, 2],
    [4, 3],
    [5, null],
  ]);
  it.each([
    [2, 4, true],
    [1, 3, true],
    [3, 3, true],
    [4, 1, false],
    [2, 5, false],
    [2, null, false],
  ] as [number, number | null, boolean][])("moving %s under %s → cycle %s", (simpul, indukBaru, siklus) => {
    expect(membentukSiklus(simpul, indukBaru, induk)).toBe(siklus);
  });
  it("stops on a loop already in the data", () => {
    expect(
      membentukSiklus(
        9,
        7,
        new Map([
          [7, 8],
          [8, 7],
        ]),
      ),
    ).toBe(true);
  });
});

describe("RHK pegawai, periode dan target", () => {
  // units: camat(1) ← seksi pelayanan(2), seksi pemerintahan(3)
  const indukUnit = new Map<number, number | null>([
    [1, null],
    [2, 1],
    [3, 1],
  ]);
  const p = { indukUnit, namaPegawai: "Andi", namaUnitInduk: "Seksi Pelayanan" };
  it.each([
    [2, 2, null],
    [2, 1, null],
    [
      3,
      2,
      "Andi adalah pegawai unit lain; RHK di bawah simpul Seksi Pelayanan hanya untuk pegawai unit itu atau unit di bawahnya",
    ],
    [
      1,
      2,
      "Andi adalah pegawai unit lain; RHK di bawah simpul Seksi Pelayanan hanya untuk pegawai unit itu atau unit di bawahnya",
    ],
  ] as [number, number, string | null][])("employee of unit %s under a node of unit %s", (u, i, pesan) => {
    expect(periksaUnitPegawai({ ...p, unitPegawaiId: u, unitIndukSimpulId: i })).toBe(pesan);
  });
  it("targets only inside the period, parents sharing a year", () => {
    expect(periksaTahunTarget(2021, 2021, 2026)).toBeNull();
    expect(periksaTahunTarget(2026, 2021, 2026)).toBeNull();
    expect(periksaTahunTarget(2020, 2021, 2026)).toBe("Tahun 2020 di luar periode pohon kinerja 2021–2026");
    expect(
      periksaPeriodeInduk({ tahunAwal: 2021, tahunAkhir: 2026 }, { tahunAwal: 2021, tahunAkhir: 2026 }),
    ).toBeNull();
    expect(
      periksaPeriodeInduk({ tahunAwal: 2021, tahunAkhir: 2026 }, { tahunAwal: 2016, tahunAkhir: 2020 }),
    ).toBe("Simpul induk berlaku 2016–2020, di luar periode 2021–2026");
  });
  it("finds the program of any budget code", () => {
    expect(["7.01.01", "7.01.01.2.01", "7.01.01.2.01.0001"].map(kodeProgramDari)).toEqual([
      "7.01.01",
      "7.01.01",
      "7.01.01",
    ]);
  });
});

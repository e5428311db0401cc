import { describe, expect, it } from "vitest";
import { keString } from "../../platform/decimal.ts";
import {
  type Agregasi,
  bandingPeriode,
  bulanTerakhir,
  bulanTermuat,
  labelPeriode,
  type Periode,
  periksaPeriode,
  periodeBertumpuk,
  periodeMemuat,
  realisasiTahunan,
} from "./periode.domain.ts";

const bln = (ke: number): Periode => ({ jenis: "bulan", ke });
const tw = (ke: number): Periode => ({ jenis: "triwulan", ke });
const smt = (ke: number): Periode => ({ jenis: "semester", ke });
const TAHUN: Periode = { jenis: "tahun", ke: 1 };

describe("periksaPeriode", () => {
  it.each([bln(1), bln(12), tw(1), tw(4), smt(1), smt(2), TAHUN])("menerima %o", (p) => {
    expect(periksaPeriode(p)).toEqual({ ok: true, periode: p });
  });

  it.each([
    [bln(0), "Periode bulan harus bernomor 1 sampai 12; tertulis 0."],
    [bln(13), "Periode bulan harus bernomor 1 sampai 12; tertulis 13."],
    [tw(5), "Periode triwulan harus bernomor 1 sampai 4; tertulis 5."],
    [smt(3), "Periode semester harus bernomor 1 sampai 2; tertulis 3."],
    [smt(1.5), "Periode semester harus bernomor 1 sampai 2; tertulis 1.5."],
    [{ jenis: "tahun", ke: 2 }, "Periode tahun harus bernomor 1; tertulis 2."],
    [{ jenis: "minggu", ke: 1 } as unknown as Periode, 'Jenis periode "minggu" tidak dikenal.'],
  ] satisfies [Periode, string][])("menolak %o", (p, pesan) => {
    expect(periksaPeriode(p)).toEqual({ ok: false, pesan });
  });
});

describe("labelPeriode", () => {
  it.each([
    [bln(1), "Januari"],
    [bln(2), "Februari"],
    [bln(12), "Desember"],
    [tw(1), "Triwulan I"],
    [tw(2), "Triwulan II"],
    [tw(3), "Triwulan III"],
    [tw(4), "Triwulan IV"],
    [smt(1), "Semester I"],
    [smt(2), "Semester II"],
    [TAHUN, "Tahun"],
  ])("%o → %s", (p, label) => {
    expect(labelPeriode(p)).toBe(label);
  });

  it("melempar galat untuk periode tidak sah", () => {
    expect(() => labelPeriode(tw(0))).toThrow("Periode triwulan harus bernomor 1 sampai 4; tertulis 0.");
  });
});

describe("bulanTermuat dan bulanTerakhir", () => {
  it.each([
    [bln(7), [7], 7],
    [tw(1), [1, 2, 3], 3],
    [tw(3), [7, 8, 9], 9],
    [tw(4), [10, 11, 12], 12],
    [smt(1), [1, 2, 3, 4, 5, 6], 6],
    [smt(2), [7, 8, 9, 10, 11, 12], 12],
    [TAHUN, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 12],
  ])("%o → %o, berakhir bulan %s", (p, bulan, akhir) => {
    expect(bulanTermuat(p)).toEqual(bulan);
    expect(bulanTerakhir(p)).toBe(akhir);
  });
});

describe("periodeBertumpuk dan periodeMemuat", () => {
  it.each([
    [smt(1), tw(2), true, true],
    [smt(1), tw(3), false, false],
    [tw(2), bln(6), true, true],
    [tw(2), bln(7), false, false],
    [TAHUN, bln(12), true, true],
    [tw(1), tw(1), true, true],
    [tw(1), tw(2), false, false],
    [bln(3), tw(1), true, false], // overlaps, but a month does not contain a quarter
    [tw(2), smt(1), true, false],
  ])("%o dan %o: bertumpuk %s, memuat %s", (a, b, bertumpuk, memuat) => {
    expect(periodeBertumpuk(a, b)).toBe(bertumpuk);
    expect(periodeBertumpuk(b, a)).toBe(bertumpuk);
    expect(periodeMemuat(a, b)).toBe(memuat);
  });
});

describe("bandingPeriode", () => {
  it("mengurutkan menurut akhir periode, yang lebih panjang dahulu", () => {
    const acak = [bln(12), tw(1), TAHUN, smt(1), bln(3), tw(2), bln(1)];
    expect([...acak].sort(bandingPeriode).map(labelPeriode)).toEqual([
      "Januari",
      "Triwulan I",
      "Maret",
      "Semester I",
      "Triwulan II",
      "Tahun",
      "Desember",
    ]);
  });
});

describe("realisasiTahunan", () => {
  function ada(rows: { periode: Periode; nilai: string | null }[], agregasi: Agregasi): [string, string] {
    const hasil = realisasiTahunan(rows, agregasi);
    if (hasil.status !== "ada") throw new Error(JSON.stringify(hasil));
    return [keString(hasil.nilai), labelPeriode(hasil.sampaiDengan)];
  }

  const IKM_TRIWULAN = [
    { periode: tw(3), nilai: "93.06" },
    { periode: tw(1), nilai: "90.10" },
    { periode: tw(4), nilai: null },
    { periode: tw(2), nilai: "91.25" },
  ];

  it.each([
    // rows, agregasi, nilai, sampai dengan — worked by hand
    [IKM_TRIWULAN, "last", "93.06", "Triwulan III"],
    [IKM_TRIWULAN, "sum", "274.41", "Triwulan III"], // 90,10 + 91,25 + 93,06
    [IKM_TRIWULAN, "average", "91.4700", "Triwulan III"], // 274,41 / 3 = 91,47
    [
      [
        { periode: tw(1), nilai: "10" },
        { periode: tw(2), nilai: "12.5" },
        { periode: tw(3), nilai: "" },
        { periode: tw(4), nilai: "7" },
      ],
      "sum",
      "29.5",
      "Triwulan IV",
    ],
    [
      [
        { periode: tw(1), nilai: "90" },
        { periode: tw(2), nilai: "91" },
        { periode: tw(3), nilai: "93.06" },
      ],
      "average",
      "91.3533", // 274,06 / 3 = 91,35333…
      "Triwulan III",
    ],
    [
      [
        { periode: bln(1), nilai: "1" },
        { periode: bln(2), nilai: "1" },
        { periode: bln(3), nilai: "2" },
        { periode: bln(4), nilai: "1" },
        { periode: bln(5), nilai: "1" },
        { periode: bln(6), nilai: "2" },
      ],
      "average",
      "1.3333", // 8 / 6
      "Juni",
    ],
    [
      [
        { periode: smt(1), nilai: "0.00002" },
        { periode: smt(2), nilai: "0.00001" },
      ],
      "average",
      "0.00002", // 0,000015 kept at the input's 5 decimals, half up
      "Semester II",
    ],
    [
      [
        { periode: smt(2), nilai: "4" },
        { periode: smt(1), nilai: "3" },
      ],
      "last",
      "4",
      "Semester II",
    ],
    // a "tahun" row is the year's figure, whatever the quarters say
    [[...IKM_TRIWULAN, { periode: TAHUN, nilai: "93.06" }], "sum", "93.06", "Tahun"],
    [
      [
        { periode: TAHUN, nilai: "100" },
        { periode: smt(1), nilai: "40" },
      ],
      "average",
      "100",
      "Tahun",
    ],
    // a "tahun" row without a value does not block the quarters
    [[{ periode: TAHUN, nilai: null }, ...IKM_TRIWULAN], "last", "93.06", "Triwulan III"],
    // empty rows of another kind do not make the data mixed
    [[{ periode: bln(1), nilai: null }, ...IKM_TRIWULAN], "last", "93.06", "Triwulan III"],
  ] satisfies [{ periode: Periode; nilai: string | null }[], Agregasi, string, string][])(
    "%# %s",
    (rows, agregasi, nilai, sampai) => {
      expect(ada(rows, agregasi)).toEqual([nilai, sampai]);
    },
  );

  it.each([
    [[]],
    [
      [
        { periode: tw(1), nilai: null },
        { periode: TAHUN, nilai: null },
      ],
    ],
  ])("kosong: %o", (rows) => {
    expect(realisasiTahunan(rows, "sum")).toEqual({ status: "kosong" });
  });

  it.each([
    [
      [
        { periode: tw(3), nilai: "5" },
        { periode: smt(1), nilai: "10" },
      ],
      "Realisasi tercatat per semester dan per triwulan sekaligus; isi satu jenis periode saja atau isi realisasi Tahun.",
    ],
    [
      [
        { periode: bln(1), nilai: "1" },
        { periode: tw(2), nilai: "5" },
        { periode: smt(2), nilai: "10" },
      ],
      "Realisasi tercatat per semester dan per triwulan dan per bulan sekaligus; isi satu jenis periode saja atau isi realisasi Tahun.",
    ],
    [
      [
        { periode: tw(2), nilai: "5" },
        { periode: tw(1), nilai: "1" },
        { periode: tw(2), nilai: "6" },
      ],
      "Realisasi Triwulan II tercatat lebih dari sekali.",
    ],
    [
      [
        { periode: TAHUN, nilai: "5" },
        { periode: TAHUN, nilai: "6" },
      ],
      "Realisasi Tahun tercatat lebih dari sekali.",
    ],
    [[{ periode: tw(1), nilai: "93,06" }], 'Realisasi Triwulan I bukan angka ("93,06").'],
  ])("campuran %#", (rows, pesan) => {
    expect(realisasiTahunan(rows, "sum")).toEqual({ status: "campuran", pesan });
  });

  it("melempar galat untuk periode tidak sah", () => {
    expect(() => realisasiTahunan([{ periode: tw(5), nilai: "1" }], "sum")).toThrow(RangeError);
  });
});

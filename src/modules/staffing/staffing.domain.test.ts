import { describe, expect, it } from "vitest";
import {
  type BarisAnjab,
  type BarisPegawai,
  tabelAnjab,
  tabelGolongan,
  tabelJabatan,
  tabelPendidikan,
  tabelStatus,
  type UnitRekap,
} from "./staffing.domain.ts";

// A register built by hand to reproduce LKjIP Kecamatan Malili 2024, Tables 1.1–1.4 and 3.7.
const UNITS: UnitRekap[] = [
  { kode: "camat", nama: "Camat" },
  { kode: "sekretariat", nama: "Sekretaris Camat" },
  { kode: "subbag-perencanaan", nama: "Kasubag Perencanaan dan Kepegawaian" },
  { kode: "subbag-umum", nama: "Kasubag Umum dan Keuangan" },
  { kode: "seksi-pemerintahan", nama: "Kasi Pemerintahan Umum" },
  { kode: "seksi-pmd", nama: "Kasi Pemberdayaan Masyarakat Desa" },
  { kode: "seksi-trantib", nama: "Kasi Ketentraman dan Ketertiban Masyarakat" },
  { kode: "seksi-pelayanan", nama: "Kasi Pelayanan Umum" },
];

const pns = (
  golongan: BarisPegawai["golongan"],
  ruang: BarisPegawai["ruang"],
  pendidikan: BarisPegawai["pendidikan"],
  jenisJabatan: BarisPegawai["jenisJabatan"],
  eselon: BarisPegawai["eselon"],
  unitKode: string,
): BarisPegawai => ({ status: "PNS", golongan, ruang, pendidikan, jenisJabatan, eselon, unitKode });
const upahJasa = (unitKode: string): BarisPegawai => ({
  status: "UPAH_JASA",
  golongan: null,
  ruang: null,
  pendidikan: "SMA",
  jenisJabatan: "pelaksana",
  eselon: null,
  unitKode,
});

// Eselon as Table 1.3 counts them (7 in III.A/B, 1 in IV.A/B); the 6 non-eselon PNS are pelaksana as in Table 3.7.
const STRUKTURAL: BarisPegawai[] = [
  pns("IV", "b", "S2", "struktural", "III.a", "camat"),
  pns("IV", "a", "S1", "struktural", "III.b", "sekretariat"),
  pns("III", "d", "S1", "struktural", "III.b", "subbag-perencanaan"),
  pns("III", "d", "S1", "struktural", "III.b", "subbag-umum"),
  pns("III", "c", "S1", "struktural", "III.b", "seksi-pemerintahan"),
  pns("III", "c", "S1", "struktural", "III.b", "seksi-pmd"),
  pns("III", "c", "S1", "struktural", "III.b", "seksi-trantib"),
  pns("III", "b", "S1", "struktural", "IV.a", "seksi-pelayanan"),
];
const PELAKSANA_PNS: BarisPegawai[] = [
  pns("III", "b", "S1", "pelaksana", null, "subbag-umum"),
  pns("II", "d", "SMA", "pelaksana", null, "subbag-umum"),
  pns("III", "a", "S1", "pelaksana", null, "seksi-pemerintahan"),
  pns("III", "b", "SMA", "pelaksana", null, "seksi-pmd"),
  pns("III", "a", "SMA", "pelaksana", null, "seksi-trantib"),
  pns("II", "d", "SMA", "pelaksana", null, "seksi-pelayanan"),
];
const PPPK: BarisPegawai = {
  status: "PPPK",
  golongan: null,
  ruang: null,
  pendidikan: "D3",
  jenisJabatan: "fungsional",
  eselon: null,
  unitKode: "sekretariat",
};
const UPAH_JASA_DALAM_TABEL_37 = [
  "subbag-umum",
  "seksi-pemerintahan",
  "seksi-pemerintahan",
  "seksi-pmd",
  "seksi-trantib",
  "seksi-trantib",
  "seksi-pelayanan",
].map(upahJasa);
const UPAH_JASA_LAIN = Array.from({ length: 7 }, () => upahJasa("subbag-umum"));
const REGISTER = [...STRUKTURAL, ...PELAKSANA_PNS, PPPK, ...UPAH_JASA_DALAM_TABEL_37, ...UPAH_JASA_LAIN];

const ANJAB: BarisAnjab[] = [
  ["camat", 1, 0],
  ["sekretariat", 1, 0],
  ["subbag-perencanaan", 1, 4],
  ["subbag-umum", 1, 4],
  ["seksi-pemerintahan", 1, 3],
  ["seksi-pmd", 1, 3],
  ["seksi-trantib", 1, 5],
  ["seksi-pelayanan", 1, 3],
].flatMap(([unitKode, s, p]) => [
  { unitKode: String(unitKode), jenisJabatan: "struktural" as const, jumlah: Number(s) },
  { unitKode: String(unitKode), jenisJabatan: "pelaksana" as const, jumlah: Number(p) },
]);

describe("Tabel 1.1 — ASN berdasarkan golongan", () => {
  it("reproduces the report: IV 1/1, III 2/3/3/2, II -/-/-/2, PPPK 1; columns 3/4/3/4; total 15", () => {
    const t = tabelGolongan(REGISTER);
    expect(t.baris.map((b) => [b.golongan, b.ruang.a, b.ruang.b, b.ruang.c, b.ruang.d, b.jumlah])).toEqual([
      ["IV", 1, 1, 0, 0, 2],
      ["III", 2, 3, 3, 2, 10],
      ["II", 0, 0, 0, 2, 2],
      ["I", 0, 0, 0, 0, 0],
    ]);
    expect(t.pppk).toBe(1);
    expect(t.jumlahRuang).toEqual({ a: 3, b: 4, c: 3, d: 4, e: 0 });
    expect(t.total).toBe(15);
  });
});

describe("Tabel 1.2 — ASN berdasarkan pendidikan", () => {
  it("reproduces the report: IV S2 1 S1 1; III S1 8 SMA 2; II SMA 2; PPPK D2/D3 1; columns 1/9/1/4", () => {
    const t = tabelPendidikan(REGISTER);
    expect(t.baris.map((b) => [b.golongan, ...Object.values(b.kolom), b.jumlah])).toEqual([
      ["IV", 1, 1, 0, 0, 2],
      ["III", 0, 8, 0, 2, 10],
      ["II", 0, 0, 0, 2, 2],
      ["I", 0, 0, 0, 0, 0],
      ["PPPK", 0, 0, 1, 0, 1],
    ]);
    expect(t.jumlahKolom).toEqual({ S2: 1, "S1/D4": 9, "D2/D3": 1, "SMA/SMP": 4 });
    expect(t.total).toBe(15);
  });

  it("counts S3 with S2, D1 with D2/D3 and SD with SMA/SMP", () => {
    const t = tabelPendidikan([
      pns("IV", "c", "S3", "fungsional", null, "x"),
      pns("II", "a", "D1", "pelaksana", null, "x"),
      pns("I", "a", "SD", "pelaksana", null, "x"),
    ]);
    expect(t.jumlahKolom).toEqual({ S2: 1, "S1/D4": 0, "D2/D3": 1, "SMA/SMP": 1 });
  });
});

describe("Tabel 1.3 — ASN berdasarkan jabatan", () => {
  it("reproduces the report's columns (-/7/1/7, total 15); the 6 non-eselon PNS are pelaksana, as Table 3.7 says", () => {
    const t = tabelJabatan(REGISTER);
    expect(
      t.baris.map((b) => [b.jenisJabatan, b.kolom.II, b.kolom.III, b.kolom.IV, b.kolom.non_eselon, b.jumlah]),
    ).toEqual([
      ["struktural", 0, 7, 1, 0, 8],
      ["fungsional", 0, 0, 0, 1, 1],
      ["pelaksana", 0, 0, 0, 6, 6],
    ]);
    expect(t.jumlahKolom).toEqual({ II: 0, III: 7, IV: 1, non_eselon: 7 });
    expect(t.total).toBe(15);
  });
});

describe("Tabel 1.4 — status kepegawaian", () => {
  it("reproduces the report: PNS 14, CPNS -, PTT -, PPPK 1, UPAH JASA 14, total 29", () => {
    const t = tabelStatus(REGISTER);
    expect(t.baris.map((b) => [b.status, b.jumlah])).toEqual([
      ["PNS", 14],
      ["CPNS", 0],
      ["PTT", 0],
      ["PPPK", 1],
      ["UPAH_JASA", 14],
    ]);
    expect(t.total).toBe(29);
  });
});

describe("Tabel 3.7 — ANJAB against current staff", () => {
  it("reproduces the report (8/22 → 30 needed; 8/6/7 → 21 now) from the staff it lists", () => {
    const t = tabelAnjab(UNITS, ANJAB, [...STRUKTURAL, ...PELAKSANA_PNS, PPPK, ...UPAH_JASA_DALAM_TABEL_37]);
    expect(
      t.baris.map((b) => [
        b.nama,
        b.anjabStruktural,
        b.anjabPelaksana,
        b.struktural,
        b.pelaksanaPns,
        b.pelaksanaNonPns,
      ]),
    ).toEqual([
      ["Camat", 1, 0, 1, 0, 0],
      ["Sekretaris Camat", 1, 0, 1, 0, 0],
      ["Kasubag Perencanaan dan Kepegawaian", 1, 4, 1, 0, 0],
      ["Kasubag Umum dan Keuangan", 1, 4, 1, 2, 1],
      ["Kasi Pemerintahan Umum", 1, 3, 1, 1, 2],
      ["Kasi Pemberdayaan Masyarakat Desa", 1, 3, 1, 1, 1],
      ["Kasi Ketentraman dan Ketertiban Masyarakat", 1, 5, 1, 1, 2],
      ["Kasi Pelayanan Umum", 1, 3, 1, 1, 1],
    ]);
    expect(t.jumlah).toEqual({
      anjabStruktural: 8,
      anjabPelaksana: 22,
      struktural: 8,
      pelaksanaPns: 6,
      pelaksanaNonPns: 7,
    });
    expect(t.totalAnjab).toBe(30);
    expect(t.totalKondisi).toBe(21);
  });

  it("from the whole register counts all 14 upah jasa, agreeing with Table 1.4 (the report's 3.7 leaves 7 out)", () => {
    const t = tabelAnjab(UNITS, ANJAB, REGISTER);
    expect(t.jumlah.pelaksanaNonPns).toBe(
      tabelStatus(REGISTER).baris.find((b) => b.status === "UPAH_JASA")?.jumlah,
    );
    expect(t.totalKondisi).toBe(28);
  });

  it("keeps an employee of a unit without ANJAB rows, under the unit's code, after the known units", () => {
    const t = tabelAnjab(UNITS.slice(0, 1), ANJAB.slice(0, 2), [
      upahJasa("gudang"),
      ...STRUKTURAL.slice(0, 1),
    ]);
    expect(t.baris.map((b) => [b.unitKode, b.nama, b.pelaksanaNonPns])).toEqual([
      ["camat", "Camat", 0],
      ["gudang", "gudang", 1],
    ]);
  });
});

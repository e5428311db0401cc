import { describe, expect, it } from "vitest";
import {
  bandingKode,
  kodeIndukDari,
  type LevelKode,
  parseKode,
  pastikanLevel,
} from "./kode-nomenklatur.domain.ts";

describe("parseKode — kode sah", () => {
  it.each([
    ["7", "urusan", null, null],
    ["7.01", "bidang", "7", null],
    ["7.01.02", "program", "7.01", null],
    ["7.01.02.2.01", "kegiatan", "7.01.02", null],
    ["7.01.02.2.01.01", "sub_kegiatan", "7.01.02.2.01", 2],
    ["7.01.02.2.01.0001", "sub_kegiatan", "7.01.02.2.01", 4],
    ["2.22.08.5.07", "kegiatan", "2.22.08", null], // DIY kewenangan digit 5
    [" 7.01.01.2.06.0002 ", "sub_kegiatan", "7.01.01.2.06", 4],
  ] as const)("%j → %s, induk %s", (kode, level, induk, digitSub) => {
    expect(parseKode(kode)).toEqual({ ok: true, kode: kode.trim(), level, induk, digitSub });
  });
});

describe("parseKode — kode ditolak", () => {
  const tidakDikenal = (k: string) =>
    `Kode "${k}" tidak dikenal. Bentuk yang diterima: 7 (urusan), 7.01 (bidang urusan), 7.01.02 (program), 7.01.02.2.01 (kegiatan), 7.01.02.2.01.0001 (sub kegiatan).`;
  it.each([
    ["", "Kode belum diisi."],
    ["   ", "Kode belum diisi."],
    ["07", 'Kode urusan harus berupa 1 digit, misalnya 7; tertulis "07".'],
    ["X", tidakDikenal("X")],
    ["7.1", 'Kode bidang urusan harus berbentuk 7.01; tertulis "7.1".'],
    ["7.01.2", 'Kode program harus berbentuk 7.01.02; tertulis "7.01.2".'],
    ["7.01.02.2", 'Kode kegiatan harus berbentuk 7.01.02.2.01; tertulis "7.01.02.2".'],
    ["7.01.02.02.01", 'Kode kegiatan harus berbentuk 7.01.02.2.01; tertulis "7.01.02.02.01".'],
    [
      "7.01.02.2.01.001",
      'Kode sub kegiatan harus berbentuk 7.01.02.2.01.0001 (4 digit) atau 7.01.02.2.01.01 (2 digit); tertulis "7.01.02.2.01.001".',
    ],
    [
      "7.01.02.2.01.1",
      'Kode sub kegiatan harus berbentuk 7.01.02.2.01.0001 (4 digit) atau 7.01.02.2.01.01 (2 digit); tertulis "7.01.02.2.01.1".',
    ],
    [
      "7.01.02.2.01.0001 ",
      undefined, // trailing space is trimmed: valid
    ],
    ["7.01.02.2.01.0001.01", tidakDikenal("7.01.02.2.01.0001.01")],
    ["7,01,02", tidakDikenal("7,01,02")],
    ["7.01.02.", 'Kode kegiatan harus berbentuk 7.01.02.2.01; tertulis "7.01.02.".'],
  ])("%j", (kode, pesan) => {
    const hasil = parseKode(kode);
    if (pesan === undefined) expect(hasil.ok).toBe(true);
    else expect(hasil).toEqual({ ok: false, pesan });
  });
});

describe("kodeIndukDari", () => {
  it.each([
    ["7.01.02.2.01.0001", "7.01.02.2.01"],
    ["7.01.02.2.01", "7.01.02"],
    ["7.01.02", "7.01"],
    ["7.01", "7"],
    ["7", null],
  ])("%s → %s", (kode, induk) => {
    expect(kodeIndukDari(kode)).toBe(induk);
  });

  it("melempar galat untuk kode tidak sah", () => {
    expect(() => kodeIndukDari("7.1")).toThrow('Kode bidang urusan harus berbentuk 7.01; tertulis "7.1".');
  });
});

describe("pastikanLevel", () => {
  it("menerima kode pada level yang diharapkan", () => {
    expect(pastikanLevel("7.01.02", "program")).toEqual({
      ok: true,
      kode: "7.01.02",
      level: "program",
      induk: "7.01",
      digitSub: null,
    });
  });

  it.each([
    [
      "7.01.02",
      "sub_kegiatan",
      "Kode 7.01.02 adalah kode program, bukan kode sub kegiatan. Kode sub kegiatan harus berbentuk 7.01.02.2.01.0001 (4 digit) atau 7.01.02.2.01.01 (2 digit).",
    ],
    [
      "7.01.02.2.01.0001",
      "kegiatan",
      "Kode 7.01.02.2.01.0001 adalah kode sub kegiatan, bukan kode kegiatan. Kode kegiatan harus berbentuk 7.01.02.2.01.",
    ],
    ["7.01.2", "program", 'Kode program harus berbentuk 7.01.02; tertulis "7.01.2".'],
    ["abc", "program", 'Kode program harus berbentuk 7.01.02; tertulis "abc".'],
    ["", "program", "Kode belum diisi."],
  ] satisfies [string, LevelKode, string][])("%j sebagai %s", (kode, level, pesan) => {
    expect(pastikanLevel(kode, level)).toEqual({ ok: false, pesan });
  });
});

describe("bandingKode", () => {
  it.each([
    ["7.01.02", "7.01.10", -1],
    ["7.01.10", "7.01.02", 1],
    ["7.01.02", "7.01.02", 0],
    ["7.01", "7.01.01", -1], // parent before child
    ["7.01.02.2.01.0002", "7.01.02.2.01.0010", -1],
    ["7.01.02.2.01.0010", "7.01.02.2.02.0001", -1],
    ["7.01.02.2.01.09", "7.01.02.2.01.10", -1],
    ["8.01", "7.01.01", 1],
    ["7.01.02.2.01.0001", "7.01.02.2.01.01", -1], // same number: deterministic tie-break
  ] as const)("%s vs %s → %s", (a, b, hasil) => {
    expect(bandingKode(a, b)).toBe(hasil);
  });

  it("mengurutkan seperti nomenklatur, bukan seperti teks", () => {
    const kode = ["7.01.10", "7.01.02.2.01.0010", "7.01.02", "7.01.02.2.01.0002", "7.01.03", "7.01.02.2.01"];
    expect([...kode].sort(bandingKode)).toEqual([
      "7.01.02",
      "7.01.02.2.01",
      "7.01.02.2.01.0002",
      "7.01.02.2.01.0010",
      "7.01.03",
      "7.01.10",
    ]);
  });
});

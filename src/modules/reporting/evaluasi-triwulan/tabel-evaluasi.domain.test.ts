import { describe, expect, it } from "vitest";
import { desimal } from "../../../platform/decimal.ts";
import { SKALA_PERMENDAGRI_86_2017 } from "../../performance/predikat.domain.ts";
import type { HasilKolom } from "./kolom-evaluasi.domain.ts";
import {
  type BarisEvaluasi,
  barisNarasi,
  barisRataRata,
  barisTabel,
  catatanEvaluasi,
  gabungParagraf,
  JUMLAH_KOLOM,
  kepalaEvaluasi,
  tabelEvaluasi,
} from "./tabel-evaluasi.domain.ts";

const lebar = (sel: { rentangKolom?: number }[]) => sel.reduce((a, s) => a + (s.rentangKolom ?? 1), 0);

const hasil: HasilKolom = {
  kolom: Array.from({ length: 10 }, (_, i) => ({ k: `k${i + 5}`, rp: `rp${i + 5}` })),
  capaianRenja: { k: null, rp: null },
  capaianRenstra: { k: null, rp: null },
  adaTidakTerbagi: false,
  pesan: [],
};
const baris = (tingkat: BarisEvaluasi["tingkat"]): BarisEvaluasi => ({
  tingkat,
  no: "1",
  sasaran: "S",
  programKegiatan: "P",
  indikator: "I",
  hasil,
  unit: "U",
});
const rataRata = {
  renja: { k: { nilai: desimal("100.01"), jumlahBaris: 1 }, rp: { nilai: desimal("92.67"), jumlahBaris: 6 } },
  renstra: { k: { nilai: desimal("98.48"), jumlahBaris: 1 }, rp: null },
};
const narasi = {
  pendorong: ["a"],
  penghambat: [],
  tindakLanjutTriwulan: [],
  tindakLanjutRenja: ["x;", "y."],
};

describe("kepalaEvaluasi", () => {
  it("has 25 columns: 15 numbered, 5–14 split into K and Rp", () => {
    const k = kepalaEvaluasi(2024);
    expect(JUMLAH_KOLOM).toBe(25);
    expect(lebar(k[0] ?? [])).toBe(25);
    expect(k[1]?.map((s) => s.teks)).toEqual(["I", "II", "III", "IV"]);
    expect(k[2]?.map((s) => s.teks).join("")).toBe("KRp".repeat(10));
    expect(lebar(k[3] ?? [])).toBe(25);
    expect(k[3]?.map((s) => s.teks)).toContain("13 = 6 + 12");
    expect(k[3]?.map((s) => s.teks)).toContain("14 = 13 / 5 × 100%");
    expect(k[0]?.map((s) => s.teks)).toContain(
      "Target Kinerja dan Anggaran Renja PD Tahun 2024 yang Dievaluasi",
    );
  });
});

describe("rows", () => {
  it.each([
    ["indikator", undefined, undefined],
    ["program", "induk", undefined],
    ["kegiatan", undefined, 1],
  ] as const)("a %s row has 25 cells in form order", (tingkat, gaya, inden) => {
    const b = barisTabel(baris(tingkat));
    expect(b.sel.map((s) => s.teks)).toEqual([
      "1",
      "S",
      "P",
      "I",
      ...Array.from({ length: 10 }, (_, i) => [`k${i + 5}`, `rp${i + 5}`]).flat(),
      "U",
    ]);
    expect(b.gaya).toBe(gaya);
    expect(b.inden).toBe(inden);
  });

  it("puts the averages under columns 12 and 14 and labels them on the scale", () => {
    const [rata, predikat] = barisRataRata(rataRata, SKALA_PERMENDAGRI_86_2017);
    expect(lebar(rata?.sel ?? [])).toBe(25);
    expect(rata?.sel.map((s) => s.teks)).toEqual([
      "Rata-rata capaian kinerja (%)",
      "100,01",
      "92,67",
      "",
      "",
      "98,48",
      "-",
      "",
    ]);
    expect(predikat?.sel.map((s) => s.teks)).toEqual([
      "Predikat kinerja",
      "Sangat Tinggi",
      "Sangat Tinggi",
      "",
      "",
      "Sangat Tinggi",
      "-",
      "",
    ]);
  });

  it.each([
    [[], "-"],
    [[" "], "-"],
    [["Satu."], "Satu."],
    [["Satu;", "Dua."], "1) Satu; 2) Dua"],
  ])("gabungParagraf %j → %s", (isi, teks) => {
    expect(gabungParagraf(isi)).toBe(teks);
  });

  it("prints the four narrative rows, '-' where nothing was written", () => {
    const n = barisNarasi(narasi);
    expect(n.map((b) => b.sel.map((s) => s.teks))).toEqual([
      ["Faktor pendorong keberhasilan pencapaian", "a"],
      ["Faktor penghambat pencapaian kinerja", "-"],
      ["Tindak lanjut yang diperlukan dalam triwulan berikutnya", "-"],
      ["Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya", "1) x; 2) y"],
    ]);
    expect(n.every((b) => lebar(b.sel) === 25)).toBe(true);
  });
});

describe("tabelEvaluasi", () => {
  it("is landscape and closes with Jumlah, the averages and the narratives", () => {
    const t = tabelEvaluasi({
      nomor: "Tabel 1",
      judul: "J",
      tahun: 2024,
      baris: [baris("indikator"), baris("program")],
      total: hasil,
      rataRata,
      skala: SKALA_PERMENDAGRI_86_2017,
      narasi,
      sumber: null,
    });
    expect(t.lanskap).toBe(true);
    expect(t.kolom).toHaveLength(25);
    expect(t.baris.map((b) => b.sel[0]?.teks)).toEqual([
      "1",
      "1",
      "Jumlah",
      "Rata-rata capaian kinerja (%)",
      "Predikat kinerja",
      "Faktor pendorong keberhasilan pencapaian",
      "Faktor penghambat pencapaian kinerja",
      "Tindak lanjut yang diperlukan dalam triwulan berikutnya",
      "Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya",
    ]);
    expect(t.baris[2]?.sel.map((s) => s.teks).slice(1, 3)).toEqual(["", "rp5"]);
    expect(t.baris.every((b) => lebar(b.sel) === 25)).toBe(true);
  });

  it("says so when there is no row", () => {
    const t = tabelEvaluasi({
      nomor: "Tabel 1",
      judul: "J",
      tahun: 2024,
      baris: [],
      total: null,
      rataRata: { renja: { k: null, rp: null }, renstra: { k: null, rp: null } },
      skala: SKALA_PERMENDAGRI_86_2017,
      narasi,
      sumber: null,
    });
    expect(t.baris[0]?.sel[0]?.teks).toBe("Belum ada sasaran, program atau kegiatan");
    expect(t.baris[1]?.sel.map((s) => s.teks)).toEqual([
      "Rata-rata capaian kinerja (%)",
      "-",
      "-",
      "",
      "",
      "-",
      "-",
      "",
    ]);
  });
});

describe("catatanEvaluasi", () => {
  const dasar = {
    triwulan: 4,
    adaTidakTerbagi: false,
    adaBukanJumlah: false,
    tanpaPaguRenstra: false,
    tahunTanpaAnggaran: [],
    pesan: [],
    skala: "Skala capaian kinerja Permendagri 86/2017",
    jumlahBaris: { renjaK: 1, renjaRp: 6, renstraK: 1, renstraRp: 0 },
  };

  it("always explains K of programs and the averages", () => {
    const c = catatanEvaluasi(dasar);
    expect(c).toHaveLength(2);
    expect(c[1]).toContain("K 1 baris, Rp 6 baris");
    expect(c[1]).toContain("Predikat menurut Skala capaian kinerja Permendagri 86/2017.");
  });

  it("names the quarters not yet evaluated, unsplittable rows, missing data and uncombinable rows", () => {
    const c = catatanEvaluasi({
      ...dasar,
      triwulan: 2,
      adaTidakTerbagi: true,
      adaBukanJumlah: true,
      tanpaPaguRenstra: true,
      tahunTanpaAnggaran: [2021, 2022, 2023],
      pesan: ["Realisasi Tahun tercatat lebih dari sekali."],
    });
    expect(c[0]).toBe("Kolom triwulan III, IV dibiarkan kosong karena belum dievaluasi.");
    expect(c[1]).toContain("per semester atau per tahun tidak dapat dibagi ke dalam triwulan");
    expect(c[2]).toContain("kolom 13 memuat nilai terakhir yang tercatat");
    expect(c.join("\n")).toContain("tidak memuat pagu indikatif");
    expect(c.join("\n")).toContain("Realisasi anggaran tahun 2021, 2022, 2023 belum tercatat");
    expect(c.at(-1)).toBe("Realisasi tidak dapat digabung: Realisasi Tahun tercatat lebih dari sekali.");
  });
});

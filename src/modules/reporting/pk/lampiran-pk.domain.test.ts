import { describe, expect, it } from "vitest";
import { teksPolos } from "../model.ts";
import {
  type IndikatorLampiranPk,
  judulKolomSasaran,
  jumlahAnggaranPk,
  labelTarget,
  type ProgramLampiranPk,
  tabelProgramPk,
  tabelRencanaAksi,
  tabelSasaranPk,
} from "./lampiran-pk.domain.ts";

const sel = (t: { baris: { sel: { teks: string }[] }[] }) =>
  t.baris.map((b) => b.sel.map((s) => teksPolos(s.teks)));

const ikm: IndikatorLampiranPk = {
  sasaran: "Meningkatnya Kemampuan Pelayanan Publik",
  tujuan: "Meningkatkan kapasitas pelayanan publik",
  nama: "Indeks Kepuasan Masyarakat (IKM)",
  satuan: "Nilai",
  target: "93.05",
  targetAtas: null,
  rencanaAksi: [],
};

describe("labelTarget", () => {
  it.each([
    ["93.05", null, "Nilai", "93,05 Nilai"],
    ["66", null, "Nilai", "66 Nilai"],
    ["100", null, "%", "100 %"],
    ["80", "90", "%", "80–90 %"],
    ["4", null, " ", "4"],
  ])("%s–%s %s → %s", (target, atas, satuan, hasil) => {
    expect(labelTarget(target, atas, satuan)).toBe(hasil);
  });
});

describe("judulKolomSasaran", () => {
  it.each([
    ["kepala_daerah", "Sasaran Strategis"],
    ["pimpinan_opd", "Sasaran Strategis"],
    ["eselon_iii", "Sasaran Program"],
    ["eselon_iv", "Sasaran Kegiatan"],
  ] as const)("%s → %s", (tingkat, judul) => {
    expect(judulKolomSasaran(tingkat)).toBe(judul);
  });
});

describe("tabelSasaranPk", () => {
  it("numbers each sasaran once and lists its indicators under it", () => {
    const t = tabelSasaranPk("pimpinan_opd", [
      ikm,
      { ...ikm, nama: "Indeks lain", target: "3", satuan: "Unsur" },
      { ...ikm, sasaran: "Meningkatnya Akuntabilitas", nama: "Nilai LAKIP", target: "66" },
      {
        ...ikm,
        sasaran: null,
        tujuan: "Tujuan tanpa sasaran",
        nama: "Tingkat pertumbuhan IKM",
        target: "94",
      },
    ]);
    expect(t.kepala[0]?.map((k) => k.teks)).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja",
      "Target",
    ]);
    expect(sel(t)).toEqual([
      ["1.", "Meningkatnya Kemampuan Pelayanan Publik", "Indeks Kepuasan Masyarakat (IKM)", "93,05 Nilai"],
      ["", "", "Indeks lain", "3 Unsur"],
      ["2.", "Meningkatnya Akuntabilitas", "Nilai LAKIP", "66 Nilai"],
      ["3.", "Tujuan tanpa sasaran", "Tingkat pertumbuhan IKM", "94 Nilai"],
    ]);
  });

  it("says so when the PK has no indicator", () => {
    expect(sel(tabelSasaranPk("eselon_iv", []))).toEqual([["Belum ada indikator kinerja"]]);
  });
});

describe("tabelProgramPk", () => {
  const program: ProgramLampiranPk[] = [
    { nama: "Program A", anggaran: 4_002_116_211n, sumberAnggaran: "pk", keterangan: "APBD" },
    { nama: "Program B", anggaran: 14_088_150n, sumberAnggaran: "pk", keterangan: "APBD" },
  ];

  it("prints each budget as given and closes with the Jumlah of what is printed", () => {
    const t = tabelProgramPk(program, "DPA Perubahan Tahun 2024");
    expect(sel(t)).toEqual([
      ["1.", "Program A", "4.002.116.211", "APBD"],
      ["2.", "Program B", "14.088.150", "APBD"],
      ["Jumlah", "4.016.204.361", ""],
    ]);
    expect(t.baris.at(-1)?.gaya).toBe("jumlah");
    expect(t.sumber).toBe("Perjanjian Kinerja sebagaimana ditandatangani");
  });

  it("names the DPA where every budget comes from it", () => {
    const daftar = program.map((p): ProgramLampiranPk => ({ ...p, sumberAnggaran: "dpa" }));
    expect(tabelProgramPk(daftar, "DPA Murni Tahun 2024").sumber).toBe("DPA Murni Tahun 2024");
  });

  it("names the DPA for the budgets the PK does not print", () => {
    const daftar = program.map(
      (p, i): ProgramLampiranPk => ({ ...p, sumberAnggaran: i === 1 ? "dpa" : "pk" }),
    );
    expect(tabelProgramPk(daftar, "DPA Murni Tahun 2024").sumber).toBe(
      "Perjanjian Kinerja sebagaimana ditandatangani; anggaran yang tidak dicantumkan di dalamnya mengikuti DPA Murni Tahun 2024",
    );
  });

  it("shows a budget the DPA lacks as '-' and sums the rest", () => {
    const daftar: ProgramLampiranPk[] = [
      program[0] as ProgramLampiranPk,
      { nama: "C", anggaran: null, sumberAnggaran: "dpa", keterangan: null },
    ];
    expect(jumlahAnggaranPk(daftar)).toEqual({ jumlah: 4_002_116_211n, adaKosong: true });
    const t = tabelProgramPk(daftar, "DPA Murni Tahun 2024");
    expect(sel(t)[1]).toEqual(["2.", "C", "-", ""]);
    expect(t.sumber).toContain('program bertanda "-" tidak ada di DPA Murni Tahun 2024');
  });
});

describe("tabelRencanaAksi", () => {
  it("is absent when no quarter was planned", () => {
    expect(tabelRencanaAksi(2024, [ikm])).toBeNull();
  });

  it("lists each planned quarter in order under its indicator", () => {
    const t = tabelRencanaAksi(2024, [
      ikm,
      {
        ...ikm,
        nama: "Nilai LAKIP",
        target: "66",
        rencanaAksi: [
          { triwulan: 4, target: "66", uraian: "Penyampaian LKjIP" },
          { triwulan: 1, target: null, uraian: "Penyusunan PK" },
        ],
      },
    ]);
    expect(t && sel(t)).toEqual([
      ["1.", "Nilai LAKIP", "66 Nilai", "Triwulan I", "-", "Penyusunan PK"],
      ["", "", "", "Triwulan IV", "66 Nilai", "Penyampaian LKjIP"],
    ]);
  });
});

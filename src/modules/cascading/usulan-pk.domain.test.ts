import { describe, expect, it } from "vitest";
import { type BahanUsulanPk, susunUsulanPk } from "./usulan-pk.domain.ts";

const dasar: BahanUsulanPk = {
  pk: {
    id: 9,
    opdId: 1,
    tahun: 2024,
    tingkat: "eselon_iv",
    status: "draf",
    unitKerja: { id: 3, nama: "Seksi Pelayanan" },
  },
  simpul: [
    {
      id: 20,
      kondisi: "Terlayaninya dokumen",
      indikator: [
        {
          id: 200,
          indikatorId: 5,
          kode: "IK5",
          nama: "Persentase layanan tepat waktu",
          satuan: "%",
          target: "90",
        },
        { id: 201, indikatorId: 6, kode: "IK6", nama: "Jumlah inovasi", satuan: "inovasi", target: null },
      ],
      anggaran: [
        { opdId: 1, kode: "7.01.01.2.01.0001" },
        { opdId: 1, kode: "7.01.02.2.01" },
        { opdId: 2, kode: "7.01.03" },
      ],
    },
    {
      id: 21,
      kondisi: "Terlayaninya dokumen lain",
      indikator: [
        {
          id: 210,
          indikatorId: 5,
          kode: "IK5",
          nama: "Persentase layanan tepat waktu",
          satuan: "%",
          target: "95",
        },
      ],
      anggaran: [{ opdId: 1, kode: "7.01.01" }],
    },
  ],
  pkIndikator: [
    { id: 300, indikatorId: 5, kode: "IK5", nama: "Persentase layanan tepat waktu", target: "90.00" },
    { id: 301, indikatorId: 7, kode: "IK7", nama: "Lama", target: "1" },
  ],
  pkProgram: [{ id: 400, kode: "7.01.09" }],
  programDpa: new Map([["7.01.01", "Program Penunjang"]]),
};

describe("susunUsulanPk", () => {
  it("compares targets exactly, keeps the first of a repeated indicator, and lists every difference", () => {
    const u = susunUsulanPk(dasar);
    expect(u.level).toBe("operasional");
    expect(u.indikator.map((i) => [i.indikatorSimpulId, i.target, i.targetPk, i.status])).toEqual([
      [200, "90", "90.00", "sama"],
      [201, null, null, "tanpa_target"],
    ]);
    expect(u.program).toEqual([
      { kode: "7.01.01", nama: "Program Penunjang", status: "baru" },
      { kode: "7.01.02", nama: null, status: "tidak_di_dpa" },
    ]);
    expect(u.hanyaDiPk).toEqual({
      indikator: [{ pkIndikatorId: 301, indikatorId: 7, kode: "IK7", nama: "Lama", target: "1" }],
      program: [{ pkProgramId: 400, kode: "7.01.09" }],
    });
    expect(u.catatan).toEqual([
      'Indikator "Jumlah inovasi" pada simpul "Terlayaninya dokumen" belum memiliki target tahun 2024',
      'Indikator "Persentase layanan tepat waktu" muncul lebih dari sekali pada simpul operasional unit ini; yang dipakai adalah kemunculan pertama',
      "Kode 7.01.03 milik perangkat daerah pendukung (crosscutting) dan tidak masuk Perjanjian Kinerja ini",
      "Program 7.01.02 tidak ada di DPA Perjanjian Kinerja ini; periksa DPA tahun 2024",
    ]);
    expect(u.adaPerbedaan).toBe(true);
  });

  it("shows no difference when the PK already says what the tree says", () => {
    const u = susunUsulanPk({
      ...dasar,
      simpul: [dasar.simpul[1] as BahanUsulanPk["simpul"][number]],
      pkIndikator: [
        { id: 300, indikatorId: 5, kode: "IK5", nama: "Persentase layanan tepat waktu", target: "95" },
      ],
      pkProgram: [{ id: 401, kode: "7.01.01" }],
    });
    expect([u.indikator.map((i) => i.status), u.program.map((p) => p.status), u.adaPerbedaan]).toEqual([
      ["sama"],
      ["sama"],
      false,
    ]);
  });
});

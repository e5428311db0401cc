import { describe, expect, it } from "vitest";
import { periksaBaris, SARAN_MAKS, type UnsurImpor } from "./baris.domain.ts";

const UNSUR: UnsurImpor[] = [
  { kunci: "U1", nama: "Persyaratan", wajib: true },
  { kunci: "U2", nama: "Sistem, Mekanisme, dan Prosedur", wajib: true },
  { kunci: "U3", nama: "Waktu Penyelesaian", wajib: false },
];
const LAYANAN = [{ kode: "ktp", nama: "Rekomendasi KTP" }];

describe("checking the rows of a paper-questionnaire sheet", () => {
  it("accepts headers case-insensitively or by unsur name, with blanks for optional unsur", () => {
    const { sah, galat } = periksaBaris(
      [
        [
          "u1",
          "SISTEM, MEKANISME, DAN PROSEDUR",
          "U3",
          "Jenis_Layanan",
          "jenis kelamin",
          "usia",
          "pendidikan",
          "pekerjaan",
          "tanggal",
        ],
        ["4", "3", "", "Rekomendasi KTP", "Perempuan", "34", "S1", "wiraswasta", "15/03/2024"],
        ["", "", "", "", "", "", "", "", ""],
      ],
      UNSUR,
      LAYANAN,
    );
    expect(galat).toEqual([]);
    expect(sah).toEqual([
      {
        baris: 2,
        jawaban: { U1: 4, U2: 3, U3: null },
        jenisLayananKode: "ktp",
        saran: null,
        tanggal: "2024-03-15",
        jenisKelamin: "P",
        usia: 34,
        pendidikan: "D4-S1",
        pekerjaan: "wirausaha",
      },
    ]);
  });

  it("names every bad cell by its spreadsheet row (header = 1) and column", () => {
    const { sah, galat } = periksaBaris(
      [
        ["U1", "U2", "U3", "jenis_layanan", "saran"],
        ["4", "4", "4", "ktp", "ok"],
        ["5", "x", "0", "paspor", "a".repeat(SARAN_MAKS + 1)],
        ["", "2", "", "", ""],
      ],
      UNSUR,
      LAYANAN,
    );
    expect(sah.map((b) => b.baris)).toEqual([2]);
    expect(galat.map((g) => [g.baris, g.kolom])).toEqual([
      [3, "U1"],
      [3, "U2"],
      [3, "U3"],
      [3, "jenis_layanan"],
      [3, "saran"],
      [4, "U1"],
    ]);
    expect(galat[0]?.pesan).toBe("Nilai 5 di luar skala 1–4.");
    expect(galat[1]?.pesan).toMatch(/bukan angka/);
    expect(galat[3]?.pesan).toMatch(/Jenis layanan "paspor" tidak dikenal/);
    expect(galat[4]?.pesan).toMatch(/Saran terlalu panjang/);
    expect(galat[5]?.pesan).toBe("Unsur U1 (Persyaratan) wajib dijawab; kolom ini kosong.");
  });

  it("refuses a sheet without a required unsur column before reading rows", () => {
    const { galat } = periksaBaris(
      [
        ["U1", "saran"],
        ["4", ""],
      ],
      UNSUR,
      LAYANAN,
    );
    expect(galat).toEqual([
      {
        baris: 1,
        kolom: "U2",
        pesan: "Kolom unsur U2 (Sistem, Mekanisme, dan Prosedur) tidak ada pada baris judul.",
      },
    ]);
  });
});

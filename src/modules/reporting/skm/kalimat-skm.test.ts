import { describe, expect, it } from "vitest";
import { hitungSkm } from "../../survey/skm.domain.ts";
import { ringkasSaran } from "./bab4-analisis.ts";
import { namaPeriode, tampilPorsi } from "./bahan.ts";
import { kalimatDiBawahIkm, kalimatSampel, kalimatTerendah } from "./kalimat-skm.ts";

const UNSUR = ["U1", "U2", "U3"].map((kunci) => ({
  kunci,
  nama: `Unsur ${kunci}`,
  bobot: { pembilang: 1, penyebut: 3 },
}));

describe("the SKM report's sentences and summaries", () => {
  it("writes the lowest unsur and those under the IKM from the same values the table prints", () => {
    const h = hitungSkm(
      UNSUR,
      new Map([
        ["U1", { jumlah: 10, responden: 4 }],
        ["U2", { jumlah: 16, responden: 4 }],
        ["U3", { jumlah: 12, responden: 4 }],
      ]),
    );
    expect(h.ikm).toBe("79.17");
    expect(kalimatTerendah(h)).toBe(
      "Unsur dengan nilai terendah adalah U1 Unsur U1 dengan NRR 2,5000 atau nilai konversi 62,50 (mutu D, Tidak Baik); unsur ini menjadi prioritas perbaikan.",
    );
    expect(kalimatDiBawahIkm(h)).toBe(
      "Unsur yang nilai konversinya di bawah nilai IKM (79,17): U1 Unsur U1 (62,50), U3 Unsur U3 (75,00).",
    );
  });

  it("states the sample check, or that the number of users is unknown", () => {
    expect(kalimatSampel({ jumlahPengguna: 1000, minimum: 278, cukup: true }, 300)).toContain(
      "Dengan jumlah pengguna layanan 1.000 orang, sampel minimum menurut tabel Krejcie dan Morgan adalah 278 responden; responden yang diperoleh 300 orang, sehingga sampel telah memenuhi",
    );
    expect(kalimatSampel(null, 5)).toMatch(/belum dicatat/);
  });

  it("groups repeated suggestions, most frequent first", () => {
    expect(ringkasSaran(["Ruang tunggu panas", "Percepat  layanan", "percepat layanan.", " "])).toEqual([
      { teks: "Percepat layanan", jumlah: 2 },
      { teks: "Ruang tunggu panas", jumlah: 1 },
    ]);
  });

  it("names periods and shares as the report prints them", () => {
    expect(namaPeriode({ tahun: 2024, periodeJenis: "triwulan", periodeKe: 2 })).toBe(
      "Triwulan II Tahun 2024",
    );
    expect(namaPeriode({ tahun: 2024, periodeJenis: "tahun", periodeKe: 1 })).toBe("Tahun 2024");
    expect(tampilPorsi(1, 3)).toBe("33,33 %");
    expect(tampilPorsi(0, 0)).toBe("-");
  });
});

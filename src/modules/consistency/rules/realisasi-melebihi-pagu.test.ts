import { describe, expect, it } from "vitest";
import type { RealisasiAnggaranPeriksa } from "../data-pemeriksaan.ts";
import { dataDpa } from "./data-uji.ts";
import { periksaRealisasiMelebihiPagu } from "./realisasi-melebihi-pagu.ts";

const r = (
  jenis: RealisasiAnggaranPeriksa["periodeJenis"],
  ke: number,
  jumlah: bigint,
): RealisasiAnggaranPeriksa => ({
  subKegiatanId: 41,
  periodeJenis: jenis,
  periodeKe: ke,
  jumlah,
});

describe("realisasi-melebihi-pagu", () => {
  it.each([
    ["under the pagu", [r("triwulan", 1, 1_000_000n), r("triwulan", 4, 3_771_000n)], []],
    [
      "a year total equal to monthly sum",
      [r("bulan", 1, 4_000_000n), r("bulan", 12, 771_000n), r("tahun", 1, 4_771_000n)],
      [],
    ],
    [
      "above the pagu",
      [r("triwulan", 1, 4_000_000n), r("triwulan", 2, 1_000_000n)],
      [
        [
          "galat",
          "Realisasi anggaran per triwulan berjumlah Rp 5.000.000, melebihi pagu Rp 4.771.000 sebesar Rp 229.000.",
          "5000000",
          "4771000",
          "229000",
        ],
      ],
    ],
    [
      "two granularities that disagree",
      [r("bulan", 1, 4_000_000n), r("tahun", 1, 4_500_000n)],
      [
        [
          "peringatan",
          "Realisasi anggaran tercatat per bulan (Rp 4.000.000) dan tahunan (Rp 4.500.000) dengan jumlah berbeda; simpan realisasi pada satu jenis periode saja.",
          "4500000",
          "4000000",
          "500000",
        ],
      ],
    ],
  ])("%s", (_, baris, harapan) => {
    const d = dataDpa();
    d.realisasiAnggaran = baris;
    const hasil = periksaRealisasiMelebihiPagu(d);
    expect(hasil.map((t) => [t.tingkat, t.pesan, t.dinyatakan, t.dihitung, t.selisih])).toEqual(harapan);
    for (const t of hasil) {
      expect(t.lokasi).toBe(
        "DPA Perubahan 2024 › 7.01.05 Program Koordinasi Ketentraman › 7.01.05.2.01 Koordinasi Ketentraman › 7.01.05.2.01.0002 Koordinasi Penegakan Perda",
      );
    }
  });
});

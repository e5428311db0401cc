import { describe, expect, it } from "vitest";
import { dataKosong, type WilayahPeriksa } from "../data-pemeriksaan.ts";
import { periksaWilayahInduk } from "./wilayah-induk.ts";

function w(id: number, jenis: WilayahPeriksa["jenis"], nilai: Partial<WilayahPeriksa>): WilayahPeriksa {
  return {
    id,
    indukId: jenis === "kecamatan" ? null : 1,
    kode: `w${id}`,
    nama: jenis === "kecamatan" ? "Kecamatan Uji" : `Desa ${id}`,
    jenis,
    jumlahDusun: null,
    jumlahRt: null,
    lakiLaki: null,
    perempuan: null,
    ...nilai,
  };
}

function periksa(...wilayah: WilayahPeriksa[]) {
  const d = dataKosong(2024);
  d.wilayah = wilayah;
  return periksaWilayahInduk(d).map((t) => [
    t.tingkat,
    t.pesan,
    t.dinyatakan ?? null,
    t.dihitung ?? null,
    t.selisih ?? null,
  ]);
}

describe("wilayah-induk", () => {
  it.each([
    [
      "sums agree",
      { jumlahDusun: 7, jumlahRt: 20 },
      { jumlahDusun: 3, jumlahRt: 9 },
      { jumlahDusun: 4, jumlahRt: 11 },
      [],
    ],
    ["nothing stated on the kecamatan", {}, { jumlahDusun: 3 }, { jumlahDusun: 4 }, []],
    [
      "dusun differ",
      { jumlahDusun: 52 },
      { jumlahDusun: 3 },
      { jumlahDusun: 4 },
      [
        [
          "galat",
          "Jumlah dusun/lingkungan tercatat 52, sedangkan jumlah dari 2 desa/kelurahan 7.",
          "52",
          "7",
          "45",
        ],
      ],
    ],
    [
      "population differs",
      { lakiLaki: 23_712, perempuan: 22_141 },
      { lakiLaki: 23_000, perempuan: 22_000 },
      { lakiLaki: 712, perempuan: 140 },
      [
        [
          "galat",
          "Jumlah penduduk perempuan 2024 tercatat 22.141, sedangkan jumlah dari 2 desa/kelurahan 22.140.",
          "22141",
          "22140",
          "1",
        ],
      ],
    ],
    [
      "children incomplete",
      { jumlahRt: 139 },
      { jumlahRt: 9 },
      {},
      [
        [
          "info",
          "Jumlah RT 139 belum dapat diperiksa: baru 1 dari 2 desa/kelurahan yang datanya terisi.",
          null,
          null,
          null,
        ],
      ],
    ],
  ])("%s", (_, induk, a, b, harapan) => {
    expect(periksa(w(1, "kecamatan", induk), w(2, "desa", a), w(3, "kelurahan", b))).toEqual(harapan);
  });
});

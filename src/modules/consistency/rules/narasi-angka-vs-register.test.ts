import { describe, expect, it } from "vitest";
import {
  type DataPemeriksaan,
  dataKosong,
  type NarasiPeriksa,
  type PegawaiPeriksa,
} from "../data-pemeriksaan.ts";
import { periksaNarasiAngkaVsRegister } from "./narasi-angka-vs-register.ts";

/** Malili-like registers: 14 PNS, 1 PPPK, 14 upah jasa; 2 desa and 1 kelurahan with dusun, RT and population. */
function dataMalili(isi: string, narasi: Partial<NarasiPeriksa> = {}): DataPemeriksaan {
  const d = dataKosong(2024);
  const status = (s: PegawaiPeriksa["status"], n: number) => Array.from({ length: n }, () => ({ status: s }));
  d.pegawai = [...status("PNS", 14), ...status("PPPK", 1), ...status("UPAH_JASA", 14)];
  const anak = (
    id: number,
    jenis: "desa" | "kelurahan",
    dusun: number,
    rt: number,
    l: number,
    p: number,
  ) => ({
    id,
    indukId: 1,
    kode: `w${id}`,
    nama: `W${id}`,
    jenis,
    jumlahDusun: dusun,
    jumlahRt: rt,
    lakiLaki: l,
    perempuan: p,
  });
  d.wilayah = [
    anak(2, "desa", 3, 9, 100, 90),
    anak(3, "desa", 4, 10, 50, 60),
    anak(4, "kelurahan", 5, 11, 10, 20),
  ];
  d.narasi = [
    { id: 1, jenis: "gambaran_umum", urutan: 1, sasaranId: null, kodeAnggaran: null, isi, ...narasi },
  ];
  return d;
}

function periksa(isi: string, narasi: Partial<NarasiPeriksa> = {}) {
  return periksaNarasiAngkaVsRegister(dataMalili(isi, narasi)).map((t) => [
    t.tingkat,
    t.pesan,
    t.dinyatakan ?? null,
    t.dihitung ?? null,
    t.selisih ?? null,
  ]);
}

describe("narasi-angka-vs-register", () => {
  it.each([
    ["14 orang PNS dan 14 (empat belas) orang Non PNS, 1 orang PPPK, 15 ASN, 29 pegawai"],
    ["terdiri dari 2 (dua) Desa definitif dan 1 (satu) Kelurahan, dengan 12 dusun/lingkungan dan 30 RT."],
    [
      "3 Desa/Kelurahan. Jumlah penduduk sebanyak 330 jiwa dengan rincian: laki-laki sebanyak 160 jiwa dan perempuan sebanyak 170 jiwa.",
    ],
    ["Luas wilayah 830,379 km² atau 3,31 persen; nilai IKM 93.06 pada 2024, kode 7.01.02."],
    ["Tahun 2024 ada 5 (lima) tahun rencana dan 22 orang peserta."],
  ])("accepts %j", (isi) => {
    expect(periksa(isi)).toEqual([]);
  });

  it("reports Malili's 15 PNS against 14 in the register", () => {
    const d = dataMalili(
      "Keadaan Aparatur per 31 Desember 2024 adalah 15 (empat belas) orang PNS dan 14 (empat belas) orang Non PNS.",
    );
    expect(periksaNarasiAngkaVsRegister(d)).toEqual([
      {
        aturan: "narasi-angka-vs-register",
        tingkat: "galat",
        lokasi: "Narasi 2024 › Gambaran Umum (paragraf 1)",
        pesan: 'Teks "15 (empat belas) orang PNS" menyebut 15 PNS, sedangkan register pegawai mencatat 14.',
        dinyatakan: "15",
        dihitung: "14",
        selisih: "1",
      },
    ]);
  });

  it.each([
    [
      "14 (Empatbelas) Desa definitif dan 1 (satu) Kelurahan, dengan 52 dusun/lingkungan dan 139 RT.",
      [
        [
          "galat",
          'Teks "14 (Empatbelas) Desa" menyebut 14 desa, sedangkan register wilayah mencatat 2.',
          "14",
          "2",
          "12",
        ],
        [
          "galat",
          'Teks "52 dusun" menyebut 52 dusun/lingkungan, sedangkan register wilayah mencatat 12.',
          "52",
          "12",
          "40",
        ],
        [
          "galat",
          'Teks "139 RT" menyebut 139 RT, sedangkan register wilayah mencatat 30.',
          "139",
          "30",
          "109",
        ],
      ],
    ],
    [
      "Gaji dan Tunjangan ASN di kantor kecamatan sebanyak 22 orang.",
      [
        [
          "peringatan",
          'Teks "ASN di kantor kecamatan sebanyak 22 orang" menyebut 22 ASN (PNS, CPNS dan PPPK), sedangkan register pegawai mencatat 15.',
          "22",
          "15",
          "7",
        ],
      ],
    ],
    [
      "Jumlah penduduk 45.853 jiwa dengan rincian laki-laki sebanyak 160 jiwa dan perempuan sebanyak 22.141 jiwa.",
      [
        [
          "peringatan",
          'Teks "penduduk 45.853 jiwa" menyebut 45.853 jiwa penduduk, sedangkan data penduduk mencatat 330.',
          "45853",
          "330",
          "45523",
        ],
        [
          "peringatan",
          'Teks "perempuan sebanyak 22.141 jiwa" menyebut 22.141 jiwa penduduk perempuan, sedangkan data penduduk mencatat 170.',
          "22141",
          "170",
          "21971",
        ],
      ],
    ],
  ])("reports %j", (isi, harapan) => {
    expect(periksa(isi)).toEqual(harapan);
  });

  it("only warns when the text is about a sasaran or a budget item (it may count a subset)", () => {
    expect(
      periksa("kegiatan PKK pada 5 Desa", { kodeAnggaran: "7.01.03.2.01.0002" }).map((t) => t[0]),
    ).toEqual(["peringatan"]);
  });

  it("says when the register cannot answer", () => {
    const d = dataMalili("Terdapat 20 orang PNS.");
    d.pegawai = [];
    expect(periksaNarasiAngkaVsRegister(d).map((t) => [t.tingkat, t.pesan])).toEqual([
      ["info", 'Teks "20 orang PNS" tidak dapat diperiksa karena register pegawai belum memuat data PNS.'],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { keString } from "../../platform/decimal.ts";
import {
  type BarisSubKegiatan,
  type HasilSerapan,
  periksaBarisAnggaran,
  serapan,
  susunPohonAnggaran,
} from "./anggaran.domain.ts";

function persen(h: HasilSerapan): string {
  if (h.status !== "dihitung") throw new Error(h.alasan);
  return keString(h.persen);
}

describe("serapan", () => {
  it.each([
    // realisasi, pagu, persen — LKjIP Malili 2024 Tabel 3.x and hand-worked edges
    [4286256962n, 4445199950n, "96.42"], // 96,4243…
    [3684405n, 4271900n, "86.25"], // 86,2474…
    [1200000n, 2611750n, "45.95"], // 45,9462…
    [55071030n, 76422119n, "72.06"], // 72,0616…
    [11728520n, 14088150n, "83.25"], // 83,2509…
    [3000000n, 3000000n, "100.00"],
    [0n, 5000000n, "0.00"],
    [6000000n, 5000000n, "120.00"], // over-absorption is shown, not capped
    [1n, 20000n, "0.01"], // exactly 0,005 → half up
    [1n, 20001n, "0.00"], // 0,0049997…
    [2n, 3n, "66.67"],
    [999999999999999999n, 1000000000000000000n, "100.00"], // 99,9999…: exact on huge integers
  ])("%s / %s → %s", (realisasi, pagu, hasil) => {
    expect(persen(serapan(realisasi, pagu))).toBe(hasil);
  });

  it.each([
    [0n, 0n, "Pagu bernilai 0"],
    [100n, 0n, "Pagu bernilai 0"],
    [100n, -5n, "Pagu bernilai negatif"],
  ])("%s / %s tidak dapat dihitung", (realisasi, pagu, alasan) => {
    expect(serapan(realisasi, pagu)).toEqual({ status: "tidak_dapat_dihitung", alasan });
  });
});

const P01 = {
  kodeProgram: "7.01.01",
  namaProgram: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
};
const K0105 = { kodeKegiatan: "7.01.01.2.05", namaKegiatan: "Administrasi Kepegawaian Perangkat Daerah" };
const P02 = {
  kodeProgram: "7.01.02",
  namaProgram: "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
};
const K0201 = {
  kodeKegiatan: "7.01.02.2.01",
  namaKegiatan: "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat",
};
const P04 = { kodeProgram: "7.01.04", namaProgram: "Program Koordinasi Ketentraman dan Ketertiban Umum" };
const K0401 = {
  kodeKegiatan: "7.01.04.2.01",
  namaKegiatan: "Koordinasi Upaya Penyelenggaraan Ketentraman dan Ketertiban Umum",
};

// Shuffled on purpose: the tree must come out in code order.
const BARIS: BarisSubKegiatan[] = [
  {
    ...P04,
    ...K0401,
    kode: "7.01.04.2.01.0002",
    nama: "Harmonisasi Hubungan dengan Tokoh Agama dan Tokoh Masyarakat",
    pagu: 2611750n,
    realisasi: 1200000n,
  },
  {
    ...P01,
    ...K0105,
    kode: "7.01.01.2.05.0009",
    nama: "Bimbingan Teknis Implementasi Peraturan Perundang-Undangan",
    pagu: 65720000n,
    realisasi: 45262400n,
  },
  {
    ...P02,
    ...K0201,
    kode: "7.01.02.2.01.0004",
    nama: "Pelaksanaan Urusan Pemerintahan yang Terkait dengan Pelayanan Perizinan Non Usaha",
    pagu: 4271900n,
    realisasi: 3684405n,
  },
  {
    ...P04,
    ...K0401,
    kode: "7.01.04.2.01.0001",
    nama: "Sinergitas dengan Kepolisian, TNI dan Instansi Vertikal di Wilayah Kecamatan",
    pagu: 11476400n,
    realisasi: 10528520n,
  },
  {
    ...P01,
    ...K0105,
    kode: "7.01.01.2.05.0003",
    nama: "Pendataan dan Pengolahan Administrasi Kepegawaian",
    pagu: 10702119n,
    realisasi: 9808630n,
  },
];

describe("susunPohonAnggaran", () => {
  const pohon = susunPohonAnggaran(BARIS);

  it("menjumlahkan tepat dan mengurutkan menurut kode", () => {
    const ringkas = pohon.program.map((p) => ({
      kode: p.kode,
      pagu: p.pagu,
      realisasi: p.realisasi,
      serapan: persen(p.serapan),
      kegiatan: p.kegiatan.map((k) => ({
        kode: k.kode,
        pagu: k.pagu,
        realisasi: k.realisasi,
        serapan: persen(k.serapan),
        sub: k.subKegiatan.map((s) => [s.kode, s.pagu, s.realisasi, persen(s.serapan)]),
      })),
    }));
    expect(ringkas).toEqual([
      {
        kode: "7.01.01",
        pagu: 76422119n,
        realisasi: 55071030n,
        serapan: "72.06",
        kegiatan: [
          {
            kode: "7.01.01.2.05",
            pagu: 76422119n,
            realisasi: 55071030n,
            serapan: "72.06",
            sub: [
              ["7.01.01.2.05.0003", 10702119n, 9808630n, "91.65"],
              ["7.01.01.2.05.0009", 65720000n, 45262400n, "68.87"],
            ],
          },
        ],
      },
      {
        kode: "7.01.02",
        pagu: 4271900n,
        realisasi: 3684405n,
        serapan: "86.25",
        kegiatan: [
          {
            kode: "7.01.02.2.01",
            pagu: 4271900n,
            realisasi: 3684405n,
            serapan: "86.25",
            sub: [["7.01.02.2.01.0004", 4271900n, 3684405n, "86.25"]],
          },
        ],
      },
      {
        kode: "7.01.04",
        pagu: 14088150n,
        realisasi: 11728520n,
        serapan: "83.25",
        kegiatan: [
          {
            kode: "7.01.04.2.01",
            pagu: 14088150n,
            realisasi: 11728520n,
            serapan: "83.25",
            sub: [
              ["7.01.04.2.01.0001", 11476400n, 10528520n, "91.74"],
              ["7.01.04.2.01.0002", 2611750n, 1200000n, "45.95"],
            ],
          },
        ],
      },
    ]);
  });

  it("menghitung total dari bilangan bulat, bukan dari persen yang dibulatkan", () => {
    // 70.483.955 / 94.782.169 = 74,3641…
    expect(pohon.total.pagu).toBe(94782169n);
    expect(pohon.total.realisasi).toBe(70483955n);
    expect(persen(pohon.total.serapan)).toBe("74.36");
  });

  it("membawa nama program, kegiatan dan sub kegiatan", () => {
    expect(pohon.program[0]?.nama).toBe(P01.namaProgram);
    expect(pohon.program[0]?.kegiatan[0]?.nama).toBe(K0105.namaKegiatan);
    expect(pohon.program[2]?.kegiatan[0]?.subKegiatan[1]?.nama).toBe(
      "Harmonisasi Hubungan dengan Tokoh Agama dan Tokoh Masyarakat",
    );
  });

  it("mengurutkan angka per segmen, bukan sebagai teks", () => {
    const campur = susunPohonAnggaran([
      { ...P01, ...K0105, kode: "7.01.01.2.05.10", nama: "b", pagu: 1n, realisasi: 1n },
      { ...P01, ...K0105, kode: "7.01.01.2.05.0009", nama: "a", pagu: 1n, realisasi: 1n },
    ]);
    expect(campur.program[0]?.kegiatan[0]?.subKegiatan.map((s) => s.kode)).toEqual([
      "7.01.01.2.05.0009",
      "7.01.01.2.05.10",
    ]);
  });

  it("pohon kosong: total nol dan serapan tidak dapat dihitung", () => {
    expect(susunPohonAnggaran([])).toEqual({
      program: [],
      total: {
        pagu: 0n,
        realisasi: 0n,
        serapan: { status: "tidak_dapat_dihitung", alasan: "Pagu bernilai 0" },
      },
    });
  });
});

describe("periksaBarisAnggaran", () => {
  it("data yang konsisten tidak bermasalah", () => {
    expect(periksaBarisAnggaran(BARIS)).toEqual([]);
  });

  it("menemukan setiap kontradiksi", () => {
    expect(
      periksaBarisAnggaran([
        { ...P01, ...K0105, kode: "7.01.01.2.05.0003", nama: "a", pagu: 10n, realisasi: 5n },
        { ...P01, ...K0105, kode: "7.01.01.2.05.0003", nama: "a", pagu: 10n, realisasi: 5n },
        { ...P01, ...K0201, kode: "7.01.02.2.01.0004", nama: "b", pagu: -1n, realisasi: -2n },
        {
          ...P01,
          namaProgram: "Nama lain",
          ...K0105,
          namaKegiatan: "Nama lain",
          kode: "7.01.01.2.06.0001",
          nama: "c",
          pagu: 1n,
          realisasi: 0n,
        },
        {
          kodeProgram: "7.1.01",
          namaProgram: "x",
          kodeKegiatan: "7.1.01.2",
          namaKegiatan: "y",
          kode: "7.01",
          nama: "z",
          pagu: 1n,
          realisasi: 0n,
        },
      ]),
    ).toEqual([
      "Sub kegiatan 7.01.01.2.05.0003 tercatat lebih dari sekali.",
      "Kegiatan 7.01.02.2.01 tidak berada di bawah program 7.01.01.",
      "Pagu sub kegiatan 7.01.02.2.01.0004 tidak boleh negatif.",
      "Realisasi sub kegiatan 7.01.02.2.01.0004 tidak boleh negatif.",
      "Sub kegiatan 7.01.01.2.06.0001 tidak berada di bawah kegiatan 7.01.01.2.05.",
      `Program 7.01.01 memiliki dua nama: "${P01.namaProgram}" dan "Nama lain".`,
      `Kegiatan 7.01.01.2.05 memiliki dua nama: "${K0105.namaKegiatan}" dan "Nama lain".`,
      'Kode program "7.1.01" tidak sah.',
      'Kode kegiatan "7.1.01.2" tidak sah.',
      'Kode sub kegiatan "7.01" tidak sah.',
    ]);
  });
});

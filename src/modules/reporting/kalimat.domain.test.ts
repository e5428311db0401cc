import { describe, expect, it } from "vitest";
import { desimal } from "../../platform/decimal.ts";
import { serapan } from "../budget/anggaran.domain.ts";
import { hitungCapaian } from "../performance/capaian.domain.ts";
import {
  angkaTerbilang,
  gabungDaftar,
  kalimatAnggaran,
  kalimatAnjab,
  kalimatCapaian,
  kalimatEfisiensi,
  kalimatJumlahSasaran,
  kalimatKeterukuran,
  kalimatPegawai,
  kalimatStandarNasional,
  kalimatTargetAkhir,
  kalimatTindakLanjut,
  kalimatTren,
  kalimatWilayah,
  nilaiBersatuan,
} from "./kalimat.domain.ts";

const IKM = "Indeks Kepuasan Masyarakat (IKM)";

describe("nilaiBersatuan, angkaTerbilang, gabungDaftar", () => {
  it.each([
    ["93.06", "Nilai", "93,06"],
    ["100", "%", "100 %"],
    ["4", "Laporan", "4 Laporan"],
    ["830.379", null, "830,379"],
  ])("%s %s → %s", (n, s, hasil) => expect(nilaiBersatuan(n, s)).toBe(hasil));

  it.each([
    [15, "15 (lima belas)"],
    [1, "1 (satu)"],
    [139, "139 (seratus tiga puluh sembilan)"],
  ])("%i → %s", (n, hasil) => expect(angkaTerbilang(n)).toBe(hasil));

  it.each([
    [[], ""],
    [["a"], "a"],
    [["a", "b"], "a dan b"],
    [["a", "b", "c"], "a, b dan c"],
  ])("%j → %s", (d, hasil) => expect(gabungDaftar(d)).toBe(hasil));
});

describe("kalimatCapaian (analysis a)", () => {
  it.each([
    {
      nama: "IKM 2024 measured",
      input: {
        indikator: IKM,
        tahun: 2024,
        target: "93.05",
        realisasi: "93.06",
        capaian: hitungCapaian({ target: "93.05", realisasi: "93.06", polaritas: "positif" }),
        predikat: "Sangat Tinggi",
        satuan: "Nilai",
      },
      hasil:
        "Realisasi Indeks Kepuasan Masyarakat (IKM) tahun 2024 sebesar 93,06 dari target 93,05, sehingga capaian kinerjanya 100,01 % dengan predikat Sangat Tinggi.",
    },
    {
      nama: "Nilai LAKIP 2024 not measurable, with the realisation's catatan",
      input: {
        indikator: "Nilai LAKIP",
        tahun: 2024,
        target: "66",
        realisasi: null,
        capaian: hitungCapaian({ target: "66", realisasi: null, polaritas: "positif" }),
        predikat: null,
        satuan: "Nilai",
        alasan: "Inspektorat Kabupaten Luwu Timur belum mengeluarkan LHE LAKIP Tahun 2024.",
      },
      hasil:
        "Realisasi Nilai LAKIP tahun 2024 belum dapat diukur karena Inspektorat Kabupaten Luwu Timur belum mengeluarkan LHE LAKIP Tahun 2024; capaian kinerjanya terhadap target 66 belum dapat dihitung.",
    },
    {
      nama: "no catatan: the capaian's own reason",
      input: {
        indikator: "Nilai LAKIP",
        tahun: 2024,
        target: "66",
        realisasi: null,
        capaian: hitungCapaian({ target: "66", realisasi: null, polaritas: "positif" }),
        predikat: null,
        satuan: "Nilai",
      },
      hasil:
        "Realisasi Nilai LAKIP tahun 2024 belum dapat diukur karena Realisasi belum diisi; capaian kinerjanya terhadap target 66 belum dapat dihitung.",
    },
    {
      nama: "realisation without a target",
      input: {
        indikator: "Persentase Capaian Program",
        tahun: 2024,
        target: null,
        realisasi: "100",
        capaian: hitungCapaian({ target: null, realisasi: "100", polaritas: "positif" }),
        predikat: null,
        satuan: "%",
      },
      hasil:
        "Realisasi Persentase Capaian Program tahun 2024 sebesar 100 %, tetapi capaian kinerjanya belum dapat dihitung karena target belum diisi.",
    },
  ])("$nama", ({ input, hasil }) => expect(kalimatCapaian(input)).toBe(hasil));
});

describe("kalimatTren (analysis b)", () => {
  it("IKM 2021–2024: every yearly difference, exact, and the overall direction", () => {
    expect(
      kalimatTren({
        indikator: IKM,
        satuan: "Nilai",
        polaritas: "positif",
        titik: [
          { tahun: 2022, realisasi: "93.26" },
          { tahun: 2021, realisasi: "88.05" },
          { tahun: 2023, realisasi: "93.27" },
          { tahun: 2024, realisasi: "93.06" },
        ],
      }),
    ).toBe(
      "Realisasi Indeks Kepuasan Masyarakat (IKM) naik 5,21 dari 2021 ke 2022, naik 0,01 dari 2022 ke 2023 dan turun 0,21 dari 2023 ke 2024. Secara keseluruhan realisasi tahun 2024 sebesar 93,06 naik 5,01 dibandingkan tahun 2021, sehingga kinerjanya membaik.",
    );
  });

  it("Nilai LAKIP with 2024 missing", () => {
    expect(
      kalimatTren({
        indikator: "Nilai LAKIP",
        satuan: "Nilai",
        polaritas: "positif",
        titik: [
          { tahun: 2020, realisasi: "42.31" },
          { tahun: 2021, realisasi: "53.28" },
          { tahun: 2022, realisasi: "66.65" },
          { tahun: 2023, realisasi: "66" },
          { tahun: 2024, realisasi: null },
        ],
      }),
    ).toBe(
      "Realisasi Nilai LAKIP naik 10,97 dari 2020 ke 2021, naik 13,37 dari 2021 ke 2022 dan turun 0,65 dari 2022 ke 2023. Secara keseluruhan realisasi tahun 2023 sebesar 66 naik 23,69 dibandingkan tahun 2020, sehingga kinerjanya membaik. Realisasi tahun 2024 belum tersedia sehingga tidak dibandingkan.",
    );
  });

  it("negative polarity: going down is an improvement; no change is said as such", () => {
    expect(
      kalimatTren({
        indikator: "Jumlah pengaduan",
        satuan: "Kasus",
        polaritas: "negatif",
        titik: [
          { tahun: 2022, realisasi: "12" },
          { tahun: 2023, realisasi: "12" },
          { tahun: 2024, realisasi: "9" },
        ],
      }),
    ).toBe(
      "Realisasi Jumlah pengaduan tetap dari 2022 ke 2023 dan turun 3 Kasus dari 2023 ke 2024. Secara keseluruhan realisasi tahun 2024 sebesar 9 Kasus turun 3 Kasus dibandingkan tahun 2022, sehingga kinerjanya membaik.",
    );
  });

  it("a single year cannot be compared", () => {
    expect(
      kalimatTren({
        indikator: "Nilai LAKIP",
        satuan: "Nilai",
        polaritas: "positif",
        titik: [{ tahun: 2024, realisasi: null }],
      }),
    ).toBe(
      "Realisasi Nilai LAKIP belum dapat dibandingkan antartahun karena realisasi baru tercatat pada tidak satu tahun pun. Realisasi tahun 2024 belum tersedia sehingga tidak dibandingkan.",
    );
  });
});

describe("kalimatTargetAkhir (analysis c)", () => {
  it.each([
    {
      nama: "IKM against 94,5",
      input: {
        indikator: IKM,
        tahun: 2024,
        realisasi: "93.06",
        kondisiAkhir: "94.5",
        tahunAkhir: 2026,
        capaian: hitungCapaian({ target: "94.5", realisasi: "93.06", polaritas: "positif" }),
        satuan: "Nilai",
      },
      hasil:
        "Realisasi Indeks Kepuasan Masyarakat (IKM) sampai dengan tahun 2024 sebesar 93,06 telah mencapai 98,48 % dari target akhir Renstra tahun 2026 sebesar 94,5.",
    },
    {
      nama: "Nilai LAKIP without a realisation",
      input: {
        indikator: "Nilai LAKIP",
        tahun: 2024,
        realisasi: null,
        kondisiAkhir: "72",
        tahunAkhir: 2026,
        capaian: hitungCapaian({ target: "72", realisasi: null, polaritas: "positif" }),
        satuan: "Nilai",
      },
      hasil:
        "Capaian Nilai LAKIP terhadap target akhir Renstra tahun 2026 sebesar 72 belum dapat dihitung karena realisasi tahun 2024 belum tersedia.",
    },
    {
      nama: "no kondisi akhir",
      input: {
        indikator: "Nilai LAKIP",
        tahun: 2024,
        realisasi: "70",
        kondisiAkhir: null,
        tahunAkhir: 2026,
        capaian: {
          status: "tidak_dapat_dihitung" as const,
          alasan: "Target akhir Renstra (kondisi akhir) belum diisi",
        },
        satuan: "Nilai",
      },
      hasil:
        "Realisasi Nilai LAKIP tahun 2024 sebesar 70 belum dapat dibandingkan dengan target akhir Renstra tahun 2026 karena target akhir Renstra (kondisi akhir) belum diisi.",
    },
  ])("$nama", ({ input, hasil }) => expect(kalimatTargetAkhir(input)).toBe(hasil));
});

describe("kalimatStandarNasional (analysis d)", () => {
  it("says plainly that none is set", () => {
    expect(kalimatStandarNasional({ indikator: "Nilai LAKIP", standar: null, satuan: "Nilai" })).toBe(
      "Belum terdapat standar nasional yang ditetapkan untuk indikator Nilai LAKIP, sehingga perbandingan dengan standar nasional tidak dapat dilakukan.",
    );
  });
});

describe("kalimatAnggaran", () => {
  it("pagu first, then realisasi, then serapan: never swapped", () => {
    expect(
      kalimatAnggaran({
        subjek: "Kecamatan Malili tahun 2024",
        pagu: 4445199950n,
        realisasi: 4286256962n,
        serapan: serapan(4286256962n, 4445199950n),
      }),
    ).toBe(
      "Pagu anggaran Kecamatan Malili tahun 2024 sebesar Rp 4.445.199.950 dengan realisasi sebesar Rp 4.286.256.962, sehingga serapan anggarannya 96,42 %.",
    );
  });

  it("a zero pagu has no serapan", () => {
    expect(kalimatAnggaran({ subjek: "program X", pagu: 0n, realisasi: 0n, serapan: serapan(0n, 0n) })).toBe(
      "Pagu anggaran program X sebesar Rp 0 dengan realisasi sebesar Rp 0, sehingga serapan anggarannya belum dapat dihitung karena pagu bernilai 0.",
    );
  });
});

describe("kalimatEfisiensi (analysis f)", () => {
  const pagu = 443083739n;
  const realisasi = 412345345n;
  it.each([
    {
      nama: "capaian above serapan",
      capaian: [
        {
          indikator: IKM,
          hasil: hitungCapaian({ target: "93.05", realisasi: "93.06", polaritas: "positif" }),
        },
      ],
      hasil:
        "Program yang mendukung sasaran ini menggunakan Rp 412.345.345 dari pagu Rp 443.083.739 (serapan 93,06 %). Capaian Indeks Kepuasan Masyarakat (IKM) 100,01 % lebih tinggi daripada serapan anggaran, sehingga anggaran digunakan secara efisien.",
    },
    {
      nama: "capaian not measurable",
      capaian: [
        {
          indikator: "Nilai LAKIP",
          hasil: hitungCapaian({ target: "66", realisasi: null, polaritas: "positif" }),
        },
      ],
      hasil:
        "Program yang mendukung sasaran ini menggunakan Rp 412.345.345 dari pagu Rp 443.083.739 (serapan 93,06 %). Capaian Nilai LAKIP belum dapat diukur sehingga efisiensinya belum dapat dinilai.",
    },
    {
      nama: "capaian below serapan",
      capaian: [
        { indikator: "X", hasil: { status: "dihitung" as const, persen: desimal("80.00"), persenPenuh: 80 } },
      ],
      hasil:
        "Program yang mendukung sasaran ini menggunakan Rp 412.345.345 dari pagu Rp 443.083.739 (serapan 93,06 %). Capaian X 80,00 % lebih rendah daripada serapan anggaran, sehingga efisiensi penggunaan anggaran perlu ditingkatkan.",
    },
  ])("$nama", ({ capaian, hasil }) =>
    expect(kalimatEfisiensi({ pagu, realisasi, serapan: serapan(realisasi, pagu), capaian })).toBe(hasil),
  );
});

describe("kalimatPegawai and kalimatAnjab", () => {
  it("Malili: 29 staff, 15 ASN (14 PNS, 1 PPPK) and 14 upah jasa, with terbilang", () => {
    expect(
      kalimatPegawai({
        opd: "Kecamatan Malili",
        tanggal: "31 Desember 2024",
        jumlah: { pns: 14, cpns: 0, pppk: 1, ptt: 0, upahJasa: 14 },
      }),
    ).toBe(
      "Jumlah aparatur Kecamatan Malili per 31 Desember 2024 adalah 29 (dua puluh sembilan) orang, terdiri atas 15 (lima belas) orang ASN, yaitu 14 (empat belas) orang PNS dan 1 (satu) orang PPPK; serta 14 (empat belas) orang Non ASN (tenaga upah jasa).",
    );
  });

  it("ASN only", () => {
    expect(
      kalimatPegawai({
        opd: "Dinas X",
        tanggal: "31 Desember 2024",
        jumlah: { pns: 3, cpns: 0, pppk: 0, ptt: 0, upahJasa: 0 },
      }),
    ).toBe(
      "Jumlah aparatur Dinas X per 31 Desember 2024 adalah 3 (tiga) orang, seluruhnya 3 (tiga) orang ASN.",
    );
  });

  it("Malili Table 3.7", () => {
    expect(
      kalimatAnjab({
        kebutuhanStruktural: 8,
        kebutuhanPelaksana: 22,
        struktural: 8,
        pelaksanaPns: 6,
        pelaksanaNonPns: 7,
      }),
    ).toBe(
      "Berdasarkan hasil analisis jabatan dibutuhkan 30 (tiga puluh) pegawai, yaitu 8 (delapan) jabatan struktural dan 22 (dua puluh dua) jabatan pelaksana; saat ini terisi 21 (dua puluh satu) orang, yaitu 8 (delapan) pejabat struktural dan 13 (tiga belas) pelaksana. Jumlah pegawai belum sesuai dengan hasil analisis jabatan: 9 (sembilan) jabatan pelaksana belum terisi dan 7 (tujuh) jabatan pelaksana masih diisi tenaga Non PNS.",
    );
  });
});

describe("kalimatWilayah", () => {
  it("Malili: counts from the rows, population total computed", () => {
    expect(
      kalimatWilayah({
        nama: "Malili",
        luasKm2: "830.379",
        jumlahDesa: 14,
        jumlahKelurahan: 1,
        jumlahDusun: 52,
        jumlahRt: 139,
        penduduk: {
          tahun: 2024,
          lakiLaki: 23712,
          perempuan: 22141,
          sumber: "Laporan Penduduk Per Desember 2024",
        },
      }),
    ).toEqual([
      "Kecamatan Malili memiliki luas wilayah 830,379 km² dan terdiri atas 14 (empat belas) desa dan 1 (satu) kelurahan, dengan 52 (lima puluh dua) dusun/lingkungan dan 139 (seratus tiga puluh sembilan) RT.",
      "Jumlah penduduk Kecamatan Malili pada tahun 2024 sebanyak 45.853 jiwa (Laporan Penduduk Per Desember 2024), terdiri atas 23.712 jiwa laki-laki dan 22.141 jiwa perempuan.",
    ]);
  });

  it("nothing known, nothing said", () => {
    expect(
      kalimatWilayah({
        nama: "X",
        luasKm2: null,
        jumlahDesa: 0,
        jumlahKelurahan: 0,
        jumlahDusun: null,
        jumlahRt: null,
        penduduk: null,
      }),
    ).toEqual([]);
  });
});

describe("summary sentences", () => {
  it("kalimatJumlahSasaran", () => {
    expect(kalimatJumlahSasaran({ opd: "Kecamatan Malili", tahun: 2024, sasaran: 2, iku: 2 })).toBe(
      "Pada tahun 2024 Kecamatan Malili menetapkan 2 (dua) sasaran strategis yang diukur dengan 2 (dua) indikator kinerja utama.",
    );
  });

  it.each([
    {
      belum: ["Meningkatnya Capaian Kinerja"],
      hasil:
        'Dari 2 (dua) sasaran, 1 (satu) sasaran dapat diukur capaian kinerjanya pada tahun 2024, sedangkan sasaran "Meningkatnya Capaian Kinerja" belum dapat diukur.',
    },
    { belum: [], hasil: "Seluruh 2 (dua) sasaran dapat diukur capaian kinerjanya pada tahun 2024." },
  ])("kalimatKeterukuran $belum", ({ belum, hasil }) =>
    expect(kalimatKeterukuran({ tahun: 2024, jumlah: 2, belumTerukur: belum })).toBe(hasil),
  );

  it("kalimatTindakLanjut", () => {
    expect(kalimatTindakLanjut({ tahunEvaluasi: 2023, selesai: 7, proses: 4, belum: 3 })).toBe(
      "Dari 14 (empat belas) rekomendasi hasil evaluasi akuntabilitas kinerja tahun 2023, 7 (tujuh) telah selesai, 4 (empat) dalam proses dan 3 (tiga) belum ditindaklanjuti.",
    );
  });
});

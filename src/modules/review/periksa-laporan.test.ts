import { describe, expect, it } from "vitest";
import type { TemuanReviu } from "./naskah.ts";
import { naskahUji } from "./periksa/naskah-uji.ts";
import { bacaInterval, labelYangSah, SKALA_BAKU } from "./periksa/skala-laporan.ts";
import { periksaLaporan } from "./periksa-laporan.ts";

const angka = (t: TemuanReviu) => [t.stated, t.computed, t.difference];
const dari = (jenis: TemuanReviu["jenis"], ...blok: Parameters<typeof naskahUji>[0]) =>
  periksaLaporan(naskahUji(blok)).temuan.filter((t) => t.jenis === jenis);

describe("arithmetic of tables", () => {
  it("finds a kegiatan whose sub kegiatan do not add up (codes) and a serapan that does not follow, not rounding", () => {
    const t = dari("aritmetika", {
      tabel: "Tabel 3.8 Realisasi Anggaran Tahun 2024",
      kolom: ["Kode", "Program/Kegiatan/Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"],
      baris: [
        ["7.01.01", "Program Penunjang", "1.000.000", "900.000", "90"],
        ["7.01.01.2.01", "Kegiatan A", "600.000", "500.000", "83,3"],
        ["7.01.01.2.01.0001", "Sub A1", "350.000", "300.000", "85,71"],
        ["7.01.01.2.01.0002", "Sub A2", "250.000", "200.000", "80,50"],
        ["7.01.01.2.02", "Kegiatan B", "400.000", "400.000", "100,00"],
        ["7.01.01.2.02.0001", "Sub B1", "410.000", "400.000", "97,56"],
        ["", "TOTAL BELANJA", "1.000.000", "900.000", "90,00"],
      ],
    });
    expect(t.map((x) => [x.kode, x.lokasi.baris, x.lokasi.kolom, ...angka(x)])).toEqual([
      ["serapan_tidak_sesuai", 4, "Serapan (%)", 80.5, 80, 0.5],
      ["jumlah_anak_baris", 5, "Pagu (Rp)", 400000, 410000, -10000],
    ]);
    expect(t[1]?.lokasi).toMatchObject({
      tabel: "Tabel 3.8 Realisasi Anggaran Tahun 2024",
      barisBerkas: 7,
      kutipan: "Kegiatan B",
    });
    expect(t[0]?.tingkat).toBe("tinggi");
  });

  it("reads the hierarchy from marks, takes a row typed without its dash as the child that completes the sum", () => {
    const t = dari("aritmetika", {
      tabel: "Tabel 3.9 Realisasi Anggaran",
      kolom: ["No", "Program/Kegiatan/Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)"],
      baris: [
        ["1", "PROGRAM X", "300", "250"],
        ["", "Kegiatan X1", "200", "150"],
        ["", "- Sub X1a", "120", "100"],
        ["", "Sub X1b", "80", "50"],
        ["", "Kegiatan X2", "100", "100"],
        ["", "- Sub X2a", "90", "100"],
        ["", "TOTAL", "300", "250"],
      ],
    });
    expect(t.map((x) => [x.kode, x.lokasi.baris, x.lokasi.kolom, ...angka(x)])).toEqual([
      ["jumlah_anak_baris", 5, "Pagu (Rp)", 100, 90, 10],
    ]);
  });

  it("checks a staffing table's JUMLAH row and JUMLAH column", () => {
    const t = dari("aritmetika", {
      tabel: "Tabel 1.1 Jumlah ASN Berdasarkan Golongan",
      kolom: ["NO.", "GOLONGAN", "A", "B", "JUMLAH"],
      baris: [
        ["1", "Golongan IV", "1", "1", "2"],
        ["2", "Golongan III", "2", "3", "6"],
        ["3", "Golongan II", "-", "-", "-"],
        ["JUMLAH", "", "3", "4", "8"],
      ],
    });
    expect(t.map((x) => [x.kode, x.lokasi.baris, x.lokasi.kolom, ...angka(x)])).toEqual([
      ["jumlah_kolom", 2, "JUMLAH", 6, 5, 1],
      ["jumlah_kolom", 4, "JUMLAH", 8, 7, 1],
    ]);
  });

  it("recomputes capaian by polarity and accepts the printed precision", () => {
    const t = dari("aritmetika", {
      tabel: "Tabel 3.1 Perbandingan Target dan Realisasi",
      kolom: ["No", "Indikator Kinerja", "Target 2024", "Realisasi 2024", "Capaian (%)"],
      baris: [
        ["1", "Indeks Kepuasan Masyarakat", "93,05", "93,06", "100,01%"],
        ["2", "Nilai LAKIP", "65,15", "66", "101"],
        ["3", "Persentase penduduk miskin (angka kemiskinan)", "10", "8", "120"],
        ["4", "Jumlah dokumen perencanaan", "10", "8", "85"],
      ],
    });
    expect(t.map((x) => [x.kode, x.lokasi.baris, ...angka(x)])).toEqual([
      ["capaian_tidak_sesuai", 4, 85, 80, 5],
    ]);
  });
});

describe("predikat against the report's own scale", () => {
  const skala = {
    tabel: "Tabel III-1 Skala Nilai Peringkat Kinerja",
    kolom: ["No.", "Interval Nilai Realisasi Kinerja", "Kriteria Penilaian Realisasi Kinerja"],
    baris: [
      ["1", "91 % ≤", "Sangat Tinggi"],
      ["2", "76 % s.d 90 %", "Tinggi"],
      ["3", "66 % s.d 75 %", "Sedang"],
      ["4", "51 % s.d 65 %", "Rendah"],
      ["5", "50 %", "Sangat Rendah"],
    ],
  };

  it("reads printed bands, their gaps and the default scale", () => {
    expect(bacaInterval("91 % ≤", "atas")).toEqual({
      min: 91,
      minTermasuk: true,
      maks: null,
      maksTermasuk: false,
    });
    expect(bacaInterval("≥ 76 dan < 91", "tengah")).toEqual({
      min: 76,
      minTermasuk: true,
      maks: 91,
      maksTermasuk: false,
    });
    expect(bacaInterval("76 % s.d 90 %", "tengah")).toEqual({
      min: 76,
      minTermasuk: true,
      maks: 90,
      maksTermasuk: true,
    });
    expect(bacaInterval("50 %", "bawah")).toEqual({
      min: null,
      minTermasuk: false,
      maks: 50,
      maksTermasuk: true,
    });
    expect(bacaInterval("< 51", "bawah")).toEqual({
      min: null,
      minTermasuk: false,
      maks: 51,
      maksTermasuk: false,
    });
    expect(labelYangSah(SKALA_BAKU, 90.5)).toEqual(["tinggi"]);
    expect(labelYangSah(SKALA_BAKU, 100.01)).toEqual(["sangat tinggi"]);
  });

  it("finds a predikat that contradicts the scale, accepts either neighbour in a printed gap", () => {
    const hasil = dari(
      "predikat",
      skala,
      {
        tabel: "Tabel 3.1 Perbandingan Antara Target dan Realisasi",
        kolom: ["No.", "Indikator Kinerja", "Target 2024", "Realisasi 2024", "Capaian (%)", "Predikat"],
        baris: [
          ["1", "Indeks Kepuasan Masyarakat", "93,05", "93,06", "100,01%", "Tinggi"],
          ["2", "Indikator X", "100", "90,5", "90,50", "Sangat Tinggi"],
          ["3", "Indikator Y", "100", "70", "70", "Sedang"],
          ["4", "Indikator Z", "100", "60", "60", "Cukup"],
        ],
      },
      {
        tabel: "Tabel 3.2 Perbandingan Target dan Realisasi dengan Tahun-Tahun Sebelumnya",
        kolom: ["NO", "Indikator Kinerja", "Tahun", "Target", "Realisasi", "Predikat"],
        baris: [["1", "IKM", "2021", "81,25", "88,05", "Tinggi"]],
      },
    );
    expect(
      hasil.map((x) => [x.kode, x.tingkat, x.lokasi.tabel?.slice(0, 9), x.lokasi.baris, x.computed]),
    ).toEqual([
      ["predikat_bertentangan_skala", "sedang", "Tabel 3.1", 1, 100.01],
      ["predikat_bertentangan_skala", "sedang", "Tabel 3.2", 1, 108.37],
      ["predikat_di_luar_skala", "rendah", "Tabel 3.1", 4, undefined],
    ]);
    expect(hasil[0]?.pesan).toBe(
      'Predikat "Tinggi" untuk capaian 100,01 % bertentangan dengan Tabel III-1 Skala Nilai Peringkat Kinerja: seharusnya Sangat Tinggi.',
    );
  });
});

describe("agreement across tables", () => {
  it("names the programme with three budgets in three tables once, and an indicator target that differs", () => {
    const hasil = dari(
      "antar_tabel",
      {
        tabel: "Tabel 2.1 Perjanjian Kinerja Tahun 2024",
        kolom: ["NO", "Sasaran Strategis", "Indikator Kinerja", "Target"],
        baris: [
          ["1.", "Meningkatnya pelayanan", "Survei Kepuasan Masyarakat", "93,05"],
          ["NO", "Program", "Anggaran", "Ket"],
          ["1.", "Program Koordinasi Ketentraman dan Ketertiban Umum", "Rp. 14.088.150", "APBD"],
        ],
      },
      {
        tabel: "Tabel 2.2 APBD Perubahan Tahun 2024",
        kolom: ["PROGRAM DAN KEGIATAN", "TARGET", "PAGU"],
        baris: [["Program Koordinasi Ketentraman dan Ketertiban Umum", "100%", "14.859.150"]],
      },
      {
        tabel: "Tabel 3.1 Perbandingan Target dan Realisasi",
        kolom: ["No", "Indikator Kinerja", "Target 2024", "Realisasi 2024"],
        baris: [["1", "Indeks Kepuasan Masyarakat (IKM)", "93,10", "93,06"]],
      },
      {
        tabel: "Tabel 3.8 Realisasi Anggaran Tahun 2024",
        kolom: ["NO", "PROGRAM/KEGIATAN/SUB KEGIATAN", "PAGU (Rp)", "REALISASI (Rp)"],
        baris: [["01", "PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM", "18.859.150", "16.499.520"]],
      },
    );
    expect(hasil.map((x) => [x.kode, x.lokasi.tabel, x.lokasi.baris, ...angka(x)])).toEqual([
      ["pagu_antar_tabel", "Tabel 2.2 APBD Perubahan Tahun 2024", 1, 14859150, 14088150, 771000],
      ["target_antar_tabel", "Tabel 3.1 Perbandingan Target dan Realisasi", 1, 93.1, 93.05, 0.05],
    ]);
    expect(hasil[0]?.pesan).toBe(
      'Pagu "Program Koordinasi Ketentraman dan Ketertiban Umum" berbeda antar tabel: Rp 14.088.150 (Tabel 2.1 Perjanjian Kinerja Tahun 2024, baris 3); Rp 14.859.150 (Tabel 2.2 APBD Perubahan Tahun 2024, baris 1); Rp 18.859.150 (Tabel 3.8 Realisasi Anggaran Tahun 2024, baris 1).',
    );
  });
});

describe("trend words", () => {
  const tabel = {
    tabel: "Tabel 3.5 Perbandingan Target dan Realisasi dengan Tahun-Tahun Sebelumnya",
    kolom: ["NO", "Indikator Kinerja", "Tahun", "Target", "Realisasi"],
    baris: [
      ["1", "Nilai LAKIP", "2020", "65", "42,31"],
      ["2", "Nilai LAKIP", "2021", "60,18", "53,28"],
      ["3", "Nilai LAKIP", "2022", "65,5", "66,65"],
      ["4", "Nilai LAKIP", "2023", "65,15", "66"],
    ],
  };
  it("compares each claim with the years it names, every year, or the two values it gives", () => {
    const hasil = dari(
      "kata_tren",
      { bab: "BAB III AKUNTABILITAS KINERJA" },
      tabel,
      { p: "Dan pada tahun 2021 kembali mengalami penurunan dengan nilai 53,28." },
      {
        p: "Realisasi naik 10,97 dari 2020 ke 2021, naik 13,37 dari 2021 ke 2022 dan turun 0,65 dari 2022 ke 2023.",
      },
      { p: "Nilai LAKIP setiap tahunnya mengalami peningkatan." },
      { p: "Perolehan nilai mengalami penurunan dan peningkatan pada setiap tahunnya." },
      { p: "Jumlah kunjungan meningkat dari 120 menjadi 95 orang." },
      { p: "Untuk meningkatkan kinerja pada tahun 2023 diperlukan koordinasi." },
    );
    expect(hasil.map((x) => [x.lokasi.barisBerkas, ...angka(x)])).toEqual([
      [8, 53.28, 42.31, 10.97],
      [10, 66, 66.65, -0.65],
      [12, 95, 120, -25],
    ]);
    expect(hasil[0]?.pesan).toContain('"penurunan" untuk 2020–2021');
    expect(hasil[0]?.lokasi.kutipan).toBe(
      "Dan pada tahun 2021 kembali mengalami penurunan dengan nilai 53,28.",
    );
  });
});

describe("counts in the text", () => {
  it("checks a figure's words, staff against the staffing table, recommendations against the matrix", () => {
    const hasil = dari(
      "hitungan_teks",
      { bab: "BAB I PENDAHULUAN" },
      { p: "Jumlah aparatur adalah 15 (empat belas) orang PNS dan 14 (empat belas) orang Non PNS." },
      {
        tabel: "Tabel 1.4 Jumlah ASN Berdasarkan Status Kepegawaian",
        kolom: ["NO.", "STATUS KEPEGAWAIAN", "JUMLAH"],
        baris: [
          ["1", "PNS", "14"],
          ["2", "CPNS", "-"],
          ["3", "PPPK", "1"],
          ["4", "UPAH JASA", "14"],
          ["JUMLAH", "", "29"],
        ],
      },
      { p: "Kecamatan terdiri dari 14 (Empatbelas) desa dan 1 (satu) kelurahan." },
      { p: "Gaji dan tunjangan ASN dibayarkan kepada ASN sebanyak 22 orang." },
      { p: "Dari 4 (empat) rekomendasi, 2 (dua) telah selesai; hanya 1 rekomendasi yang belum." },
      {
        tabel: "Tabel 3.9 Tindak Lanjut Rekomendasi Hasil Evaluasi",
        kolom: ["No", "Rekomendasi", "Rencana Aksi Tindak Lanjut", "Status"],
        baris: [
          ["1", "A", "a", "Selesai"],
          ["2", "B", "b", "Selesai"],
          ["3", "C", "c", "Proses"],
        ],
      },
    );
    expect(hasil.map((x) => [x.kode, x.lokasi.barisBerkas, ...angka(x)])).toEqual([
      ["terbilang_tidak_sesuai", 2, 15, 14, 1],
      ["hitungan_teks_vs_tabel", 2, 15, 14, 1],
      ["hitungan_teks_vs_tabel", 11, 22, 15, 7],
      ["hitungan_teks_vs_tabel", 12, 4, 3, 1],
    ]);
  });

  it("finds pagu and realisation swapped in a sentence", () => {
    const hasil = dari(
      "hitungan_teks",
      {
        tabel: "Tabel 3.8 Realisasi Anggaran Tahun 2024",
        kolom: ["NO", "PROGRAM", "PAGU (Rp)", "REALISASI (Rp)"],
        baris: [
          ["1", "PROGRAM A", "4.445.199.950", "4.286.256.962"],
          ["", "TOTAL BELANJA", "4.445.199.950", "4.286.256.962"],
        ],
      },
      {
        p: "Anggaran APBD adalah sebesar Rp.4.445.199.950,- Sedangkan Realisasi Anggaran sebesar Rp.4.286.256.962,- dengan capaian 96.42%.",
      },
      {
        p: "Kecamatan telah menggunakan Anggaran Belanja sebesar Rp. 4.445.199.950 dari pagu anggaran sebesar Rp. 4.286.256.962.",
      },
    );
    expect(hasil.map((x) => [x.kode, x.lokasi.barisBerkas, ...angka(x)])).toEqual([
      ["pagu_realisasi_tertukar", 6, 4445199950, 4286256962, 158942988],
      ["pagu_realisasi_tertukar", 6, 4286256962, 4445199950, -158942988],
    ]);
  });
});

describe("dates and signatories", () => {
  it("finds a signing date inside the report year, a second NIP for the same office, a malformed NIP", () => {
    const hasil = dari(
      "tanggal_penandatangan",
      { p: "LAPORAN KINERJA" },
      { p: "2024" },
      { p: "Malili, 24 Februari 2024" },
      { p: "CAMAT MALILI" },
      { p: "NASIR, SP., M.Si" },
      { p: "NIP. 198508072010011015" },
      { bab: "BAB IV PENUTUP" },
      { p: "Malili, 24 Februari 2025" },
      { p: "CAMAT MALILI" },
      { p: "NASIR, SP.M.Si" },
      { p: "NIP. 198111162010011015" },
      { p: "Malili, 3 Maret 2025" },
      { p: "SEKRETARIS CAMAT" },
      { p: "BUDI" },
      { p: "NIP. 19850807201001101" },
    );
    expect(hasil.map((x) => [x.kode, x.tingkat, x.lokasi.barisBerkas, x.stated, x.computed])).toEqual([
      ["nip_penandatangan_berbeda", "tinggi", 11, undefined, undefined],
      ["tanggal_tanda_tangan", "sedang", 3, 2024, 2025],
      ["ejaan_nama_penandatangan", "rendah", 11, undefined, undefined],
      ["bentuk_nip", "rendah", 15, undefined, undefined],
    ]);
    expect(hasil[3]?.pesan).toBe('NIP "19850807201001101" terdiri atas 17 digit, seharusnya 18.');
  });
});

describe("structure PermenPANRB 53/2014", () => {
  it("finds missing chapters, a missing PK appendix and a sasaran without analysis d", () => {
    const hasil = dari(
      "struktur",
      { bab: "BAB I PENDAHULUAN" },
      { bab: "BAB III AKUNTABILITAS KINERJA" },
      { p: "Sasaran 1. Meningkatnya Kemampuan Pelayanan Publik" },
      { p: "a. Perbandingan antara Target dan Realisasi Kinerja Tahun 2024" },
      { p: "b. Perbandingan dengan beberapa tahun terakhir" },
      { p: "c. Perbandingan dengan target jangka menengah" },
      { p: "d. Analisis penyebab keberhasilan dan kegagalan" },
      { p: "e. Analisis atas efisiensi penggunaan sumber daya" },
      { p: "f. Analisis program/kegiatan yang menunjang keberhasilan" },
    );
    expect(hasil.map((x) => x.kode)).toEqual([
      "bab_tidak_ada",
      "bab_tidak_ada",
      "analisis_sasaran_tidak_ada",
      "lampiran_pk_tidak_ada",
    ]);
    expect(hasil.map((x) => x.pesan).join(" ")).toContain("BAB II Perencanaan Kinerja");
    expect(hasil[2]?.pesan).toContain("Analisis d (perbandingan realisasi dengan standar nasional)");
    expect(hasil[2]?.lokasi.barisBerkas).toBe(3);
  });
});

describe("periksaLaporan", () => {
  it("ranks tinggi → sedang → rendah, in document order within a level, with the summary counts", () => {
    const h = periksaLaporan(
      naskahUji([
        { p: "2024" },
        { p: "Malili, 24 Februari 2024" },
        { bab: "BAB I PENDAHULUAN" },
        { p: "Jumlah aparatur adalah 15 (empat belas) orang." },
        { bab: "BAB II PERENCANAAN KINERJA" },
        { bab: "BAB III AKUNTABILITAS KINERJA" },
        { bab: "BAB IV PENUTUP" },
        { bab: "LAMPIRAN" },
        { p: "Lampiran 1. Perjanjian Kinerja" },
      ]),
    );
    expect(h.temuan.map((t) => [t.tingkat, t.kode])).toEqual([
      ["tinggi", "terbilang_tidak_sesuai"],
      ["sedang", "tanggal_tanda_tangan"],
      ["rendah", "sasaran_tidak_ditemukan"],
    ]);
    expect(h.ringkasan).toEqual({
      tinggi: 1,
      sedang: 1,
      rendah: 1,
      perJenis: { hitungan_teks: 1, tanggal_penandatangan: 1, struktur: 1 },
    });
    expect(h.terbaca).toEqual({ bab: 5, tabel: 0, paragraf: 4 });
  });
});

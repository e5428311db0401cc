import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { bacaNaskah } from "./baca-naskah.ts";
import { ekstrakAngkaHistoris } from "./ekstrak-historis.ts";
import type { AngkaHistorisNaskah, HasilReviu, NaskahLaporan, TemuanReviu } from "./naskah.ts";
import { periksaLaporan } from "./periksa-laporan.ts";

/**
 * The real hand-written LAKIP of Kecamatan Malili 2024, read as a reviewer would receive it. Every finding
 * below was read against the document (the line numbers are the lines of the text file).
 */
const BERKAS = fileURLToPath(
  new URL("../../../../shared/reference/lakip-kecamatan-malili-2024.txt", import.meta.url),
);

let naskah: NaskahLaporan;
let hasil: HasilReviu;
beforeAll(async () => {
  naskah = await bacaNaskah(new Uint8Array(readFileSync(BERKAS)), "lakip-kecamatan-malili-2024.txt");
  hasil = periksaLaporan(naskah);
});

const ringkas = (t: TemuanReviu) => [
  t.kode,
  t.lokasi.tabel ?? t.lokasi.bab,
  t.lokasi.baris,
  t.lokasi.kolom,
  t.lokasi.barisBerkas,
  t.stated,
  t.computed,
  t.difference,
];
const cari = (kode: string, baris: number) =>
  hasil.temuan.filter((t) => t.kode === kode && t.lokasi.barisBerkas === baris);

describe("review of the reference LAKIP Malili 2024", () => {
  it("reports 49 self-contradictions, ranked, with the count per kind", () => {
    expect(hasil.ringkasan).toEqual({
      tinggi: 34,
      sedang: 10,
      rendah: 5,
      perJenis: {
        aritmetika: 8,
        antar_tabel: 20,
        hitungan_teks: 5,
        tanggal_penandatangan: 3,
        predikat: 6,
        kata_tren: 4,
        struktur: 3,
      },
    });
    const tingkat = hasil.temuan.map((t) => t.tingkat);
    expect(tingkat).toEqual(
      [...tingkat].sort(
        (a, b) => ["tinggi", "sedang", "rendah"].indexOf(a) - ["tinggi", "sedang", "rendah"].indexOf(b),
      ),
    );
    expect(hasil.terbaca.tabel).toBe(19);
  });

  it("finds the programme with three budgets in three tables", () => {
    const [t] = hasil.temuan.filter(
      (x) => x.kode === "pagu_antar_tabel" && x.pesan.includes('Ketentraman dan Ketertiban Umum" berbeda'),
    );
    expect(t?.pesan).toBe(
      'Pagu "Program Koordinasi Ketentraman dan Ketertiban Umum" berbeda antar tabel: Rp 14.088.150 (Tabel 2.1 Perjanjian Kinerja Tahun 2024 — bagian 2, baris 4); Rp 14.859.150 (Tabel 2.2 APBD Perubahan Tahun 2024, baris 10); Rp 18.859.150 (Tabel 3.8 Realisasi Anggaran Tahun 2024, baris 41).',
    );
    expect(t === undefined ? null : ringkas(t)).toEqual([
      "pagu_antar_tabel",
      "Tabel 2.2 APBD Perubahan Tahun 2024",
      10,
      "PAGU",
      228,
      14859150,
      14088150,
      771000,
    ]);
  });

  it("finds the predikat that contradicts the scale printed above it (Tabel III-1)", () => {
    const [t] = cari("predikat_bertentangan_skala", 343);
    expect(t?.pesan).toBe(
      'Predikat "Tinggi" untuk capaian 100,01 % bertentangan dengan Tabel III-1 Skala Nilai Peringkat Kinerja: seharusnya Sangat Tinggi.',
    );
    expect(t?.lokasi).toMatchObject({
      tabel: "Tabel 3.1 Perbandingan Antara Target dan Realisasi Tahun ini",
      baris: 1,
      kolom: "Predikat",
    });
    expect(
      hasil.temuan
        .filter((x) => x.kode === "predikat_bertentangan_skala")
        .map((x) => [x.lokasi.barisBerkas, x.computed]),
    ).toEqual([
      [343, 100.01],
      [376, 108.37],
      [377, 101.07],
      [378, 100.29],
      [379, 100.01],
    ]);
  });

  it("finds the totals and parents that do not add up", () => {
    expect(hasil.temuan.filter((t) => t.jenis === "aritmetika").map(ringkas)).toEqual([
      [
        "jumlah_anak_baris",
        "Tabel 2.2 APBD Perubahan Tahun 2024",
        10,
        "PAGU",
        228,
        14859150,
        18859150,
        -4000000,
      ],
      [
        "jumlah_baris_tabel",
        "Tabel 2.2 APBD Perubahan Tahun 2024",
        56,
        "PAGU",
        279,
        4445199950,
        4197996550,
        247203400,
      ],
      [
        "capaian_tidak_sesuai",
        "Tabel 3.5 Perbandingan Target dan Realisasi dengan Tahun-Tahun Sebelumnya",
        1,
        "Capaian %",
        632,
        65.9,
        65.09,
        0.81,
      ],
      [
        "capaian_tidak_sesuai",
        "Tabel 3.5 Perbandingan Target dan Realisasi dengan Tahun-Tahun Sebelumnya",
        2,
        "Capaian %",
        633,
        88.33,
        88.53,
        -0.2,
      ],
      [
        "jumlah_anak_baris",
        "Tabel 3.8 Realisasi Anggaran Tahun 2024",
        1,
        "TARGET TRIWULAN I, II, III, IV (BERDASARKAN ANGGARAN KAS)",
        864,
        4002116211,
        3873536211,
        128580000,
      ],
      [
        "jumlah_anak_baris",
        "Tabel 3.8 Realisasi Anggaran Tahun 2024",
        1,
        "REALISASI ANGGARAN S.D 31 Desember 2024 (Rp.)",
        864,
        3873911617,
        3746181617,
        127730000,
      ],
      [
        "jumlah_anak_baris",
        "Tabel 3.8 Realisasi Anggaran Tahun 2024",
        2,
        "REALISASI ANGGARAN S.D 31 Desember 2024 (Rp.)",
        865,
        36179990,
        36179740,
        250,
      ],
      [
        "jumlah_anak_baris",
        "Tabel 3.8 Realisasi Anggaran Tahun 2024",
        17,
        "TARGET TRIWULAN I, II, III, IV (BERDASARKAN ANGGARAN KAS)",
        882,
        637632100,
        637602100,
        30000,
      ],
    ]);
  });

  it("finds the signing date, the second NIP, the trend words and the counts the text gets wrong", () => {
    expect(cari("tanggal_tanda_tangan", 25).map(ringkas)).toEqual([
      ["tanggal_tanda_tangan", "KATA PENGANTAR", null, null, 25, 2024, 2025, -1],
    ]);
    expect(cari("nip_penandatangan_berbeda", 983)).toHaveLength(1);
    expect(
      hasil.temuan
        .filter((t) => t.jenis === "kata_tren")
        .map((t) => [t.lokasi.barisBerkas, t.stated, t.computed]),
    ).toEqual([
      [387, 93.06, 93.27],
      [644, 53.28, 42.31],
      [644, 66, 66.65],
      [659, 66, 66.65],
    ]);
    expect(
      hasil.temuan
        .filter((t) => t.jenis === "hitungan_teks")
        .map((t) => [t.kode, t.lokasi.barisBerkas, t.stated, t.computed]),
    ).toEqual([
      ["terbilang_tidak_sesuai", 71, 15, 14],
      ["hitungan_teks_vs_tabel", 71, 15, 14],
      ["hitungan_teks_vs_tabel", 739, 22, 15],
      ["pagu_realisasi_tertukar", 954, 4445199950, 4286256962],
      ["pagu_realisasi_tertukar", 954, 4286256962, 4445199950],
    ]);
    expect(
      hasil.temuan.filter((t) => t.jenis === "struktur").map((t) => [t.kode, t.lokasi.barisBerkas]),
    ).toEqual([
      ["analisis_sasaran_tidak_ada", 332],
      ["analisis_sasaran_tidak_ada", 600],
      ["lampiran_pk_tidak_ada", 985],
    ]);
  });
});

describe("ekstrakAngkaHistoris on the reference", () => {
  let angka: AngkaHistorisNaskah[];
  beforeAll(() => {
    angka = ekstrakAngkaHistoris(naskah);
  });
  const satu = (jenis: AngkaHistorisNaskah["jenis"], tahun: number, uraian: string, barisBerkas: number) =>
    angka
      .filter(
        (a) =>
          a.jenis === jenis &&
          a.tahun === tahun &&
          a.uraian === uraian &&
          a.lokasi.barisBerkas === barisBerkas,
      )
      .map((a) => a.nilai);

  it("reads indicator targets and realisations per year with their table, row and column", () => {
    expect(satu("realisasi_indikator", 2021, "Indeks Kepuasan Masyarakat", 376)).toEqual(["88.05"]);
    expect(satu("target_indikator", 2026, "Nilai LAKIP", 304)).toEqual(["72"]);
    expect(satu("realisasi_indikator", 2020, "Nilai LAKIP", 632)).toEqual(["42.31"]);
    const pk = angka.find((a) => a.jenis === "target_indikator" && a.lokasi.barisBerkas === 202);
    expect(pk).toMatchObject({ tahun: 2024, uraian: "Indeks Kepuasan Masyarakat", nilai: "93.05" });
    expect(pk?.lokasi).toMatchObject({
      tabel: "Tabel 2.1 Perjanjian Kinerja Tahun 2024",
      baris: 1,
      kolom: "Target",
    });
  });

  it("reads pagu and realisation per program and kegiatan, and staffing counts", () => {
    expect(satu("pagu", 2024, "Program Koordinasi Ketentraman dan Ketertiban Umum", 909)).toEqual([
      "18859150",
    ]);
    expect(
      satu("realisasi_anggaran", 2024, "Program Koordinasi Ketentraman dan Ketertiban Umum", 909),
    ).toEqual(["16499520"]);
    expect(satu("realisasi_anggaran", 2024, "Penyediaan Bahan Logistik Kantor", 884)).toEqual(["58351000"]);
    expect(satu("pagu", 2024, "Penyediaan Bahan Logistik Kantor", 884)).toEqual(["63618100"]);
    expect(satu("jumlah_pegawai", 2024, "PNS", 126)).toEqual(["14"]);
    expect(satu("jumlah_pegawai", 2024, "UPAH JASA", 130)).toEqual(["14"]);
    const perJenis: Record<string, number> = {};
    for (const a of angka) perJenis[a.jenis] = (perJenis[a.jenis] ?? 0) + 1;
    expect(perJenis).toEqual({
      jumlah_pegawai: 18,
      target_indikator: 40,
      pagu: 113,
      realisasi_indikator: 12,
      realisasi_anggaran: 52,
    });
  });
});

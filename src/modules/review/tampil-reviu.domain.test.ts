import { describe, expect, it } from "vitest";
import { masalahUkuran, namaBerkasAman, PESAN_KOSONG, PESAN_TERLALU_BESAR } from "./berkas-reviu.domain.ts";
import type { LokasiNaskah, NaskahLaporan, TemuanReviu } from "./naskah.ts";
import {
  angkaTemuanTeks,
  formatNilaiTemuan,
  kelompokkanTemuan,
  lokasiTeks,
  tahunNaskah,
} from "./tampil-reviu.domain.ts";

const KOSONG: LokasiNaskah = {
  bab: null,
  bagian: null,
  tabel: null,
  baris: null,
  kolom: null,
  barisBerkas: null,
  kutipan: null,
};

function temuan(kode: string, lokasi: Partial<LokasiNaskah>, angka: Partial<TemuanReviu> = {}): TemuanReviu {
  return {
    kode,
    jenis: "aritmetika",
    tingkat: "tinggi",
    pesan: kode,
    lokasi: { ...KOSONG, ...lokasi },
    ...angka,
  };
}

describe("numbers of a finding in Indonesian format", () => {
  it.each([
    [1240713100, "1.240.713.100"],
    [-100000, "-100.000"],
    [0, "0"],
    [93.06, "93,06"],
    [96.425, "96,43"],
    [-0.005, "-0,01"],
    [0.1 + 0.2, "0,30"],
    [2.5, "2,50"],
  ])("%s → %s", (n, teks) => {
    expect(formatNilaiTemuan(n)).toBe(teks);
  });

  it("states written, recomputed and difference together", () => {
    const t = temuan("x", {}, { stated: 1240713100, computed: 1240813100, difference: -100000 });
    expect(angkaTemuanTeks(t)).toBe("tertulis 1.240.713.100 · dihitung 1.240.813.100 · selisih -100.000");
    expect(angkaTemuanTeks(temuan("y", {}))).toBeNull();
  });
});

describe("location of a finding", () => {
  it("names chapter, section, table, row, column and file line, widest first", () => {
    expect(
      lokasiTeks({
        bab: "BAB III AKUNTABILITAS KINERJA",
        bagian: "3.2. Realisasi Anggaran",
        tabel: "Tabel 3.8 Realisasi Anggaran",
        baris: 5,
        kolom: "Realisasi (Rp)",
        barisBerkas: 870,
        kutipan: "Program Penunjang",
      }),
    ).toBe(
      'BAB III AKUNTABILITAS KINERJA › 3.2. Realisasi Anggaran › Tabel 3.8 Realisasi Anggaran › baris 5 › kolom "Realisasi (Rp)" › baris berkas 870',
    );
    expect(lokasiTeks(KOSONG)).toBe("(awal dokumen)");
  });

  it("groups findings by table (else section, else chapter) in document order", () => {
    const daftar = [
      temuan("b", { bab: "BAB III", tabel: "Tabel 3.8", barisBerkas: 870 }),
      temuan("c", { bab: "BAB IV", barisBerkas: 950 }),
      temuan("a", { bab: "BAB II", tabel: "Tabel 2.1", barisBerkas: 200 }),
      temuan("d", { bab: "BAB III", tabel: "Tabel 3.8", barisBerkas: 860 }),
      temuan("e", { bab: null }),
    ];
    const g = kelompokkanTemuan(daftar);
    expect(g.map((k) => [k.judul, k.temuan.map((t) => t.kode).join("")])).toEqual([
      ["Tabel 2.1", "a"],
      ["Tabel 3.8", "db"],
      ["BAB IV", "c"],
      ["Keseluruhan dokumen", "e"],
    ]);
  });
});

describe("the report year and the file checks", () => {
  it("reads the year from the cover, not from later chapters, else from the file name", () => {
    const n: NaskahLaporan = {
      namaBerkas: "lakip.txt",
      format: "teks",
      blok: [
        {
          jenis: "paragraf",
          teks: "LAPORAN KINERJA KECAMATAN MALILI",
          bab: null,
          bagian: null,
          barisBerkas: 1,
        },
        { jenis: "paragraf", teks: "2024", bab: null, bagian: null, barisBerkas: 3 },
        { jenis: "judul", tingkat: 1, teks: "BAB I PENDAHULUAN", barisBerkas: 5 },
      ],
    };
    expect(tahunNaskah(n)).toBe(2024);
    const tanpa: NaskahLaporan = {
      namaBerkas: "lkjip-2023-final.docx",
      format: "docx",
      blok: [
        { jenis: "judul", tingkat: 1, teks: "BAB I PENDAHULUAN", barisBerkas: 1 },
        { jenis: "paragraf", teks: "Tahun 2019", bab: "BAB I PENDAHULUAN", bagian: null, barisBerkas: 2 },
      ],
    };
    expect(tahunNaskah(tanpa)).toBe(2023);
    expect(tahunNaskah({ ...tanpa, namaBerkas: "lkjip.docx" })).toBeNull();
  });

  it("refuses an empty file and one above 20 MB by size alone", () => {
    expect(masalahUkuran(0)).toBe(PESAN_KOSONG);
    expect(masalahUkuran(20 * 1024 * 1024)).toBeNull();
    expect(masalahUkuran(20 * 1024 * 1024 + 1)).toBe(PESAN_TERLALU_BESAR);
    expect(PESAN_TERLALU_BESAR).toContain("paling besar 20 MB");
  });

  it("keeps only the base name of an uploaded file, without quotes or control characters", () => {
    expect(namaBerkasAman('C:\\Users\\x\\LKjIP "final"\u0007.docx')).toBe("LKjIP final.docx");
    expect(namaBerkasAman("../../etc/passwd")).toBe("passwd");
    expect(namaBerkasAman("  ")).toBe("laporan");
  });
});

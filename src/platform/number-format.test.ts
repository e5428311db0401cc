import { describe, expect, it } from "vitest";
import { desimal } from "./decimal.ts";
import {
  formatAngka,
  formatPersen,
  formatRupiah,
  formatTanggal,
  parseAngka,
  parseRupiah,
} from "./number-format.ts";

describe("formatRupiah", () => {
  it.each([
    [4445199950n, "Rp 4.445.199.950"],
    [4286256962n, "Rp 4.286.256.962"],
    [1200000n, "Rp 1.200.000"],
    [999n, "Rp 999"],
    [1000n, "Rp 1.000"],
    [0n, "Rp 0"],
    [-1500000n, "-Rp 1.500.000"],
    [123456789012345678901n, "Rp 123.456.789.012.345.678.901"],
  ])("%s → %s", (n, teks) => {
    expect(formatRupiah(n)).toBe(teks);
  });
});

describe("formatAngka", () => {
  it.each([
    ["93.05", undefined, "93,05"],
    ["93.0500", undefined, "93,05"],
    ["1234.5", undefined, "1.234,5"],
    ["100.00", undefined, "100"],
    ["-1234567.25", undefined, "-1.234.567,25"],
    ["0.5", undefined, "0,5"],
    ["93.055", 2, "93,06"],
    ["100", 2, "100,00"],
    ["1234.5", 2, "1.234,50"],
    ["-0.004", 2, "0,00"],
    ["999.995", 2, "1.000,00"],
    ["2.5", 0, "3"],
  ] as const)("%s (desimal tetap %s) → %s", (masukan, tetap, teks) => {
    expect(formatAngka(masukan, tetap)).toBe(teks);
    expect(formatAngka(desimal(masukan), tetap)).toBe(teks);
  });

  it("menolak string yang bukan angka mesin", () => {
    expect(() => formatAngka("93,05")).toThrow(RangeError);
  });
});

describe("formatPersen", () => {
  it.each([
    ["96.42", "96,42 %"],
    ["100.0107", "100,01 %"],
    ["100", "100,00 %"],
    ["1234.5", "1.234,50 %"],
    ["87.5", "87,50 %"],
    ["-12.345", "-12,35 %"],
  ])("%s → %s", (masukan, teks) => {
    expect(formatPersen(masukan)).toBe(teks);
  });
});

describe("formatTanggal", () => {
  it.each([
    ["2025-02-24", "24 Februari 2025"],
    ["2024-01-01", "1 Januari 2024"],
    ["2024-12-31", "31 Desember 2024"],
    ["2024-02-29", "29 Februari 2024"],
    ["2025-08-17T23:30:00+07:00", "17 Agustus 2025"],
    ["2025-05-09T00:00:00Z", "9 Mei 2025"],
  ])("%s → %s", (iso, teks) => {
    expect(formatTanggal(iso)).toBe(teks);
  });

  it.each([
    "2025-02-29",
    "2025-13-01",
    "2025-00-10",
    "2025-04-31",
    "2025-04-00",
    "24-02-2025",
    "2025-2-4",
    "",
  ])("menolak %j", (iso) => {
    expect(() => formatTanggal(iso)).toThrow(RangeError);
  });
});

describe("parseAngka", () => {
  it.each([
    ["93,05", "93.05"],
    ["93.05", "93.05"],
    ["  93,05 ", "93.05"],
    ["1.234,5", "1234.5"],
    ["1,234.5", "1234.5"],
    ["4.445.199.950", "4445199950"],
    ["4,445,199,950", "4445199950"],
    ["1.234.567,891", "1234567.891"],
    ["4445199950", "4445199950"],
    ["100", "100"],
    ["007", "7"],
    ["0,5", "0.5"],
    ["0,125", "0.125"],
    ["0.125", "0.125"],
    ["1234,567", "1234.567"],
    ["1,2340", "1.2340"],
    ["12,5", "12.5"],
    ["-1,5", "-1.5"],
    ["−2,25", "-2.25"],
    ["-0", "0"],
  ])("%j → %s", (masukan, nilai) => {
    expect(parseAngka(masukan)).toEqual({ ok: true, nilai });
  });

  it.each([
    [
      "1.234",
      '"1.234" bermakna ganda: bisa ribuan atau desimal. Tulis 1234 untuk ribuan, atau 1,2340 untuk desimal.',
    ],
    [
      "1,234",
      '"1,234" bermakna ganda: bisa ribuan atau desimal. Tulis 1234 untuk ribuan, atau 1,2340 untuk desimal.',
    ],
    [
      "-12.500",
      '"-12.500" bermakna ganda: bisa ribuan atau desimal. Tulis -12500 untuk ribuan, atau -12,5000 untuk desimal.',
    ],
    ["", "Angka belum diisi. Tulis angkanya, misalnya 93,05 atau 1.234,5."],
    ["   ", "Angka belum diisi. Tulis angkanya, misalnya 93,05 atau 1.234,5."],
    [
      "sembilan puluh",
      '"sembilan puluh" bukan angka yang dapat dibaca. Tulis dengan angka, misalnya 93,05 atau 1.234,5.',
    ],
    ["12a", '"12a" bukan angka yang dapat dibaca. Tulis dengan angka, misalnya 93,05 atau 1.234,5.'],
    [",5", '",5" bukan angka yang dapat dibaca. Tulis dengan angka, misalnya 93,05 atau 1.234,5.'],
    ["5,", '"5," bukan angka yang dapat dibaca. Tulis dengan angka, misalnya 93,05 atau 1.234,5.'],
    ["-", '"-" bukan angka yang dapat dibaca. Tulis dengan angka, misalnya 93,05 atau 1.234,5.'],
    ["1 234", '"1 234" bukan angka yang dapat dibaca. Tulis dengan angka, misalnya 93,05 atau 1.234,5.'],
    ["96,42 %", '"96,42 %" bukan angka yang dapat dibaca. Tulis dengan angka, misalnya 93,05 atau 1.234,5.'],
    [
      "1.23.456",
      '"1.23.456" tidak dapat dibaca: pemisah ribuan harus memisahkan tiap 3 angka, misalnya 4.445.199.950.',
    ],
    [
      "93,05,1",
      '"93,05,1" tidak dapat dibaca: pemisah ribuan harus memisahkan tiap 3 angka, misalnya 4.445.199.950.',
    ],
    [
      "1.234,5,6",
      '"1.234,5,6" tidak dapat dibaca: pemisah ribuan dan desimal tercampur. Tulis dengan titik untuk ribuan dan koma untuk desimal, misalnya 93,05 atau 1.234,5.',
    ],
    [
      "12.34,5",
      '"12.34,5" tidak dapat dibaca: pemisah ribuan dan desimal tercampur. Tulis dengan titik untuk ribuan dan koma untuk desimal, misalnya 93,05 atau 1.234,5.',
    ],
  ])("menolak %j", (masukan, pesan) => {
    expect(parseAngka(masukan)).toEqual({ ok: false, pesan });
  });
});

describe("parseRupiah", () => {
  it.each([
    ["Rp 4.445.199.950", 4445199950n],
    ["Rp. 4.445.199.950,-", 4445199950n],
    ["Rp4.445.199.950", 4445199950n],
    ["rp 1.200.000,00", 1200000n],
    ["4445199950", 4445199950n],
    ["4.445.199.950", 4445199950n],
    ["  3.684.405 ", 3684405n],
    ["0", 0n],
    ["Rp 0,-", 0n],
    ["1.234", 1234n],
  ])("%j → %s", (masukan, nilai) => {
    expect(parseRupiah(masukan)).toEqual({ ok: true, nilai });
  });

  it.each([
    ["-", 'Tanda "-" tidak diterima sebagai nilai. Tulis 0 bila nilainya nol.'],
    ["", "Nilai rupiah belum diisi. Tulis angkanya, misalnya 4.445.199.950."],
    ["-5000", "Nilai rupiah tidak boleh negatif."],
    ["Rp -5.000", "Nilai rupiah tidak boleh negatif."],
    ["-Rp 5.000", "Nilai rupiah tidak boleh negatif."],
    ["−Rp 5.000", "Nilai rupiah tidak boleh negatif."],
    ["Rp 1.000,50", "Nilai rupiah harus bilangan bulat; pecahan rupiah (sen) tidak diterima."],
    ["12,5", "Nilai rupiah harus bilangan bulat; pecahan rupiah (sen) tidak diterima."],
    [
      "4,445,199,950",
      '"4,445,199,950" bukan nilai rupiah yang dapat dibaca. Tulis angka bulat dengan titik sebagai pemisah ribuan, misalnya Rp 4.445.199.950.',
    ],
    [
      "Rp 12.34",
      '"Rp 12.34" bukan nilai rupiah yang dapat dibaca. Tulis angka bulat dengan titik sebagai pemisah ribuan, misalnya Rp 4.445.199.950.',
    ],
    [
      "empat juta",
      '"empat juta" bukan nilai rupiah yang dapat dibaca. Tulis angka bulat dengan titik sebagai pemisah ribuan, misalnya Rp 4.445.199.950.',
    ],
    [
      "Rp",
      '"Rp" bukan nilai rupiah yang dapat dibaca. Tulis angka bulat dengan titik sebagai pemisah ribuan, misalnya Rp 4.445.199.950.',
    ],
  ])("menolak %j", (masukan, pesan) => {
    expect(parseRupiah(masukan)).toEqual({ ok: false, pesan });
  });
});

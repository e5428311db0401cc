import { describe, expect, it } from "vitest";
import {
  adalahKodeAtauTahun,
  adalahPersen,
  adalahRupiah,
  angkaNaskah,
  desimalNaskah,
  pisahAngkaSatuan,
} from "./angka-naskah.ts";

describe("desimalNaskah: Indonesian and English number forms, exactly", () => {
  const kasus: [string, string | null][] = [
    ["1.240.713.100", "1240713100"],
    ["93,06", "93.06"],
    ["93,06%", "93.06"],
    ["93,06 %", "93.06"],
    ["100%", "100"],
    ["Rp 1.240.713.100,00", "1240713100"],
    ["Rp. 1.240.713.100", "1240713100"],
    ["Rp.1.240.713.100", "1240713100"],
    ["RP 4.271.900", "4271900"],
    ["IDR 5.000", "5000"],
    ["Rp. 4.002.116.211,50", "4002116211.5"],
    ["-", "0"],
    ["–", "0"],
    ["—", "0"],
    [" - ", "0"],
    ["Rp. -", "0"],
    ["( 1.000 )", "-1000"],
    ["(1.000)", "-1000"],
    ["-1.000", "-1000"],
    ["−2,5", "-2.5"],
    ["-Rp 1.000", "-1000"],
    ["1 240 713 100", "1240713100"],
    ["1\u00a0240\u00a0713\u00a0100,25", "1240713100.25"],
    ["1.240.713.100,-", "1240713100"],
    ["1.240.713.100.-", "1240713100"],
    ["1.240.713.100 ,00", "1240713100"],
    ["1,240,713,100", "1240713100"],
    ["1,240,713.55", "1240713.55"],
    ["93.06", "93.06"],
    ["0.125", "0.125"],
    ["1.240", "1240"],
    ["0", "0"],
    ["007", "7"],
    ["66", "66"],
    ["2024", "2024"],
    ["7.01.02", null],
    ["7.01.01.2.01.0001", null],
    ["4 Laporan", null],
    ["Baik", null],
    ["", null],
    ["1..2", null],
    ["1.24.5", null],
    ["12 34", null],
    ["1.240,713,100", null],
    ["((1))", null],
    ["(-1)", null],
  ];
  it.each(kasus)("%j → %j", (masukan, hasil) => {
    expect(desimalNaskah(masukan)).toBe(hasil);
  });
});

describe("angkaNaskah", () => {
  it("returns numbers with percentages as written", () => {
    expect(angkaNaskah("93,06%")).toBe(93.06);
    expect(angkaNaskah("Rp 1.240.713.100,00")).toBe(1240713100);
    expect(angkaNaskah("( 1.000 )")).toBe(-1000);
    expect(angkaNaskah("–")).toBe(0);
    expect(angkaNaskah("7.01.02")).toBeNull();
    expect(angkaNaskah("tidak ada")).toBeNull();
  });
});

describe("helpers telling figures apart", () => {
  it("codes and years are not money", () => {
    expect(adalahKodeAtauTahun("7.01.02")).toBe(true);
    expect(adalahKodeAtauTahun("7.01.01.2.01.0001")).toBe(true);
    expect(adalahKodeAtauTahun("2024")).toBe(true);
    expect(adalahKodeAtauTahun("1.240.713")).toBe(false);
    expect(adalahKodeAtauTahun("3.773.172.811")).toBe(false);
    expect(adalahKodeAtauTahun("93,06")).toBe(false);
    expect(adalahKodeAtauTahun("15")).toBe(false);
  });
  it("percent and rupiah cells", () => {
    expect(adalahPersen("93,06%")).toBe(true);
    expect(adalahPersen("93,06")).toBe(false);
    expect(adalahPersen("abc%")).toBe(false);
    expect(adalahRupiah("Rp. 4.271.900")).toBe(true);
    expect(adalahRupiah("4.271.900")).toBe(false);
  });
  it("splits a target and its unit", () => {
    expect(pisahAngkaSatuan("4 Laporan")).toEqual({ nilai: "4", satuan: "Laporan" });
    expect(pisahAngkaSatuan("5 Lembaga Kemasyarakatan")).toEqual({
      nilai: "5",
      satuan: "Lembaga Kemasyarakatan",
    });
    expect(pisahAngkaSatuan("2 Pokmas/Ormas")).toEqual({ nilai: "2", satuan: "Pokmas/Ormas" });
    expect(pisahAngkaSatuan("100%")).toEqual({ nilai: "100", satuan: "%" });
    expect(pisahAngkaSatuan("93,05")).toEqual({ nilai: "93.05", satuan: null });
    expect(pisahAngkaSatuan("Laporan")).toBeNull();
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { GalatTerukur } from "../../platform/errors.ts";
import { andaiNaikSatuTingkat, hitungNilaiLke, kriteriaBelumDijawab } from "./lke-nilai.domain.ts";
import { type PaketLke, susunPaketLke } from "./lke-paket.domain.ts";
import type { BerkasPaketLke } from "./lke-paket.schemas.ts";
import { bacaPaketLke } from "./lke-paket.ts";

let paket: PaketLke;
beforeAll(async () => {
  paket = await bacaPaketLke();
});

/** Every criterion of the 88/2021 pack answered the same. */
function semua(jawaban: string): Map<string, string> {
  return new Map([...paket.kriteriaPerKode.keys()].map((k) => [k, jawaban]));
}

/** Answers per sub-komponen, in criterion order (1.a → 1.a.1, 1.a.2, …). */
function lembar(per: Record<string, string[]>): Map<string, string> {
  return new Map(
    Object.entries(per).flatMap(([s, daftar]) => daftar.map((j, i) => [`${s}.${i + 1}`, j] as const)),
  );
}

// A mixed sheet worked by hand (percent: AA 100, A 90, BB 80, B 70, CC 60, C 50, D 30, E 0).
//   1.a 6 kriteria, bobot 6:    AA AA AA A A A        mean (300 + 270) / 6 = 95       × 6 / 100   = 5,7
//   1.b 11, bobot 9:            BB ×11                mean 80                          × 9 / 100   = 7,2
//   1.c 8, bobot 15:            B ×4, CC ×4           mean 65                          × 15 / 100  = 9,75
//   komponen 1 = 22,65
//   2.a 3, bobot 6:             A BB B                mean 240 / 3 = 80                × 6 / 100   = 4,8
//   2.b 7, bobot 9:             A ×7                  mean 90                          × 9 / 100   = 8,1
//   2.c 10, bobot 15:           C ×5, D ×5            mean (250 + 150) / 10 = 40       × 15 / 100  = 6
//   komponen 2 = 18,9
//   3.a 6, bobot 3:             AA ×6                 mean 100                         × 3 / 100   = 3
//   3.b 9, bobot 4,5:           A ×8, E               mean 720 / 9 = 80                × 4,5 / 100 = 3,6
//   3.c 7, bobot 7,5:           BB ×6, A              mean 570 / 7 = 81,428571…        × 7,5 / 100 = 6,107142… → 6,11
//   komponen 3 = 12,707142… → 12,71
//   4.a 3, bobot 5:             BB BB B               mean 230 / 3 = 76,666…           × 5 / 100   = 3,8333… → 3,83
//   4.b 5, bobot 7,5:           CC ×5                 mean 60                          × 7,5 / 100 = 4,5
//   4.c 5, bobot 12,5:          C C C D E             mean 180 / 5 = 36                × 12,5 / 100 = 4,5
//   komponen 4 = 12,8333… → 12,83
//   nilai akhir = 22,65 + 18,9 + 12,707142… + 12,8333… = 2817,8 / 42 = 67,090476… → 67,09 → B (> 60 – 70)
const CAMPURAN = {
  "1.a": ["AA", "AA", "AA", "A", "A", "A"],
  "1.b": Array(11).fill("BB"),
  "1.c": ["B", "B", "B", "B", "CC", "CC", "CC", "CC"],
  "2.a": ["A", "BB", "B"],
  "2.b": Array(7).fill("A"),
  "2.c": ["C", "C", "C", "C", "C", "D", "D", "D", "D", "D"],
  "3.a": Array(6).fill("AA"),
  "3.b": ["A", "A", "A", "A", "A", "A", "A", "A", "E"],
  "3.c": ["BB", "BB", "BB", "BB", "BB", "BB", "A"],
  "4.a": ["BB", "BB", "B"],
  "4.b": Array(5).fill("CC"),
  "4.c": ["C", "C", "C", "D", "E"],
};

describe("hitungNilaiLke — paket 88/2021", () => {
  it("semua AA → 100,00 AA; semua E → 0,00 D", () => {
    const aa = hitungNilaiLke(paket, semua("AA"));
    expect(aa.nilaiAkhir).toBe("100.00");
    expect(aa.predikat).toEqual({ huruf: "AA", sebutan: "Sangat Memuaskan" });
    expect(aa.komponen.map((k) => k.nilai)).toEqual(["30.00", "30.00", "15.00", "25.00"]);
    const e = hitungNilaiLke(paket, semua("E"));
    expect(e.nilaiAkhir).toBe("0.00");
    expect(e.predikat).toEqual({ huruf: "D", sebutan: "Sangat Kurang" });
  });

  // Every criterion at one grade makes every mean that grade, so the final score is the grade's percent exactly:
  // each band's lower bound itself, which belongs to the band below (exclusive bounds, decisions.md).
  it.each([
    ["A", "90.00", "A"],
    ["BB", "80.00", "BB"],
    ["B", "70.00", "B"],
    ["CC", "60.00", "CC"],
    ["C", "50.00", "C"],
    ["D", "30.00", "D"],
  ])("semua %s → %s predikat %s (batas bawah eksklusif)", (jawaban, nilai, huruf) => {
    const h = hitungNilaiLke(paket, semua(jawaban));
    expect(h.nilaiAkhir).toBe(nilai);
    expect(h.predikat.huruf).toBe(huruf);
  });

  it("lembar campuran dihitung tangan (lihat komentar) → 67,09 B", () => {
    const h = hitungNilaiLke(paket, lembar(CAMPURAN));
    expect(h.komponen.map((k) => [k.kode, k.bobot, k.nilai])).toEqual([
      ["1", "30", "22.65"],
      ["2", "30", "18.90"],
      ["3", "15", "12.71"],
      ["4", "25", "12.83"],
    ]);
    expect(
      h.komponen.flatMap((k) =>
        k.subKomponen.map((s) => [s.kode, s.bobot, s.jumlahKriteria, s.rataRataPersen, s.nilai]),
      ),
    ).toEqual([
      ["1.a", "6", 6, "95.00", "5.70"],
      ["1.b", "9", 11, "80.00", "7.20"],
      ["1.c", "15", 8, "65.00", "9.75"],
      ["2.a", "6", 3, "80.00", "4.80"],
      ["2.b", "9", 7, "90.00", "8.10"],
      ["2.c", "15", 10, "40.00", "6.00"],
      ["3.a", "3", 6, "100.00", "3.00"],
      ["3.b", "4.5", 9, "80.00", "3.60"],
      ["3.c", "7.5", 7, "81.43", "6.11"],
      ["4.a", "5", 3, "76.67", "3.83"],
      ["4.b", "7.5", 5, "60.00", "4.50"],
      ["4.c", "12.5", 5, "36.00", "4.50"],
    ]);
    expect(h.nilaiAkhir).toBe("67.09");
    expect(h.predikat).toEqual({ huruf: "B", sebutan: "Baik" });
    expect(h.paket).toEqual({ id: "permenpanrb-88-2021-pemda", versi: 1, regulasi: paket.regulasi });
  });

  it("presisi penuh sampai akhir: nilai akhir dibulatkan dari nilai tepat, bukan dari jumlah yang sudah dibulatkan", () => {
    // All BB (80,00) except 3.c.7 and 4.a.3 at A (+10 points each):
    //   3.c: (6 × 80 + 90) / 7 × 7,5 / 100 = 6,107142… → 6,11     4.a: (2 × 80 + 90) / 3 × 5 / 100 = 4,1666… → 4,17
    //   exact total = 80 + 10 × 7,5 / 700 + 10 × 5 / 300 = 80 + 0,107142… + 0,166666… = 80,273809… → 80,27
    //   whereas the printed sub-komponen add up to 80 − 0,8 × (7,5 + 5) + 6,11 + 4,17 = 80,28.
    const h = hitungNilaiLke(paket, semua("BB").set("3.c.7", "A").set("4.a.3", "A"));
    const subs = h.komponen.flatMap((k) => k.subKomponen);
    expect(subs.find((s) => s.kode === "3.c")?.nilai).toBe("6.11");
    expect(subs.find((s) => s.kode === "4.a")?.nilai).toBe("4.17");
    expect(h.komponen.map((k) => k.nilai)).toEqual(["24.00", "24.00", "12.11", "20.17"]);
    expect(h.nilaiAkhir).toBe("80.27");
    expect(h.predikat.huruf).toBe("A");
  });

  it("menolak kriteria yang belum dijawab (tidak dianggap E), kode asing dan jawaban di luar AA…E", () => {
    const kurang = semua("A");
    kurang.delete("2.b.3");
    kurang.delete("4.c.5");
    expect(kriteriaBelumDijawab(paket, kurang)).toEqual(["2.b.3", "4.c.5"]);
    expect(() => hitungNilaiLke(paket, kurang)).toThrow(
      "2 kriteria belum dijawab (2.b.3, 4.c.5). Setiap kriteria harus dijawab; jawab E bila sama sekali tidak ada upaya.",
    );
    const asing = semua("A").set("5.a.1", "A");
    expect(() => hitungNilaiLke(paket, asing)).toThrow(
      "Kriteria 5.a.1 tidak ada di paket permenpanrb-88-2021-pemda.",
    );
    const salah = semua("A").set("1.a.1", "F");
    try {
      hitungNilaiLke(paket, salah);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(GalatTerukur);
      expect((e as GalatTerukur).bidang).toBe("1.a.1");
      expect((e as Error).message).toBe(
        'Jawaban kriteria 1.a.1 "F" harus salah satu dari AA, A, BB, B, CC, C, D, E.',
      );
    }
  });
});

/** Two sub-komponen in one komponen, weights `besar` + `kecil` = 100, one criterion each. */
function paketDua(besar: string, kecil: string): PaketLke {
  const berkas: BerkasPaketLke = {
    format: "terukur-paket-lke",
    id: "uji-batas",
    versi: 1,
    nama: "Paket uji batas predikat",
    regulasi: "uji",
    skalaPredikat: "lke-88-2021",
    catatan: [],
    skalaJawaban: paket.skalaJawaban.map((j) => ({ kode: j.kode, persen: j.persen.nilai.toString() })),
    komponen: [{ kode: "1", nama: "Satu", bobot: "100" }],
    subKomponen: [
      { kode: "1.a", komponen: "1", nama: "Besar", bobot: besar },
      { kode: "1.b", komponen: "1", nama: "Kecil", bobot: kecil },
    ],
    kriteria: [
      { kode: "1.a.1", subKomponen: "1.a", teks: "Besar" },
      { kode: "1.b.1", subKomponen: "1.b", teks: "Kecil" },
    ],
  };
  return susunPaketLke(berkas);
}

describe("batas predikat tepat di atas batas bawah (paket uji dua sub-komponen)", () => {
  // nilai = besar% × a / 100 + kecil% × b / 100; with a = 99,9 and b = 0,1, one grade (10 points) higher on the
  // small one adds 10 × 0,1 / 100 = 0,01. D → C is 20 points, so its small weight is 0,05: 20 × 0,05 / 100 = 0,01.
  it.each([
    ["99.9", "0.1", "A", "AA", "90.01", "AA"], // 90 × 0,999 + 100 × 0,001 = 89,91 + 0,1
    ["99.9", "0.1", "BB", "A", "80.01", "A"], // 79,92 + 0,09
    ["99.9", "0.1", "B", "BB", "70.01", "BB"], // 69,93 + 0,08
    ["99.9", "0.1", "CC", "B", "60.01", "B"], // 59,94 + 0,07
    ["99.9", "0.1", "C", "CC", "50.01", "CC"], // 49,95 + 0,06
    ["99.95", "0.05", "D", "C", "30.01", "C"], // 29,985 + 0,025
    ["99.95", "0.05", "A", "AA", "90.01", "AA"], // 89,955 + 0,05 = 90,005 → dibulatkan 90,01 → AA
    ["99.95", "0.05", "A", "BB", "90.00", "A"], // 89,955 + 0,04 = 89,995 → dibulatkan 90,00 → A
  ])("bobot %s/%s, jawaban %s dan %s → %s %s", (besar, kecil, ja, jb, nilai, huruf) => {
    const h = hitungNilaiLke(
      paketDua(besar, kecil),
      new Map([
        ["1.a.1", ja],
        ["1.b.1", jb],
      ]),
    );
    expect(h.nilaiAkhir).toBe(nilai);
    expect(h.predikat.huruf).toBe(huruf);
  });
});

describe("andaiNaikSatuTingkat — kriteria mana yang paling menambah nilai bila naik satu tingkat", () => {
  it("lembar campuran: 4.c.5 E→D +0,75, lalu 4.c.4 D→C +0,50, lalu 2.c.6 D→C +0,30", () => {
    // 4.c: 5 kriteria, bobot 12,5 → satu poin persen bernilai 12,5 / 500 = 0,025; E→D 30 poin = 0,75; D→C 20 = 0,5.
    // 2.c: 10 kriteria, bobot 15 → 0,015 per poin; D→C 20 poin = 0,3 (2.c.6 … 2.c.10, urutan paket).
    const andai = andaiNaikSatuTingkat(paket, lembar(CAMPURAN));
    expect(
      andai.slice(0, 7).map((a) => [a.kode, a.jawaban, a.jawabanBaru, a.tambahan, a.nilaiAkhirBaru]),
    ).toEqual([
      ["4.c.5", "E", "D", "0.75", "67.84"],
      ["4.c.4", "D", "C", "0.50", "67.59"],
      ["2.c.6", "D", "C", "0.30", "67.39"],
      ["2.c.7", "D", "C", "0.30", "67.39"],
      ["2.c.8", "D", "C", "0.30", "67.39"],
      ["2.c.9", "D", "C", "0.30", "67.39"],
      ["2.c.10", "D", "C", "0.30", "67.39"],
    ]);
    // 3.a is all AA: nothing to raise there; every other criterion is listed once.
    expect(andai).toHaveLength(80 - 6 - 3);
    expect(andai.some((a) => a.subKomponen === "3.a")).toBe(false);
  });

  it("semua A (90,00 A): 4.c.1 naik ke AA menambah 0,25 dan mengubah predikat menjadi AA", () => {
    // A→AA = 10 poin; per sub-komponen 10 × bobot / (n × 100): 4.c 0,25 · 2.a 0,2 · 1.c 0,1875 · … · 3.b 0,05.
    const andai = andaiNaikSatuTingkat(paket, semua("A"));
    expect(andai[0]).toMatchObject({
      kode: "4.c.1",
      jawabanBaru: "AA",
      tambahan: "0.25",
      nilaiAkhirBaru: "90.25",
      predikatBaru: { huruf: "AA", sebutan: "Sangat Memuaskan" },
    });
    expect(andai.at(-1)).toMatchObject({ subKomponen: "3.b", tambahan: "0.05", nilaiAkhirBaru: "90.05" });
    // 3.a (3 / 600 × 10 = 0,05) ties with 3.b and comes first in pack order.
    const terkecil = andai.filter((a) => a.tambahan === "0.05").map((a) => a.subKomponen);
    expect(new Set(terkecil)).toEqual(new Set(["3.a", "3.b"]));
    expect(terkecil.indexOf("3.b")).toBeGreaterThan(terkecil.lastIndexOf("3.a"));
  });

  it("semua AA: tidak ada yang dapat dinaikkan", () => {
    expect(andaiNaikSatuTingkat(paket, semua("AA"))).toEqual([]);
  });
});

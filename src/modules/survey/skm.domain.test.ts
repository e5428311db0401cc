import { describe, expect, it } from "vitest";
import {
  type AgregatUnsur,
  hitungSkm,
  mutuDariNilai,
  periksaBobot,
  sampelMinimum,
  type UnsurHitung,
} from "./skm.domain.ts";

const SEMBILAN: UnsurHitung[] = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"].map((kunci) => ({
  kunci,
  nama: `Unsur ${kunci}`,
  bobot: { pembilang: 1, penyebut: 9 },
}));

/** Aggregates answer rows (null = blank) the way the SQL aggregate does: sum and count per unsur, blanks skipped. */
function agregatDari(unsur: UnsurHitung[], responden: (number | null)[][]): Map<string, AgregatUnsur> {
  const m = new Map<string, AgregatUnsur>();
  unsur.forEach((u, i) => {
    let jumlah = 0;
    let n = 0;
    for (const r of responden) {
      const v = r[i];
      if (v !== null && v !== undefined) {
        jumlah += v;
        n += 1;
      }
    }
    m.set(u.kunci, { jumlah, responden: n });
  });
  return m;
}

const satuUnsur: UnsurHitung[] = [{ kunci: "U1", nama: "Tunggal", bobot: { pembilang: 1, penyebut: 1 } }];

describe("hitungSkm (PermenPANRB 14/2017, decisions.md SKM / IKM)", () => {
  it("all answers 4 → 100.00 A Sangat Baik (exact 1/9, not 0,11)", () => {
    const h = hitungSkm(SEMBILAN, agregatDari(SEMBILAN, [Array(9).fill(4), Array(9).fill(4)]));
    expect(h.ikm).toBe("100.00");
    expect(h.mutu).toEqual({ huruf: "A", sebutan: "Sangat Baik" });
    expect(h.perUnsur.every((u) => u.nrr === "4.0000" && u.konversi === "100.00")).toBe(true);
  });

  it("names every unsur tied at the lowest and at the highest value, not only the first", () => {
    // U2 and U7 share the lowest NRR (2); U1, U5 and U9 share the highest (4); the rest 3.
    const baris = [[4, 2, 3, 3, 4, 3, 2, 3, 4]];
    const h = hitungSkm(SEMBILAN, agregatDari(SEMBILAN, baris));
    expect(h.terendahSemua).toEqual(["U2", "U7"]);
    expect(h.tertinggiSemua).toEqual(["U1", "U5", "U9"]);
    expect([h.terendah, h.tertinggi]).toEqual(["U2", "U1"]);
  });

  it("all answers 1 → 25.00 D Tidak Baik", () => {
    const h = hitungSkm(SEMBILAN, agregatDari(SEMBILAN, [Array(9).fill(1)]));
    expect(h.ikm).toBe("25.00");
    expect(h.mutu).toEqual({ huruf: "D", sebutan: "Tidak Baik" });
  });

  it("blanks do not count in an unsur's denominator", () => {
    // U1 answered 4, 3 and blank → NRR 7/2 = 3.5; U2–U9 answered 3, 3, 3 → NRR 3.
    const baris = [
      [4, 3, 3, 3, 3, 3, 3, 3, 3],
      [3, 3, 3, 3, 3, 3, 3, 3, 3],
      [null, 3, 3, 3, 3, 3, 3, 3, 3],
    ];
    const h = hitungSkm(SEMBILAN, agregatDari(SEMBILAN, baris));
    const u1 = h.perUnsur[0];
    expect(u1).toMatchObject({ kunci: "U1", jumlah: "7", responden: 2, nrr: "3.5000", konversi: "87.50" });
    expect(u1?.mutu.huruf).toBe("B");
    expect(h.perUnsur[1]).toMatchObject({ jumlah: "9", responden: 3, nrr: "3.0000", konversi: "75.00" });
    expect(h.perUnsur[1]?.mutu.huruf).toBe("C");
    // IKM = 25 × (3.5 + 8 × 3) / 9 = 687.5 / 9 = 76.3888… → 76.39, below 76.61 → C
    expect(h.ikm).toBe("76.39");
    expect(h.mutu).toEqual({ huruf: "C", sebutan: "Kurang Baik" });
    expect(h.respondenMaks).toBe(3);
    // lowest first; ties in questionnaire order
    expect(h.perUnsur.map((u) => u.peringkat)).toEqual([9, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(h.terendah).toBe("U2");
    expect(h.tertinggi).toBe("U1");
  });

  it("rounds once at the end: NRR 10/3 is kept exact inside the IKM", () => {
    // U1: 4, 3, 3 → 10/3; others 3 → IKM = 25 × (10/3 + 24) / 9 = 2050/27 = 75.9259… → 75.93
    const baris = [
      [4, 3, 3, 3, 3, 3, 3, 3, 3],
      [3, 3, 3, 3, 3, 3, 3, 3, 3],
      [3, 3, 3, 3, 3, 3, 3, 3, 3],
    ];
    const h = hitungSkm(SEMBILAN, agregatDari(SEMBILAN, baris));
    expect(h.perUnsur[0]?.nrr).toBe("3.3333");
    expect(h.perUnsur[0]?.konversi).toBe("83.33");
    expect(h.ikm).toBe("75.93");
  });

  it.each([
    [8831, "88.31", "A", "Sangat Baik"],
    [8830, "88.30", "B", "Baik"],
    [7661, "76.61", "B", "Baik"],
    [7660, "76.60", "C", "Kurang Baik"],
    [6500, "65.00", "C", "Kurang Baik"],
    [6499, "64.99", "D", "Tidak Baik"],
  ])("band boundary: sum %i over 2500 answers → %s %s", (jumlah, ikm, huruf, sebutan) => {
    const h = hitungSkm(satuUnsur, new Map([["U1", { jumlah, responden: 2500 }]]));
    expect(h.ikm).toBe(ikm);
    expect(h.mutu).toEqual({ huruf, sebutan });
    expect(h.perUnsur[0]?.konversi).toBe(ikm);
    expect(h.perUnsur[0]?.mutu.huruf).toBe(huruf);
  });

  it("classifies on the value rounded to 2 decimals (88.305 → 88.31 A; 76.6049 → 76.60 C)", () => {
    expect(mutuDariNilai("88.305").huruf).toBe("A");
    expect(mutuDariNilai("76.6049").huruf).toBe("C");
  });

  it("a custom questionnaire with weights 1/2, 1/4, 1/8, 1/8", () => {
    const unsur: UnsurHitung[] = [
      { kunci: "A", nama: "Satu", bobot: { pembilang: 1, penyebut: 2 } },
      { kunci: "B", nama: "Dua", bobot: { pembilang: 1, penyebut: 4 } },
      { kunci: "C", nama: "Tiga", bobot: { pembilang: 1, penyebut: 8 } },
      { kunci: "D", nama: "Empat", bobot: { pembilang: 1, penyebut: 8 } },
    ];
    // NRR 4, 3, 2, 1 → (4/2 + 3/4 + 2/8 + 1/8) × 25 = 3.125 × 25 = 78.125 → 78.13 (half up) B
    const h = hitungSkm(unsur, agregatDari(unsur, [[4, 3, 2, 1]]));
    expect(h.ikm).toBe("78.13");
    expect(h.mutu.huruf).toBe("B");
    expect(h.terendah).toBe("D");
    expect(h.tertinggi).toBe("A");
  });

  it("refuses weights that do not sum to 1 and an unsur nobody answered", () => {
    const salah = SEMBILAN.slice(0, 8);
    expect(() => hitungSkm(salah, new Map())).toThrow(
      "Jumlah bobot seluruh unsur harus tepat 1 (PermenPANRB 14/2017); tertulis 8/9.",
    );
    const m = agregatDari(SEMBILAN, [Array(9).fill(3)]);
    m.set("U4", { jumlah: 0, responden: 0 });
    expect(() => hitungSkm(SEMBILAN, m)).toThrow(
      "Unsur U4 (Unsur U4) belum dijawab oleh seorang responden pun; IKM tidak dapat dihitung.",
    );
  });
});

describe("periksaBobot", () => {
  it("accepts exactly 1 and refuses 0,11 × 9", () => {
    expect(periksaBobot(SEMBILAN)).toEqual({ ok: true });
    expect(periksaBobot(SEMBILAN.map((u) => ({ ...u, bobot: { pembilang: 11, penyebut: 100 } })))).toEqual({
      ok: false,
      pesan: "Jumlah bobot seluruh unsur harus tepat 1 (PermenPANRB 14/2017); tertulis 99/100.",
    });
  });
});

// regulations.md §1.6 (= Krejcie & Morgan 1970), N → n
const TABEL_KM =
  `10 10 15 14 20 19 25 24 30 28 35 32 40 36 45 40 50 44 55 48 60 52 65 56 70 59 75 63 80 66 85 70 90 73 95 76
100 80 110 86 120 92 130 97 140 103 150 108 160 113 170 118 180 123 190 127 200 132 210 136 220 140 230 144 240 148
250 152 260 155 270 159 280 162 290 165 300 169 320 175 340 181 360 186 380 191 400 196 420 201 440 205 460 210
480 214 500 217 550 226 600 234 650 242 700 248 750 254 800 260 850 265 900 269 950 274 1000 278 1100 285 1200 291
1300 297 1400 302 1500 306 1600 310 1700 313 1800 317 1900 320 2000 322 2200 327 2400 331 2600 335 2800 338
3000 341 3500 346 4000 351 4500 354 5000 357 6000 361 7000 364 8000 367 9000 368 10000 370 15000 375 20000 377
30000 379 40000 380 50000 381 75000 382 1000000 384`
    .trim()
    .split(/\s+/)
    .map(Number);
const PASANGAN: [number, number][] = [];
for (let i = 0; i < TABEL_KM.length; i += 2) PASANGAN.push([TABEL_KM[i] ?? 0, TABEL_KM[i + 1] ?? 0]);

describe("sampelMinimum (Krejcie & Morgan, χ² 3,841, P 0,5, d 0,05, half up)", () => {
  it("has the whole table", () => expect(PASANGAN).toHaveLength(90));
  it.each(PASANGAN)("N = %i → n = %i", (n, s) => expect(sampelMinimum(n)).toBe(s));
  it("N = 100.000 gives 383 by the formula (not the 384 some copies print)", () =>
    expect(sampelMinimum(100000)).toBe(383));
});

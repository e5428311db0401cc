import { describe, expect, it } from "vitest";
import { desimal, keString } from "../../../platform/decimal.ts";
import { SKALA_PERMENDAGRI_86_2017 } from "../../performance/predikat.domain.ts";
import { predikatRataRata, rataRataPersen, ringkasCapaian } from "./rata-rata.domain.ts";

const d = (s: string | null) => (s === null ? null : desimal(s));

describe("rataRataPersen", () => {
  it.each([
    [[], null],
    [[null, null], null],
    [["100.01"], ["100.01", 1]],
    [
      ["96.80", "86.25", "92.27", "87.49", "99.16", "94.04"],
      ["92.67", 6],
    ],
    [
      ["90.00", null, "91.01"],
      ["90.51", 2],
    ],
    [
      ["0.00", "100.00", "100.01"],
      ["66.67", 3],
    ],
  ] as const)("%j → %j", (nilai, hasil) => {
    const r = rataRataPersen(nilai.map(d));
    expect(r === null ? null : [keString(r.nilai), r.jumlahBaris]).toEqual(hasil);
  });
});

describe("ringkasCapaian and predikat", () => {
  it("averages Renja and Renstra, K and Rp, separately", () => {
    const r = ringkasCapaian([
      { capaianRenja: { k: d("100.01"), rp: null }, capaianRenstra: { k: d("98.48"), rp: null } },
      { capaianRenja: { k: null, rp: d("96.80") }, capaianRenstra: { k: null, rp: null } },
      { capaianRenja: { k: null, rp: d("86.25") }, capaianRenstra: { k: null, rp: null } },
    ]);
    expect(r.renja.k && keString(r.renja.k.nilai)).toBe("100.01");
    expect(r.renja.rp && [keString(r.renja.rp.nilai), r.renja.rp.jumlahBaris]).toEqual(["91.53", 2]);
    expect(r.renstra.rp).toBeNull();
  });

  it.each([
    [null, null],
    ["100.01", "Sangat Tinggi"],
    ["90.50", "Tinggi"],
    ["65.99", "Rendah"],
    ["50", "Sangat Rendah"],
  ])("%s → %s", (nilai, label) => {
    const r = nilai === null ? null : { nilai: desimal(nilai), jumlahBaris: 1 };
    expect(predikatRataRata(r, SKALA_PERMENDAGRI_86_2017)).toBe(label);
  });
});

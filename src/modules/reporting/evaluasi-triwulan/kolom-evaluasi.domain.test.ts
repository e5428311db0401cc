import { describe, expect, it } from "vitest";
import { desimal, keString } from "../../../platform/decimal.ts";
import type { Agregasi, Periode } from "../../performance/periode.domain.ts";
import {
  gabungNilai,
  type InputBarisAnggaran,
  type InputBarisIndikator,
  jumlahRupiah,
  kolomAnggaran,
  kolomIndikator,
  labelK,
  realisasiLintasTahun,
} from "./kolom-evaluasi.domain.ts";

const p = (jenis: Periode["jenis"], ke: number): Periode => ({ jenis, ke });
const th = (nilai: string | null) => [{ periode: p("tahun", 1), nilai }];
const tw = (...nilai: (string | null)[]) =>
  nilai.map((n, i) => ({ periode: p("triwulan", i + 1), nilai: n }));
const k = (h: { kolom: { k: string }[] }) => h.kolom.map((x) => x.k);
const rp = (h: { kolom: { rp: string }[] }) => h.kolom.map((x) => x.rp);

describe("labels and sums", () => {
  it.each([
    ["93.06", "Nilai", 2, "93,06 Nilai"],
    ["66", "Nilai", 2, "66 Nilai"],
    ["93.0567", "Nilai", 2, "93,06 Nilai"],
    ["100.00", "%", 2, "100 %"],
    ["4", null, 0, "4"],
  ] as const)("labelK(%s, %s, %i) → %s", (n, s, presisi, hasil) => {
    expect(labelK(n, s, presisi)).toBe(hasil);
  });

  it("jumlahRupiah: null without rows, else the exact sum", () => {
    expect(jumlahRupiah([])).toBeNull();
    expect(jumlahRupiah([{ jumlah: 0n }])).toBe(0n);
    expect(jumlahRupiah([{ jumlah: 5n }, { jumlah: 7n }])).toBe(12n);
  });

  it("explains rows that cannot be combined", () => {
    expect(gabungNilai([...th("1"), ...th("2")], "sum")).toEqual({
      nilai: null,
      pesan: "Realisasi Tahun tercatat lebih dari sekali.",
    });
    expect(gabungNilai([], "sum")).toEqual({ nilai: null, pesan: null });
  });
});

describe("realisasiLintasTahun", () => {
  it.each([
    [[], "last", null],
    [["88.05", "93.26", null], "last", "93.26"],
    [[null, null], "last", null],
    [["1", "2", "3"], "sum", "6"],
    [["1", null, "3"], "sum", null],
    [["90", "93"], "average", "91.5000"],
    [["90", null], "average", null],
  ] as const)("%j by %s → %s", (nilai, agregasi, hasil) => {
    const r = realisasiLintasTahun(
      nilai.map((n) => (n === null ? null : desimal(n))),
      agregasi as Agregasi,
    );
    expect(r === null ? null : keString(r)).toBe(hasil);
  });
});

const ikm: InputBarisIndikator = {
  satuan: "Nilai",
  presisi: 2,
  polaritas: "positif",
  rumusNegatif: "dua_t_kurang_r",
  agregasi: "last",
  targetAkhir: { target: "94.5", targetAtas: null },
  targetTahun: { target: "93.05", targetAtas: null },
  tahunLalu: [th("88.05"), th("93.26"), th("93.27")],
  tahunIni: th("93.06"),
};

describe("kolomIndikator", () => {
  it("a yearly figure shows only in the year columns at TW IV, the quarters being '-'", () => {
    const h = kolomIndikator(ikm, 4);
    expect(k(h)).toEqual([
      "94,5 Nilai",
      "93,27 Nilai",
      "93,05 Nilai",
      "-",
      "-",
      "-",
      "-",
      "93,06 Nilai",
      "93,06 Nilai",
      "98,48",
    ]);
    expect(rp(h).every((x) => x === "")).toBe(true);
    expect(h.adaTidakTerbagi).toBe(true);
    expect(h.capaianRenja.k && keString(h.capaianRenja.k)).toBe("100.01");
    expect(h.capaianRenstra.k && keString(h.capaianRenstra.k)).toBe("98.48");
  });

  it("before TW IV a yearly figure is not yet counted and later quarters stay empty", () => {
    const h = kolomIndikator(ikm, 2);
    expect(k(h).slice(3)).toEqual(["-", "-", "", "", "-", "93,27 Nilai", "98,70"]);
    expect(h.adaTidakTerbagi).toBe(false);
    expect(h.capaianRenja.k).toBeNull();
  });

  it.each([
    ["sum", 2, ["5 Dok", "7 Dok", "", "", "12 Dok", "42 Dok", "42,00"]],
    ["last", 2, ["5 Dok", "7 Dok", "", "", "7 Dok", "7 Dok", "7,00"]],
    ["average", 3, ["5 Dok", "7 Dok", "-", "", "6 Dok", "12 Dok", "12,00"]],
  ] as const)("quarterly rows by %s up to TW %i", (agregasi, q, diharapkan) => {
    const h = kolomIndikator(
      {
        ...ikm,
        satuan: "Dok",
        presisi: 0,
        agregasi,
        targetAkhir: { target: "100", targetAtas: null },
        targetTahun: { target: "20", targetAtas: null },
        tahunLalu: [th("10"), th("20")],
        tahunIni: tw("5", "7"),
      },
      q,
    );
    expect(k(h).slice(3)).toEqual(diharapkan);
  });

  it("a year without rows breaks a sum across the Renstra, and mixed rows are explained", () => {
    const h = kolomIndikator(
      { ...ikm, agregasi: "sum", tahunLalu: [th("1"), []], tahunIni: [...tw("1"), ...th("2")] },
      4,
    );
    expect(k(h).slice(1, 2)).toEqual(["-"]);
    expect(k(h).slice(7)).toEqual(["2 Nilai", "-", "-"]);
    const campur = kolomIndikator(
      { ...ikm, tahunIni: [...tw("1"), { periode: p("bulan", 2), nilai: "2" }] },
      1,
    );
    expect(k(campur)[7]).toBe("-");
    expect(campur.pesan[0]).toContain("per triwulan dan per bulan");
  });

  it("prints '-' where no target is stored and a range target as lower–upper", () => {
    const h = kolomIndikator(
      { ...ikm, targetAkhir: null, targetTahun: { target: "80", targetAtas: "90" } },
      4,
    );
    expect(k(h)[0]).toBe("-");
    expect(k(h)[2]).toBe("80–90 Nilai");
    expect(k(h)[9]).toBe("-");
  });
});

const program: InputBarisAnggaran = {
  targetK: "100",
  satuan: "%",
  pagu: 4_445_199_950n,
  paguRenstra: null,
  realisasiTahunLalu: null,
  tahunPertama: false,
  tahunIni: [{ periode: p("tahun", 1), jumlah: 4_286_256_962n }],
};

describe("kolomAnggaran", () => {
  it("a yearly realisation shows only in column 12 at TW IV; unknown earlier years leave 6 and 13 '-'", () => {
    const h = kolomAnggaran(program, 4);
    expect(rp(h)).toEqual(["-", "-", "4.445.199.950", "-", "-", "-", "-", "4.286.256.962", "-", "-"]);
    expect(k(h)).toEqual(["-", "-", "100 %", "-", "-", "-", "-", "-", "-", "-"]);
    expect(h.capaianRenja.rp && keString(h.capaianRenja.rp)).toBe("96.42");
    expect(h.adaTidakTerbagi).toBe(true);
  });

  it("sums each quarter's own rows, counts a semester only up to the quarter, adds earlier years", () => {
    const h = kolomAnggaran(
      {
        ...program,
        pagu: 1000n,
        paguRenstra: 5000n,
        realisasiTahunLalu: 2000n,
        tahunIni: [
          { periode: p("bulan", 1), jumlah: 100n },
          { periode: p("bulan", 3), jumlah: 50n },
          { periode: p("triwulan", 2), jumlah: 200n },
          { periode: p("bulan", 10), jumlah: 400n },
        ],
      },
      2,
    );
    expect(rp(h)).toEqual(["5.000", "2.000", "1.000", "150", "200", "", "", "350", "2.350", "47,00"]);
    expect(h.capaianRenja.rp && keString(h.capaianRenja.rp)).toBe("35.00");
    expect(h.adaTidakTerbagi).toBe(false);
  });

  it("in the first Renstra year column 13 is column 12", () => {
    const h = kolomAnggaran({ ...program, tahunPertama: true }, 4);
    expect(rp(h).slice(1, 2)).toEqual(["-"]);
    expect(rp(h)[8]).toBe("4.286.256.962");
  });

  it("no realisation row prints '-', never 0", () => {
    const h = kolomAnggaran({ ...program, tahunIni: [] }, 1);
    expect(rp(h).slice(3)).toEqual(["-", "", "", "", "-", "-", "-"]);
    expect(h.capaianRenja.rp).toBeNull();
  });
});

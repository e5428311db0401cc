import { describe, expect, it } from "vitest";
import { periksaDpa, type RujukanDpa } from "./dpa.domain.ts";
import { BARIS_MAKS, bolehDisimpan, tulisGalat } from "./impor.domain.ts";
import { periksaRealisasi, type RujukanRealisasi } from "./realisasi.domain.ts";
import { angkaSama, bacaRupiahSel, bacaTargetSel, selAngka, selTarget } from "./sel.domain.ts";
import { tandaiMuatan, tandaSah } from "./tanda.ts";
import { periksaTarget, type RujukanTarget } from "./target.domain.ts";

describe("cells", () => {
  it.each([
    [93.05, { target: "93.05", targetAtas: null }],
    ["93,05", { target: "93.05", targetAtas: null }],
    ["80-90", { target: "80", targetAtas: "90" }],
    ["80,5 – 90", { target: "80.5", targetAtas: "90" }],
    ["", null],
  ])("reads the target %j", (sel, hasil) => {
    expect(bacaTargetSel(sel)).toEqual({ ok: true, nilai: hasil });
  });

  it("refuses a range whose upper bound is below the lower one, and words", () => {
    expect(bacaTargetSel("90-80")).toMatchObject({ ok: false });
    expect(bacaTargetSel("banyak")).toMatchObject({ ok: false });
  });

  it("reads rupiah from numbers and id-ID text, refusing fractions", () => {
    expect(bacaRupiahSel(1234567)).toEqual({ ok: true, nilai: 1234567n });
    expect(bacaRupiahSel("1.234.567")).toEqual({ ok: true, nilai: 1234567n });
    expect(bacaRupiahSel(12.5)).toMatchObject({ ok: false });
    const teks = bacaRupiahSel("12,5 juta");
    expect(teks.ok).toBe(false);
    if (!teks.ok) expect(teks.pesan).toMatch(/^bukan angka rupiah/);
  });

  it("writes values back in a form the import reads unchanged", () => {
    expect(selAngka("93.0500")).toBe(93.05);
    expect(selAngka("1.234")).toBe(1.234);
    expect(selTarget("80", "90")).toBe("80-90");
    expect(selTarget("1.234", "2")).toBe("1,2340-2");
    const kembali = bacaTargetSel(selTarget("1.234", "2") ?? "");
    expect(kembali.ok && kembali.nilai && angkaSama(kembali.nilai.target, "1.234")).toBe(true);
  });
});

const rujukanRealisasi: RujukanRealisasi = {
  tahun: 2024,
  labelPeriode: "Triwulan I",
  galatTahun: null,
  indikator: new Map([
    ["S1.I1", { nama: "IKM", satuan: "Nilai", jenisLain: null, tersimpan: null }],
    [
      "S2.I1",
      {
        nama: "Nilai LAKIP",
        satuan: "Nilai",
        jenisLain: null,
        tersimpan: { nilai: "66.00", sumber: "LHE", catatan: null, status: "disetujui" },
      },
    ],
    ["S2.I2", { nama: "Capaian", satuan: "%", jenisLain: "tahun", tersimpan: null }],
  ]),
};
const KEPALA_R = ["kode_indikator", "nama_indikator", "satuan", "nilai", "sumber", "catatan"];

describe("periksaRealisasi", () => {
  it("names the spreadsheet row and column of each error and keeps nothing to write from those rows", () => {
    const p = periksaRealisasi(
      [
        KEPALA_R,
        ["S1.I1", "IKM", "Nilai", "sembilan", "", ""],
        ["", "", "", "", "", ""],
        ["X9", "", "", 5, "", ""],
      ],
      rujukanRealisasi,
    );
    expect(p.galatBerkas).toEqual([]);
    expect(p.baris.flatMap((b) => b.galat.map(tulisGalat))).toEqual([
      expect.stringMatching(/^Baris 2, kolom nilai: "sembilan" bukan angka/),
      'Baris 4, kolom kode_indikator: kode indikator "X9" tidak dikenal; lihat lembar "Kode valid"',
    ]);
    expect(p.jumlah).toEqual({ sah: 0, galat: 2, tetap: 0, berubah: 0, baru: 0 });
    expect(p.tulis).toEqual([]);
    expect(bolehDisimpan(p)).toBe(false);
  });

  it("counts new, unchanged and changed rows; an approved row or a second granularity is an error", () => {
    const p = periksaRealisasi(
      [
        KEPALA_R,
        ["S1.I1", "", "", "93,06", "Survei", ""],
        ["S2.I1", "", "", 66, "LHE", ""],
        ["S2.I2", "", "", 100, "", ""],
      ],
      rujukanRealisasi,
    );
    expect(p.baris.map((b) => b.status)).toEqual(["baru", "tetap", "galat"]);
    expect(p.tulis).toEqual([{ baris: 2, kode: "S1.I1", nilai: "93.06", sumber: "Survei", catatan: null }]);
    const ubah = periksaRealisasi([KEPALA_R, ["S2.I1", "", "", 67, "LHE", ""]], rujukanRealisasi);
    expect(ubah.baris[0]?.galat.map((g) => g.kolom)).toEqual(["nilai"]);
  });

  it("refuses a missing header, a year the Renstra does not allow, a duplicate code, and too many rows", () => {
    expect(periksaRealisasi([["kode", "nilai"]], rujukanRealisasi).galatBerkas[0]).toMatchObject({
      baris: 1,
      kolom: "kode_indikator",
    });
    const tahun = periksaRealisasi([KEPALA_R], {
      ...rujukanRealisasi,
      galatTahun: "tahun 2027 sesudah akhir",
    });
    expect(tahun.galatBerkas.map(tulisGalat)).toEqual(["Baris 1, kolom tahun: tahun 2027 sesudah akhir"]);
    const dup = periksaRealisasi([KEPALA_R, ["S1.I1", "", "", 1], ["S1.I1", "", "", 2]], rujukanRealisasi);
    expect(dup.baris[1]?.galat[0]?.pesan).toBe("kode S1.I1 sudah ada di baris 2");
    const banyak = periksaRealisasi(
      [KEPALA_R, ...Array.from({ length: BARIS_MAKS + 1 }, () => ["S1.I1", "", "", 1])],
      rujukanRealisasi,
    );
    expect(banyak.galatBerkas[0]?.pesan).toMatch(/paling banyak 2000 baris/);
    expect(banyak.tulis).toEqual([]);
  });
});

describe("periksaTarget", () => {
  const r: RujukanTarget = {
    tahunAwal: 2021,
    tahunAkhir: 2026,
    indikator: new Map([
      [
        "S1.I1",
        { nama: "IKM", satuan: "Nilai", target: new Map([[2024, { target: "93.05", targetAtas: null }]]) },
      ],
    ]),
  };
  it("writes only the year cells that differ; a range sets both bounds", () => {
    const p = periksaTarget(
      [
        ["kode_indikator", "nama_indikator", "satuan", "2024", "2025"],
        ["S1.I1", "", "", 93.05, "80-90"],
      ],
      r,
    );
    expect(p.baris[0]?.status).toBe("baru");
    expect(p.tulis).toEqual([{ baris: 2, kode: "S1.I1", tahun: 2025, target: "80", targetAtas: "90" }]);
  });
  it("refuses a year column outside the Renstra", () => {
    const p = periksaTarget([["kode_indikator", "2027"]], r);
    expect(p.galatBerkas.map(tulisGalat)).toEqual([
      "Baris 1, kolom 2027: tahun 2027 di luar periode Renstra 2021–2026",
      "Baris 1, kolom -: tidak ada kolom tahun (misalnya 2024) di baris judul",
    ]);
  });
});

describe("periksaDpa", () => {
  const r: RujukanDpa = {
    tahun: 2024,
    tersimpan: new Map([
      ["7.01.01", { level: "program", nama: "Program Penunjang", pagu: null }],
      ["7.01.01.2.01", { level: "kegiatan", nama: "Perencanaan", pagu: null }],
      ["7.01.01.2.01.0001", { level: "sub_kegiatan", nama: "Renstra", pagu: 5000000n }],
    ]),
    nomenklatur: new Map([
      ["7.01.02", { level: "program", nama: "Program Pemerintahan" }],
      ["7.01.02.2.01", { level: "kegiatan", nama: "Koordinasi" }],
      ["7.01.02.2.01.0001", { level: "sub_kegiatan", nama: "Rapat" }],
    ]),
  };
  const KEPALA = ["kode", "nama", "pagu"];
  it("adds new lines parents first with nomenclature names; known lines are unchanged", () => {
    const p = periksaDpa(
      [
        KEPALA,
        ["7.01.02.2.01.0001", "", "1.500.000"],
        ["7.01.02", "", ""],
        ["7.01.02.2.01", "", ""],
        ["7.01.01.2.01.0001", "diabaikan", 5000000],
      ],
      r,
    );
    expect(p.jumlah).toEqual({ sah: 4, galat: 0, tetap: 1, berubah: 0, baru: 3 });
    expect(p.tulis.map((b) => [b.kode, b.nama, b.pagu])).toEqual([
      ["7.01.02", "Program Pemerintahan", null],
      ["7.01.02.2.01", "Koordinasi", null],
      ["7.01.02.2.01.0001", "Rapat", "1500000"],
    ]);
  });
  it("refuses pagu on a program, an unknown code, a missing parent, bad rupiah and a changed stored pagu", () => {
    const p = periksaDpa(
      [
        KEPALA,
        ["7.01.01", "", 10],
        ["7.01.09", "Baru", ""],
        ["7.01.02.2.01.0001", "", "abc"],
        ["7.01.01.2.01.0001", "", 6000000],
      ],
      r,
    );
    expect(p.baris.flatMap((b) => b.galat.map(tulisGalat))).toEqual([
      expect.stringMatching(/^Baris 2, kolom pagu: pagu hanya diisi pada baris sub kegiatan/),
      'Baris 3, kolom kode: kode 7.01.09 tidak ada di nomenklatur yang berlaku tahun 2024; lihat lembar "Kode valid"',
      expect.stringMatching(/^Baris 4, kolom pagu: bukan angka rupiah/),
      "Baris 4, kolom kode: induknya (7.01.02.2.01) tidak ada di DPA ini maupun di berkas",
      expect.stringMatching(
        /^Baris 5, kolom pagu: pagu sub kegiatan yang sudah tersimpan \(Rp 5\.000\.000\)/,
      ),
    ]);
    expect(p.tulis).toEqual([]);
  });
});

describe("the preview signature", () => {
  const k = { csrf: "token-a", akunId: 1, opdId: 2 };
  it("verifies its own payload only, for the same session, account and OPD", () => {
    const tanda = tandaiMuatan('{"a":1}', k);
    expect(tandaSah('{"a":1}', tanda, k)).toBe(true);
    expect(tandaSah('{"a":2}', tanda, k)).toBe(false);
    expect(tandaSah('{"a":1}', tanda, { ...k, csrf: "token-b" })).toBe(false);
    expect(tandaSah('{"a":1}', tanda, { ...k, opdId: 3 })).toBe(false);
    expect(tandaSah('{"a":1}', "bukan-hex", k)).toBe(false);
  });
});

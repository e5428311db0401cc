/**
 * What goes in columns 5–14 (K and Rp) of one row of the Renja evaluation form (Permendagri 86/2017,
 * regulations.md §4.2): 5 Renstra end target, 6 Renstra realisation up to last year, 7 this year's target,
 * 8–11 each quarter, 12 this year up to the quarter, 13 = 6 + 12 (per the indicator's agregasi), 14 = 13 / 5.
 * Pure: stored rows in, finished Indonesian text out; a value the store lacks is "-", a quarter not yet
 * evaluated is empty, a column that does not apply to the row is empty. Nothing is estimated.
 */
import {
  bagiBulatSetengahNaik,
  bulatkan,
  type Desimal,
  desimal,
  jumlahkan,
  keString,
  ringkas,
} from "../../../platform/decimal.ts";
import { formatAngka } from "../../../platform/number-format.ts";
import { serapan } from "../../budget/anggaran.domain.ts";
import { hitungCapaian, type Polaritas, type RumusNegatif } from "../../performance/capaian.domain.ts";
import { type Agregasi, type Periode, realisasiTahunan } from "../../performance/periode.domain.ts";
import { pilahTriwulan, SEMUA_TRIWULAN, type Triwulan } from "./jendela-triwulan.domain.ts";

/** One column of the form: its K (kinerja) and Rp (anggaran) cells as printed. */
export type PasanganSel = { k: string; rp: string };

/** The percentages a row contributes to the footer averages (null: not computable for this row). */
export type CapaianBaris = { k: Desimal | null; rp: Desimal | null };

/** Columns 5–14 of one row, the capaian behind the footer, and what the note under the table must say. */
export type HasilKolom = {
  /** columns 5, 6, 7, 8, 9, 10, 11, 12, 13, 14 in order */
  kolom: PasanganSel[];
  /** column 12 against column 7 (this year's Renja) */
  capaianRenja: CapaianBaris;
  /** column 14 (the Renstra up to this year) */
  capaianRenstra: CapaianBaris;
  /** a semester or year row was counted in column 12 but shown in no quarter */
  adaTidakTerbagi: boolean;
  /** realisation rows that could not be combined, with the reason */
  pesan: string[];
};

/** A target with an optional upper bound (range target). */
export type Target = { target: string | null; targetAtas: string | null };

/** One realisation row of an indicator. */
export type BarisNilai = { periode: Periode; nilai: string | null };

/** One budget realisation row. */
export type BarisRupiah = { periode: Periode; jumlah: bigint };

/** A Renstra indicator (outcome of a sasaran) as one row of the form. */
export type InputBarisIndikator = {
  satuan: string;
  presisi: number;
  polaritas: Polaritas;
  rumusNegatif: RumusNegatif;
  agregasi: Agregasi;
  /** column 5: the kondisi akhir, else the target of the Renstra's last year */
  targetAkhir: Target | null;
  /** column 7: the target in force this year (PK before Renstra) */
  targetTahun: Target | null;
  /** each earlier year of the Renstra with its rows, oldest first (rows may be empty) */
  tahunLalu: BarisNilai[][];
  /** this year's rows */
  tahunIni: BarisNilai[];
};

/** A DPA program or kegiatan as one row of the form. */
export type InputBarisAnggaran = {
  /** column 7 K: the DPA output target and satuan */
  targetK: string | null;
  satuan: string | null;
  /** column 7 Rp: pagu of the DPA in force */
  pagu: bigint;
  /** column 5 Rp: indicative funding at the end of the Renstra; null when the store has none */
  paguRenstra: bigint | null;
  /** column 6 Rp: realised in earlier Renstra years; null when one of them has no budget data */
  realisasiTahunLalu: bigint | null;
  /** true in the first Renstra year: column 13 is then column 12 alone */
  tahunPertama: boolean;
  /** this year's budget realisation rows */
  tahunIni: BarisRupiah[];
};

const STRIP = "-";
/** The mean keeps at least this many decimals, as the yearly average of periode.domain.ts does. */
const SKALA_RATA_RATA_MINIMUM = 4;
const KOSONG = "";

/** "93,06 Nilai", "4 Laporan": exact up to the indicator's precision, then rounded half up, with its satuan. */
export function labelK(nilai: Desimal | string, satuan: string | null, presisi = 2): string {
  const d = typeof nilai === "string" ? desimal(nilai) : nilai;
  const angka = formatAngka(ringkas(d.skala > presisi ? bulatkan(d, presisi) : d));
  const s = satuan?.trim() ?? "";
  return s === "" ? angka : `${angka} ${s}`;
}

/** "4.286.256.962": whole rupiah with thousands dots (the column heading carries "Rp"). */
export function labelRp(n: bigint): string {
  return formatAngka(n.toString());
}

/** "98,48": a percentage to 2 decimals, half up (decisions.md), the column heading carrying "%". */
export function labelPersen(d: Desimal): string {
  return formatAngka(d, 2);
}

/** Sum of budget rows, or null when there is none. Why: "no row" must print "-", never "0". */
export function jumlahRupiah(rows: readonly { jumlah: bigint }[]): bigint | null {
  if (rows.length === 0) return null;
  return rows.reduce((a, r) => a + r.jumlah, 0n);
}

/** One set of rows combined by the indicator's agregasi, or null with the reason when they cannot be. */
export function gabungNilai(
  rows: readonly BarisNilai[],
  agregasi: Agregasi,
): { nilai: Desimal | null; pesan: string | null } {
  const hasil = realisasiTahunan(rows, agregasi);
  if (hasil.status === "ada") return { nilai: hasil.nilai, pesan: null };
  if (hasil.status === "campuran") return { nilai: null, pesan: hasil.pesan };
  return { nilai: null, pesan: null };
}

/**
 * The Renstra realisation over several years (column 6, and 13 = 6 + 12): "last" takes the latest known year;
 * "sum" and "average" need every year, so one unknown year makes the whole unknown (null); none → null.
 */
export function realisasiLintasTahun(
  perTahun: readonly (Desimal | null)[],
  agregasi: Agregasi,
): Desimal | null {
  if (perTahun.length === 0) return null;
  if (agregasi === "last") {
    for (let i = perTahun.length - 1; i >= 0; i--) {
      const v = perTahun[i];
      if (v !== null && v !== undefined) return v;
    }
    return null;
  }
  if (perTahun.some((v) => v === null)) return null;
  const nilai = perTahun as Desimal[];
  const jumlah = jumlahkan(nilai);
  if (agregasi === "sum") return jumlah;
  const skala = Math.max(SKALA_RATA_RATA_MINIMUM, ...nilai.map((n) => n.skala));
  return bagiBulatSetengahNaik(jumlah, desimal(BigInt(nilai.length)), 1n, skala);
}

function capaianK(target: Target | null, realisasi: Desimal | null, i: InputBarisIndikator): Desimal | null {
  if (target === null || realisasi === null) return null;
  const hasil = hitungCapaian({
    target: target.target,
    targetAtas: target.targetAtas,
    realisasi: keString(realisasi),
    polaritas: i.polaritas,
    rumusNegatif: i.rumusNegatif,
  });
  return hasil.status === "dihitung" ? hasil.persen : null;
}

function capaianRp(realisasi: bigint | null, pagu: bigint | null): Desimal | null {
  if (realisasi === null || pagu === null) return null;
  const hasil = serapan(realisasi, pagu);
  return hasil.status === "dihitung" ? hasil.persen : null;
}

function labelTargetK(t: Target | null, satuan: string, presisi: number): string {
  if (t === null || t.target === null) return STRIP;
  if (t.targetAtas === null) return labelK(t.target, satuan, presisi);
  return `${formatAngka(t.target)}–${labelK(t.targetAtas, satuan, presisi)}`;
}

const atauStrip = (v: string | null) => v ?? STRIP;

/**
 * Columns 5–14 of a sasaran indicator row: K from the indicator's realisation rows combined by its agregasi
 * (per quarter, up to the quarter, across the Renstra years), capaian against the targets; Rp does not apply.
 */
export function kolomIndikator(i: InputBarisIndikator, tw: Triwulan): HasilKolom {
  const pesan: string[] = [];
  const catat = (p: string | null) => {
    if (p !== null && !pesan.includes(p)) pesan.push(p);
  };
  const k = (d: Desimal | null) => (d === null ? null : labelK(d, i.satuan, i.presisi));
  const tahunLalu = i.tahunLalu.map((rows) => {
    const g = gabungNilai(rows, i.agregasi);
    catat(g.pesan);
    return g.nilai;
  });
  const pilahan = pilahTriwulan(i.tahunIni, tw);
  const perTriwulan = SEMUA_TRIWULAN.map((q): PasanganSel => {
    const rows = pilahan.perTriwulan[q];
    if (rows === null) return { k: KOSONG, rp: KOSONG };
    const g = gabungNilai(rows, i.agregasi);
    catat(g.pesan);
    return { k: atauStrip(k(g.nilai)), rp: KOSONG };
  });
  const tahunIni = gabungNilai(pilahan.sampaiDengan, i.agregasi);
  catat(tahunIni.pesan);
  const kolom6 = realisasiLintasTahun(tahunLalu, i.agregasi);
  const kolom13 = realisasiLintasTahun([...tahunLalu, tahunIni.nilai], i.agregasi);
  const capaianRenstra = capaianK(i.targetAkhir, kolom13, i);
  return {
    kolom: [
      { k: labelTargetK(i.targetAkhir, i.satuan, i.presisi), rp: KOSONG },
      { k: atauStrip(k(kolom6)), rp: KOSONG },
      { k: labelTargetK(i.targetTahun, i.satuan, i.presisi), rp: KOSONG },
      ...perTriwulan,
      { k: atauStrip(k(tahunIni.nilai)), rp: KOSONG },
      { k: atauStrip(k(kolom13)), rp: KOSONG },
      { k: capaianRenstra === null ? STRIP : labelPersen(capaianRenstra), rp: KOSONG },
    ],
    capaianRenja: { k: capaianK(i.targetTahun, tahunIni.nilai, i), rp: null },
    capaianRenstra: { k: capaianRenstra, rp: null },
    adaTidakTerbagi: pilahan.tidakTerbagi.some((r) => r.nilai !== null && r.nilai.trim() !== ""),
    pesan,
  };
}

/**
 * Columns 5–14 of a program or kegiatan row: Rp from the budget realisation rows per quarter and up to the
 * quarter, pagu as this year's target; K shows the DPA output target, and "-" where no output realisation
 * is stored.
 */
export function kolomAnggaran(a: InputBarisAnggaran, tw: Triwulan): HasilKolom {
  const pilahan = pilahTriwulan(a.tahunIni, tw);
  const rp = (n: bigint | null) => (n === null ? STRIP : labelRp(n));
  const perTriwulan = SEMUA_TRIWULAN.map((q): PasanganSel => {
    const rows = pilahan.perTriwulan[q];
    if (rows === null) return { k: KOSONG, rp: KOSONG };
    return { k: STRIP, rp: rp(jumlahRupiah(rows)) };
  });
  const kolom12 = jumlahRupiah(pilahan.sampaiDengan);
  const kolom13 = a.tahunPertama
    ? kolom12
    : a.realisasiTahunLalu === null
      ? null
      : a.realisasiTahunLalu + (kolom12 ?? 0n);
  const capaianRenstra = capaianRp(kolom13, a.paguRenstra);
  return {
    kolom: [
      { k: STRIP, rp: rp(a.paguRenstra) },
      { k: STRIP, rp: a.tahunPertama ? STRIP : rp(a.realisasiTahunLalu) },
      { k: a.targetK === null ? STRIP : labelK(a.targetK, a.satuan), rp: labelRp(a.pagu) },
      ...perTriwulan,
      { k: STRIP, rp: rp(kolom12) },
      { k: STRIP, rp: rp(kolom13) },
      { k: STRIP, rp: capaianRenstra === null ? STRIP : labelPersen(capaianRenstra) },
    ],
    capaianRenja: { k: null, rp: capaianRp(kolom12, a.pagu) },
    capaianRenstra: { k: null, rp: capaianRenstra },
    adaTidakTerbagi: pilahan.tidakTerbagi.length > 0,
    pesan: [],
  };
}

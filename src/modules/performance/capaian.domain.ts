/**
 * Capaian kinerja (indicator achievement, %) from target and realisasi.
 * Implements decisions.md "Capaian kinerja" and regulations.md §4.3 (formula variants, range targets).
 */
import {
  adalahDesimalSah,
  adalahNol,
  bagiBulatSetengahNaik,
  bandingkan,
  type Desimal,
  desimal,
  kali,
  keNumber,
  kurang,
} from "../../platform/decimal.ts";

/** Whether higher ("positif") or lower ("negatif") realisasi is better; a property of each indicator. */
export type Polaritas = "positif" | "negatif";

/** Formula for negative polarity: (2T − R)/T (default, LAN 2003 / PermenPANRB 8/2021) or T/R (opt-in variant). */
export type RumusNegatif = "dua_t_kurang_r" | "t_per_r";

/** Values as stored (NUMERIC strings with a dot); `targetAtas` makes the target a range target..targetAtas. */
export type InputCapaian = {
  target: string | null;
  targetAtas?: string | null;
  realisasi: string | null;
  polaritas: Polaritas;
  rumusNegatif?: RumusNegatif;
};

/** Either an exact percentage, or the reason it cannot be computed (never a conventional 0 % or 100 %). */
export type HasilCapaian =
  | { status: "dihitung"; persen: Desimal; persenPenuh: number }
  | { status: "tidak_dapat_dihitung"; alasan: string };

const SKALA_TAMPIL = 2;
const SKALA_GRAFIK = 10;

type Bacaan = { ok: true; nilai: Desimal | null } | { ok: false; alasan: string };

function baca(teks: string | null | undefined, nama: string): Bacaan {
  if (teks === null || teks === undefined || teks.trim() === "") return { ok: true, nilai: null };
  const bersih = teks.trim();
  if (!adalahDesimalSah(bersih)) return { ok: false, alasan: `${nama} bukan angka ("${bersih}")` };
  return { ok: true, nilai: desimal(bersih) };
}

function tidakDapat(alasan: string): HasilCapaian {
  return { status: "tidak_dapat_dihitung", alasan };
}

function persenDari(pembilang: Desimal, penyebut: Desimal): HasilCapaian {
  return {
    status: "dihitung",
    persen: bagiBulatSetengahNaik(pembilang, penyebut, 100n, SKALA_TAMPIL),
    persenPenuh: keNumber(bagiBulatSetengahNaik(pembilang, penyebut, 100n, SKALA_GRAFIK)),
  };
}

function dihitungPenuh(): HasilCapaian {
  return { status: "dihitung", persen: desimal("100.00"), persenPenuh: 100 };
}

function capaianTerhadap(
  pembanding: Desimal,
  namaPembanding: string,
  realisasi: Desimal,
  polaritas: Polaritas,
  rumusNegatif: RumusNegatif,
): HasilCapaian {
  if (adalahNol(pembanding)) return tidakDapat(`${namaPembanding} bernilai 0`);
  if (bandingkan(pembanding, desimal(0n)) < 0) {
    return tidakDapat(`${namaPembanding} bernilai negatif; rasio capaian tidak bermakna`);
  }
  if (polaritas === "positif") return persenDari(realisasi, pembanding);
  if (rumusNegatif === "t_per_r") {
    if (adalahNol(realisasi)) return tidakDapat("Realisasi bernilai 0; rumus T/R tidak dapat dipakai");
    if (bandingkan(realisasi, desimal(0n)) < 0)
      return tidakDapat("Realisasi bernilai negatif; rumus T/R tidak dapat dipakai");
    return persenDari(pembanding, realisasi);
  }
  const pembilang = kurang(kali(desimal(2n), pembanding), realisasi);
  if (bandingkan(pembilang, desimal(0n)) <= 0)
    return { status: "dihitung", persen: desimal("0.00"), persenPenuh: 0 };
  return persenDari(pembilang, pembanding);
}

/**
 * Capaian kinerja in percent, exact to 2 decimals half up, never capped; negative polarity floored at 0.
 * Why: one formula for every table, chart and sentence (decisions.md "Capaian kinerja", regulations.md §4.3).
 */
export function hitungCapaian(input: InputCapaian): HasilCapaian {
  const target = baca(input.target, "Target");
  const targetAtas = baca(input.targetAtas, "Batas atas target");
  const realisasi = baca(input.realisasi, "Realisasi");
  if (!target.ok) return tidakDapat(`${target.alasan}; target kualitatif tanpa skala tidak dapat dihitung`);
  if (!targetAtas.ok) return tidakDapat(targetAtas.alasan);
  if (!realisasi.ok) return tidakDapat(realisasi.alasan);
  if (target.nilai === null) return tidakDapat("Target belum diisi");
  if (realisasi.nilai === null) return tidakDapat("Realisasi belum diisi");

  const rumusNegatif = input.rumusNegatif ?? "dua_t_kurang_r";
  const bawah = target.nilai;
  const atas = targetAtas.nilai;
  const r = realisasi.nilai;

  if (atas === null || bandingkan(atas, bawah) === 0) {
    return capaianTerhadap(bawah, "Target", r, input.polaritas, rumusNegatif);
  }
  if (bandingkan(atas, bawah) < 0) return tidakDapat("Batas atas target lebih kecil dari batas bawah");
  if (bandingkan(r, atas) > 0)
    return capaianTerhadap(atas, "Batas atas target", r, input.polaritas, rumusNegatif);
  if (bandingkan(r, bawah) < 0)
    return capaianTerhadap(bawah, "Batas bawah target", r, input.polaritas, rumusNegatif);
  return dihitungPenuh();
}

/**
 * Comparisons the LKjIP analysis requires per sasaran (PermenPANRB 53/2014, regulations.md §2.3 b and c):
 * this year against last year, and realisation so far against the Renstra end-of-period target.
 */
import { bandingkan, type Desimal, desimal, kurang, mutlak } from "../../platform/decimal.ts";
import { type HasilCapaian, hitungCapaian, type Polaritas, type RumusNegatif } from "./capaian.domain.ts";

/** Direction and size of a year-on-year change, and whether it is an improvement for this polarity. */
export type PerbandinganTahunan = { arah: "naik" | "turun" | "tetap"; selisih: Desimal; membaik: boolean };

/**
 * This year's realisation against last year's (§2.3 b): direction, absolute exact difference, and whether
 * it improved (up is better for positive polarity, down for negative; no change is not an improvement).
 */
export function bandingTahunLalu(sekarang: string, lalu: string, polaritas: Polaritas): PerbandinganTahunan {
  const beda = kurang(desimal(sekarang), desimal(lalu));
  const tanda = bandingkan(beda, desimal(0n));
  const arah = tanda > 0 ? "naik" : tanda < 0 ? "turun" : "tetap";
  const membaik = polaritas === "positif" ? arah === "naik" : arah === "turun";
  return { arah, selisih: mutlak(beda), membaik };
}

/**
 * Realisation against the Renstra end-of-period target (kondisi akhir, §2.3 c), with the same formula and
 * rounding as capaian: IKM 93,06 against 94,5 is 98,48 % (the Malili 2024 report printed 98,5 %).
 */
export function capaianTerhadapTargetAkhir(
  realisasi: string | null,
  kondisiAkhir: string | null,
  polaritas: Polaritas,
  rumusNegatif?: RumusNegatif,
): HasilCapaian {
  if (kondisiAkhir === null || kondisiAkhir.trim() === "") {
    return { status: "tidak_dapat_dihitung", alasan: "Target akhir Renstra (kondisi akhir) belum diisi" };
  }
  return hitungCapaian({ target: kondisiAkhir, realisasi, polaritas, rumusNegatif });
}

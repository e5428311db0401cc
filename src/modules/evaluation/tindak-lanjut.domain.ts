/** Pure rules of recommendation follow-up: which are overdue, and the counts the dashboards show. */

/** A recommendation's follow-up status (PermenPANRB 88/2021 tindak lanjut). */
export type StatusTindakLanjut = "belum" | "proses" | "selesai";

/**
 * Overdue: a deadline that has passed (strictly before today, both `YYYY-MM-DD`) and a follow-up that is
 * not finished. Without a deadline nothing is overdue.
 */
export function terlambat(
  r: { tenggat: string | null; status: StatusTindakLanjut },
  hariIni: string,
): boolean {
  return r.tenggat !== null && r.status !== "selesai" && r.tenggat < hariIni;
}

/** Open and overdue counts of an OPD's recommendations, for the cards and the kabupaten table. */
export function hitungRekomendasi(
  daftar: readonly { tenggat: string | null; status: StatusTindakLanjut }[],
  hariIni: string,
): { terbuka: number; terlambat: number } {
  return {
    terbuka: daftar.filter((r) => r.status !== "selesai").length,
    terlambat: daftar.filter((r) => terlambat(r, hariIni)).length,
  };
}

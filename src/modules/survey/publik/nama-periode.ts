const ROMAWI = ["I", "II", "III", "IV"];

/** "Triwulan II 2024", "Semester I 2024", "Tahun 2024": how a survey period is named to the public. */
export function namaPeriode(p: { tahun: number; periodeJenis: string; periodeKe: number }): string {
  if (p.periodeJenis === "tahun") return `Tahun ${p.tahun}`;
  const jenis = p.periodeJenis === "triwulan" ? "Triwulan" : "Semester";
  return `${jenis} ${ROMAWI[p.periodeKe - 1] ?? p.periodeKe} ${p.tahun}`;
}

/**
 * What every consistency rule yields: one contradiction or gap in stored data, said in words a planner
 * understands. The review of hand-written reports, the web UI and the LKjIP generator extend this shape.
 */

/** How serious a finding is: galat blocks a trustworthy report, peringatan needs a look, info is context. */
export type TingkatTemuan = "galat" | "peringatan" | "info";

/**
 * One finding. `dinyatakan` is the figure someone typed or printed, `dihitung` the one computed from the
 * store, `selisih` = dinyatakan − dihitung; all three are machine strings (exact decimals with a dot, or
 * whole rupiah) so a view can format them and a test can compare them exactly.
 */
export type Temuan = {
  /** rule id, e.g. "pk-target-vs-renstra" */
  aturan: string;
  tingkat: TingkatTemuan;
  /** where, e.g. "Perjanjian Kinerja 2024 › Indeks Kepuasan Masyarakat" */
  lokasi: string;
  /** one Indonesian sentence or two */
  pesan: string;
  dinyatakan?: string | null;
  dihitung?: string | null;
  selisih?: string | null;
};

/** Count of findings per severity, for a badge or a report summary. */
export type RingkasanTemuan = { galat: number; peringatan: number; info: number; jumlah: number };

const PERINGKAT: Record<TingkatTemuan, number> = { galat: 0, peringatan: 1, info: 2 };

/** Compares two findings: galat first, then peringatan, then info; within a severity by lokasi, rule, message. */
export function bandingkanTemuan(a: Temuan, b: Temuan): number {
  return (
    PERINGKAT[a.tingkat] - PERINGKAT[b.tingkat] ||
    a.lokasi.localeCompare(b.lokasi, "id") ||
    a.aturan.localeCompare(b.aturan) ||
    a.pesan.localeCompare(b.pesan, "id")
  );
}

/** A sorted copy, so every list of findings reads the same way wherever it is shown. */
export function urutkanTemuan(daftar: readonly Temuan[]): Temuan[] {
  return [...daftar].sort(bandingkanTemuan);
}

/** How many findings of each severity, for the summary line above a list. */
export function ringkasTemuan(daftar: readonly Temuan[]): RingkasanTemuan {
  const hasil: RingkasanTemuan = { galat: 0, peringatan: 0, info: 0, jumlah: daftar.length };
  for (const t of daftar) hasil[t.tingkat] += 1;
  return hasil;
}

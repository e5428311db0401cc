/**
 * Reporting periods as rows (bulan, triwulan, semester, tahun) and the yearly realisation built from them.
 * Implements design brief principle 3 ("time is rows"), decisions.md "Period aggregation" and
 * regulations.md §7.2–7.3 (sum / take last / average; TW I = Jan–Mar …).
 */

import {
  adalahDesimalSah,
  bagiBulatSetengahNaik,
  type Desimal,
  desimal,
  jumlahkan,
} from "../../platform/decimal.ts";
import { NAMA_BULAN } from "../../platform/number-format.ts";

/** Kind of period; the year is split into 12 bulan, 4 triwulan or 2 semester. */
export type JenisPeriode = "bulan" | "triwulan" | "semester" | "tahun";

/** A period within one year: e.g. { jenis: "triwulan", ke: 3 } is Juli–September. */
export type Periode = { jenis: JenisPeriode; ke: number };

/** How an indicator's period values make the year's figure (a property of each indicator). */
export type Agregasi = "sum" | "last" | "average";

/** The year's realisation, nothing to report, or rows that cannot be combined without a human choice. */
export type HasilRealisasiTahunan =
  | { status: "ada"; nilai: Desimal; sampaiDengan: Periode }
  | { status: "kosong" }
  | { status: "campuran"; pesan: string };

const JUMLAH_DALAM_TAHUN: Readonly<Record<JenisPeriode, number>> = {
  bulan: 12,
  triwulan: 4,
  semester: 2,
  tahun: 1,
};
const NAMA_JENIS: Readonly<Record<JenisPeriode, string>> = {
  bulan: "bulan",
  triwulan: "triwulan",
  semester: "semester",
  tahun: "tahun",
};
const ROMAWI = ["I", "II", "III", "IV"] as const;
const SKALA_RATA_RATA_MINIMUM = 4;

/**
 * Checks that `ke` fits the kind (bulan 1–12, triwulan 1–4, semester 1–2, tahun 1), with an Indonesian message.
 * Why: a "triwulan 5" row would silently vanish from every report.
 */
export function periksaPeriode(p: Periode): { ok: true; periode: Periode } | { ok: false; pesan: string } {
  const batas = JUMLAH_DALAM_TAHUN[p.jenis];
  if (batas === undefined) return { ok: false, pesan: `Jenis periode "${String(p.jenis)}" tidak dikenal.` };
  if (!Number.isInteger(p.ke) || p.ke < 1 || p.ke > batas) {
    const rentang = batas === 1 ? "1" : `1 sampai ${batas}`;
    return {
      ok: false,
      pesan: `Periode ${NAMA_JENIS[p.jenis]} harus bernomor ${rentang}; tertulis ${p.ke}.`,
    };
  }
  return { ok: true, periode: p };
}

function pastikanSah(p: Periode): void {
  const hasil = periksaPeriode(p);
  if (!hasil.ok) throw new RangeError(hasil.pesan);
}

/** "Desember", "Triwulan III", "Semester I", "Tahun": the label printed in tables. */
export function labelPeriode(p: Periode): string {
  pastikanSah(p);
  if (p.jenis === "bulan") return NAMA_BULAN[p.ke - 1] ?? "";
  if (p.jenis === "tahun") return "Tahun";
  return `${p.jenis === "triwulan" ? "Triwulan" : "Semester"} ${ROMAWI[p.ke - 1] ?? ""}`;
}

/** Months (1–12) a period covers: Triwulan II → [4, 5, 6]. Why: the common ground for comparing kinds. */
export function bulanTermuat(p: Periode): number[] {
  pastikanSah(p);
  const panjang = 12 / JUMLAH_DALAM_TAHUN[p.jenis];
  const awal = (p.ke - 1) * panjang + 1;
  return Array.from({ length: panjang }, (_, i) => awal + i);
}

/** Last month of a period. Why: "sampai dengan" ordering and the "last" aggregation compare period ends. */
export function bulanTerakhir(p: Periode): number {
  pastikanSah(p);
  return (p.ke * 12) / JUMLAH_DALAM_TAHUN[p.jenis];
}

/**
 * True when two periods of the same year share a month (Semester I and Triwulan II do).
 * Why: a budget realisation entered per month and again per quarter would be counted twice.
 */
export function periodeBertumpuk(a: Periode, b: Periode): boolean {
  const bulanB = new Set(bulanTermuat(b));
  return bulanTermuat(a).some((m) => bulanB.has(m));
}

/** True when `luar` covers every month of `dalam` (Tahun covers everything; Semester II covers Triwulan III). */
export function periodeMemuat(luar: Periode, dalam: Periode): boolean {
  const bulanLuar = new Set(bulanTermuat(luar));
  return bulanTermuat(dalam).every((m) => bulanLuar.has(m));
}

/** Orders periods by their end month, then longer periods first. Why: stable "sampai dengan" ordering. */
export function bandingPeriode(a: Periode, b: Periode): number {
  const akhir = bulanTerakhir(a) - bulanTerakhir(b);
  if (akhir !== 0) return akhir;
  return JUMLAH_DALAM_TAHUN[a.jenis] - JUMLAH_DALAM_TAHUN[b.jenis];
}

type BarisBernilai = { periode: Periode; nilai: Desimal };

/**
 * The year's realisation of one indicator from its period rows.
 * Rules: a "tahun" row, when it has a value, is the year's figure whatever else exists; otherwise the
 * rows with a value must all be of one kind (bulan, triwulan or semester), each period at most once —
 * anything else is "campuran" and a person must choose. Then "sum" adds them (each row holds that
 * period's own amount, not a running total), "last" takes the latest period with a value, "average" is
 * the exact mean rounded half up to at least 4 decimals. `sampaiDengan` is the latest period with a value.
 */
export function realisasiTahunan(
  rows: readonly { periode: Periode; nilai: string | null }[],
  agregasi: Agregasi,
): HasilRealisasiTahunan {
  const bernilai: BarisBernilai[] = [];
  for (const row of rows) {
    pastikanSah(row.periode);
    if (row.nilai === null || row.nilai.trim() === "") continue;
    if (!adalahDesimalSah(row.nilai.trim())) {
      return {
        status: "campuran",
        pesan: `Realisasi ${labelPeriode(row.periode)} bukan angka ("${row.nilai}").`,
      };
    }
    bernilai.push({ periode: row.periode, nilai: desimal(row.nilai.trim()) });
  }
  if (bernilai.length === 0) return { status: "kosong" };

  const tahunan = bernilai.filter((b) => b.periode.jenis === "tahun");
  if (tahunan.length > 1) return { status: "campuran", pesan: "Realisasi Tahun tercatat lebih dari sekali." };
  const [barisTahun] = tahunan;
  if (barisTahun !== undefined)
    return { status: "ada", nilai: barisTahun.nilai, sampaiDengan: barisTahun.periode };

  const jenis = [...new Set(bernilai.map((b) => b.periode.jenis))].sort(
    (a, b) => JUMLAH_DALAM_TAHUN[a] - JUMLAH_DALAM_TAHUN[b],
  );
  if (jenis.length > 1) {
    return {
      status: "campuran",
      pesan: `Realisasi tercatat per ${jenis.map((j) => NAMA_JENIS[j]).join(" dan per ")} sekaligus; isi satu jenis periode saja atau isi realisasi Tahun.`,
    };
  }
  const terurut = [...bernilai].sort((a, b) => bandingPeriode(a.periode, b.periode));
  for (let i = 1; i < terurut.length; i++) {
    const sekarang = terurut[i];
    if (sekarang !== undefined && terurut[i - 1]?.periode.ke === sekarang.periode.ke) {
      return {
        status: "campuran",
        pesan: `Realisasi ${labelPeriode(sekarang.periode)} tercatat lebih dari sekali.`,
      };
    }
  }
  const terakhir = terurut[terurut.length - 1];
  if (terakhir === undefined) return { status: "kosong" };

  const nilaiSemua = terurut.map((b) => b.nilai);
  if (agregasi === "last") return { status: "ada", nilai: terakhir.nilai, sampaiDengan: terakhir.periode };
  if (agregasi === "sum")
    return { status: "ada", nilai: jumlahkan(nilaiSemua), sampaiDengan: terakhir.periode };
  const skala = Math.max(SKALA_RATA_RATA_MINIMUM, ...nilaiSemua.map((n) => n.skala));
  const rataRata = bagiBulatSetengahNaik(
    jumlahkan(nilaiSemua),
    desimal(BigInt(nilaiSemua.length)),
    1n,
    skala,
  );
  return { status: "ada", nilai: rataRata, sampaiDengan: terakhir.periode };
}

/**
 * The SKM computation of PermenPANRB 14/2017 (Lampiran, "Pengolahan Data") as fixed in decisions.md "SKM / IKM":
 * per-unsur NRR over the answers actually given, exact fractional weights, one rounding at the end, mutu bands
 * on the rounded value, and the Krejcie & Morgan minimum sample. Pure: no I/O.
 */
import {
  bagiBulatSetengahNaik,
  bandingkan,
  type Desimal,
  desimal,
  keString,
} from "../../platform/decimal.ts";
import { inputTidakValid } from "../../platform/errors.ts";

/** An exact weight p/q. Why: 1/9 must stay 1/9 (decisions.md: "No 0,11 rounding"). */
export type Bobot = { pembilang: number; penyebut: number };

/** The part of an unsur the computation needs: its key, name and weight. */
export type UnsurHitung = { kunci: string; nama: string; bobot: Bobot };

/** Sum of answers and number of answers of one unsur (blanks excluded), as one SQL aggregate returns them. */
export type AgregatUnsur = { jumlah: bigint | number; responden: number };

/** Mutu pelayanan letters of PermenPANRB 14/2017 (Lampiran, tabel nilai persepsi). */
export type HurufMutu = "A" | "B" | "C" | "D";

/** A mutu letter with its kinerja unit pelayanan wording. */
export type Mutu = { huruf: HurufMutu; sebutan: string };

/** One unsur's row of the results table. */
export type HasilUnsur = {
  kunci: string;
  nama: string;
  jumlah: string;
  responden: number;
  nrr: string;
  konversi: string;
  mutu: Mutu;
  peringkat: number;
};

/** The result of one survey: per unsur, the IKM (25–100) and its mutu, the weakest and strongest unsur. */
export type HasilSkm = {
  perUnsur: HasilUnsur[];
  ikm: string;
  mutu: Mutu;
  terendah: string;
  tertinggi: string;
  /** every unsur tied at the lowest value (to improve), in questionnaire order */
  terendahSemua: string[];
  /** every unsur tied at the highest value (to keep), in questionnaire order */
  tertinggiSemua: string[];
  respondenMaks: number;
};

/**
 * Lower bounds of the mutu bands on the konversi value rounded to 2 decimals (regulations.md §1.5: classify on
 * the rounded value so the printed bands 25–64,99 / 65–76,60 / 76,61–88,30 / 88,31–100 are contiguous).
 */
export const BATAS_MUTU: readonly { batas: string; huruf: HurufMutu; sebutan: string }[] = [
  { batas: "88.31", huruf: "A", sebutan: "Sangat Baik" },
  { batas: "76.61", huruf: "B", sebutan: "Baik" },
  { batas: "65.00", huruf: "C", sebutan: "Kurang Baik" },
];

/** The mutu of a konversi value (25–100), rounded to 2 decimals first. Why: PermenPANRB 14/2017 mutu table. */
export function mutuDariNilai(nilai: string | Desimal): Mutu {
  const d = typeof nilai === "string" ? desimal(nilai) : nilai;
  const bulat = desimal(keString(d, 2));
  for (const b of BATAS_MUTU) {
    if (bandingkan(bulat, desimal(b.batas)) >= 0) return { huruf: b.huruf, sebutan: b.sebutan };
  }
  return { huruf: "D", sebutan: "Tidak Baik" };
}

/** Checks that a questionnaire's weights sum to exactly 1. Why: 14/2017 allows other weights only if they sum to 1. */
export function periksaBobot(
  unsur: readonly { kunci: string; bobot: Bobot }[],
): { ok: true } | { ok: false; pesan: string } {
  if (unsur.length === 0) return { ok: false, pesan: "Kuesioner harus memiliki paling sedikit satu unsur." };
  let p = 0n;
  let q = 1n;
  for (const u of unsur) {
    const { pembilang, penyebut } = u.bobot;
    if (!Number.isInteger(pembilang) || !Number.isInteger(penyebut) || pembilang <= 0 || penyebut <= 0) {
      return { ok: false, pesan: `Bobot unsur ${u.kunci} harus pecahan positif (mis. 1/9).` };
    }
    p = p * BigInt(penyebut) + BigInt(pembilang) * q;
    q *= BigInt(penyebut);
  }
  if (p === q) return { ok: true };
  const f = pecahanSederhana(p, q);
  return {
    ok: false,
    pesan: `Jumlah bobot seluruh unsur harus tepat 1 (PermenPANRB 14/2017); tertulis ${f.p}/${f.q}.`,
  };
}

function fpb(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function pecahanSederhana(p: bigint, q: bigint): { p: bigint; q: bigint } {
  const g = fpb(p, q) || 1n;
  return { p: p / g, q: q / g };
}

/** Compares j1/r1 with j2/r2 exactly. */
function bandingkanRasio(j1: bigint, r1: bigint, j2: bigint, r2: bigint): number {
  const a = j1 * r2;
  const b = j2 * r1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Computes the SKM result from per-unsur sums and answer counts. NRR = sum / answers of that unsur (blanks do not
 * count); IKM = Σ NRR × weight × 25 on exact fractions, rounded half up to 2 decimals at the end only; each unsur's
 * konversi is NRR × 25 and gets its own mutu; peringkat 1 is the lowest NRR (ties in questionnaire order).
 * Why: PermenPANRB 14/2017 Lampiran "Pengolahan Data" and decisions.md "SKM / IKM".
 */
export function hitungSkm(
  unsur: readonly UnsurHitung[],
  agregat: ReadonlyMap<string, AgregatUnsur>,
): HasilSkm {
  const bobot = periksaBobot(unsur);
  if (!bobot.ok) throw inputTidakValid(bobot.pesan, "bobot");
  const data = unsur.map((u, urutan) => {
    const a = agregat.get(u.kunci);
    const jumlah = BigInt(a?.jumlah ?? 0);
    const responden = a?.responden ?? 0;
    if (responden <= 0) {
      throw inputTidakValid(
        `Unsur ${u.kunci} (${u.nama}) belum dijawab oleh seorang responden pun; IKM tidak dapat dihitung.`,
        u.kunci,
      );
    }
    if (jumlah < BigInt(responden) || jumlah > 4n * BigInt(responden)) {
      throw inputTidakValid(
        `Jumlah nilai unsur ${u.kunci} tidak mungkin untuk ${responden} jawaban bernilai 1–4.`,
        u.kunci,
      );
    }
    return { u, urutan, jumlah, r: BigInt(responden), responden };
  });

  // IKM = 25 × Σ (j_i / r_i) × (p_i / q_i), accumulated as one exact fraction.
  let pembilang = 0n;
  let penyebut = 1n;
  for (const d of data) {
    const p = d.jumlah * BigInt(d.u.bobot.pembilang);
    const q = d.r * BigInt(d.u.bobot.penyebut);
    pembilang = pembilang * q + p * penyebut;
    penyebut *= q;
    const s = pecahanSederhana(pembilang, penyebut);
    pembilang = s.p;
    penyebut = s.q;
  }
  const ikm = bagiBulatSetengahNaik(desimal(pembilang), desimal(penyebut), 25n, 2);

  const urut = [...data].sort((a, b) => bandingkanRasio(a.jumlah, a.r, b.jumlah, b.r) || a.urutan - b.urutan);
  const peringkat = new Map(urut.map((d, i) => [d.u.kunci, i + 1]));
  const terendah = urut[0];
  let tertinggi = urut[urut.length - 1];
  for (const d of data) {
    if (tertinggi && bandingkanRasio(d.jumlah, d.r, tertinggi.jumlah, tertinggi.r) === 0) {
      tertinggi = d;
      break;
    }
  }

  const perUnsur = data.map((d): HasilUnsur => {
    const konversi = bagiBulatSetengahNaik(desimal(d.jumlah), desimal(d.r), 25n, 2);
    return {
      kunci: d.u.kunci,
      nama: d.u.nama,
      jumlah: d.jumlah.toString(),
      responden: d.responden,
      nrr: keString(bagiBulatSetengahNaik(desimal(d.jumlah), desimal(d.r), 1n, 4)),
      konversi: keString(konversi),
      mutu: mutuDariNilai(konversi),
      peringkat: peringkat.get(d.u.kunci) ?? 0,
    };
  });

  return {
    perUnsur,
    ikm: keString(ikm),
    mutu: mutuDariNilai(ikm),
    terendah: terendah?.u.kunci ?? "",
    tertinggi: tertinggi?.u.kunci ?? "",
    terendahSemua: terendah
      ? data
          .filter((d) => bandingkanRasio(d.jumlah, d.r, terendah.jumlah, terendah.r) === 0)
          .map((d) => d.u.kunci)
      : [],
    tertinggiSemua: tertinggi
      ? data
          .filter((d) => bandingkanRasio(d.jumlah, d.r, tertinggi.jumlah, tertinggi.r) === 0)
          .map((d) => d.u.kunci)
      : [],
    respondenMaks: Math.max(...data.map((d) => d.responden)),
  };
}

/**
 * Minimum sample for N service users by Krejcie & Morgan: S = χ²NP(1−P) / (d²(N−1) + χ²P(1−P)) with χ² = 3,841,
 * P = 0,5, d = 0,05, rounded half up — exactly 3841N / (10N + 3831). Why: PermenPANRB 14/2017 Lampiran prescribes
 * the Krejcie & Morgan table (regulations.md §1.6).
 */
export function sampelMinimum(n: number): number {
  if (!Number.isInteger(n) || n < 0)
    throw inputTidakValid("Jumlah pengguna layanan harus bilangan bulat ≥ 0.", "jumlahPengguna");
  if (n === 0) return 0;
  const N = BigInt(n);
  const p = 3841n * N;
  const q = 10n * N + 3831n;
  let s = p / q;
  if ((p % q) * 2n >= q) s += 1n;
  return Number(s);
}

/** Parses a weight written "1/9" (or "1") into an exact fraction. Why: custom questionnaires state weights as text. */
export function bacaBobot(teks: string): Bobot | null {
  const m = /^\s*(\d+)\s*(?:\/\s*(\d+))?\s*$/.exec(teks);
  if (!m) return null;
  const pembilang = Number(m[1]);
  const penyebut = m[2] === undefined ? 1 : Number(m[2]);
  if (pembilang <= 0 || penyebut <= 0 || !Number.isSafeInteger(pembilang) || !Number.isSafeInteger(penyebut))
    return null;
  return { pembilang, penyebut };
}

const SEPERSEMBILAN: Bobot = { pembilang: 1, penyebut: 9 };

/**
 * The 9 unsur of PermenPANRB 14/2017 by key, as migration 0005 seeds them (questionnaire order: U8 sarana, U9
 * pengaduan; regulations.md §1.2). Why: `terukur skm hitung --csv` computes without a database; a DB test keeps
 * this list equal to the seeded rows.
 */
export const UNSUR_PERMENPANRB_14_2017: readonly UnsurHitung[] = [
  { kunci: "U1", nama: "Persyaratan", bobot: SEPERSEMBILAN },
  { kunci: "U2", nama: "Sistem, Mekanisme, dan Prosedur", bobot: SEPERSEMBILAN },
  { kunci: "U3", nama: "Waktu Penyelesaian", bobot: SEPERSEMBILAN },
  { kunci: "U4", nama: "Biaya/Tarif", bobot: SEPERSEMBILAN },
  { kunci: "U5", nama: "Produk Spesifikasi Jenis Pelayanan", bobot: SEPERSEMBILAN },
  { kunci: "U6", nama: "Kompetensi Pelaksana", bobot: SEPERSEMBILAN },
  { kunci: "U7", nama: "Perilaku Pelaksana", bobot: SEPERSEMBILAN },
  { kunci: "U8", nama: "Sarana dan Prasarana", bobot: SEPERSEMBILAN },
  { kunci: "U9", nama: "Penanganan Pengaduan, Saran dan Masukan", bobot: SEPERSEMBILAN },
];

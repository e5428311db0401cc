/**
 * Exact decimal arithmetic on bigint.
 * Indicator values arrive from PostgreSQL NUMERIC as strings ("93.06"); results that are compared,
 * stored or displayed must never pass through binary floating point (decisions.md "Money and numbers").
 */

/** An exact decimal: value = nilai / 10^skala. Why: NUMERIC values stay exact from the database to the page. */
export type Desimal = { readonly nilai: bigint; readonly skala: number };

const POLA_DESIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

function pangkatSepuluh(n: number): bigint {
  return 10n ** BigInt(n);
}

function mutlakBigint(n: bigint): bigint {
  return n < 0n ? -n : n;
}

/**
 * Builds a Desimal from a NUMERIC string ("93.06", "-1.5", "100"), a bigint, or a number via String().
 * Why: one strict entry point, so malformed values fail loudly instead of becoming NaN.
 */
export function desimal(x: string | number | bigint): Desimal {
  if (typeof x === "bigint") return { nilai: x, skala: 0 };
  const teks = typeof x === "number" ? String(x) : x;
  const cocok = POLA_DESIMAL.exec(teks);
  if (cocok === null) throw new RangeError(`Bukan angka desimal yang sah: "${String(x)}"`);
  const [, tanda = "", bulat = "", pecahan = ""] = cocok;
  const mutlak = BigInt(bulat + pecahan);
  return { nilai: tanda === "-" ? -mutlak : mutlak, skala: pecahan.length };
}

/** Narrows a string to a machine decimal without throwing. Why: callers decide how to report bad input. */
export function adalahDesimalSah(teks: string): boolean {
  return POLA_DESIMAL.test(teks);
}

/**
 * Rescales to `skala` decimals, rounding half away from zero when decimals are dropped.
 * Why: display rounding in decisions.md is "2 decimals, half up" (100,01 %).
 */
export function bulatkan(d: Desimal, skala: number): Desimal {
  if (!Number.isInteger(skala) || skala < 0) throw new RangeError(`Skala tidak sah: ${skala}`);
  if (skala >= d.skala) return { nilai: d.nilai * pangkatSepuluh(skala - d.skala), skala };
  return bagiBulatSetengahNaik(d, desimal(1n), 1n, skala);
}

/** Canonical machine string with a dot ("93.06", "-0.50"); rounds half up when `skala` is given. */
export function keString(d: Desimal, skala?: number): string {
  const x = skala === undefined ? d : bulatkan(d, skala);
  const mutlak = mutlakBigint(x.nilai)
    .toString()
    .padStart(x.skala + 1, "0");
  const tanda = x.nilai < 0n ? "-" : "";
  if (x.skala === 0) return tanda + mutlak;
  const titik = mutlak.length - x.skala;
  return `${tanda}${mutlak.slice(0, titik)}.${mutlak.slice(titik)}`;
}

/** Drops trailing zero decimals ("93.0500" → "93.05"). Why: NUMERIC(18,4) pads; display should not. */
export function ringkas(d: Desimal): Desimal {
  let { nilai, skala } = d;
  while (skala > 0 && nilai % 10n === 0n) {
    nilai /= 10n;
    skala -= 1;
  }
  return { nilai, skala };
}

function samakanSkala(a: Desimal, b: Desimal): [bigint, bigint, number] {
  const skala = Math.max(a.skala, b.skala);
  return [a.nilai * pangkatSepuluh(skala - a.skala), b.nilai * pangkatSepuluh(skala - b.skala), skala];
}

/** a + b, exact: sums of realisations (sum aggregation, totals) must not drift as floats do. */
export function tambah(a: Desimal, b: Desimal): Desimal {
  const [x, y, skala] = samakanSkala(a, b);
  return { nilai: x + y, skala };
}

/** a − b, exact: year-on-year differences and (2T − R) are printed and compared. */
export function kurang(a: Desimal, b: Desimal): Desimal {
  const [x, y, skala] = samakanSkala(a, b);
  return { nilai: x - y, skala };
}

/** a × b, exact (the scales add): needed for 2T in the negative-polarity capaian formula. */
export function kali(a: Desimal, b: Desimal): Desimal {
  return { nilai: a.nilai * b.nilai, skala: a.skala + b.skala };
}

/** −1, 0 or 1 as a < b, a = b, a > b, regardless of scale ("1.50" equals "1.5"): band and range checks. */
export function bandingkan(a: Desimal, b: Desimal): -1 | 0 | 1 {
  const [x, y] = samakanSkala(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** True when the value is zero at any scale: T = 0 makes capaian "tidak dapat dihitung". */
export function adalahNol(d: Desimal): boolean {
  return d.nilai === 0n;
}

/** |d|, exact: LKjIP prints the size of a change and its direction separately. */
export function mutlak(d: Desimal): Desimal {
  return { nilai: mutlakBigint(d.nilai), skala: d.skala };
}

/**
 * a × kali / b rounded half away from zero to `skalaHasil` decimals, computed exactly on integers.
 * Why: every percentage in SAKIP (capaian, serapan) is such a ratio and must round exactly as printed.
 */
export function bagiBulatSetengahNaik(a: Desimal, b: Desimal, kali: bigint, skalaHasil: number): Desimal {
  if (b.nilai === 0n) throw new RangeError("Pembagian dengan nol");
  if (!Number.isInteger(skalaHasil) || skalaHasil < 0) throw new RangeError(`Skala tidak sah: ${skalaHasil}`);
  const pembilang = a.nilai * kali * pangkatSepuluh(b.skala + skalaHasil);
  const penyebut = b.nilai * pangkatSepuluh(a.skala);
  const negatif = pembilang < 0n !== penyebut < 0n;
  const p = mutlakBigint(pembilang);
  const q = mutlakBigint(penyebut);
  let hasil = p / q;
  if ((p % q) * 2n >= q) hasil += 1n;
  return { nilai: negatif ? -hasil : hasil, skala: skalaHasil };
}

/** Exact sum of many values (zero for none): yearly totals of "sum" indicators. */
export function jumlahkan(daftar: readonly Desimal[]): Desimal {
  return daftar.reduce(tambah, desimal(0n));
}

/** Converts to a JS number. Why: chart libraries need numbers; never use the result for comparison or display. */
export function keNumber(d: Desimal): number {
  return Number(keString(d));
}

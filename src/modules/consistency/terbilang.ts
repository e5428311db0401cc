/**
 * Indonesian number words, both ways: 14 ⇄ "empat belas". Reports write counts as "15 (lima belas)";
 * reading the words back lets the checker catch "15 (empat belas)", and writing them lets messages and
 * generated documents spell numbers the same way.
 */

const SATUAN = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"] as const;

const SKALA = [
  { nilai: 1_000_000_000_000, kata: "triliun" },
  { nilai: 1_000_000_000, kata: "miliar" },
  { nilai: 1_000_000, kata: "juta" },
  { nilai: 1_000, kata: "ribu" },
] as const;

function kelompokKeKata(n: number): string[] {
  const kata: string[] = [];
  const ratus = Math.floor(n / 100);
  const sisa = n % 100;
  if (ratus === 1) kata.push("seratus");
  else if (ratus > 1) kata.push(SATUAN[ratus] ?? "", "ratus");
  if (sisa === 10) kata.push("sepuluh");
  else if (sisa === 11) kata.push("sebelas");
  else if (sisa > 11 && sisa < 20) kata.push(SATUAN[sisa - 10] ?? "", "belas");
  else if (sisa >= 20) {
    kata.push(SATUAN[Math.floor(sisa / 10)] ?? "", "puluh");
    if (sisa % 10 > 0) kata.push(SATUAN[sisa % 10] ?? "");
  } else if (sisa > 0) kata.push(SATUAN[sisa] ?? "");
  return kata;
}

/**
 * 14 → "empat belas", 1000 → "seribu", 2024 → "dua ribu dua puluh empat" (whole numbers 0 … 999 triliun).
 * Why: the conventional "angka (terbilang)" spelling of counts in Indonesian official writing.
 */
export function terbilang(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0 || n >= 1_000_000_000_000_000) {
    throw new RangeError(`Tidak dapat dieja: ${n}`);
  }
  if (n === 0) return "nol";
  const kata: string[] = [];
  let sisa = n;
  for (const s of SKALA) {
    const k = Math.floor(sisa / s.nilai);
    sisa %= s.nilai;
    if (k === 0) continue;
    if (k === 1 && s.kata === "ribu") kata.push("seribu");
    else kata.push(...kelompokKeKata(k), s.kata);
  }
  kata.push(...kelompokKeKata(sisa));
  return kata.join(" ");
}

type Token = { angka: number } | { pengali: "belas" | "puluh" | "ratus" } | { skala: number } | { nol: true };

const KAMUS: readonly [string, Token[]][] = [
  ...SATUAN.slice(1).map((k, i): [string, Token[]] => [k, [{ angka: i + 1 }]]),
  ["sebelas", [{ angka: 1 }, { pengali: "belas" }]],
  ["sepuluh", [{ angka: 1 }, { pengali: "puluh" }]],
  ["seratus", [{ angka: 1 }, { pengali: "ratus" }]],
  ["seribu", [{ angka: 1 }, { skala: 1_000 }]],
  ["sejuta", [{ angka: 1 }, { skala: 1_000_000 }]],
  ["belas", [{ pengali: "belas" }]],
  ["puluh", [{ pengali: "puluh" }]],
  ["ratus", [{ pengali: "ratus" }]],
  ["ribu", [{ skala: 1_000 }]],
  ["juta", [{ skala: 1_000_000 }]],
  ["miliar", [{ skala: 1_000_000_000 }]],
  ["milyar", [{ skala: 1_000_000_000 }]],
  ["triliun", [{ skala: 1_000_000_000_000 }]],
  ["nol", [{ nol: true }]],
];
const KAMUS_TERURUT = [...KAMUS].sort((a, b) => b[0].length - a[0].length);

function pecahToken(teks: string): Token[] | null {
  const hasil: Token[] = [];
  let i = 0;
  while (i < teks.length) {
    const cocok = KAMUS_TERURUT.find(([kata]) => teks.startsWith(kata, i));
    if (cocok === undefined) return null;
    hasil.push(...cocok[1]);
    i += cocok[0].length;
  }
  return hasil;
}

function angkaDi(t: readonly Token[], i: number): number | null {
  const x = t[i];
  return x !== undefined && "angka" in x ? x.angka : null;
}

function pengaliDi(t: readonly Token[], i: number): "belas" | "puluh" | "ratus" | null {
  const x = t[i];
  return x !== undefined && "pengali" in x ? x.pengali : null;
}

/** One group below a thousand: [d ratus] [d puluh [d] | d belas | d]. */
function bacaKelompok(t: readonly Token[], awal: number): [number, number] | null {
  let i = awal;
  let nilai = 0;
  const ratus = angkaDi(t, i);
  if (ratus !== null && pengaliDi(t, i + 1) === "ratus") {
    nilai += ratus * 100;
    i += 2;
  }
  const d = angkaDi(t, i);
  const pengali = pengaliDi(t, i + 1);
  if (d !== null && pengali === "puluh") {
    nilai += d * 10;
    i += 2;
    const satuan = angkaDi(t, i);
    if (satuan !== null && pengaliDi(t, i + 1) === null) {
      nilai += satuan;
      i += 1;
    }
  } else if (d !== null && pengali === "belas") {
    nilai += 10 + d;
    i += 2;
  } else if (d !== null && pengali === null) {
    nilai += d;
    i += 1;
  }
  return i > awal ? [nilai, i] : null;
}

/**
 * "empat belas" → 14, "Empatbelas" → 14, "dua ribu dua puluh empat" → 2024; null when the text is not a
 * well-formed Indonesian number ("B", "dua puluh tiga ratus"). Case, spaces and hyphens are ignored, so
 * words written together parse too. Why: to read back the words in brackets after a figure in a report.
 */
export function bacaTerbilang(teks: string): number | null {
  const rapat = teks.toLowerCase().replace(/[\s-]+/g, "");
  if (rapat === "") return null;
  const t = pecahToken(rapat);
  if (t === null) return null;
  if (t.length === 1 && "nol" in (t[0] ?? {})) return 0;
  let total = 0;
  let skalaTerakhir = Number.POSITIVE_INFINITY;
  let i = 0;
  while (i < t.length) {
    const kelompok = bacaKelompok(t, i);
    if (kelompok === null) return null;
    const [nilai, j] = kelompok;
    const x = t[j];
    if (x !== undefined && "skala" in x) {
      if (x.skala >= skalaTerakhir) return null;
      total += nilai * x.skala;
      skalaTerakhir = x.skala;
      i = j + 1;
    } else {
      if (j !== t.length) return null;
      total += nilai;
      i = j;
    }
  }
  return total;
}

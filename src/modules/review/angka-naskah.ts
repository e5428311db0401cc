/**
 * Numbers as people type them in a hand-written LKjIP (issue 7 item 1): "1.240.713.100", "93,06%",
 * "Rp. 1.240.713.100,00", "-" for zero, "( 1.000 )" for a negative, stray spaces and separators, and the
 * English forms "1,240,713,100" / "93.06" where they cannot be misread. Pure; no I/O.
 */

const SPASI = /[\s\u00a0\u2007\u202f]+/g;
const MINUS = /[\u2212\u2013\u2014]/g;
const STRIP_SAJA = /^[-\u2013\u2014\u2212]+$/;
const AWALAN_UANG = /^(?:rp\.?|idr)\s*/i;
const POLA_KODE = /^\d{1,2}(?:\.\d{1,4}){2,}$/;
const POLA_TAHUN = /^(?:19|20)\d{2}$/;

/** Drops the trailing zeros of a fraction ("93.50" → "93.5", "100.00" → "100") and a "-0". */
function rapikan(tanda: string, bulat: string, pecahan: string): string {
  const b = bulat.replace(/^0+(?=\d)/, "");
  const p = pecahan.replace(/0+$/, "");
  const mutlak = p === "" ? b : `${b}.${p}`;
  return tanda === "-" && /[1-9]/.test(mutlak) ? `-${mutlak}` : mutlak;
}

/** True when `bagian` after the first are thousands groups of exactly three digits and the first has 1–3. */
function kelompokRibuan(bagian: string[]): boolean {
  if (bagian.length < 2) return false;
  const [pertama = "", ...lain] = bagian;
  return /^\d{1,3}$/.test(pertama) && lain.every((g) => /^\d{3}$/.test(g));
}

/** Reads the digits-and-separators core ("1.240.713.100,00") into integer and fraction parts, or null. */
function bacaInti(inti: string): { bulat: string; pecahan: string } | null {
  if (!/^[\d.,]+$/.test(inti) || !/\d/.test(inti)) return null;
  if (/^[.,]|[.,]$/.test(inti) || /[.,]{2}/.test(inti)) return null;
  const adaTitik = inti.includes(".");
  const adaKoma = inti.includes(",");
  if (!adaTitik && !adaKoma) return { bulat: inti, pecahan: "" };
  if (adaTitik && adaKoma) {
    // whichever separator comes last marks the decimals; the other must be thousands groups
    const desimalKoma = inti.lastIndexOf(",") > inti.lastIndexOf(".");
    const pemisahDesimal = desimalKoma ? "," : ".";
    const pemisahRibuan = desimalKoma ? "." : ",";
    const posisi = inti.lastIndexOf(pemisahDesimal);
    const depan = inti.slice(0, posisi);
    const pecahan = inti.slice(posisi + 1);
    if (depan.includes(pemisahDesimal)) return null;
    const kelompok = depan.split(pemisahRibuan);
    if (!kelompokRibuan(kelompok)) return null;
    return { bulat: kelompok.join(""), pecahan };
  }
  const pemisah = adaTitik ? "." : ",";
  const bagian = inti.split(pemisah);
  if (bagian.length > 2) {
    // "1.240.713.100" (Indonesian) or "1,240,713,100" (English): only thousands groups are a number;
    // "7.01.02" is a code, not a figure
    return kelompokRibuan(bagian) ? { bulat: bagian.join(""), pecahan: "" } : null;
  }
  const [depan = "", belakang = ""] = bagian;
  // one dot followed by exactly three digits is an Indonesian thousands separator ("1.240"), unless the
  // integer part is 0 ("0.125"); any other single dot is an English decimal point ("93.06")
  if (pemisah === "." && /^\d{3}$/.test(belakang) && /^[1-9]\d{0,2}$/.test(depan)) {
    return { bulat: depan + belakang, pecahan: "" };
  }
  // a single comma is the Indonesian decimal comma ("93,06", "1,5")
  return { bulat: depan, pecahan: belakang };
}

/**
 * The exact value of a number written in a report, as a decimal string with a point ("1240713100",
 * "93.06", "-1000", "0"), or null when the text is not a single number (a code "7.01.02", "4 Laporan",
 * words). Why: money is compared exactly (decisions.md "Money and numbers"), never through a float.
 */
export function desimalNaskah(teks: string): string | null {
  let s = teks.replace(MINUS, "-").trim();
  if (s === "") return null;
  let negatif = false;
  const dalamKurung = /^\((.*)\)$/.exec(s);
  if (dalamKurung !== null) {
    negatif = true;
    s = (dalamKurung[1] ?? "").trim();
  }
  s = s.replace(AWALAN_UANG, "");
  s = s.replace(/\s*%$/, "");
  if (STRIP_SAJA.test(s.replace(SPASI, ""))) return "0";
  if (s.startsWith("-")) {
    if (negatif) return null;
    negatif = true;
    s = s.slice(1).trim();
    s = s.replace(AWALAN_UANG, "");
  }
  // "1.240.713.100,-" and "1.240.713.100.-": a dash written for "no cents"
  s = s.replace(/[.,]\s*-$/, "");
  // spaces beside a separator are stray ("1.240.713.100 ,00")
  s = s.replace(/\s*([.,])\s*/g, "$1");
  if (/\s/.test(s.replace(SPASI, " "))) {
    // spaces as thousands separators: "1 240 713 100" or "1 240 713 100,00"
    const potong = s.split(SPASI);
    const akhir = potong[potong.length - 1] ?? "";
    const akhirBulat = /^(\d{3})([.,]\d+)?$/.exec(akhir);
    if (akhirBulat === null) return null;
    const kelompok = [...potong.slice(0, -1), akhirBulat[1] ?? ""];
    if (!kelompokRibuan(kelompok) || kelompok.some((k) => /[.,]/.test(k))) return null;
    s = kelompok.join("") + (akhirBulat[2] ?? "");
  }
  const hasil = bacaInti(s);
  if (hasil === null) return null;
  return rapikan(negatif ? "-" : "", hasil.bulat, hasil.pecahan);
}

/**
 * The value of a number written in a report as a JS number (percentages stay as written: "93,06%" → 93.06),
 * or null when it is not one. Why: the checks compare ratios and percentages; money goes via desimalNaskah.
 */
export function angkaNaskah(teks: string): number | null {
  const d = desimalNaskah(teks);
  return d === null ? null : Number(d);
}

/**
 * True for text that looks like a number but is an identifier or a year: a programme/kegiatan code
 * ("7.01.02", "7.01.01.2.01.0001") or a year ("2024"). Why: a check must not add codes or years into a total.
 */
export function adalahKodeAtauTahun(teks: string): boolean {
  const s = teks.trim();
  if (POLA_TAHUN.test(s)) return true;
  if (!POLA_KODE.test(s)) return false;
  return !kelompokRibuan(s.split("."));
}

/** True when the cell reads as a percentage ("93,06%", "100 %"). Why: a percentage column is not summed. */
export function adalahPersen(teks: string): boolean {
  return /%\s*$/.test(teks.trim()) && desimalNaskah(teks) !== null;
}

/** True when the cell is written as rupiah ("Rp 1.240.713.100", "Rp. -"). Why: money columns are summed exactly. */
export function adalahRupiah(teks: string): boolean {
  const s = teks
    .replace(MINUS, "-")
    .trim()
    .replace(/^\(\s*/, "");
  return AWALAN_UANG.test(s) && desimalNaskah(teks) !== null;
}

/**
 * Splits a target written with its unit ("4 Laporan", "12 Dokumen", "100%") into the number and the unit.
 * Why: Renja and PK tables write targets this way; the history import needs both.
 */
export function pisahAngkaSatuan(teks: string): { nilai: string; satuan: string | null } | null {
  const s = teks.trim();
  const langsung = desimalNaskah(s);
  if (langsung !== null) return { nilai: langsung, satuan: /%\s*$/.test(s) ? "%" : null };
  const cocok = /^([-(]?\s*[\d.,\s]*\d\)?)\s*(%|[A-Za-z\u00c0-\u024f/][^\d]*)$/.exec(s);
  if (cocok === null) return null;
  const nilai = desimalNaskah(cocok[1] ?? "");
  if (nilai === null) return null;
  return { nilai, satuan: (cocok[2] ?? "").trim() };
}

/**
 * Validation and ordering of Kepmendagri 050 nomenclature codes (urusan … sub kegiatan).
 * Implements decisions.md "Codes" and regulations.md §5.2: anything outside the five patterns is refused.
 */

/** The five levels of the Permendagri 90/2019 / Kepmendagri 050 hierarchy. */
export type LevelKode = "urusan" | "bidang" | "program" | "kegiatan" | "sub_kegiatan";

/** A recognised code, its parent and, for sub kegiatan, whether it uses the 2- or 4-digit numbering. */
export type KodeSah = {
  ok: true;
  kode: string;
  level: LevelKode;
  induk: string | null;
  digitSub: 2 | 4 | null;
};

/** Outcome of reading a code typed or imported by a person. */
export type HasilParseKode = KodeSah | { ok: false; pesan: string };

const POLA: Readonly<Record<LevelKode, RegExp>> = {
  urusan: /^\d$/,
  bidang: /^\d\.\d{2}$/,
  program: /^\d\.\d{2}\.\d{2}$/,
  kegiatan: /^\d\.\d{2}\.\d{2}\.\d\.\d{2}$/,
  sub_kegiatan: /^\d\.\d{2}\.\d{2}\.\d\.\d{2}\.(\d{2}|\d{4})$/,
};

const NAMA_LEVEL: Readonly<Record<LevelKode, string>> = {
  urusan: "urusan",
  bidang: "bidang urusan",
  program: "program",
  kegiatan: "kegiatan",
  sub_kegiatan: "sub kegiatan",
};

const BENTUK: Readonly<Record<LevelKode, string>> = {
  urusan: "Kode urusan harus berupa 1 digit, misalnya 7",
  bidang: "Kode bidang urusan harus berbentuk 7.01",
  program: "Kode program harus berbentuk 7.01.02",
  kegiatan: "Kode kegiatan harus berbentuk 7.01.02.2.01",
  sub_kegiatan:
    "Kode sub kegiatan harus berbentuk 7.01.02.2.01.0001 (4 digit) atau 7.01.02.2.01.01 (2 digit)",
};

const LEVEL_MENURUT_JUMLAH_SEGMEN: Readonly<Record<number, LevelKode>> = {
  1: "urusan",
  2: "bidang",
  3: "program",
  4: "kegiatan",
  5: "kegiatan",
  6: "sub_kegiatan",
};

const JUMLAH_SEGMEN_INDUK: Readonly<Record<LevelKode, number>> = {
  urusan: 0,
  bidang: 1,
  program: 2,
  kegiatan: 3,
  sub_kegiatan: 5,
};

/**
 * Reads a code into its level and parent, or explains the expected pattern in Indonesian.
 * Why: codes key the whole budget tree; a malformed one would silently detach a sub kegiatan from its program.
 */
export function parseKode(kode: string): HasilParseKode {
  const bersih = kode.trim();
  if (bersih === "") return { ok: false, pesan: "Kode belum diisi." };
  const segmen = bersih.split(".");
  const level = LEVEL_MENURUT_JUMLAH_SEGMEN[segmen.length];
  if (level === undefined || !/^[\d.]+$/.test(bersih)) {
    return {
      ok: false,
      pesan: `Kode "${bersih}" tidak dikenal. Bentuk yang diterima: 7 (urusan), 7.01 (bidang urusan), 7.01.02 (program), 7.01.02.2.01 (kegiatan), 7.01.02.2.01.0001 (sub kegiatan).`,
    };
  }
  if (!POLA[level].test(bersih)) return { ok: false, pesan: `${BENTUK[level]}; tertulis "${bersih}".` };
  const jumlahInduk = JUMLAH_SEGMEN_INDUK[level];
  const akhir = segmen[segmen.length - 1] ?? "";
  return {
    ok: true,
    kode: bersih,
    level,
    induk: jumlahInduk === 0 ? null : segmen.slice(0, jumlahInduk).join("."),
    digitSub: level === "sub_kegiatan" ? (akhir.length === 4 ? 4 : 2) : null,
  };
}

/** Parent code ("7.01.02.2.01.0001" → "7.01.02.2.01"; urusan → null); throws on an invalid code. */
export function kodeIndukDari(kode: string): string | null {
  const hasil = parseKode(kode);
  if (!hasil.ok) throw new RangeError(hasil.pesan);
  return hasil.induk;
}

/**
 * Checks that a code is valid and of the level a service expects (a program where a program belongs).
 * Why: one place for the message a user sees when a code sits in the wrong column.
 */
export function pastikanLevel(kode: string, level: LevelKode): HasilParseKode {
  const hasil = parseKode(kode);
  if (!hasil.ok) {
    const bersih = kode.trim();
    return bersih === "" ? hasil : { ok: false, pesan: `${BENTUK[level]}; tertulis "${bersih}".` };
  }
  if (hasil.level !== level) {
    return {
      ok: false,
      pesan: `Kode ${hasil.kode} adalah kode ${NAMA_LEVEL[hasil.level]}, bukan kode ${NAMA_LEVEL[level]}. ${BENTUK[level]}.`,
    };
  }
  return hasil;
}

function bandingSegmen(a: string, b: string): -1 | 0 | 1 {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const x = BigInt(a);
    const y = BigInt(b);
    if (x !== y) return x < y ? -1 : 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders codes segment by segment numerically, parents before children ("7.01.2" < "7.01.10").
 * Why: reports list the budget tree in nomenclature order, which string sorting gets wrong.
 */
export function bandingKode(a: string, b: string): -1 | 0 | 1 {
  const sa = a.trim().split(".");
  const sb = b.trim().split(".");
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    const hasil = bandingSegmen(sa[i] ?? "", sb[i] ?? "");
    if (hasil !== 0) return hasil;
  }
  return sa.length < sb.length ? -1 : sa.length > sb.length ? 1 : 0;
}

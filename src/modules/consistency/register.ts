/**
 * Counts that narratives state, computed from the registers (pegawai, wilayah, penduduk), so a sentence in
 * a report can be checked against the store instead of being typed a second time.
 *
 * Staffing categories, as Indonesian reports use them (the Malili 2024 report counts 14 PNS + 1 PPPK as
 * "15 ASN" and its 14 upah jasa as "Non PNS"):
 * - PNS = status PNS only (CPNS are counted apart, as the report's Tabel 1.4 does);
 * - ASN = PNS + CPNS + PPPK (UU 20/2023 Pasal 1: ASN are PNS and PPPK);
 * - Non PNS / non-ASN / honorer = PTT + UPAH_JASA (PPPK are ASN, so they are neither "PNS" nor "Non PNS");
 * - pegawai / aparatur = every active employee.
 */
import type { DataPemeriksaan, WilayahPeriksa } from "./data-pemeriksaan.ts";

/** What a counted noun in a narrative refers to. */
export type KunciRegister =
  | "pns"
  | "cpns"
  | "pppk"
  | "asn"
  | "non_pns"
  | "pegawai"
  | "desa"
  | "kelurahan"
  | "desa_kelurahan"
  | "dusun"
  | "rt"
  | "penduduk"
  | "penduduk_laki"
  | "penduduk_perempuan";

/** The registered count per key; null when the register does not hold enough data to say. */
export type Register = Record<KunciRegister, number | null>;

/** How each count is named in a message: the noun, and the register it comes from. */
export const NAMA_REGISTER: Record<KunciRegister, { kata: string; sumber: string }> = {
  pns: { kata: "PNS", sumber: "register pegawai" },
  cpns: { kata: "CPNS", sumber: "register pegawai" },
  pppk: { kata: "PPPK", sumber: "register pegawai" },
  asn: { kata: "ASN (PNS, CPNS dan PPPK)", sumber: "register pegawai" },
  non_pns: { kata: "pegawai Non PNS (PTT dan upah jasa)", sumber: "register pegawai" },
  pegawai: { kata: "pegawai", sumber: "register pegawai" },
  desa: { kata: "desa", sumber: "register wilayah" },
  kelurahan: { kata: "kelurahan", sumber: "register wilayah" },
  desa_kelurahan: { kata: "desa/kelurahan", sumber: "register wilayah" },
  dusun: { kata: "dusun/lingkungan", sumber: "register wilayah" },
  rt: { kata: "RT", sumber: "register wilayah" },
  penduduk: { kata: "jiwa penduduk", sumber: "data penduduk" },
  penduduk_laki: { kata: "jiwa penduduk laki-laki", sumber: "data penduduk" },
  penduduk_perempuan: { kata: "jiwa penduduk perempuan", sumber: "data penduduk" },
};

type KolomWilayah = "jumlahDusun" | "jumlahRt" | "lakiLaki" | "perempuan";

/**
 * A kecamatan-wide total: the sum over desa and kelurahan when every one of them has the figure (the finest
 * data is the source of truth), else the figure on the kecamatan row when there is exactly one, else null.
 */
export function totalWilayah(wilayah: readonly WilayahPeriksa[], kolom: KolomWilayah): number | null {
  const anak = wilayah.filter((w) => w.jenis !== "kecamatan");
  if (anak.length > 0 && anak.every((w) => w[kolom] !== null)) {
    return anak.reduce((s, w) => s + (w[kolom] ?? 0), 0);
  }
  const induk = wilayah.filter((w) => w.jenis === "kecamatan");
  const [satu] = induk;
  return induk.length === 1 && satu !== undefined ? satu[kolom] : null;
}

/** Every count a narrative may state, from the registers of the data. */
export function hitungRegister(data: DataPemeriksaan): Register {
  const p = data.pegawai;
  const adaPegawai = p.length > 0;
  const hitung = (...status: string[]) =>
    adaPegawai ? p.filter((x) => status.includes(x.status)).length : null;
  const w = data.wilayah;
  const adaWilayah = w.some((x) => x.jenis !== "kecamatan");
  const jumlahJenis = (...jenis: string[]) =>
    adaWilayah ? w.filter((x) => jenis.includes(x.jenis)).length : null;
  const laki = totalWilayah(w, "lakiLaki");
  const perempuan = totalWilayah(w, "perempuan");
  return {
    pns: hitung("PNS"),
    cpns: hitung("CPNS"),
    pppk: hitung("PPPK"),
    asn: hitung("PNS", "CPNS", "PPPK"),
    non_pns: hitung("PTT", "UPAH_JASA"),
    pegawai: adaPegawai ? p.length : null,
    desa: jumlahJenis("desa"),
    kelurahan: jumlahJenis("kelurahan"),
    desa_kelurahan: jumlahJenis("desa", "kelurahan"),
    dusun: totalWilayah(w, "jumlahDusun"),
    rt: totalWilayah(w, "jumlahRt"),
    penduduk: laki === null || perempuan === null ? null : laki + perempuan,
    penduduk_laki: laki,
    penduduk_perempuan: perempuan,
  };
}

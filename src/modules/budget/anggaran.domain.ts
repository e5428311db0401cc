/**
 * Exact budget roll-up (sub kegiatan → kegiatan → program → total) and serapan anggaran on bigint rupiah.
 * Implements decisions.md "Money and numbers" (rupiah are whole numbers; percentages computed exactly from
 * the integers, then rounded half up to 2 decimals) for LKjIP Bab III.B "Realisasi Anggaran".
 */
import { bagiBulatSetengahNaik, type Desimal, desimal } from "../../platform/decimal.ts";
import { bandingKode, parseKode } from "./kode-nomenklatur.domain.ts";

/** Serapan anggaran in percent, or the reason it cannot be computed (never a conventional 0 %). */
export type HasilSerapan =
  | { status: "dihitung"; persen: Desimal }
  | { status: "tidak_dapat_dihitung"; alasan: string };

/** One DPA sub kegiatan with the codes and names of its kegiatan and program, as a flat row. */
export type BarisSubKegiatan = {
  kodeProgram: string;
  namaProgram: string;
  kodeKegiatan: string;
  namaKegiatan: string;
  kode: string;
  nama: string;
  pagu: bigint;
  realisasi: bigint;
};

/** Pagu, realisasi and serapan of any node of the tree. */
export type JumlahAnggaran = { pagu: bigint; realisasi: bigint; serapan: HasilSerapan };

/** A leaf of the budget tree. */
export type SubKegiatanAnggaran = { kode: string; nama: string } & JumlahAnggaran;

/** A kegiatan with its sub kegiatan, in code order. */
export type KegiatanAnggaran = {
  kode: string;
  nama: string;
  subKegiatan: SubKegiatanAnggaran[];
} & JumlahAnggaran;

/** A program with its kegiatan, in code order. */
export type ProgramAnggaran = { kode: string; nama: string; kegiatan: KegiatanAnggaran[] } & JumlahAnggaran;

/** The whole DPA tree and its grand total. */
export type PohonAnggaran = { program: ProgramAnggaran[]; total: JumlahAnggaran };

/**
 * realisasi / pagu × 100, exact, half up to 2 decimals (4.286.256.962 / 4.445.199.950 → 96,42).
 * Why: the serapan printed in LKjIP must equal the one computed from the stored integers.
 */
export function serapan(realisasi: bigint, pagu: bigint): HasilSerapan {
  if (pagu === 0n) return { status: "tidak_dapat_dihitung", alasan: "Pagu bernilai 0" };
  if (pagu < 0n) return { status: "tidak_dapat_dihitung", alasan: "Pagu bernilai negatif" };
  return { status: "dihitung", persen: bagiBulatSetengahNaik(desimal(realisasi), desimal(pagu), 100n, 2) };
}

function jumlah(pagu: bigint, realisasi: bigint): JumlahAnggaran {
  return { pagu, realisasi, serapan: serapan(realisasi, pagu) };
}

function jumlahDari(anak: readonly { pagu: bigint; realisasi: bigint }[]): JumlahAnggaran {
  let pagu = 0n;
  let realisasi = 0n;
  for (const a of anak) {
    pagu += a.pagu;
    realisasi += a.realisasi;
  }
  return jumlah(pagu, realisasi);
}

function urutKode<T extends { kode: string }>(daftar: T[]): T[] {
  return daftar.sort((a, b) => bandingKode(a.kode, b.kode));
}

function kelompokkan<T>(daftar: readonly T[], kunci: (x: T) => string): Map<string, T[]> {
  const peta = new Map<string, T[]>();
  for (const x of daftar) {
    const k = kunci(x);
    const kelompok = peta.get(k);
    if (kelompok === undefined) peta.set(k, [x]);
    else kelompok.push(x);
  }
  return peta;
}

/**
 * Builds the program → kegiatan → sub kegiatan tree with exact sums and serapan at every level, ordered by
 * code segment by segment. Names of a program or kegiatan come from its first row.
 * Why: every budget table and total in LKjIP is this one computation, so the totals cannot disagree.
 */
export function susunPohonAnggaran(daftar: readonly BarisSubKegiatan[]): PohonAnggaran {
  const program: ProgramAnggaran[] = [];
  for (const [kodeProgram, barisProgram] of kelompokkan(daftar, (b) => b.kodeProgram)) {
    const kegiatan: KegiatanAnggaran[] = [];
    for (const [kodeKegiatan, barisKegiatan] of kelompokkan(barisProgram, (b) => b.kodeKegiatan)) {
      const subKegiatan = urutKode(
        barisKegiatan.map((b) => ({ kode: b.kode, nama: b.nama, ...jumlah(b.pagu, b.realisasi) })),
      );
      const nama = barisKegiatan[0]?.namaKegiatan ?? "";
      kegiatan.push({ kode: kodeKegiatan, nama, ...jumlahDari(subKegiatan), subKegiatan });
    }
    urutKode(kegiatan);
    const nama = barisProgram[0]?.namaProgram ?? "";
    program.push({ kode: kodeProgram, nama, ...jumlahDari(kegiatan), kegiatan });
  }
  urutKode(program);
  return { program, total: jumlahDari(program) };
}

/**
 * Contradictions in flat DPA rows, as Indonesian messages (empty when consistent): invalid codes, a code
 * outside its parent, a duplicate sub kegiatan, two names for one code, negative amounts.
 * Why: the roll-up trusts its input; services call this first so a bad import is refused, not summed.
 */
export function periksaBarisAnggaran(daftar: readonly BarisSubKegiatan[]): string[] {
  const masalah: string[] = [];
  const namaProgram = new Map<string, string>();
  const namaKegiatan = new Map<string, string>();
  const kodeSub = new Set<string>();
  for (const b of daftar) {
    const program = parseKode(b.kodeProgram);
    const kegiatan = parseKode(b.kodeKegiatan);
    const sub = parseKode(b.kode);
    if (!program.ok || program.level !== "program")
      masalah.push(`Kode program "${b.kodeProgram}" tidak sah.`);
    if (!kegiatan.ok || kegiatan.level !== "kegiatan")
      masalah.push(`Kode kegiatan "${b.kodeKegiatan}" tidak sah.`);
    else if (kegiatan.induk !== b.kodeProgram) {
      masalah.push(`Kegiatan ${b.kodeKegiatan} tidak berada di bawah program ${b.kodeProgram}.`);
    }
    if (!sub.ok || sub.level !== "sub_kegiatan") masalah.push(`Kode sub kegiatan "${b.kode}" tidak sah.`);
    else if (sub.induk !== b.kodeKegiatan) {
      masalah.push(`Sub kegiatan ${b.kode} tidak berada di bawah kegiatan ${b.kodeKegiatan}.`);
    }
    if (kodeSub.has(b.kode)) masalah.push(`Sub kegiatan ${b.kode} tercatat lebih dari sekali.`);
    kodeSub.add(b.kode);
    const np = namaProgram.get(b.kodeProgram);
    if (np === undefined) namaProgram.set(b.kodeProgram, b.namaProgram);
    else if (np !== b.namaProgram)
      masalah.push(`Program ${b.kodeProgram} memiliki dua nama: "${np}" dan "${b.namaProgram}".`);
    const nk = namaKegiatan.get(b.kodeKegiatan);
    if (nk === undefined) namaKegiatan.set(b.kodeKegiatan, b.namaKegiatan);
    else if (nk !== b.namaKegiatan) {
      masalah.push(`Kegiatan ${b.kodeKegiatan} memiliki dua nama: "${nk}" dan "${b.namaKegiatan}".`);
    }
    if (b.pagu < 0n) masalah.push(`Pagu sub kegiatan ${b.kode} tidak boleh negatif.`);
    if (b.realisasi < 0n) masalah.push(`Realisasi sub kegiatan ${b.kode} tidak boleh negatif.`);
  }
  return masalah;
}

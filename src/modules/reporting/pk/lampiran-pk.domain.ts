/**
 * The tables of a PK's lampiran (PermenPANRB 53/2014 Lampiran I, regulations.md §2.1): sasaran with indicators
 * and targets, programs with their budget and a Jumlah row, and the quarterly rencana aksi (§7.1).
 * Every figure arrives here as stored; this file only decides what goes in which cell.
 */
import { formatAngka } from "../../../platform/number-format.ts";
import type { BarisTabel, BlokTabel } from "../model.ts";

/** The tier of a PK: who commits to whom (PermenPANRB 53/2014, cascaded to the lowest eselon). */
export type TingkatPk = "kepala_daerah" | "pimpinan_opd" | "eselon_iii" | "eselon_iv";

/** One indicator of the lampiran with its target; `sasaran` null for an indicator set at tujuan level. */
export type IndikatorLampiranPk = {
  sasaran: string | null;
  tujuan: string | null;
  nama: string;
  satuan: string;
  target: string;
  targetAtas: string | null;
  rencanaAksi: { triwulan: number; target: string | null; uraian: string }[];
};

/** One program of the lampiran: the budget shown (printed in the PK, else the DPA pagu) and its source. */
export type ProgramLampiranPk = {
  nama: string;
  anggaran: bigint | null;
  sumberAnggaran: "pk" | "dpa";
  keterangan: string | null;
};

const ROMAWI = ["I", "II", "III", "IV"] as const;

/**
 * "93,05 Nilai", "80–90 %": a target with its satuan, a range target as lower–upper.
 * Why: the PK lampiran prints the target with its unit (regulations.md §2.1).
 */
export function labelTarget(target: string, targetAtas: string | null, satuan: string): string {
  const angka =
    targetAtas === null ? formatAngka(target) : `${formatAngka(target)}–${formatAngka(targetAtas)}`;
  return satuan.trim() === "" ? angka : `${angka} ${satuan.trim()}`;
}

/**
 * The heading of the sasaran column by tier: Sasaran Strategis for the heads of the pemda and the OPD,
 * Sasaran Program for eselon III, Sasaran Kegiatan for eselon IV (PermenPANRB 53/2014).
 */
export function judulKolomSasaran(tingkat: TingkatPk): string {
  if (tingkat === "eselon_iii") return "Sasaran Program";
  if (tingkat === "eselon_iv") return "Sasaran Kegiatan";
  return "Sasaran Strategis";
}

function kelompokSasaran(indikator: readonly IndikatorLampiranPk[]): [string, IndikatorLampiranPk[]][] {
  const kelompok = new Map<string, IndikatorLampiranPk[]>();
  for (const i of indikator) {
    const kunci = i.sasaran ?? i.tujuan ?? "-";
    const daftar = kelompok.get(kunci);
    if (daftar === undefined) kelompok.set(kunci, [i]);
    else daftar.push(i);
  }
  return [...kelompok.entries()];
}

/**
 * Lampiran table 1: No | Sasaran | Indikator Kinerja | Target, one number per sasaran with its indicators
 * beneath it (PermenPANRB 53/2014 Lampiran I).
 */
export function tabelSasaranPk(tingkat: TingkatPk, indikator: readonly IndikatorLampiranPk[]): BlokTabel {
  const baris: BarisTabel[] = [];
  kelompokSasaran(indikator).forEach(([sasaran, daftar], n) => {
    daftar.forEach((i, k) => {
      baris.push({
        sel: [
          { teks: k === 0 ? `${n + 1}.` : "" },
          { teks: k === 0 ? sasaran : "" },
          { teks: i.nama },
          { teks: labelTarget(i.target, i.targetAtas, i.satuan) },
        ],
      });
    });
  });
  if (baris.length === 0) baris.push({ sel: [{ teks: "Belum ada indikator kinerja", rentangKolom: 4 }] });
  return {
    jenis: "tabel",
    nomor: "Tabel 1",
    judul: "Sasaran, Indikator Kinerja dan Target",
    kolom: [
      { perataan: "tengah", lebar: 1 },
      { perataan: "kiri", lebar: 7 },
      { perataan: "kiri", lebar: 6 },
      { perataan: "kanan", lebar: 3 },
    ],
    kepala: [
      [
        { teks: "No" },
        { teks: judulKolomSasaran(tingkat) },
        { teks: "Indikator Kinerja" },
        { teks: "Target" },
      ],
    ],
    baris,
    sumber: null,
  };
}

/** Sum of the budgets shown and whether one is missing. Why: the Jumlah row must add what is printed above it. */
export function jumlahAnggaranPk(program: readonly ProgramLampiranPk[]): {
  jumlah: bigint;
  adaKosong: boolean;
} {
  let jumlah = 0n;
  let adaKosong = false;
  for (const p of program) {
    if (p.anggaran === null) adaKosong = true;
    else jumlah += p.anggaran;
  }
  return { jumlah, adaKosong };
}

function sumberAnggaran(program: readonly ProgramLampiranPk[], dpa: string): string {
  const dariDpa = program.filter((p) => p.sumberAnggaran === "dpa").length;
  const kosong = program.some((p) => p.anggaran === null)
    ? `; program bertanda "-" tidak ada di ${dpa}, jumlah hanya menjumlahkan angka yang tercantum`
    : "";
  if (program.length === 0 || dariDpa === 0) return `Perjanjian Kinerja sebagaimana ditandatangani${kosong}`;
  if (dariDpa === program.length) return `${dpa}${kosong}`;
  return `Perjanjian Kinerja sebagaimana ditandatangani; anggaran yang tidak dicantumkan di dalamnya mengikuti ${dpa}${kosong}`;
}

/**
 * Lampiran table 2: No | Program | Anggaran (Rp) | Keterangan with a Jumlah row; each budget is the PK's own
 * printed figure, or the DPA pagu where the PK prints none (PermenPANRB 53/2014 Lampiran I).
 */
export function tabelProgramPk(program: readonly ProgramLampiranPk[], namaDpa: string): BlokTabel {
  const { jumlah } = jumlahAnggaranPk(program);
  const baris: BarisTabel[] = program.map((p, i) => ({
    sel: [
      { teks: `${i + 1}.` },
      { teks: p.nama },
      { teks: p.anggaran === null ? "-" : formatAngka(p.anggaran.toString()) },
      { teks: p.keterangan ?? "" },
    ],
  }));
  baris.push({
    gaya: "jumlah",
    sel: [{ teks: "Jumlah", rentangKolom: 2 }, { teks: formatAngka(jumlah.toString()) }, { teks: "" }],
  });
  return {
    jenis: "tabel",
    nomor: "Tabel 2",
    judul: "Program dan Anggaran",
    kolom: [
      { perataan: "tengah", lebar: 1 },
      { perataan: "kiri", lebar: 9 },
      { perataan: "kanan", lebar: 4 },
      { perataan: "kiri", lebar: 2 },
    ],
    kepala: [[{ teks: "No" }, { teks: "Program" }, { teks: "Anggaran (Rp)" }, { teks: "Keterangan" }]],
    baris,
    sumber: sumberAnggaran(program, namaDpa),
  };
}

/**
 * The quarterly rencana aksi of the PK indicators, one row per indicator and quarter, or null when none was
 * entered (regulations.md §7.1: target TW I–IV and the planned action per PK indicator).
 */
export function tabelRencanaAksi(tahun: number, indikator: readonly IndikatorLampiranPk[]): BlokTabel | null {
  const baris: BarisTabel[] = [];
  let n = 0;
  for (const i of indikator) {
    const aksi = [...i.rencanaAksi].sort((a, b) => a.triwulan - b.triwulan);
    if (aksi.length === 0) continue;
    n += 1;
    aksi.forEach((a, k) => {
      baris.push({
        sel: [
          { teks: k === 0 ? `${n}.` : "" },
          { teks: k === 0 ? i.nama : "" },
          { teks: k === 0 ? labelTarget(i.target, i.targetAtas, i.satuan) : "" },
          { teks: `Triwulan ${ROMAWI[a.triwulan - 1] ?? a.triwulan}` },
          { teks: a.target === null ? "-" : labelTarget(a.target, null, i.satuan) },
          { teks: a.uraian },
        ],
      });
    });
  }
  if (baris.length === 0) return null;
  return {
    jenis: "tabel",
    nomor: "Tabel 3",
    judul: `Rencana Aksi Perjanjian Kinerja Tahun ${tahun}`,
    kolom: [
      { perataan: "tengah", lebar: 1 },
      { perataan: "kiri", lebar: 5 },
      { perataan: "kanan", lebar: 2 },
      { perataan: "tengah", lebar: 2 },
      { perataan: "kanan", lebar: 2 },
      { perataan: "kiri", lebar: 6 },
    ],
    kepala: [
      [
        { teks: "No" },
        { teks: "Indikator Kinerja" },
        { teks: `Target ${tahun}` },
        { teks: "Triwulan" },
        { teks: "Target Triwulan" },
        { teks: "Rencana Aksi" },
      ],
    ],
    baris,
    sumber: null,
  };
}

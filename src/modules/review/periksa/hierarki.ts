/**
 * The parent of each row of a budget table (program ⊃ kegiatan ⊃ sub kegiatan), found as a reviewer finds
 * it: by code ("7.01.01" ⊃ "7.01.01.2.01"), by indentation, or by the marks people type (a "PROGRAM" row,
 * "- " before a sub kegiatan). Hand-written tables drop marks, so a row without its dash that completes
 * the sum of the kegiatan above it is taken as that kegiatan's child. Pure; no I/O.
 */
import { bandingkan, type Desimal, jumlahkan } from "../../../platform/decimal.ts";
import { type BagianTabel, barisJumlah, kolomPeran, labelBaris } from "../kenali-tabel.ts";
import { desimalSel, kodeDiAwal } from "./bantu.ts";

/** A row's place in the tree: its level (0 = top) and its parent's position in the part (or null). */
export type SimpulBaris = { posisi: number; tingkat: number; induk: number | null; jumlah: boolean };

function kodeBaris(b: BagianTabel, posisi: number): string | null {
  const baris = b.baris[posisi]?.baris;
  if (baris === undefined) return null;
  const kol = kolomPeran(b, "kode");
  const diKolom = kol === undefined ? "" : (baris.sel[kol.indeks] ?? "").trim();
  if (/^\d{1,2}(\.\d{1,4})+$/.test(diKolom)) return diKolom;
  return kodeDiAwal(labelBaris(b, baris));
}

function berkode(b: BagianTabel): (string | null)[] | null {
  const kode = b.baris.map((_, i) => kodeBaris(b, i));
  const ada = kode.filter((k) => k !== null).length;
  const bukanJumlah = b.baris.filter((x) => !barisJumlah(x.baris)).length;
  return ada >= 2 && ada >= bukanJumlah * 0.6 ? kode : null;
}

function dariKode(b: BagianTabel, kode: (string | null)[]): SimpulBaris[] {
  const hasil: SimpulBaris[] = [];
  kode.forEach((k, posisi) => {
    const jumlah = barisJumlah(b.baris[posisi]?.baris ?? { sel: [], inden: 0, barisBerkas: null });
    if (k === null) {
      hasil.push({ posisi, tingkat: jumlah ? -1 : 99, induk: null, jumlah });
      return;
    }
    let induk: number | null = null;
    for (let j = posisi - 1; j >= 0; j--) {
      const kj = kode[j];
      if (kj != null && k.startsWith(`${kj}.`)) {
        induk = j;
        break;
      }
    }
    hasil.push({ posisi, tingkat: k.split(".").length, induk, jumlah });
  });
  return hasil;
}

const TANDA_ANAK = /^\s*[-–•*]\s*/;

/** Value of the first summable column (pagu) in a row: what the sum-guided repair compares. */
function nilaiKunci(b: BagianTabel, posisi: number, kolom: number): Desimal | null {
  return desimalSel(b.baris[posisi]?.baris.sel[kolom]);
}

function dariTanda(b: BagianTabel, kolomKunci: number): SimpulBaris[] | null {
  const label = b.baris.map((x) => labelBaris(b, x.baris));
  const inden = b.baris.map((x) => x.baris.inden);
  const adaInden = new Set(inden).size > 1;
  const program = label.map(
    (l) =>
      /^program\b/i.test(l.replace(TANDA_ANAK, "")) ||
      (/[A-Z]{4}/.test(l) && l === l.toUpperCase() && !/^(jumlah|total)/i.test(l)),
  );
  const jumlah = b.baris.map((x) => barisJumlah(x.baris));
  const adaProgram = program.some(Boolean);
  if (!adaInden && !adaProgram) return null;
  const bukanProgram = inden.filter((_, i) => !program[i] && !jumlah[i]);
  const indenDasar = bukanProgram.length === 0 ? 0 : Math.min(...bukanProgram);
  const peringkatInden = [...new Set(inden)].sort((a, b) => a - b);
  const tingkat = b.baris.map((_, i) => {
    if (jumlah[i]) return -1;
    if (!adaProgram) return peringkatInden.indexOf(inden[i] ?? 0);
    if (program[i]) return 0;
    const bertanda =
      TANDA_ANAK.test(b.baris[i]?.baris.sel.join(" ").trim() ?? "") || TANDA_ANAK.test(label[i] ?? "");
    return bertanda || (inden[i] ?? 0) > indenDasar ? 2 : 1;
  });
  // rows typed without their dash or indent that complete the kegiatan above them are its children
  if (adaProgram) perbaikiDenganJumlah(b, tingkat, kolomKunci);
  const hasil: SimpulBaris[] = [];
  tingkat.forEach((t, posisi) => {
    let induk: number | null = null;
    if (t > 0) {
      for (let j = posisi - 1; j >= 0; j--) {
        const tj = tingkat[j] ?? 0;
        if (tj === -1) break;
        if (tj < t) {
          induk = j;
          break;
        }
      }
    }
    hasil.push({ posisi, tingkat: t, induk, jumlah: t === -1 });
  });
  return hasil;
}

/**
 * A kegiatan (level 1) whose children do not add up, followed by rows typed without their dash that make
 * the sum exact: those rows are its children (level 2). Mutates `tingkat`.
 */
function perbaikiDenganJumlah(b: BagianTabel, tingkat: number[], kolom: number): void {
  for (let i = 0; i < tingkat.length; i++) {
    if (tingkat[i] !== 1) continue;
    const induk = nilaiKunci(b, i, kolom);
    if (induk === null) continue;
    let j = i + 1;
    const anak: Desimal[] = [];
    while (j < tingkat.length && tingkat[j] === 2) {
      const v = nilaiKunci(b, j, kolom);
      if (v !== null) anak.push(v);
      j++;
    }
    if (bandingkan(jumlahkan(anak), induk) === 0 && anak.length > 0) continue;
    const calon: number[] = [];
    let k = j;
    let cocok = -1;
    while (k < tingkat.length && tingkat[k] === 1) {
      const v = nilaiKunci(b, k, kolom);
      if (v === null) break;
      anak.push(v);
      calon.push(k);
      const banding = bandingkan(jumlahkan(anak), induk);
      if (banding === 0) {
        cocok = k;
        break;
      }
      if (banding > 0) break;
      k++;
    }
    if (cocok >= 0) for (const c of calon) tingkat[c] = 2;
  }
}

/**
 * The tree of a budget part, or null when the rows carry neither codes, indentation nor marks (a flat
 * table: only its total row can be checked).
 */
export function pohonBaris(b: BagianTabel, kolomKunci: number): SimpulBaris[] | null {
  const kode = berkode(b);
  if (kode !== null) return dariKode(b, kode);
  return dariTanda(b, kolomKunci);
}

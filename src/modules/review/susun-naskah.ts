import type { BlokNaskah, JudulNaskah, TabelNaskah } from "./naskah.ts";
import type { BlokMentah, ParagrafMentah, TabelMentah } from "./naskah-mentah.ts";
import {
  mulaiTabel,
  namaKolom,
  pisahSubKepala,
  potonganTabelBaru,
  sambungTabel,
  type TabelKerja,
  tabelTataLetak,
} from "./tabel-gabung.ts";

/**
 * Turns the raw blocks of either reader into the report model (issue 7 item 1): headings recognised (by style,
 * or by the way LKjIPs are written: "BAB I" with its title on the next line, "3.1 …", "A. …", "Sasaran 1."),
 * captions attached to their tables (before, or after when none is before), tables continued under
 * "Tabel 3.8 (lanjutan)" or broken by a page joined, and every block told its chapter and section.
 */

const POLA_BAB = /^BAB\s+([IVXL]+|\d+)\b\.?\s*[:.\-\u2013]?\s*(.*)$/i;
const POLA_PELENGKAP =
  /^(KATA PENGANTAR|DAFTAR ISI|DAFTAR TABEL|DAFTAR GAMBAR|DAFTAR GRAFIK|DAFTAR LAMPIRAN|IKHTISAR EKSEKUTIF|RINGKASAN EKSEKUTIF|LAMPIRAN\b.*)$/;
const POLA_BAGIAN = /^(\d{1,2})\.(\d{1,2})\.?\s+\S/;
const POLA_SUBBAGIAN = /^\d{1,2}\.\d{1,2}\.\d{1,2}\.?\s+\S/;
const POLA_HURUF = /^[A-H]\.\s+[A-Z]/;
const POLA_SASARAN = /^Sasaran\s+(?:Strategis\s+)?\d+\s*[.:]/i;
const POLA_DAFTAR_ISI = /(?:\.{4,}|\u2026{2,}|\t)\s*[\divxlIVXL]+\s*$/;
const POLA_TABEL =
  /^Tabel\s+((?:\d+|[IVXL]+)(?:\s*[.\-\u2013]\s*(?:\d+|[IVXL]+))*)\.?(?=\s|$|:)\s*:?\s*(.*)$/i;
const POLA_LANJUTAN_AWAL = /^Lanjutan\s+Tabel\s+((?:\d+|[IVXL]+)(?:\s*[.\-\u2013]\s*(?:\d+|[IVXL]+))*)/i;

type Keterangan = { nomor: string; judul: string; lanjutan: boolean };

function rapatkan(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function hurufBesar(s: string): boolean {
  return /[A-Z]/.test(s) && s === s.toUpperCase();
}

/** Reads a caption line: "Tabel 3.8 Realisasi …", "Tabel III-1", "Tabel 3.8 (lanjutan)", "Lanjutan Tabel 3.8". */
export function bacaKeterangan(teks: string): Keterangan | null {
  const s = rapatkan(teks);
  const lanjut = POLA_LANJUTAN_AWAL.exec(s);
  if (lanjut !== null) {
    const nomor = `Tabel ${(lanjut[1] ?? "").replace(/\s+/g, "")}`;
    return { nomor, judul: s, lanjutan: true };
  }
  const m = POLA_TABEL.exec(s);
  if (m === null || s.length > 250) return null;
  const nomor = `Tabel ${(m[1] ?? "").replace(/\s+/g, "")}`;
  const sisa = (m[2] ?? "").trim();
  // a sentence that merely starts with "Tabel 3.1 menunjukkan …" is not a caption
  if (/^[a-z]/.test(sisa) && !/^\(?\s*lanjutan/i.test(sisa)) return null;
  const lanjutan = /\(?\s*lanjutan\s*\)?\s*$/i.test(sisa) || /^\(?\s*lanjutan/i.test(sisa);
  return { nomor, judul: sisa === "" ? nomor : `${nomor} ${sisa}`, lanjutan };
}

/** The heading level of a paragraph, or null; by style first, then by how LKjIP headings are written. */
function tingkatJudul(p: ParagrafMentah): 1 | 2 | 3 | null {
  const s = rapatkan(p.teks);
  if (s.length > 200 || POLA_DAFTAR_ISI.test(p.teks)) return null;
  if (POLA_BAB.test(s) && s.length <= 120) return 1;
  if (p.tingkatGaya !== null) return p.tingkatGaya;
  if (POLA_PELENGKAP.test(s) && hurufBesar(s)) return 1;
  if (s.length > 150 || /[.;]$/.test(s)) return null;
  if (POLA_SUBBAGIAN.test(s)) return 3;
  if (POLA_BAGIAN.test(s)) return 2;
  if (POLA_HURUF.test(s)) return 2;
  if (POLA_SASARAN.test(s)) return 3;
  return null;
}

type Keluar =
  | { jenis: "judul"; tingkat: 1 | 2 | 3; teks: string; barisBerkas: number | null }
  | { jenis: "paragraf"; teks: string; barisBerkas: number | null; mentah: ParagrafMentah }
  | { jenis: "tabel"; kerja: TabelKerja; nomor: string | null; judul: string | null };

/** Assembles the blocks of a report from the raw blocks of a reader. */
export function susunNaskah(mentah: BlokMentah[]): BlokNaskah[] {
  const keluar: Keluar[] = [];
  const terpakai = new Set<number>();
  const tabelBernomor = new Map<string, Extract<Keluar, { jenis: "tabel" }>>();

  for (let i = 0; i < mentah.length; i++) {
    if (terpakai.has(i)) continue;
    const b = mentah[i];
    if (b === undefined) continue;
    if (b.jenis === "paragraf") {
      const tingkat = tingkatJudul(b);
      if (tingkat === null) {
        keluar.push({ jenis: "paragraf", teks: rapatkan(b.teks), barisBerkas: b.barisBerkas, mentah: b });
        continue;
      }
      let teks = rapatkan(b.teks);
      const bab = POLA_BAB.exec(teks);
      const berikut = mentah[i + 1];
      // "BAB I" alone, its title on the next line
      if (bab !== null && (bab[2] ?? "") === "" && berikut?.jenis === "paragraf") {
        const judul = rapatkan(berikut.teks);
        if (judul.length <= 100 && bacaKeterangan(judul) === null && !POLA_BAB.test(judul)) {
          teks = `${teks} ${judul}`;
          terpakai.add(i + 1);
        }
      }
      keluar.push({ jenis: "judul", tingkat, teks, barisBerkas: b.barisBerkas });
      continue;
    }
    prosesTabel(b, i);
  }

  function prosesTabel(b: TabelMentah, i: number): void {
    const terakhirSebelum = keluar[keluar.length - 1];
    const adaKeterangan =
      terakhirSebelum?.jenis === "paragraf" && bacaKeterangan(terakhirSebelum.teks) !== null;
    if (!adaKeterangan && !b.bersambung && tabelTataLetak(b)) {
      // a signature block laid out in a table: its lines are paragraphs, as in a text file
      for (const baris of b.baris) {
        for (const sel of baris.sel) {
          for (const teks of sel.split("\n")) {
            if (teks.trim() === "") continue;
            const mentahP: ParagrafMentah = {
              jenis: "paragraf",
              teks,
              barisBerkas: baris.barisBerkas,
              tingkatGaya: null,
              gayaKeterangan: false,
            };
            keluar.push({
              jenis: "paragraf",
              teks: rapatkan(teks),
              barisBerkas: baris.barisBerkas,
              mentah: mentahP,
            });
          }
        }
      }
      return;
    }
    const ket = ambilKeteranganSebelum() ?? ambilKeteranganSesudah(i);
    if (ket?.lanjutan === true) {
      const asal = tabelBernomor.get(ket.nomor);
      if (asal !== undefined) {
        sambungTabel(asal.kerja, b);
        return;
      }
    }
    const terakhir = keluar[keluar.length - 1];
    if (
      ket === null &&
      b.bersambung &&
      terakhir?.jenis === "tabel" &&
      !potonganTabelBaru(terakhir.kerja, b)
    ) {
      sambungTabel(terakhir.kerja, b);
      return;
    }
    let judulTanpaNomor = ket === null ? ambilJudulHurufBesar() : null;
    // a second table right under a captioned one, with a header of its own: named after its neighbour so a
    // reviewer can find it
    let nomorTetangga: string | null = null;
    if (
      ket === null &&
      judulTanpaNomor === null &&
      b.bersambung &&
      terakhir?.jenis === "tabel" &&
      terakhir.judul !== null
    ) {
      nomorTetangga = terakhir.nomor;
      judulTanpaNomor = judulBagian(terakhir.judul, 2);
    }
    const t: Extract<Keluar, { jenis: "tabel" }> = {
      jenis: "tabel",
      kerja: mulaiTabel(b),
      nomor: ket?.nomor ?? nomorTetangga,
      judul:
        ket === null
          ? judulTanpaNomor
          : ket.lanjutan
            ? ket.judul.replace(/\s*\(?\s*lanjutan\s*\)?/i, "")
            : ket.judul,
    };
    keluar.push(t);
    if (t.nomor !== null) tabelBernomor.set(t.nomor, t);
  }

  function ambilKeteranganSebelum(): Keterangan | null {
    const p1 = keluar[keluar.length - 1];
    if (p1?.jenis !== "paragraf") return null;
    const k1 = bacaKeterangan(p1.teks);
    if (k1 !== null) {
      keluar.pop();
      return k1;
    }
    const p2 = keluar[keluar.length - 2];
    if (p2?.jenis !== "paragraf" || p1.teks.length > 200) return null;
    const k2 = bacaKeterangan(p2.teks);
    if (k2 === null || k2.judul !== k2.nomor) return null;
    keluar.splice(keluar.length - 2, 2);
    return { ...k2, judul: `${k2.nomor} ${p1.teks}`.replace(/\s*:\s*$/, "") };
  }

  /** A caption under the table, when the paragraph after it is one and no table follows that caption. */
  function ambilKeteranganSesudah(i: number): Keterangan | null {
    const p = mentah[i + 1];
    if (p?.jenis !== "paragraf") return null;
    const k = bacaKeterangan(p.teks);
    if (k === null) return null;
    const lalu = mentah[i + 2];
    const lalu2 = mentah[i + 3];
    if (lalu?.jenis === "tabel") return null;
    if (k.judul === k.nomor && lalu?.jenis === "paragraf" && lalu2?.jenis === "tabel") return null;
    terpakai.add(i + 1);
    return k;
  }

  /** Up to two short all-capital lines right above a table without a numbered caption, as its title. */
  function ambilJudulHurufBesar(): string | null {
    const bagian: string[] = [];
    while (bagian.length < 2) {
      const p = keluar[keluar.length - 1];
      if (p?.jenis !== "paragraf" || p.teks.length > 120 || !hurufBesar(p.teks)) break;
      bagian.unshift(p.teks);
      keluar.pop();
    }
    return bagian.length === 0 ? null : bagian.join(" ");
  }

  return letakkan(keluar);
}

/** The title of the n-th part of a table that holds two tables under one caption. */
function judulBagian(judul: string, ke: number): string {
  return `${judul.replace(/ \u2014 bagian \d+$/, "")} \u2014 bagian ${ke}`;
}

/** Gives every paragraph and table its chapter and section, and finishes the tables. */
function letakkan(keluar: Keluar[]): BlokNaskah[] {
  let bab: string | null = null;
  let bagian: string | null = null;
  const terpisah: Keluar[] = keluar.flatMap((k): Keluar[] => {
    if (k.jenis !== "tabel") return [k];
    const bagian = pisahSubKepala(k.kerja);
    if (bagian.length === 1) return [k];
    return bagian.map((kerja, i) => ({
      jenis: "tabel",
      kerja,
      nomor: k.nomor,
      judul: i === 0 || k.judul === null ? k.judul : judulBagian(k.judul, i + 1),
    }));
  });
  return terpisah.map((k): BlokNaskah => {
    if (k.jenis === "judul") {
      if (k.tingkat === 1) {
        bab = k.teks;
        bagian = null;
      } else bagian = k.teks;
      const judul: JudulNaskah = {
        jenis: "judul",
        tingkat: k.tingkat,
        teks: k.teks,
        barisBerkas: k.barisBerkas,
      };
      return judul;
    }
    if (k.jenis === "paragraf")
      return { jenis: "paragraf", teks: k.teks, bab, bagian, barisBerkas: k.barisBerkas };
    const t: TabelNaskah = {
      nomor: k.nomor,
      judul: k.judul,
      bab,
      bagian,
      kepala: k.kerja.kepala,
      namaKolom: namaKolom(k.kerja.kepala, k.kerja.kolom),
      baris: k.kerja.baris,
      barisBerkas: k.kerja.barisBerkas,
    };
    return { jenis: "tabel", ...t };
  });
}

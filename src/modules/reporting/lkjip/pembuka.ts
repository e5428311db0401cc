/**
 * The front matter of an LKjIP: cover, kata pengantar (stored text and the head's signature) and the
 * generated lists of contents, tables and charts (PermenPANRB 53/2014 Anak Lampiran II; reference report).
 */
import type { Blok, Sampul } from "../model.ts";
import type { BahanLkjip } from "./bahan.ts";
import { judul, paragraf } from "./blok.ts";
import { narasiOpd } from "./narasi.ts";
import { tandaTanganPimpinan } from "./tanda-tangan.ts";

/** The cover: report title, OPD, pemda, year. */
export function sampulLkjip(bahan: BahanLkjip): Sampul {
  return {
    baris: [
      "LAPORAN KINERJA INSTANSI PEMERINTAH",
      "(LKjIP)",
      bahan.opd.nama.toUpperCase(),
      bahan.pemda.nama.toUpperCase(),
    ],
    tahun: String(bahan.tahun),
  };
}

/** KATA PENGANTAR from the stored narrative, signed by the OPD head. */
export function kataPengantar(bahan: BahanLkjip): Blok[] {
  const isi = narasiOpd(bahan.narasi, "kata_pengantar");
  return [
    judul(1, null, "KATA PENGANTAR", false),
    ...(isi.length > 0 ? isi : ["(Kata pengantar belum diisi.)"]).map((t) => paragraf(t)),
    tandaTanganPimpinan(bahan),
    { jenis: "halaman_baru" },
  ];
}

/** DAFTAR ISI, DAFTAR TABEL, DAFTAR GRAFIK: filled by the renderers from the headings and captions. */
export function daftarOtomatis(): Blok[] {
  return [
    { jenis: "daftar_isi", judul: "DAFTAR ISI" },
    { jenis: "halaman_baru" },
    { jenis: "daftar_tabel", judul: "DAFTAR TABEL" },
    { jenis: "daftar_grafik", judul: "DAFTAR GRAFIK" },
    { jenis: "halaman_baru" },
  ];
}

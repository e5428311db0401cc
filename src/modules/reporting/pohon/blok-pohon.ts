/**
 * The pohon kinerja and its matriks cascading as report blocks (issue 9 item 3, PermenPANRB 89/2021): the diagram
 * as a picture on a sideways page and the matrix as a landscape table. Pure; shared by the pohon-kinerja document
 * and the LKjIP's BAB II so both print the same drawing and rows.
 */
import { gambarPohonSvg } from "../../cascading/diagram-pohon.ts";
import { barisMatriksPohon } from "../../cascading/matriks-pohon.domain.ts";
import type { PohonKinerjaOpd } from "../../cascading/pohon.model.ts";
import type { BarisTabel, Blok, BlokGambar, BlokTabel } from "../model.ts";

/** The diagram of the year as a landscape picture block. */
export function blokDiagramPohon(pohon: PohonKinerjaOpd, tahun: number, nomor: string): BlokGambar {
  const d = gambarPohonSvg(pohon, tahun);
  return {
    jenis: "gambar",
    nomor,
    judul: `Pohon Kinerja ${pohon.opd.nama} Tahun ${tahun}`,
    svg: d.svg,
    lebar: d.lebar,
    tinggi: d.tinggi,
    lanskap: true,
  };
}

/** The matriks cascading of the year as a landscape table, one row per node (and per further indicator). */
export function tabelMatriksPohon(pohon: PohonKinerjaOpd, tahun: number, nomor: string): BlokTabel {
  const baris: BarisTabel[] = barisMatriksPohon(pohon, tahun).map((r) => ({
    gaya: r.awal && r.kedalaman <= 1 ? "induk" : "biasa",
    sel: [
      { teks: r.nomor },
      { teks: r.levelTeks },
      { teks: r.kondisi },
      { teks: r.indikator },
      { teks: r.target },
      { teks: r.pemilik },
      { teks: r.anggaran },
      { teks: r.csf },
    ],
  }));
  return {
    jenis: "tabel",
    nomor,
    judul: `Matriks Cascading ${pohon.opd.nama} Tahun ${tahun}`,
    kolom: [
      { perataan: "kiri", lebar: 1.6 },
      { perataan: "kiri", lebar: 2.4 },
      { perataan: "kiri", lebar: 4.2 },
      { perataan: "kiri", lebar: 3.6 },
      { perataan: "kanan", lebar: 1.8 },
      { perataan: "kiri", lebar: 2.8 },
      { perataan: "kiri", lebar: 3.6 },
      { perataan: "kiri", lebar: 2.8 },
    ],
    kepala: [
      [
        { teks: "No" },
        { teks: "Level" },
        { teks: "Kondisi/Sasaran" },
        { teks: "Indikator" },
        { teks: `Target ${tahun}` },
        { teks: "Pemilik (Unit/Pejabat)" },
        { teks: "Program/Kegiatan/Sub Kegiatan" },
        { teks: "Faktor Kunci Keberhasilan (CSF)" },
      ],
    ],
    baris,
    sumber: `Pohon kinerja ${pohon.opd.nama} ${pohon.tahunAwal}–${pohon.tahunAkhir}`,
    lanskap: true,
    hurufKecil: true,
  };
}

/** How many nodes a tree has, for the lead-in sentence. */
function hitungSimpul(pohon: PohonKinerjaOpd): number {
  const hitung = (s: PohonKinerjaOpd["akar"][number]): number =>
    1 + s.anak.reduce((n, a) => n + hitung(a), 0);
  return pohon.akar.reduce((n, s) => n + hitung(s), 0);
}

/** The lead-in, the diagram and the matrix; `nomor` numbers the picture and the table in the caller's chapter. */
export function blokPohonKinerja(
  pohon: PohonKinerjaOpd,
  tahun: number,
  nomor: { gambar: string; tabel: string },
): Blok[] {
  return [
    {
      jenis: "paragraf",
      perataan: "rata",
      teks: `Sasaran strategis ${pohon.opd.nama} diturunkan (cascading) menurut PermenPANRB Nomor 89 Tahun 2021 menjadi sasaran program, sasaran kegiatan dan rencana hasil kerja setiap pegawai. Pohon kinerja tahun ${tahun} memuat ${hitungSimpul(pohon)} simpul; setiap simpul memuat kondisi yang hendak dicapai, indikator dan target, pemilik serta program, kegiatan atau sub kegiatan yang mendanainya.`,
    },
    blokDiagramPohon(pohon, tahun, nomor.gambar),
    tabelMatriksPohon(pohon, tahun, nomor.tabel),
  ];
}

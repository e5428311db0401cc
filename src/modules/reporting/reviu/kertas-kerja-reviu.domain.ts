/**
 * The reviu working paper (kertas kerja reviu, KKR) of one report as a report model, following the steps of
 * PermenPANRB 53/2014 Lampiran III (regulations.md §2.5): preparation, then format and completeness, the
 * agreement of IKU, PK and report, the reliability of the figures and the narrative; each step with what was
 * found, then every finding with its location, the value as written and recomputed, and the correction asked
 * for. Pure; the wording is ours.
 */
import { formatTanggal } from "../../../platform/number-format.ts";
import type { JenisTemuanReviu, TemuanReviu } from "../../review/naskah.ts";
import {
  formatNilaiTemuan,
  jumlahTemuan,
  lokasiTeks,
  NAMA_TINGKAT,
  URUTAN_TINGKAT,
} from "../../review/tampil-reviu.domain.ts";
import type { BarisTabel, Blok, BlokParagraf, BlokTabel, Dokumen } from "../model.ts";
import { type DataDokumenReviu, koreksiTemuan, namaLaporan } from "./data-reviu.ts";

/** One review step of Lampiran III and the kinds of check that carry it out. */
type LangkahReviu = { langkah: string; cara: string; jenis: readonly JenisTemuanReviu[] };

/** The steps after preparation, each covering its kinds of finding exactly once. */
const LANGKAH: readonly LangkahReviu[] = [
  {
    langkah: "Format dan kelengkapan laporan",
    cara: "Mencocokkan bab, subbab, tujuh analisis per sasaran, tanggal dan penanda tangan dengan sistematika Anak Lampiran II",
    jenis: ["struktur", "tanggal_penandatangan"],
  },
  {
    langkah: "Keselarasan IKU, Perjanjian Kinerja dan laporan",
    cara: "Membandingkan program, kegiatan, target dan anggaran yang sama di tabel PK, anggaran dan realisasi",
    jenis: ["antar_tabel"],
  },
  {
    langkah: "Keandalan data capaian dan realisasi anggaran",
    cara: "Menghitung ulang jumlah baris, jumlah induk, persentase capaian dan serapan beserta pembulatannya",
    jenis: ["aritmetika"],
  },
  {
    langkah: "Kesesuaian predikat dengan skala",
    cara: "Menerapkan skala predikat yang dicantumkan laporan pada capaian yang tertulis",
    jenis: ["predikat"],
  },
  {
    langkah: "Kesesuaian narasi dengan angka",
    cara: "Mencocokkan kata naik/turun dan jumlah yang disebut dalam kalimat dengan angka pada tabel",
    jenis: ["kata_tren", "hitungan_teks"],
  },
];

function paragraf(teks: string, tebal = false): BlokParagraf {
  return { jenis: "paragraf", teks: tebal ? [{ teks, tebal: true }] : teks, perataan: "kiri" };
}

function angkaAtauStrip(n: number | undefined): string {
  return n === undefined ? "–" : formatNilaiTemuan(n);
}

/** Findings in the paper's order: by severity, then document order (as the review ranked them). */
function urutkan(temuan: readonly TemuanReviu[]): TemuanReviu[] {
  const urut = (t: TemuanReviu) => URUTAN_TINGKAT.indexOf(t.tingkat);
  return [...temuan].sort(
    (a, b) =>
      urut(a) - urut(b) ||
      (a.lokasi.barisBerkas ?? Number.MAX_SAFE_INTEGER) - (b.lokasi.barisBerkas ?? Number.MAX_SAFE_INTEGER),
  );
}

function daftarNomor(nomor: number[]): string {
  return nomor.length > 12
    ? `${nomor.slice(0, 12).join(", ")} dan ${nomor.length - 12} lainnya`
    : nomor.join(", ");
}

function tabelLangkah(d: DataDokumenReviu, nomorTemuan: Map<TemuanReviu, number>): BlokTabel {
  const h = d.hasil;
  const baris: BarisTabel[] = [
    {
      sel: [
        { teks: "1" },
        { teks: "Persiapan: memahami organisasi, Perjanjian Kinerja dan IKU" },
        {
          teks: `Membaca laporan ${d.namaBerkas}: ${h.terbaca.bab} bab, ${h.terbaca.tabel} tabel, ${h.terbaca.paragraf} paragraf`,
        },
        { teks: "Dilaksanakan" },
      ],
    },
  ];
  LANGKAH.forEach((l, i) => {
    const nomor = [...nomorTemuan]
      .filter(([t]) => l.jenis.includes(t.jenis))
      .map(([, n]) => n)
      .sort((a, b) => a - b);
    baris.push({
      sel: [
        { teks: String(i + 2) },
        { teks: l.langkah },
        { teks: l.cara },
        {
          teks:
            nomor.length === 0
              ? "Tidak ditemukan ketidaksesuaian"
              : `${nomor.length} temuan (nomor ${daftarNomor(nomor)})`,
        },
      ],
    });
  });
  return {
    jenis: "tabel",
    nomor: "Tabel 1",
    judul: "Langkah reviu dan hasilnya",
    kolom: [
      { perataan: "tengah", lebar: 4 },
      { perataan: "kiri", lebar: 26 },
      { perataan: "kiri", lebar: 40 },
      { perataan: "kiri", lebar: 30 },
    ],
    kepala: [[{ teks: "No" }, { teks: "Langkah reviu" }, { teks: "Prosedur" }, { teks: "Hasil" }]],
    baris,
    sumber: "PermenPANRB 53/2014 Lampiran III; hasil pemeriksaan Terukur atas berkas laporan",
  };
}

function tabelTemuan(urut: readonly TemuanReviu[]): BlokTabel {
  return {
    jenis: "tabel",
    nomor: "Tabel 2",
    judul: "Temuan reviu, lokasinya dan koreksi yang diperlukan",
    lanskap: true,
    hurufKecil: true,
    kolom: [
      { perataan: "tengah", lebar: 4 },
      { perataan: "kiri", lebar: 7 },
      { perataan: "kiri", lebar: 24 },
      { perataan: "kiri", lebar: 20 },
      { perataan: "kanan", lebar: 9 },
      { perataan: "kanan", lebar: 9 },
      { perataan: "kanan", lebar: 8 },
      { perataan: "kiri", lebar: 19 },
    ],
    kepala: [
      [
        { teks: "No" },
        { teks: "Tingkat" },
        { teks: "Uraian temuan" },
        { teks: "Lokasi dalam laporan" },
        { teks: "Tertulis" },
        { teks: "Hitung ulang" },
        { teks: "Selisih" },
        { teks: "Rekomendasi/koreksi" },
      ],
    ],
    baris:
      urut.length === 0
        ? [{ sel: [{ teks: "Tidak ada temuan.", rentangKolom: 8 }] }]
        : urut.map((t, i) => ({
            sel: [
              { teks: String(i + 1) },
              { teks: NAMA_TINGKAT[t.tingkat] },
              { teks: t.pesan },
              { teks: lokasiTeks(t.lokasi) },
              { teks: angkaAtauStrip(t.stated) },
              { teks: angkaAtauStrip(t.computed) },
              { teks: angkaAtauStrip(t.difference) },
              { teks: koreksiTemuan(t, formatNilaiTemuan) },
            ],
          })),
    sumber: "Hasil pemeriksaan Terukur atas berkas laporan; lokasi menyebut bab, tabel, baris dan kolom",
  };
}

/** The simpulan of the working paper, from the counts by severity. */
export function simpulanReviu(d: DataDokumenReviu): string {
  const h = d.hasil;
  const n = jumlahTemuan(h);
  if (n === 0) {
    return `Atas ${namaLaporan(d)} tidak ditemukan ketidaksesuaian angka, predikat, narasi maupun kelengkapan yang diperiksa.`;
  }
  return (
    `Atas ${namaLaporan(d)} ditemukan ${n} hal yang perlu diperbaiki: ${h.ringkasan.tinggi} tingkat tinggi, ` +
    `${h.ringkasan.sedang} tingkat sedang dan ${h.ringkasan.rendah} tingkat rendah. Penyusun laporan diminta ` +
    "memperbaiki setiap temuan pada Tabel 2 sebelum laporan ditandatangani dan disampaikan."
  );
}

/** The kertas kerja reviu of one report as a report model (PermenPANRB 53/2014 Lampiran III). */
export function susunKertasKerjaReviu(d: DataDokumenReviu): Dokumen {
  const urut = urutkan(d.hasil.temuan);
  const nomorTemuan = new Map(urut.map((t, i) => [t, i + 1] as const));
  const isi: Blok[] = [
    {
      jenis: "judul",
      tingkat: 1,
      nomor: null,
      teks: "KERTAS KERJA REVIU ATAS LAPORAN KINERJA",
      diDaftarIsi: false,
    },
    { jenis: "paragraf", teks: [{ teks: d.namaOpd.toUpperCase(), tebal: true }], perataan: "tengah" },
    { jenis: "paragraf", teks: [{ teks: d.namaPemda.toUpperCase(), tebal: true }], perataan: "tengah" },
    paragraf(`Laporan yang direviu: ${namaLaporan(d)}`),
    paragraf(
      `Berkas: ${d.namaBerkas} (SHA-256 ${d.sha256.slice(0, 16)}…), diterima ${formatTanggal(d.tanggalUnggah)}`,
    ),
    paragraf("Dasar: Pedoman Reviu atas Laporan Kinerja, PermenPANRB Nomor 53 Tahun 2014 Lampiran III"),
    paragraf(
      "Tujuan: memberikan keyakinan terbatas bahwa laporan kinerja disajikan secara akurat, andal dan valid; reviu tidak menilai substansi kinerja.",
    ),
    { jenis: "judul", tingkat: 2, nomor: "A.", teks: "Langkah Reviu", diDaftarIsi: false },
    tabelLangkah(d, nomorTemuan),
    { jenis: "judul", tingkat: 2, nomor: "B.", teks: "Temuan dan Koreksi", diDaftarIsi: false },
    tabelTemuan(urut),
    { jenis: "judul", tingkat: 2, nomor: "C.", teks: "Simpulan", diDaftarIsi: false },
    { jenis: "paragraf", teks: simpulanReviu(d), perataan: "rata" },
    {
      jenis: "tandatangan",
      tempat: d.tempat,
      tanggal: formatTanggal(d.tanggal),
      penandatangan: [{ jabatan: "Pereviu", nama: d.pereviu.nama, nip: d.pereviu.nip }],
    },
  ];
  return {
    jenis: "kertas-kerja-reviu",
    judul: `Kertas Kerja Reviu ${namaLaporan(d)}`,
    kepalaHalaman: `Kertas Kerja Reviu · ${d.namaOpd} ${d.tahun ?? ""}`.trim(),
    kertas: d.kertas,
    draf: false,
    sampul: null,
    isi,
  };
}

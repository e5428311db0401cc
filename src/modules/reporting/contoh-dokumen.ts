import type { Dokumen } from "./model.ts";

/**
 * A small document that uses every kind of block, for the renderers' tests: each renderer must show all of
 * it before the real LKjIP builder exists, and keeps showing it after.
 */
export function contohDokumen(draf = false): Dokumen {
  return {
    jenis: "lkjip",
    judul: "Laporan Kinerja Instansi Pemerintah Kecamatan Contoh Tahun 2024",
    kepalaHalaman: "LKjIP Kecamatan Contoh 2024",
    kertas: "a4",
    draf,
    sampul: {
      baris: ["LAPORAN KINERJA INSTANSI PEMERINTAH", "(LKjIP)", "KECAMATAN CONTOH", "KABUPATEN CONTOH"],
      tahun: "2024",
    },
    isi: [
      { jenis: "judul", tingkat: 1, nomor: null, teks: "KATA PENGANTAR", diDaftarIsi: false },
      {
        jenis: "paragraf",
        teks: "Puji syukur kami panjatkan atas selesainya laporan ini.",
        perataan: "rata",
      },
      {
        jenis: "tandatangan",
        tempat: "Contoh",
        tanggal: "24 Februari 2025",
        penandatangan: [{ jabatan: "CAMAT CONTOH", nama: "NAMA CAMAT, S.Sos", nip: "198111162010011015" }],
      },
      { jenis: "halaman_baru" },
      { jenis: "daftar_isi", judul: "DAFTAR ISI" },
      { jenis: "daftar_tabel", judul: "DAFTAR TABEL" },
      { jenis: "daftar_grafik", judul: "DAFTAR GRAFIK" },
      { jenis: "halaman_baru" },
      { jenis: "judul", tingkat: 1, nomor: "BAB I", teks: "PENDAHULUAN" },
      { jenis: "judul", tingkat: 2, nomor: "1.1", teks: "Kondisi Umum" },
      {
        jenis: "paragraf",
        teks: [
          { teks: "Jumlah pegawai per 31 Desember 2024 adalah " },
          { teks: "15 (lima belas) orang ASN", tebal: true },
          { teks: " dan " },
          { teks: "14 (empat belas) orang Non PNS", miring: true },
          { teks: "." },
        ],
      },
      {
        jenis: "bagan",
        nomor: "Gambar 1.1",
        judul: "Struktur Organisasi Kecamatan Contoh",
        akar: {
          label: "Camat",
          keterangan: "NASIR, SP., M.Si",
          anak: [
            {
              label: "Sekretaris Camat",
              keterangan: null,
              anak: [
                { label: "Subbagian Perencanaan dan Kepegawaian", keterangan: null, anak: [] },
                { label: "Subbagian Umum dan Keuangan", keterangan: null, anak: [] },
              ],
            },
            { label: "Seksi Pemerintahan", keterangan: null, anak: [] },
            { label: "Seksi Pelayanan Umum", keterangan: null, anak: [] },
          ],
        },
      },
      { jenis: "daftar", bernomor: true, butir: ["Kelurahan Malili", "Desa Baruga", "Desa Balantang"] },
      { jenis: "daftar", bernomor: false, butir: ["Tuntutan pelayanan prima", "Tuntutan akuntabilitas"] },
      {
        jenis: "tabel",
        nomor: "Tabel 1.1",
        judul: "Jumlah ASN Berdasarkan Golongan",
        kolom: [
          { perataan: "tengah", lebar: 1 },
          { perataan: "kiri", lebar: 4 },
          { perataan: "kanan", lebar: 1 },
          { perataan: "kanan", lebar: 1 },
          { perataan: "kanan", lebar: 1 },
          { perataan: "kanan", lebar: 1 },
          { perataan: "kanan", lebar: 2 },
        ],
        kepala: [
          [
            { teks: "No.", rentangBaris: 2 },
            { teks: "Golongan", rentangBaris: 2 },
            { teks: "Ruang", rentangKolom: 4 },
            { teks: "Jumlah", rentangBaris: 2 },
          ],
          [{ teks: "A" }, { teks: "B" }, { teks: "C" }, { teks: "D" }],
        ],
        baris: [
          {
            sel: [
              { teks: "1" },
              { teks: "Golongan IV" },
              { teks: "1" },
              { teks: "1" },
              { teks: "-" },
              { teks: "-" },
              { teks: "2" },
            ],
          },
          {
            sel: [
              { teks: "2" },
              { teks: "Golongan III" },
              { teks: "2" },
              { teks: "3" },
              { teks: "3" },
              { teks: "2" },
              { teks: "10" },
            ],
          },
          {
            gaya: "jumlah",
            sel: [
              { teks: "JUMLAH", rentangKolom: 2 },
              { teks: "3" },
              { teks: "4" },
              { teks: "3" },
              { teks: "2" },
              { teks: "12" },
            ],
          },
        ],
        sumber: "Register pegawai Terukur",
      },
      { jenis: "judul", tingkat: 1, nomor: "BAB III", teks: "AKUNTABILITAS KINERJA" },
      { jenis: "judul", tingkat: 2, nomor: "3.1", teks: "Capaian Kinerja Organisasi" },
      {
        jenis: "tabel",
        nomor: "Tabel 3.8",
        judul: "Realisasi Anggaran Tahun 2024",
        kolom: [
          { perataan: "kiri", lebar: 6 },
          { perataan: "kanan", lebar: 3 },
          { perataan: "kanan", lebar: 3 },
          { perataan: "kanan", lebar: 2 },
        ],
        kepala: [
          [
            { teks: "Program/Kegiatan/Sub Kegiatan" },
            { teks: "Pagu (Rp)" },
            { teks: "Realisasi (Rp)" },
            { teks: "Serapan (%)" },
          ],
        ],
        baris: [
          {
            gaya: "induk",
            sel: [
              { teks: "7.01.02 Program Penyelenggaraan Pemerintahan dan Pelayanan Publik" },
              { teks: "4.271.900" },
              { teks: "3.684.405" },
              { teks: "86,25" },
            ],
          },
          {
            inden: 1,
            sel: [
              { teks: "7.01.02.2.04 Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat" },
              { teks: "4.271.900" },
              { teks: "3.684.405" },
              { teks: "86,25" },
            ],
          },
          {
            gaya: "jumlah",
            sel: [
              { teks: "TOTAL BELANJA" },
              { teks: "4.445.199.950" },
              { teks: "4.286.256.962" },
              { teks: "96,42" },
            ],
          },
        ],
        sumber: "DPA Perubahan 2024",
        lanskap: false,
      },
      {
        jenis: "grafik",
        nomor: "Grafik 3.1",
        judul: "Target dan Realisasi IKM 2021–2024",
        kategori: ["2021", "2022", "2023", "2024"],
        seri: [
          { nama: "Target", tipe: "batang", nilai: [92, 92.27, 93, 93.05] },
          { nama: "Realisasi", tipe: "garis", nilai: [88.05, 93.26, 93.27, 93.06] },
        ],
        judulSumbuY: "Nilai",
        minSumbuY: 80,
      },
      {
        jenis: "tandatangan",
        tempat: "Malili",
        tanggal: "2 Januari 2024",
        penandatangan: [
          { jabatan: "BUPATI LUWU TIMUR", nama: "(nama Bupati)", nip: null },
          {
            jabatan: "CAMAT MALILI",
            nama: "NASIR, SP., M.Si",
            nip: "198111162010011015",
            pangkat: "Pembina",
          },
        ],
      },
    ],
  };
}

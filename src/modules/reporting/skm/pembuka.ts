/**
 * Cover, generated lists and BAB I PENDAHULUAN of the SKM report: legal basis (PermenPANRB 14/2017 and the laws
 * it rests on) and the purpose of the survey, as the Lampiran's report outline asks.
 */
import { judul, paragraf } from "../lkjip/blok.ts";
import type { Blok, Sampul } from "../model.ts";
import { type BahanSkm, namaPeriode } from "./bahan.ts";

/** The cover: title, OPD, pemda, period. */
export function sampulSkm(bahan: BahanSkm): Sampul {
  const h = bahan.hasil;
  return {
    baris: [
      "LAPORAN HASIL",
      "SURVEI KEPUASAN MASYARAKAT (SKM)",
      namaPeriode(h.periode).toUpperCase(),
      h.opd.nama.toUpperCase(),
      bahan.pemda.nama.toUpperCase(),
    ],
    tahun: String(h.periode.tahun),
  };
}

/** DAFTAR ISI, DAFTAR TABEL, DAFTAR GRAFIK, filled by the renderers. */
export function daftarSkm(): Blok[] {
  return [
    { jenis: "daftar_isi", judul: "DAFTAR ISI" },
    { jenis: "halaman_baru" },
    { jenis: "daftar_tabel", judul: "DAFTAR TABEL" },
    { jenis: "daftar_grafik", judul: "DAFTAR GRAFIK" },
    { jenis: "halaman_baru" },
  ];
}

/** The laws the survey rests on (PermenPANRB 14/2017, menimbang and mengingat). */
export const DASAR_HUKUM = [
  "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
  "Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
  "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;",
  "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik.",
];

/** BAB I: latar belakang, dasar hukum, maksud dan tujuan. */
export function babPendahuluan(bahan: BahanSkm): Blok[] {
  const h = bahan.hasil;
  const periode = namaPeriode(h.periode);
  return [
    judul(1, "BAB I", "PENDAHULUAN"),
    judul(2, "1.1", "Latar Belakang"),
    paragraf(
      "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik mewajibkan penyelenggara pelayanan publik melakukan penilaian kinerja pelayanan secara berkala. Peraturan Menteri PANRB Nomor 14 Tahun 2017 menetapkan bahwa penilaian tersebut dilakukan melalui Survei Kepuasan Masyarakat (SKM) paling sedikit 1 (satu) kali setahun.",
    ),
    paragraf(
      `${h.opd.nama} melaksanakan SKM ${periode} untuk mengukur tingkat kepuasan masyarakat atas pelayanan yang diberikan. Hasilnya dinyatakan sebagai Indeks Kepuasan Masyarakat (IKM) dan menjadi dasar perbaikan pelayanan serta realisasi indikator kinerja.`,
    ),
    judul(2, "1.2", "Dasar Hukum"),
    { jenis: "daftar", bernomor: true, butir: DASAR_HUKUM },
    judul(2, "1.3", "Maksud dan Tujuan"),
    paragraf(
      "Maksud survei adalah memperoleh gambaran pendapat masyarakat atas kualitas pelayanan yang diterimanya. Tujuannya:",
    ),
    {
      jenis: "daftar",
      bernomor: true,
      butir: [
        "mengetahui tingkat kepuasan masyarakat secara berkala;",
        "mengetahui kelemahan atau kekurangan dari setiap unsur penyelenggaraan pelayanan;",
        "menjadi dasar rencana tindak lanjut perbaikan kualitas pelayanan;",
        "menyediakan nilai IKM sebagai realisasi indikator kinerja utama yang terkait.",
      ],
    },
  ];
}

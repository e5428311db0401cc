/**
 * BAB V RENCANA TINDAK LANJUT for the weakest unsur (PermenPANRB 14/2017: survey results are followed up) and the
 * PENUTUP. The plan's contents are decisions of the unit, so Terukur writes clearly marked placeholders saying what
 * to fill in, never an invented plan.
 */
import { baris, judul, kepala, kolom, paragraf, tabel } from "../lkjip/blok.ts";
import type { Penomor } from "../lkjip/penomor.ts";
import type { Blok, BlokTandaTangan } from "../model.ts";
import { type BahanSkm, namaPeriode, tampilIkm } from "./bahan.ts";
import { kalimatIkm } from "./kalimat-skm.ts";

/** How many of the lowest-ranked unsur get a row in the plan. */
export const UNSUR_TINDAK_LANJUT = 3;

/** The mark on every placeholder cell, so an unfilled plan cannot pass for a real one. */
export const TANDA_ISIAN = "[DIISI UNIT LAYANAN]";

/** The whole of BAB V. */
export function babTindakLanjut(bahan: BahanSkm, nomor: Penomor): Blok[] {
  const r = bahan.hasil.hasil;
  if (r === null) {
    return [
      judul(1, "BAB V", "RENCANA TINDAK LANJUT"),
      paragraf("Rencana tindak lanjut disusun setelah IKM periode ini dapat dihitung."),
    ];
  }
  const lemah = [...r.perUnsur].sort((a, b) => a.peringkat - b.peringkat).slice(0, UNSUR_TINDAK_LANJUT);
  return [
    judul(1, "BAB V", "RENCANA TINDAK LANJUT"),
    paragraf(
      `Rencana tindak lanjut disusun untuk ${lemah.length} unsur dengan nilai terendah. Kolom yang bertanda ${TANDA_ISIAN} adalah isian yang wajib dilengkapi oleh unit layanan sebelum laporan ditandatangani.`,
    ),
    tabel(
      nomor.tabel(),
      "Rencana Tindak Lanjut Perbaikan Pelayanan",
      kolom(["tengah", 0.6], ["kiri", 3], ["kiri", 4], ["kiri", 2], ["kiri", 2.4]),
      kepala("No", "Unsur (NRR × 25)", "Rencana Tindak Lanjut", "Waktu", "Penanggung Jawab"),
      lemah.map((u, i) =>
        baris([
          String(i + 1),
          `${u.kunci} ${u.nama} (${tampilIkm(u.konversi)})`,
          `${TANDA_ISIAN} langkah perbaikan ${u.nama.toLowerCase()} yang akan dilakukan`,
          `${TANDA_ISIAN} triwulan/bulan pelaksanaan`,
          `${TANDA_ISIAN} jabatan pelaksana`,
        ]),
      ),
      "Diisi oleh unit layanan",
    ),
  ];
}

/** PENUTUP with the IKM sentence and the head's signature. */
export function penutup(bahan: BahanSkm): Blok[] {
  const h = bahan.hasil;
  const ttd: BlokTandaTangan = {
    jenis: "tandatangan",
    tempat: h.opd.nama,
    tanggal: null,
    penandatangan: [
      {
        jabatan: (bahan.pimpinan.jabatan ?? `Kepala ${h.opd.nama}`).toUpperCase(),
        nama: bahan.pimpinan.nama ?? "(nama pimpinan)",
        nip: bahan.pimpinan.nip,
      },
    ],
  };
  return [
    judul(1, "BAB VI", "PENUTUP"),
    paragraf(
      h.hasil === null
        ? `Survei Kepuasan Masyarakat ${namaPeriode(h.periode)} belum menghasilkan IKM.`
        : kalimatIkm(h.opd.nama, namaPeriode(h.periode), h.hasil, h.responden),
    ),
    paragraf(
      "Hasil survei ini dipublikasikan kepada masyarakat dan menjadi bahan perbaikan pelayanan. Pelaksanaan rencana tindak lanjut akan dievaluasi pada survei periode berikutnya.",
    ),
    ttd,
  ];
}

/**
 * BAB III C, follow-up of the latest evaluation's recommendations before the report year (LKE PermenPANRB
 * 88/2021 asks whether recommendations were followed up; the reference report's section 3.3), with the
 * Inspektorat's verification of each follow-up: only an accepted one counts as closed.
 */
import { angkaTerbilang, kalimatTindakLanjut } from "../kalimat.domain.ts";
import type { Blok } from "../model.ts";
import type { BahanLkjip } from "./bahan.ts";
import { baris, judul, kepala, kolom, paragraf, tabel } from "./blok.ts";
import type { Penomor } from "./penomor.ts";

const LABEL_STATUS = { belum: "Belum ditindaklanjuti", proses: "Dalam proses", selesai: "Selesai" } as const;

/** How the table prints the Inspektorat's verification of a follow-up. */
export const LABEL_VERIFIKASI = {
  belum: "Belum diverifikasi",
  diterima: "Diterima",
  dikembalikan: "Dikembalikan",
} as const;

/**
 * The sentence on the Inspektorat's verification, from the same counts as the table's column: only follow-up
 * the Inspektorat accepted is called closed ("dinyatakan tuntas").
 */
export function kalimatVerifikasi(i: { diterima: number; dikembalikan: number; jumlah: number }): string {
  if (i.diterima === 0 && i.dikembalikan === 0) {
    return "Belum ada tindak lanjut yang diverifikasi oleh Inspektorat.";
  }
  const bagian = [
    i.diterima > 0
      ? `${angkaTerbilang(i.diterima)} telah diverifikasi dan diterima Inspektorat sehingga dinyatakan tuntas`
      : null,
    i.dikembalikan > 0 ? `${angkaTerbilang(i.dikembalikan)} dikembalikan Inspektorat untuk dilengkapi` : null,
  ].filter((x): x is string => x !== null);
  const sisa = i.jumlah - i.diterima - i.dikembalikan;
  const akhir = sisa > 0 ? `, sedangkan ${angkaTerbilang(sisa)} belum diverifikasi` : "";
  return `Dari ${angkaTerbilang(i.jumlah)} tindak lanjut tersebut, ${bagian.join(" dan ")}${akhir}.`;
}

/** The recommendations table with rencana aksi, status and progress, and the count sentence. */
export function bagianTindakLanjut(bahan: BahanLkjip, n: Penomor): Blok[] {
  const r = bahan.rekomendasi;
  const kepalaBagian = judul(2, "C.", "Tindak Lanjut Rekomendasi Hasil Evaluasi");
  if (r === null) {
    return [
      kepalaBagian,
      paragraf(`Belum ada rekomendasi hasil evaluasi sebelum tahun ${bahan.tahun} yang dicatat.`),
    ];
  }
  const hitung = (s: keyof typeof LABEL_STATUS) => r.daftar.filter((x) => x.status === s).length;
  const verifikasi = (v: keyof typeof LABEL_VERIFIKASI) => r.daftar.filter((x) => x.verifikasi === v).length;
  return [
    kepalaBagian,
    paragraf(
      `Tindak lanjut atas rekomendasi hasil evaluasi akuntabilitas kinerja Tahun ${r.tahunEvaluasi} dituangkan dalam matriks berikut. ${kalimatTindakLanjut({ tahunEvaluasi: r.tahunEvaluasi, selesai: hitung("selesai"), proses: hitung("proses"), belum: hitung("belum") })} ${kalimatVerifikasi({ diterima: verifikasi("diterima"), dikembalikan: verifikasi("dikembalikan"), jumlah: r.daftar.length })}`,
    ),
    tabel(
      n.tabel(),
      `Tindak Lanjut Rekomendasi Hasil Evaluasi Tahun ${r.tahunEvaluasi}`,
      kolom(["tengah", 1], ["kiri", 6], ["kiri", 6], ["kiri", 3], ["kiri", 3], ["kiri", 5]),
      kepala(
        "No",
        "Rekomendasi",
        "Rencana Aksi Tindak Lanjut",
        "Status",
        "Verifikasi Inspektorat",
        "Progres Penyelesaian",
      ),
      r.daftar.map((x) =>
        baris([
          String(x.nomor),
          x.uraian,
          x.rencana_aksi ?? "-",
          LABEL_STATUS[x.status],
          LABEL_VERIFIKASI[x.verifikasi],
          x.progres ?? "-",
        ]),
      ),
      `Rekomendasi hasil evaluasi AKIP Tahun ${r.tahunEvaluasi}`,
      true,
    ),
  ];
}

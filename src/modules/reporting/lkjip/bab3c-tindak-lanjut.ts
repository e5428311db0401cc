/**
 * BAB III C, follow-up of the latest evaluation's recommendations before the report year (LKE PermenPANRB
 * 88/2021 asks whether recommendations were followed up; the reference report's section 3.3).
 */
import { kalimatTindakLanjut } from "../kalimat.domain.ts";
import type { Blok } from "../model.ts";
import type { BahanLkjip } from "./bahan.ts";
import { baris, judul, kepala, kolom, paragraf, tabel } from "./blok.ts";
import type { Penomor } from "./penomor.ts";

const LABEL_STATUS = { belum: "Belum ditindaklanjuti", proses: "Dalam proses", selesai: "Selesai" } as const;

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
  return [
    kepalaBagian,
    paragraf(
      `Tindak lanjut atas rekomendasi hasil evaluasi akuntabilitas kinerja Tahun ${r.tahunEvaluasi} dituangkan dalam matriks berikut. ${kalimatTindakLanjut({ tahunEvaluasi: r.tahunEvaluasi, selesai: hitung("selesai"), proses: hitung("proses"), belum: hitung("belum") })}`,
    ),
    tabel(
      n.tabel(),
      `Tindak Lanjut Rekomendasi Hasil Evaluasi Tahun ${r.tahunEvaluasi}`,
      kolom(["tengah", 1], ["kiri", 6], ["kiri", 6], ["kiri", 3], ["kiri", 5]),
      kepala("No", "Rekomendasi", "Rencana Aksi Tindak Lanjut", "Status", "Progres Penyelesaian"),
      r.daftar.map((x) =>
        baris([String(x.nomor), x.uraian, x.rencana_aksi ?? "-", LABEL_STATUS[x.status], x.progres ?? "-"]),
      ),
      `Rekomendasi hasil evaluasi AKIP Tahun ${r.tahunEvaluasi}`,
      true,
    ),
  ];
}

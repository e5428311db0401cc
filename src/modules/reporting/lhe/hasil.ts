/**
 * The LHE's identity table and its result: the final score with its predikat in a sentence and the table per
 * komponen and sub-komponen (weight, self-assessment, evaluator's score, % of the weight), PermenPANRB 88/2021
 * Lampiran. "% of weight" of a sub-komponen is the mean of its criteria's percents (exactly its score ÷ weight);
 * of a komponen it is the printed score ÷ weight, so a reader can check it from the table.
 */
import { bagiBulatSetengahNaik, desimal } from "../../../platform/decimal.ts";
import { formatAngka } from "../../../platform/number-format.ts";
import type { HasilLke } from "../../evaluation/lke-nilai.domain.ts";
import { baris, judul, kepala, kolom, paragraf, tabel } from "../lkjip/blok.ts";
import type { BarisTabel, Blok } from "../model.ts";
import type { BahanLhe } from "./bahan.ts";

/** A score as printed in the LHE: two decimals, decimal comma ("71,76"). */
export function angkaLhe(nilai: string): string {
  return formatAngka(nilai, 2);
}

/** A score as a share of its weight, in percent, half up to 2 decimals ("89,53"). */
export function persenBobot(nilai: string, bobot: string): string {
  return formatAngka(bagiBulatSetengahNaik(desimal(nilai), desimal(bobot), 100n, 2), 2);
}

/** "BB (Sangat Baik)". */
export function teksPredikat(p: { huruf: string; sebutan: string }): string {
  return `${p.huruf} (${p.sebutan})`;
}

/** Section A: who and what was evaluated, against which regulation pack. */
export function bagianIdentitas(b: BahanLhe, nomorTabel: string): Blok[] {
  const p = b.penilaian;
  return [
    judul(2, "A.", "Identitas Evaluasi"),
    tabel(
      nomorTabel,
      "Identitas Evaluasi",
      kolom(["kiri", 4], ["kiri", 8]),
      kepala("Uraian", "Keterangan"),
      [
        baris(["Perangkat daerah", b.opd.nama]),
        baris(["Pemerintah daerah", b.pemda.nama]),
        baris(["Tahun yang dievaluasi", String(b.tahun)]),
        baris(["Dasar evaluasi", p.paket.regulasi]),
        baris(["Lembar kerja evaluasi", `${p.paket.nama} (${p.paket.id} versi ${p.paket.versi})`]),
        baris(["Status penilaian", "Final"]),
      ],
      null,
    ),
  ];
}

function sel(hasil: HasilLke | null, ambil: (h: HasilLke) => string | undefined): string {
  const v = hasil ? ambil(hasil) : undefined;
  return v === undefined ? "-" : angkaLhe(v);
}

/** Section B: the final score and predikat, and the table per komponen with its sub-komponen. */
export function bagianHasil(b: BahanLhe, nomorTabel: string): Blok[] {
  const h = b.hasil;
  const m = b.hasilMandiri;
  const kalimatMandiri = m
    ? ` Nilai penilaian mandiri perangkat daerah adalah ${angkaLhe(m.nilaiAkhir)} dengan predikat ${teksPredikat(m.predikat)}.`
    : " Penilaian mandiri perangkat daerah tidak lengkap, sehingga nilainya tidak dapat dihitung.";
  const isi: BarisTabel[] = [];
  for (const k of h.komponen) {
    isi.push(
      baris(
        [
          k.kode,
          k.nama,
          formatAngka(k.bobot),
          sel(m, (x) => x.komponen.find((y) => y.kode === k.kode)?.nilai),
          angkaLhe(k.nilai),
          persenBobot(k.nilai, k.bobot),
        ],
        "induk",
      ),
    );
    for (const s of k.subKomponen) {
      isi.push(
        baris(
          [
            s.kode,
            s.nama,
            formatAngka(s.bobot),
            sel(m, (x) => x.komponen.flatMap((y) => y.subKomponen).find((y) => y.kode === s.kode)?.nilai),
            angkaLhe(s.nilai),
            angkaLhe(s.rataRataPersen),
          ],
          undefined,
          1,
        ),
      );
    }
  }
  isi.push({
    sel: [
      { teks: "NILAI AKHIR", rentangKolom: 2 },
      { teks: "100" },
      { teks: m ? angkaLhe(m.nilaiAkhir) : "-" },
      { teks: angkaLhe(h.nilaiAkhir) },
      { teks: angkaLhe(h.nilaiAkhir) },
    ],
    gaya: "jumlah",
  });
  isi.push({
    sel: [
      { teks: "PREDIKAT", rentangKolom: 2 },
      { teks: "" },
      { teks: m ? teksPredikat(m.predikat) : "-" },
      { teks: teksPredikat(h.predikat), rentangKolom: 2 },
    ],
    gaya: "jumlah",
  });
  return [
    judul(2, "B.", "Hasil Evaluasi"),
    paragraf(
      `Berdasarkan evaluasi atas penerapan Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) pada ${b.opd.nama} tahun ${b.tahun}, diperoleh nilai akhir ${angkaLhe(h.nilaiAkhir)} dengan predikat ${teksPredikat(h.predikat)}.${kalimatMandiri} Rincian nilai per komponen dan sub-komponen disajikan pada tabel berikut.`,
    ),
    tabel(
      nomorTabel,
      `Nilai Evaluasi AKIP per Komponen dan Sub-komponen Tahun ${b.tahun}`,
      kolom(["tengah", 1], ["kiri", 7], ["kanan", 2], ["kanan", 2], ["kanan", 2], ["kanan", 2]),
      kepala("No", "Komponen / Sub-komponen", "Bobot", "Nilai Mandiri", "Nilai Evaluator", "% dari Bobot"),
      isi,
      `Lembar Kerja Evaluasi ${b.opd.nama} Tahun ${b.tahun}`,
    ),
  ];
}

/**
 * BAB II METODOLOGI: the unsur and their exact weights, the 1–4 scale, the computation (NRR over answers given,
 * weight 1/9, ×25), the mutu bands of PermenPANRB 14/2017, the Krejcie & Morgan sample and the period and place.
 */
import { baris, judul, kepala, kolom, paragraf, tabel } from "../lkjip/blok.ts";
import type { Penomor } from "../lkjip/penomor.ts";
import type { Blok } from "../model.ts";
import { type BahanSkm, namaPeriode, rentangTanggal, tampilJumlah } from "./bahan.ts";
import { kalimatSampel } from "./kalimat-skm.ts";

/** The mutu table of PermenPANRB 14/2017 Lampiran (regulations.md §1.5), as the regulation prints it. */
export const TABEL_MUTU: readonly string[][] = [
  ["1", "1,00 – 2,5996", "25,00 – 64,99", "D", "Tidak Baik"],
  ["2", "2,60 – 3,064", "65,00 – 76,60", "C", "Kurang Baik"],
  ["3", "3,0644 – 3,532", "76,61 – 88,30", "B", "Baik"],
  ["4", "3,5324 – 4,00", "88,31 – 100,00", "A", "Sangat Baik"],
];

const bobotTeks = (b: { pembilang: number; penyebut: number }) =>
  b.penyebut === 1 ? String(b.pembilang) : `${b.pembilang}/${b.penyebut}`;

/** The whole of BAB II. */
export function babMetodologi(bahan: BahanSkm, nomor: Penomor): Blok[] {
  const h = bahan.hasil;
  const unsur = h.kuesioner.unsur;
  const bobotSama = unsur.every((u) => u.bobot.pembilang * unsur.length === u.bobot.penyebut);
  return [
    judul(1, "BAB II", "METODOLOGI"),
    judul(2, "2.1", "Unsur Pelayanan yang Diukur"),
    paragraf(
      `Kuesioner yang digunakan adalah ${h.kuesioner.nama} (${h.kuesioner.sumber}) dengan ${unsur.length} unsur pelayanan berikut.`,
    ),
    tabel(
      nomor.tabel(),
      "Unsur Pelayanan dan Bobot",
      kolom(["tengah", 1], ["tengah", 1], ["kiri", 6], ["tengah", 1.5]),
      kepala("No", "Kode", "Unsur Pelayanan", "Bobot"),
      unsur.map((u, i) => baris([String(i + 1), u.kunci, u.nama, bobotTeks(u.bobot)])),
      h.kuesioner.sumber,
    ),
    judul(2, "2.2", "Skala dan Metode Pengolahan"),
    paragraf(
      "Setiap pertanyaan dijawab dengan skala 1 sampai 4: nilai 1 berarti tidak baik, 2 kurang baik, 3 baik dan 4 sangat baik. Jawaban yang kosong tidak dihitung.",
    ),
    {
      jenis: "daftar",
      bernomor: true,
      butir: [
        "Nilai rata-rata (NRR) per unsur = jumlah nilai jawaban unsur tersebut dibagi jumlah responden yang menjawab unsur tersebut.",
        bobotSama
          ? `Bobot setiap unsur = 1/${unsur.length} (jumlah bobot 1 dibagi ${unsur.length} unsur), dihitung sebagai pecahan tepat tanpa pembulatan.`
          : "Bobot setiap unsur sesuai kuesioner (jumlah seluruh bobot tepat 1), dihitung sebagai pecahan tepat tanpa pembulatan.",
        "IKM = jumlah (NRR setiap unsur × bobotnya) × 25, sehingga bernilai 25 sampai 100; pembulatan dua desimal hanya dilakukan pada hasil akhir.",
        "Nilai konversi setiap unsur = NRR × 25, dan mutu pelayanan ditentukan dari nilai yang telah dibulatkan dua desimal menurut tabel berikut.",
      ],
    },
    tabel(
      nomor.tabel(),
      "Nilai Persepsi, Interval, Interval Konversi dan Mutu Pelayanan",
      kolom(["tengah", 1.2], ["tengah", 2], ["tengah", 2], ["tengah", 1.2], ["kiri", 2]),
      kepala(
        "Nilai Persepsi",
        "Nilai Interval (NI)",
        "Nilai Interval Konversi (NIK)",
        "Mutu Pelayanan",
        "Kinerja Unit Pelayanan",
      ),
      TABEL_MUTU.map((r) => baris(r)),
      "Peraturan Menteri PANRB Nomor 14 Tahun 2017, Lampiran",
    ),
    judul(2, "2.3", "Sampel"),
    paragraf(
      "Besar sampel minimum ditentukan dengan tabel Krejcie dan Morgan, S = χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P)) dengan χ² = 3,841, P = 0,5 dan d = 0,05, dibulatkan ke bilangan bulat terdekat.",
    ),
    tabel(
      nomor.tabel(),
      "Kecukupan Sampel",
      kolom(["kiri", 4], ["kanan", 2]),
      kepala("Uraian", "Jumlah"),
      [
        baris([
          "Jumlah pengguna layanan pada periode survei (N)",
          h.sampel === null ? "-" : tampilJumlah(h.sampel.jumlahPengguna),
        ]),
        baris([
          "Sampel minimum (Krejcie dan Morgan)",
          h.sampel === null ? "-" : tampilJumlah(h.sampel.minimum),
        ]),
        baris(["Responden yang diperoleh", tampilJumlah(h.responden)]),
        baris(
          [
            "Kecukupan sampel",
            h.sampel === null ? "belum dapat diperiksa" : h.sampel.cukup ? "memenuhi" : "belum memenuhi",
          ],
          "jumlah",
        ),
      ],
      "Terukur, data respons tersimpan",
    ),
    paragraf(kalimatSampel(h.sampel, h.responden)),
    judul(2, "2.4", "Waktu dan Tempat"),
    paragraf(
      `Survei ${namaPeriode(h.periode)} dilaksanakan pada ${rentangTanggal(h.periode)} di unit layanan ${h.opd.nama}, melalui formulir daring (kode QR), kios layanan dan kuesioner kertas yang diimpor.`,
    ),
  ];
}

/**
 * Section E of the LHE: the score of every evaluated year up to this one, per komponen where an LKE was
 * finalised in Terukur (earlier years may be known only by their final score), with the change from the year
 * before in one sentence computed from the same printed values.
 */
import { bulatkan, desimal, kurang, mutlak } from "../../../platform/decimal.ts";
import { formatAngka } from "../../../platform/number-format.ts";
import { baris, judul, kepala, kolom, paragraf, tabel } from "../lkjip/blok.ts";
import type { Blok } from "../model.ts";
import type { BahanLhe } from "./bahan.ts";
import { angkaLhe } from "./hasil.ts";

/** "naik 5,76 poin dari 66,00 pada tahun 2023", or null without a previous score. */
export function kalimatPerubahan(
  sekarang: { tahun: number; nilai: string },
  sebelum: { tahun: number; nilai: string } | null,
): string | null {
  if (sebelum === null) return null;
  const selisih = kurang(bulatkan(desimal(sekarang.nilai), 2), bulatkan(desimal(sebelum.nilai), 2));
  const arah = selisih.nilai > 0n ? "naik" : selisih.nilai < 0n ? "turun" : "sama dengan";
  const besar = selisih.nilai === 0n ? "" : ` ${formatAngka(mutlak(selisih), 2)} poin dari`;
  return `Nilai tahun ${sekarang.tahun} ${arah}${besar} ${angkaLhe(sebelum.nilai)} pada tahun ${sebelum.tahun}.`;
}

/** The comparison table and sentence; only years with a score are listed. */
export function bagianPerbandingan(b: BahanLhe, nomorTabel: string): Blok[] {
  const komponen = b.hasil.komponen;
  const tahunLain = b.riwayat.filter((r) => r.tahun < b.tahun && r.nilai !== null);
  const sebelum = tahunLain.at(-1) ?? null;
  const kalimat = kalimatPerubahan(
    { tahun: b.tahun, nilai: b.hasil.nilaiAkhir },
    sebelum?.nilai ? { tahun: sebelum.tahun, nilai: sebelum.nilai } : null,
  );
  const isi = [
    ...tahunLain.map((r) =>
      baris([
        String(r.tahun),
        ...komponen.map((k) => {
          const n = r.komponen?.find((x) => x.kode === k.kode)?.nilai;
          return n === undefined ? "-" : angkaLhe(n);
        }),
        r.nilai === null ? "-" : angkaLhe(r.nilai),
        r.predikat?.huruf ?? "-",
      ]),
    ),
    baris(
      [
        String(b.tahun),
        ...komponen.map((k) => angkaLhe(k.nilai)),
        angkaLhe(b.hasil.nilaiAkhir),
        b.hasil.predikat.huruf,
      ],
      "jumlah",
    ),
  ];
  return [
    judul(2, "E.", "Perbandingan dengan Tahun Sebelumnya"),
    paragraf(
      kalimat ??
        `Belum ada nilai evaluasi tahun sebelumnya untuk ${b.opd.nama}; tahun ${b.tahun} menjadi dasar perbandingan berikutnya.`,
    ),
    tabel(
      nomorTabel,
      `Perbandingan Nilai Evaluasi AKIP Tahun ${tahunLain[0]?.tahun ?? b.tahun}–${b.tahun}`,
      kolom(
        ["tengah", 2],
        ...komponen.map((): ["kanan", number] => ["kanan", 3]),
        ["kanan", 3],
        ["tengah", 2],
      ),
      kepala(
        "Tahun",
        ...komponen.map((k) => `${k.nama} (${formatAngka(k.bobot)})`),
        "Nilai Akhir",
        "Predikat",
      ),
      isi,
      "Nilai tahun yang tidak dinilai per komponen di Terukur ditandai -",
    ),
  ];
}

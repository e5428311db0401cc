/**
 * Predikat scales as data, and the one band mechanism that applies them.
 * Implements decisions.md "Predikat of capaian" (Permendagri 86/2017, the default) and serves the
 * LKE 88/2021 grade (evaluation/nilai-sakip.domain.ts); a pemda may store its own scale in the same shape.
 */
import { adalahDesimalSah, bandingkan, bulatkan, type Desimal, desimal } from "../../platform/decimal.ts";

/** One lower bound and the label for values at (inclusive) or above (exclusive) it. */
export type BandPredikat = { batasBawah: string; label: string };

/**
 * A named scale from a regulation; `band` is ordered from the highest lower bound down, and a value below
 * every band gets `labelTerendah`. Why data: scales differ between regulations and pemda (regulations.md §4.1).
 */
export type SkalaPredikat = {
  kode: string;
  nama: string;
  sumber: string;
  batasInklusif: boolean;
  band: BandPredikat[];
  labelTerendah: string;
};

/** Permendagri 86/2017 capaian scale (≥ 91 · ≥ 76 · ≥ 66 · ≥ 51); the default, also seeded by a migration. */
export const SKALA_PERMENDAGRI_86_2017: SkalaPredikat = {
  kode: "permendagri-86-2017",
  nama: "Skala capaian kinerja Permendagri 86/2017",
  sumber: "Permendagri Nomor 86 Tahun 2017, Lampiran tata cara evaluasi",
  batasInklusif: true,
  band: [
    { batasBawah: "91", label: "Sangat Tinggi" },
    { batasBawah: "76", label: "Tinggi" },
    { batasBawah: "66", label: "Sedang" },
    { batasBawah: "51", label: "Rendah" },
  ],
  labelTerendah: "Sangat Rendah",
};

/**
 * The label of `nilai` on `skala`, after rounding `nilai` to 2 decimals half up so the label always
 * agrees with the printed figure (decisions.md: 90,50 → Tinggi; 100,01 → Sangat Tinggi).
 */
export function labelPada(nilai: Desimal, skala: SkalaPredikat): string {
  const dibulatkan = bulatkan(nilai, 2);
  for (const band of skala.band) {
    const arah = bandingkan(dibulatkan, desimal(band.batasBawah));
    if (arah > 0 || (arah === 0 && skala.batasInklusif)) return band.label;
  }
  return skala.labelTerendah;
}

/** Predikat of a capaian percentage on a capaian scale (default Permendagri 86/2017). */
export function predikatCapaian(persen: Desimal, skala: SkalaPredikat = SKALA_PERMENDAGRI_86_2017): string {
  return labelPada(persen, skala);
}

/**
 * Problems in a scale loaded from data (Indonesian messages; empty when sound).
 * Why: a pemda-defined scale with unordered or malformed bounds would silently mislabel every indicator.
 */
export function periksaSkalaPredikat(skala: SkalaPredikat): string[] {
  const masalah: string[] = [];
  if (skala.band.length === 0) masalah.push(`Skala ${skala.kode} tidak memiliki band.`);
  if (skala.labelTerendah.trim() === "") masalah.push(`Skala ${skala.kode}: label terendah kosong.`);
  skala.band.forEach((band, i) => {
    if (!adalahDesimalSah(band.batasBawah)) {
      masalah.push(`Skala ${skala.kode}: batas bawah "${band.batasBawah}" bukan angka.`);
      return;
    }
    if (band.label.trim() === "") masalah.push(`Skala ${skala.kode}: label band ke-${i + 1} kosong.`);
    const sebelumnya = skala.band[i - 1];
    if (
      sebelumnya !== undefined &&
      adalahDesimalSah(sebelumnya.batasBawah) &&
      bandingkan(desimal(band.batasBawah), desimal(sebelumnya.batasBawah)) >= 0
    ) {
      masalah.push(
        `Skala ${skala.kode}: batas bawah harus menurun (${sebelumnya.batasBawah} lalu ${band.batasBawah}).`,
      );
    }
  });
  return masalah;
}

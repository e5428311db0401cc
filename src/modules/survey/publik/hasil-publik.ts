import { svgGrafik } from "../../../platform/charts.ts";
import type { HasilPeriode, TitikTren } from "../survey.service.ts";
import type { BarisTren, HasilPublik } from "./hasil.tsx";
import { namaPeriode } from "./nama-periode.ts";

/**
 * The period the public page leads with: the latest one that has started and has a result, else the latest
 * started one. Why: a new quarter with no answers yet should not hide last quarter's published IKM.
 */
export function periodeTerbaru(tren: readonly TitikTren[], hariIni: string): TitikTren | null {
  const mulai = tren.filter((t) => t.mulai <= hariIni);
  return [...mulai].reverse().find((t) => t.ikm !== null) ?? mulai.at(-1) ?? null;
}

/**
 * Only the aggregate figures of a period, for the public: the suggestions, the per-group breakdowns and
 * anything that could point at a respondent are left out on purpose (issue 5: anonymous by default).
 */
export function hasilUntukPublik(h: HasilPeriode): HasilPublik | null {
  if (!h.hasil) return null;
  const r = h.hasil;
  return {
    namaPeriode: namaPeriode(h.periode),
    ikm: r.ikm,
    mutuHuruf: r.mutu.huruf,
    mutuSebutan: r.mutu.sebutan,
    responden: h.responden,
    perUnsur: r.perUnsur.map((u) => ({
      kunci: u.kunci,
      nama: u.nama,
      nrr: u.nrr,
      konversi: u.konversi,
      mutu: u.mutu.huruf,
    })),
    terendah: r.terendahSemua,
    tertinggi: r.tertinggiSemua,
    jumlahPengguna: h.sampel?.jumlahPengguna ?? null,
    sampelMinimum: h.sampel?.minimum ?? null,
  };
}

/** The trend rows of the periods that have started, oldest first. */
export function barisTren(tren: readonly TitikTren[], hariIni: string): BarisTren[] {
  return tren
    .filter((t) => t.mulai <= hariIni)
    .map((t) => ({
      namaPeriode: namaPeriode(t),
      ikm: t.ikm,
      mutu: t.mutu?.huruf ?? null,
      responden: t.responden,
    }));
}

/** A small IKM line chart when there are at least two periods with a result; a table alone says one value. */
export function grafikTren(baris: readonly BarisTren[]): string | null {
  const berisi = baris.filter((b) => b.ikm !== null);
  if (berisi.length < 2) return null;
  return svgGrafik(
    {
      jenis: "grafik",
      nomor: "",
      judul: "IKM per periode",
      kategori: baris.map((b) => b.namaPeriode),
      seri: [
        { nama: "IKM", tipe: "garis", nilai: baris.map((b) => (b.ikm === null ? null : Number(b.ikm))) },
      ],
      judulSumbuY: "IKM",
      minSumbuY: null,
    },
    { lebar: 640, tinggi: 280 },
  );
}

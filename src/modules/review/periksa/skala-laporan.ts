/**
 * The predikat scale a report states for itself ("91 % ≤ Sangat Tinggi; 76 % s.d 90 % Tinggi …", or
 * "≥ 91 · ≥ 76 dan < 91 …"), read from its scale table or a paragraph, so each capaian/predikat pair can be
 * checked against the report's own words. Printed bands often leave gaps (90 < x < 91): a capaian in a gap
 * may take either neighbour. Without a stated scale the default is Permendagri 86/2017 (decisions.md).
 */

import { kolomPeran, labelBaris } from "../kenali-tabel.ts";
import type { LokasiNaskah } from "../naskah.ts";
import { lokasiSel, namaTabel } from "./bantu.ts";
import type { KonteksReviu } from "./konteks.ts";

/** One band: its label and bounds (null = open). */
export type PitaSkala = {
  label: string;
  min: number | null;
  minTermasuk: boolean;
  maks: number | null;
  maksTermasuk: boolean;
};

/** A scale and where the report states it. */
export type SkalaLaporan = { pita: PitaSkala[]; sumber: string; lokasi: LokasiNaskah | null };

/** Permendagri 86/2017 with ≥ lower bounds (decisions.md "Predikat of capaian"). */
export const SKALA_BAKU: PitaSkala[] = [
  { label: "sangat tinggi", min: 91, minTermasuk: true, maks: null, maksTermasuk: false },
  { label: "tinggi", min: 76, minTermasuk: true, maks: 91, maksTermasuk: false },
  { label: "sedang", min: 66, minTermasuk: true, maks: 76, maksTermasuk: false },
  { label: "rendah", min: 51, minTermasuk: true, maks: 66, maksTermasuk: false },
  { label: "sangat rendah", min: null, minTermasuk: false, maks: 51, maksTermasuk: false },
];

function angkaDalam(teks: string): { nilai: number; posisi: number }[] {
  return [...teks.matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => ({
    nilai: Number((m[0] ?? "").replace(",", ".")),
    posisi: m.index ?? 0,
  }));
}

/** Reads one interval text into bounds; `peringkat` says whether it is the top, bottom or a middle band. */
export function bacaInterval(
  teks: string,
  peringkat: "atas" | "bawah" | "tengah",
): Omit<PitaSkala, "label"> | null {
  const s = teks.replace(/\s+/g, " ").trim();
  const angka = angkaDalam(s);
  if (angka.length === 0) return null;
  const [a, b] = angka;
  if (a !== undefined && b !== undefined) {
    const eksklusifAtas = /</.test(s.slice(a.posisi)) && !/≤|<=/.test(s.slice(a.posisi));
    const eksklusifBawah = />(?!=)/.test(s.slice(0, a.posisi)) && !/≥|>=/.test(s.slice(0, a.posisi));
    return { min: a.nilai, minTermasuk: !eksklusifBawah, maks: b.nilai, maksTermasuk: !eksklusifAtas };
  }
  if (a === undefined) return null;
  const sebelum = s.slice(0, a.posisi);
  const sesudah = s.slice(a.posisi);
  if (/≥|>=|>|lebih dari|di atas/.test(sebelum) || /≤|<=|ke atas|keatas/.test(sesudah)) {
    return {
      min: a.nilai,
      minTermasuk: !/(^|[^≥])>(?!=)|lebih dari|di atas/.test(sebelum),
      maks: null,
      maksTermasuk: false,
    };
  }
  if (/≤|<=|<|kurang dari|di bawah/.test(sebelum) || /≥|>=|ke bawah|kebawah/.test(sesudah)) {
    return {
      min: null,
      minTermasuk: false,
      maks: a.nilai,
      maksTermasuk: !/(^|[^≤])<(?!=)|kurang dari|di bawah/.test(sebelum),
    };
  }
  if (peringkat === "atas") return { min: a.nilai, minTermasuk: true, maks: null, maksTermasuk: false };
  if (peringkat === "bawah") return { min: null, minTermasuk: false, maks: a.nilai, maksTermasuk: true };
  return null;
}

const LABEL =
  /^(sangat tinggi|tinggi|sedang|rendah|sangat rendah|sangat baik|baik|cukup|kurang|sangat kurang)$/i;

function dariTabel(k: KonteksReviu): SkalaLaporan | null {
  for (const t of k.tabel) {
    for (const b of t.bagian) {
      if (b.jenis !== "skala_predikat") continue;
      const kolLabel = kolomPeran(b, "predikat");
      const kolInterval =
        kolomPeran(b, "interval") ?? b.kolom.find((x) => x.peran !== "no" && x.peran !== "predikat");
      if (kolLabel === undefined || kolInterval === undefined) continue;
      const baris = b.baris.filter((x) => LABEL.test((x.baris.sel[kolLabel.indeks] ?? "").trim()));
      const pita: PitaSkala[] = [];
      baris.forEach((x, i) => {
        const peringkat = i === 0 ? "atas" : i === baris.length - 1 ? "bawah" : "tengah";
        const batas = bacaInterval(x.baris.sel[kolInterval.indeks] ?? "", peringkat);
        if (batas !== null)
          pita.push({ label: (x.baris.sel[kolLabel.indeks] ?? "").trim().toLowerCase(), ...batas });
      });
      if (pita.length >= 3) {
        const pertama = baris[0];
        return {
          pita,
          sumber: namaTabel(t.tabel),
          lokasi: lokasiSel(
            t.tabel,
            pertama?.indeks ?? null,
            kolInterval.indeks,
            pertama === undefined ? undefined : labelBaris(b, pertama.baris),
          ),
        };
      }
    }
  }
  return null;
}

function dariParagraf(k: KonteksReviu): SkalaLaporan | null {
  for (const p of k.paragraf) {
    const potongan = p.teks.split(/[;\n]|,\s(?=[^\d]*\d)/);
    const pita: PitaSkala[] = [];
    for (const [i, bagian] of potongan.entries()) {
      const label = /(sangat tinggi|sangat rendah|tinggi|sedang|rendah)/i.exec(bagian);
      if (label === null) continue;
      const peringkat = i === 0 ? "atas" : i === potongan.length - 1 ? "bawah" : "tengah";
      const batas = bacaInterval(bagian.replace(label[0], " "), peringkat);
      if (batas !== null) pita.push({ label: (label[1] ?? "").toLowerCase(), ...batas });
    }
    if (pita.length >= 4) {
      return {
        pita,
        sumber: "paragraf skala",
        lokasi: {
          bab: p.bab,
          bagian: p.bagian,
          tabel: null,
          baris: null,
          kolom: null,
          barisBerkas: p.barisBerkas,
          kutipan: null,
        },
      };
    }
  }
  return null;
}

/** The scale the report states, or the default one. */
export function skalaLaporan(k: KonteksReviu): SkalaLaporan {
  return (
    dariTabel(k) ??
    dariParagraf(k) ?? {
      pita: SKALA_BAKU,
      sumber: "skala Permendagri 86/2017 (laporan tidak menyatakan skalanya)",
      lokasi: null,
    }
  );
}

function memuat(p: PitaSkala, x: number): boolean {
  const atasMin = p.min === null || (p.minTermasuk ? x >= p.min : x > p.min);
  const bawahMaks = p.maks === null || (p.maksTermasuk ? x <= p.maks : x < p.maks);
  return atasMin && bawahMaks;
}

/**
 * The labels a capaian may carry on this scale: the band containing it; in a gap between printed bands,
 * both neighbours; above the top band's printed maximum, the top band.
 */
export function labelYangSah(skala: readonly PitaSkala[], capaian: number): string[] {
  const isi = skala.filter((p) => memuat(p, capaian)).map((p) => p.label);
  if (isi.length > 0) return isi;
  const di_bawah = skala
    .filter((p) => p.maks !== null && p.maks < capaian)
    .sort((a, b) => (b.maks ?? 0) - (a.maks ?? 0))[0];
  const di_atas = skala
    .filter((p) => p.min !== null && p.min > capaian)
    .sort((a, b) => (a.min ?? 0) - (b.min ?? 0))[0];
  return [di_bawah?.label, di_atas?.label].filter((l): l is string => l !== undefined);
}

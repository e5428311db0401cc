/**
 * An LKE regulation pack as the scoring uses it, and the rules that make a pack file acceptable.
 * Implements decisions.md "LKE AKIP": templates are versioned data; a pack whose weights do not sum to 100 is
 * refused (PermenPANRB 88/2021 Lampiran: komponen 30/30/15/25 split 20/30/50 into 12 sub-komponen). Pure.
 */
import { bandingkan, type Desimal, desimal, jumlahkan, keString, ringkas } from "../../platform/decimal.ts";
import { inputTidakValid } from "../../platform/errors.ts";
import type { SkalaPredikat } from "../performance/predikat.domain.ts";
import type { BerkasPaketLke } from "./lke-paket.schemas.ts";
import { SKALA_LKE_88_2021 } from "./nilai-sakip.domain.ts";

/** One grade of the answer scale; `urutan` 0 is the highest grade (AA), so "one grade up" is `urutan − 1`. */
export type JawabanLke = { kode: string; persen: Desimal; urutan: number };

/** A criterion with the text the evaluator reads. */
export type KriteriaLke = { kode: string; teks: string; catatanSumber?: string };

/** A sub-komponen with its weight (points of the final 100) and its criteria in pack order. */
export type SubKomponenLke = {
  kode: string;
  nama: string;
  perspektif?: "keberadaan" | "kualitas" | "pemanfaatan";
  bobot: Desimal;
  kriteria: KriteriaLke[];
};

/** A komponen with its weight and sub-komponen in pack order. */
export type KomponenLke = { kode: string; nama: string; bobot: Desimal; subKomponen: SubKomponenLke[] };

/** A sound pack, nested for scoring, with look-ups by code. Why: every LKE computation starts from one of these. */
export type PaketLke = {
  id: string;
  versi: number;
  nama: string;
  regulasi: string;
  catatan: string[];
  /** Code of the predikat scale; only SKALA_LKE_88_2021 is known, applied by predikatNilaiSakip. */
  skalaPredikat: string;
  skalaJawaban: JawabanLke[];
  komponen: KomponenLke[];
  jawabanPerKode: ReadonlyMap<string, JawabanLke>;
  /** Every criterion by code with the sub-komponen it counts in. */
  kriteriaPerKode: ReadonlyMap<string, { kriteria: KriteriaLke; subKomponen: SubKomponenLke }>;
};

/**
 * Predikat scales a pack may name. Why a list: the grade bands are code-reviewed data in nilai-sakip.domain.ts, so a
 * later regulation with a new scale adds it there and here; a later pack on the same scale needs no code.
 */
export const SKALA_PREDIKAT_PAKET: ReadonlyMap<string, SkalaPredikat> = new Map([
  [SKALA_LKE_88_2021.kode, SKALA_LKE_88_2021],
]);

const SERATUS = desimal(100n);
const NOL = desimal(0n);

function teksAngka(d: Desimal): string {
  return keString(ringkas(d)).replace(".", ",");
}

function kodeGanda(kode: readonly string[]): string[] {
  const dilihat = new Set<string>();
  const ganda = new Set<string>();
  for (const k of kode) {
    if (dilihat.has(k)) ganda.add(k);
    dilihat.add(k);
  }
  return [...ganda];
}

/**
 * Every problem of a structurally valid pack file, as Indonesian sentences (empty when sound): repeated codes,
 * sub-komponen of no komponen and criteria of no sub-komponen (orphans), a sub-komponen without criteria,
 * weights not summing to exactly 100 (and a komponen weight differing from its sub-komponen), an incomplete
 * answer scale, an unknown predikat scale. Why: a wrong pack would silently misgrade every OPD.
 */
export function periksaPaketLke(berkas: BerkasPaketLke): string[] {
  const masalah: string[] = [];

  for (const [nama, daftar] of [
    ["komponen", berkas.komponen.map((k) => k.kode)],
    ["sub-komponen", berkas.subKomponen.map((s) => s.kode)],
    ["kriteria", berkas.kriteria.map((k) => k.kode)],
    ["jawaban", berkas.skalaJawaban.map((j) => j.kode)],
  ] as const) {
    const ganda = kodeGanda(daftar);
    if (ganda.length > 0) masalah.push(`Kode ${nama} berulang: ${ganda.join(", ")}.`);
  }

  if (!SKALA_PREDIKAT_PAKET.has(berkas.skalaPredikat)) {
    masalah.push(
      `Skala predikat "${berkas.skalaPredikat}" tidak dikenal; yang dikenal: ${[...SKALA_PREDIKAT_PAKET.keys()].join(", ")}.`,
    );
  }

  const kodeKomponen = new Set(berkas.komponen.map((k) => k.kode));
  const kodeSub = new Set(berkas.subKomponen.map((s) => s.kode));
  for (const s of berkas.subKomponen) {
    if (!kodeKomponen.has(s.komponen)) {
      masalah.push(`Sub-komponen ${s.kode} menunjuk komponen "${s.komponen}" yang tidak ada (yatim).`);
    }
  }
  for (const k of berkas.kriteria) {
    if (!kodeSub.has(k.subKomponen)) {
      masalah.push(`Kriteria ${k.kode} menunjuk sub-komponen "${k.subKomponen}" yang tidak ada (yatim).`);
    } else if (!k.kode.startsWith(`${k.subKomponen}.`)) {
      masalah.push(`Kode kriteria ${k.kode} harus diawali kode sub-komponennya "${k.subKomponen}.".`);
    }
  }
  for (const s of berkas.subKomponen) {
    if (!berkas.kriteria.some((k) => k.subKomponen === s.kode)) {
      masalah.push(`Sub-komponen ${s.kode} tidak memiliki kriteria; nilainya tidak dapat dihitung.`);
    }
  }
  for (const k of berkas.komponen) {
    if (!berkas.subKomponen.some((s) => s.komponen === k.kode)) {
      masalah.push(`Komponen ${k.kode} tidak memiliki sub-komponen.`);
    }
  }

  const totalSub = jumlahkan(berkas.subKomponen.map((s) => desimal(s.bobot)));
  if (bandingkan(totalSub, SERATUS) !== 0) {
    masalah.push(`Jumlah bobot sub-komponen harus tepat 100, bukan ${teksAngka(totalSub)}.`);
  }
  const totalKomponen = jumlahkan(berkas.komponen.map((k) => desimal(k.bobot)));
  if (bandingkan(totalKomponen, SERATUS) !== 0) {
    masalah.push(`Jumlah bobot komponen harus tepat 100, bukan ${teksAngka(totalKomponen)}.`);
  }
  for (const k of berkas.komponen) {
    const dariSub = jumlahkan(
      berkas.subKomponen.filter((s) => s.komponen === k.kode).map((s) => desimal(s.bobot)),
    );
    if (bandingkan(dariSub, desimal(k.bobot)) !== 0) {
      masalah.push(
        `Bobot komponen ${k.kode} (${teksAngka(desimal(k.bobot))}) tidak sama dengan jumlah bobot sub-komponennya (${teksAngka(dariSub)}).`,
      );
    }
  }

  masalah.push(...periksaSkalaJawaban(berkas.skalaJawaban));
  return masalah;
}

/**
 * A scale is complete when it runs from a grade worth 100 % down to a grade worth 0 % in strictly decreasing
 * steps, every value within 0–100: otherwise some answers would be unreachable or "one grade up" undefined.
 */
function periksaSkalaJawaban(skala: BerkasPaketLke["skalaJawaban"]): string[] {
  const masalah: string[] = [];
  if (skala.length < 2) return ["Skala jawaban tidak lengkap: paling sedikit dua jawaban (100 % dan 0 %)."];
  const nilai = skala.map((j) => desimal(j.persen));
  const pertama = nilai[0];
  const terakhir = nilai[nilai.length - 1];
  if (pertama && bandingkan(pertama, SERATUS) !== 0) {
    masalah.push(
      `Skala jawaban tidak lengkap: jawaban pertama harus bernilai 100 %, bukan ${teksAngka(pertama)} %.`,
    );
  }
  if (terakhir && bandingkan(terakhir, NOL) !== 0) {
    masalah.push(
      `Skala jawaban tidak lengkap: jawaban terakhir harus bernilai 0 %, bukan ${teksAngka(terakhir)} %.`,
    );
  }
  skala.forEach((j, i) => {
    const kini = nilai[i];
    const sebelum = nilai[i - 1];
    if (kini && bandingkan(kini, SERATUS) > 0) masalah.push(`Jawaban ${j.kode} bernilai lebih dari 100 %.`);
    if (kini && sebelum && bandingkan(kini, sebelum) >= 0) {
      masalah.push(
        `Skala jawaban harus menurun tegas: ${j.kode} tidak lebih rendah dari jawaban sebelumnya.`,
      );
    }
  });
  return masalah;
}

/**
 * Turns a checked pack file into the nested pack the scoring uses, or refuses it with every problem in one
 * Indonesian message (field "paket"). Why: the loader and the tests share one gate.
 */
export function susunPaketLke(berkas: BerkasPaketLke): PaketLke {
  const masalah = periksaPaketLke(berkas);
  if (masalah.length > 0) {
    throw inputTidakValid(`Paket LKE ${berkas.id} ditolak: ${masalah.join(" ")}`, "paket");
  }
  const skalaJawaban = berkas.skalaJawaban.map((j, urutan) => ({
    kode: j.kode,
    persen: desimal(j.persen),
    urutan,
  }));
  const kriteriaPerKode = new Map<string, { kriteria: KriteriaLke; subKomponen: SubKomponenLke }>();
  const komponen = berkas.komponen.map(
    (k): KomponenLke => ({
      kode: k.kode,
      nama: k.nama,
      bobot: desimal(k.bobot),
      subKomponen: berkas.subKomponen
        .filter((s) => s.komponen === k.kode)
        .map((s) => {
          const sub: SubKomponenLke = {
            kode: s.kode,
            nama: s.nama,
            ...(s.perspektif ? { perspektif: s.perspektif } : {}),
            bobot: desimal(s.bobot),
            kriteria: [],
          };
          for (const kr of berkas.kriteria.filter((x) => x.subKomponen === s.kode)) {
            const kriteria: KriteriaLke = {
              kode: kr.kode,
              teks: kr.teks,
              ...(kr.catatanSumber ? { catatanSumber: kr.catatanSumber } : {}),
            };
            sub.kriteria.push(kriteria);
            kriteriaPerKode.set(kr.kode, { kriteria, subKomponen: sub });
          }
          return sub;
        }),
    }),
  );
  return {
    id: berkas.id,
    versi: berkas.versi,
    nama: berkas.nama,
    regulasi: berkas.regulasi,
    catatan: berkas.catatan,
    skalaPredikat: berkas.skalaPredikat,
    skalaJawaban,
    komponen,
    jawabanPerKode: new Map(skalaJawaban.map((j) => [j.kode, j])),
    kriteriaPerKode,
  };
}

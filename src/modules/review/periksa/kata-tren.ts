/**
 * Trend words in the narrative against the numbers they describe (issue 7 item 2; PermenPANRB 53/2014
 * analysis b, comparison with past years): "naik", "meningkat", "peningkatan", "bertambah" need a rise,
 * "turun", "menurun", "penurunan", "berkurang" a fall — between the two values the sentence gives ("dari X
 * menjadi Y"), or between the years it names in the table the paragraph follows ("dari 2021 ke 2022",
 * "pada tahun 2023 mengalami peningkatan", "setiap tahunnya … meningkat").
 */
import { bandingkan, type Desimal, kurang } from "../../../platform/decimal.ts";
import type { ParagrafNaskah } from "../naskah.ts";
import { bandingAngka, desimalSel, lokasiParagraf, namaTabel, tulisAngka } from "./bantu.ts";
import type { AturanReviu, KonteksReviu, TabelBerurut, TemuanBerurut } from "./konteks.ts";
import { nilaiIndikator } from "./nilai-tabel.ts";

const NAIK = /\b(naik|meningkat|peningkatan|kenaikan|bertambah|penambahan|membaik)\b/i;
const TURUN = /\b(turun|menurun|penurunan|berkurang|pengurangan|memburuk)\b/i;
const NEGASI = /\b(tidak|belum|tanpa|bukan)\s+(\w+\s+)?$/i;

type Arah = "naik" | "turun";

const KATA_TREN = "naik|turun|meningkat|menurun|peningkatan|penurunan|kenaikan|bertambah|berkurang";
// "penurunan dan peningkatan pada setiap tahunnya" names both directions: keep it one clause
const PEMISAH_KLAUSA = new RegExp(
  `,\\s+|(?<!\\b(?:${KATA_TREN}))\\s+dan\\s+(?!(?:${KATA_TREN})\\b)|\\s+sedangkan\\s+|\\s+namun\\s+`,
  "i",
);
type Deret = { tabel: TabelBerurut; nama: string; nilai: Map<number, Desimal> };

function arahKata(klausa: string): { arah: Arah; kata: string; posisi: number } | null {
  const n = NAIK.exec(klausa);
  const t = TURUN.exec(klausa);
  const pilih =
    n !== null && (t === null || n.index < t.index)
      ? { arah: "naik" as const, m: n }
      : t !== null
        ? { arah: "turun" as const, m: t }
        : null;
  if (pilih === null) return null;
  if (NEGASI.test(klausa.slice(0, pilih.m.index))) return null;
  // "peningkatan atau penurunan" names both directions: not a claim
  if (n !== null && t !== null && Math.abs(n.index - t.index) < 30) return null;
  return { arah: pilih.arah, kata: pilih.m[0], posisi: pilih.m.index };
}

function deretTabel(k: KonteksReviu): Deret[] {
  const perTabel = new Map<string, Deret>();
  for (const n of nilaiIndikator(k)) {
    if (n.jenis !== "realisasi") continue;
    const kunci = `${n.asal.tabel.urutan}|${n.kunci}`;
    const d = perTabel.get(kunci) ?? {
      tabel: n.asal.tabel,
      nama: n.indikator,
      nilai: new Map<number, Desimal>(),
    };
    if (!d.nilai.has(n.tahun)) d.nilai.set(n.tahun, n.nilai);
    perTabel.set(kunci, d);
  }
  return [...perTabel.values()];
}

/** The series of the nearest table before the paragraph (same chapter) that has every year needed. */
function deretUntuk(
  deret: readonly Deret[],
  p: ParagrafNaskah & { urutan: number },
  tahun: number[],
): Deret | null {
  const calon = deret
    .filter(
      (d) => d.tabel.urutan < p.urutan && d.tabel.tabel.bab === p.bab && tahun.every((th) => d.nilai.has(th)),
    )
    .sort((a, b) => b.tabel.urutan - a.tabel.urutan);
  return calon[0] ?? null;
}

function temuan(
  p: ParagrafNaskah & { urutan: number },
  kutipan: string,
  pesan: string,
  dari: Desimal,
  ke: Desimal,
  posisi: number,
): TemuanBerurut {
  return {
    kode: "kata_tren_bertentangan",
    jenis: "kata_tren",
    tingkat: "sedang",
    pesan,
    lokasi: lokasiParagraf(p, kutipan),
    // stated: the change the word claims is read from the numbers; computed: the change the numbers give
    ...bandingAngka(ke, dari),
    urutan: p.urutan * 10_000 + posisi,
  };
}

function pasanganTahun(klausa: string, posisiKata: number): [number, number] | null {
  const dariKe =
    /\b((?:19|20)\d{2})\s*(?:ke|menjadi|hingga|sampai|s\.?d\.?)\s*(?:tahun\s*)?((?:19|20)\d{2})\b/i.exec(
      klausa,
    );
  if (dariKe !== null) return [Number(dariKe[1]), Number(dariKe[2])];
  const banding =
    /\b((?:19|20)\d{2})\b[^.]*?dibandingkan(?:\s+dengan)?\s+(?:tahun\s+)?((?:19|20)\d{2})\b/i.exec(klausa);
  if (banding !== null) return [Number(banding[2]), Number(banding[1])];
  const tahun = [...klausa.matchAll(/\b((?:19|20)\d{2})\b/g)].map((m) => ({
    th: Number(m[1]),
    i: m.index ?? 0,
  }));
  const sebelum = tahun.filter((x) => x.i < posisiKata).at(-1) ?? tahun.find((x) => x.i > posisiKata);
  if (sebelum === undefined) return null;
  return [sebelum.th - 1, sebelum.th];
}

function periksaKlausa(
  deret: readonly Deret[],
  p: ParagrafNaskah & { urutan: number },
  klausa: string,
  posisi: number,
): TemuanBerurut | null {
  const kata = arahKata(klausa);
  if (kata === null) return null;
  const tulisArah = (d: Desimal) =>
    bandingkan(d, { nilai: 0n, skala: 0 }) > 0
      ? "naik"
      : bandingkan(d, { nilai: 0n, skala: 0 }) < 0
        ? "turun"
        : "tetap";
  const cocokArah = (dari: Desimal, ke: Desimal) => {
    const b = bandingkan(ke, dari);
    return kata.arah === "naik" ? b > 0 : b < 0;
  };
  const duaNilai =
    /\bdari\s+(?:rp\.?\s*)?(\d[\d.,]*)\s*(?:%|persen)?\s+(?:menjadi|ke)\s+(?:rp\.?\s*)?(\d[\d.,]*)/i.exec(
      klausa,
    );
  if (duaNilai !== null) {
    const dari = desimalSel(duaNilai[1]?.replace(/[.,]$/, ""));
    const ke = desimalSel(duaNilai[2]?.replace(/[.,]$/, ""));
    if (dari !== null && ke !== null && !/^(19|20)\d{2}$/.test(duaNilai[1] ?? "")) {
      if (cocokArah(dari, ke)) return null;
      return temuan(
        p,
        klausa,
        `Kalimat menyebut "${kata.kata}", padahal dari ${tulisAngka(dari)} menjadi ${tulisAngka(ke)} nilainya ${tulisArah(kurang(ke, dari))}.`,
        dari,
        ke,
        posisi,
      );
    }
  }
  if (/setiap\s+tahun(nya)?|tiap\s+tahun|setiap\s+tahunnya/i.test(klausa)) {
    const pilihan = deret
      .filter((d) => d.tabel.urutan < p.urutan && d.tabel.tabel.bab === p.bab && d.nilai.size >= 2)
      .sort((a, b) => b.tabel.urutan - a.tabel.urutan)[0];
    if (pilihan === undefined) return null;
    const tahun = [...pilihan.nilai.keys()].sort((a, b) => a - b);
    for (let i = 1; i < tahun.length; i++) {
      const a = pilihan.nilai.get(tahun[i - 1] ?? 0);
      const b = pilihan.nilai.get(tahun[i] ?? 0);
      if (a === undefined || b === undefined || cocokArah(a, b)) continue;
      return temuan(
        p,
        klausa,
        `Kalimat menyebut "${kata.kata}" setiap tahun, padahal realisasi ${pilihan.nama} pada ${namaTabel(pilihan.tabel.tabel)} ${tulisArah(kurang(b, a))} dari ${tulisAngka(a)} (${tahun[i - 1]}) menjadi ${tulisAngka(b)} (${tahun[i]}).`,
        a,
        b,
        posisi,
      );
    }
    return null;
  }
  const pasangan = pasanganTahun(klausa, kata.posisi);
  if (pasangan === null) return null;
  const d = deretUntuk(deret, p, pasangan);
  if (d === null) return null;
  const [th1, th2] = pasangan;
  const a = d.nilai.get(th1);
  const b = d.nilai.get(th2);
  if (a === undefined || b === undefined || cocokArah(a, b)) return null;
  return temuan(
    p,
    klausa,
    `Kalimat menyebut "${kata.kata}" untuk ${th1}–${th2}, padahal realisasi ${d.nama} pada ${namaTabel(d.tabel.tabel)} ${tulisArah(kurang(b, a))} dari ${tulisAngka(a)} (${th1}) menjadi ${tulisAngka(b)} (${th2}).`,
    a,
    b,
    posisi,
  );
}

/** Splits a paragraph into clauses: sentences, then ", " and " dan " (a decimal comma has no space after it). */
function klausa(teks: string): { teks: string; posisi: number }[] {
  const hasil: { teks: string; posisi: number }[] = [];
  const pola = /[^.;!?]+(?:[.;!?](?=\S)[^.;!?]*)*[.;!?]?/g;
  for (const kalimat of teks.matchAll(pola)) {
    const awal = kalimat.index ?? 0;
    let posisi = awal;
    for (const bagian of (kalimat[0] ?? "").split(PEMISAH_KLAUSA)) {
      if (bagian.trim() !== "") hasil.push({ teks: bagian.trim(), posisi });
      posisi += bagian.length + 1;
    }
  }
  return hasil;
}

/**
 * Paragraphs with their page-break continuations joined: a paragraph starting in lower case after one
 * that ends without a full stop ("… mengalami penurunan dan" | "peningkatan pada setiap tahunnya") is one.
 */
function paragrafUtuh(k: KonteksReviu): (ParagrafNaskah & { urutan: number })[] {
  const hasil: (ParagrafNaskah & { urutan: number })[] = [];
  for (const p of k.paragraf) {
    const sebelum = hasil.at(-1);
    if (sebelum !== undefined && /^[a-z]/.test(p.teks.trim()) && !/[.!?:;]\s*$/.test(sebelum.teks)) {
      hasil[hasil.length - 1] = { ...sebelum, teks: `${sebelum.teks.trimEnd()} ${p.teks.trim()}` };
    } else hasil.push(p);
  }
  return hasil;
}

/** Trend words that the numbers contradict. */
export const periksaKataTren: AturanReviu = (konteks) => {
  const deret = deretTabel(konteks);
  const hasil: TemuanBerurut[] = [];
  for (const p of paragrafUtuh(konteks)) {
    if (!NAIK.test(p.teks) && !TURUN.test(p.teks)) continue;
    for (const kl of klausa(p.teks)) {
      const f = periksaKlausa(deret, p, kl.teks, kl.posisi);
      if (f !== null) hasil.push(f);
    }
  }
  return hasil;
};

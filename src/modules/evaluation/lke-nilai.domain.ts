/**
 * The LKE AKIP arithmetic of PermenPANRB 88/2021 (regulations.md §3.3, decisions.md "LKE AKIP"): a criterion is
 * worth the percent of its answer; a sub-komponen scores the mean of its criteria's percents × its weight / 100;
 * komponen and the final score are sums; the predikat comes from the final score. Everything is an exact
 * fraction on bigint until display, which rounds half up to 2 decimals. Pure.
 *
 * Unanswered criteria are refused, not counted as E: the regulation's E is a finding ("sama sekali tidak ada
 * upaya"), not the absence of one, and the mean is over every criterion of the sub-komponen, so leaving one out
 * would silently re-weight the others.
 */
import { bagiBulatSetengahNaik, type Desimal, jumlahkan, keString, kurang } from "../../platform/decimal.ts";
import { inputTidakValid } from "../../platform/errors.ts";
import type { JawabanLke, KriteriaLke, PaketLke, SubKomponenLke } from "./lke-paket.domain.ts";
import { predikatNilaiSakip } from "./nilai-sakip.domain.ts";

/** Answers by criterion code ("1.a.1" → "BB"). */
export type JawabanKriteria = ReadonlyMap<string, string>;

/** A letter grade and its words (AA Sangat Memuaskan … D Sangat Kurang). */
export type PredikatLke = { huruf: string; sebutan: string };

/** One sub-komponen's result; numbers are machine decimals ("6.11") rounded half up to 2 decimals. */
export type NilaiSubKomponenLke = {
  kode: string;
  nama: string;
  bobot: string;
  jumlahKriteria: number;
  rataRataPersen: string;
  nilai: string;
};

/** One komponen's result: its sub-komponen and its score (the exact sum, rounded once). */
export type NilaiKomponenLke = {
  kode: string;
  nama: string;
  bobot: string;
  nilai: string;
  subKomponen: NilaiSubKomponenLke[];
};

/** The scored LKE: per komponen and sub-komponen, the final score 0–100 and its predikat. */
export type HasilLke = {
  paket: { id: string; versi: number; regulasi: string };
  komponen: NilaiKomponenLke[];
  nilaiAkhir: string;
  predikat: PredikatLke;
};

/** One "what if" row: raising this criterion by one grade adds `tambahan` to the final score. */
export type KenaikanKriteria = {
  kode: string;
  teks: string;
  subKomponen: string;
  jawaban: string;
  jawabanBaru: string;
  tambahan: string;
  nilaiAkhirBaru: string;
  predikatBaru: PredikatLke;
};

/** An exact non-negative fraction p/q, q > 0. */
type Pecahan = { p: bigint; q: bigint };

function fpb(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function sederhana(x: Pecahan): Pecahan {
  const g = fpb(x.p, x.q) || 1n;
  return { p: x.p / g, q: x.q / g };
}

function tambahP(a: Pecahan, b: Pecahan): Pecahan {
  return sederhana({ p: a.p * b.q + b.p * a.q, q: a.q * b.q });
}

function bandingkanP(a: Pecahan, b: Pecahan): number {
  const x = a.p * b.q;
  const y = b.p * a.q;
  return x < y ? -1 : x > y ? 1 : 0;
}

function bulat2(x: Pecahan): Desimal {
  return bagiBulatSetengahNaik({ nilai: x.p, skala: 0 }, { nilai: x.q, skala: 0 }, 1n, 2);
}

const NOL: Pecahan = { p: 0n, q: 1n };

/** (Σ persen) × bobot / (n × 100) as an exact fraction; Σ persen and bobot are exact decimals. */
function nilaiSub(jumlahPersen: Desimal, sub: SubKomponenLke): Pecahan {
  return sederhana({
    p: jumlahPersen.nilai * sub.bobot.nilai,
    q: 10n ** BigInt(jumlahPersen.skala + sub.bobot.skala) * BigInt(sub.kriteria.length) * 100n,
  });
}

/** Criteria of the pack without an answer, in pack order. Why: a progress list before anything is scored. */
export function kriteriaBelumDijawab(paket: PaketLke, jawaban: JawabanKriteria): string[] {
  return [...paket.kriteriaPerKode.keys()].filter((k) => !jawaban.has(k));
}

/** The answer grade of each criterion, refusing unknown codes, answers outside the scale and gaps. */
function jawabanLengkap(paket: PaketLke, jawaban: JawabanKriteria): Map<string, JawabanLke> {
  const hasil = new Map<string, JawabanLke>();
  for (const [kode, teks] of jawaban) {
    if (!paket.kriteriaPerKode.has(kode)) {
      throw inputTidakValid(`Kriteria ${kode} tidak ada di paket ${paket.id}.`, kode);
    }
    const j = paket.jawabanPerKode.get(teks);
    if (!j) {
      throw inputTidakValid(
        `Jawaban kriteria ${kode} "${teks}" harus salah satu dari ${paket.skalaJawaban.map((x) => x.kode).join(", ")}.`,
        kode,
      );
    }
    hasil.set(kode, j);
  }
  const kosong = kriteriaBelumDijawab(paket, jawaban);
  if (kosong.length > 0) {
    const contoh = kosong.slice(0, 10).join(", ") + (kosong.length > 10 ? ", …" : "");
    throw inputTidakValid(
      `${kosong.length} kriteria belum dijawab (${contoh}). Setiap kriteria harus dijawab; ` +
        `jawab ${paket.skalaJawaban.at(-1)?.kode ?? "E"} bila sama sekali tidak ada upaya.`,
      "jawaban",
    );
  }
  return hasil;
}

/** Exact score of every sub-komponen and the exact final score, from complete answers. */
function hitungTepat(paket: PaketLke, grade: ReadonlyMap<string, JawabanLke>) {
  let total = NOL;
  const komponen = paket.komponen.map((k) => {
    let nilaiKomponen = NOL;
    const subKomponen = k.subKomponen.map((s) => {
      const jumlahPersen = jumlahkan(s.kriteria.map((kr) => (grade.get(kr.kode) as JawabanLke).persen));
      const nilai = nilaiSub(jumlahPersen, s);
      nilaiKomponen = tambahP(nilaiKomponen, nilai);
      return { s, jumlahPersen, nilai };
    });
    total = tambahP(total, nilaiKomponen);
    return { k, subKomponen, nilai: nilaiKomponen };
  });
  return { komponen, total };
}

/**
 * Scores a complete answer sheet against a pack (PermenPANRB 88/2021 Lampiran; decisions.md "LKE AKIP"). Each
 * figure is rounded from its exact value, so a printed komponen may differ by 0,01 from the sum of its printed
 * sub-komponen; the predikat is judged on the printed final score (90,00 → A, 90,01 → AA).
 */
export function hitungNilaiLke(paket: PaketLke, jawaban: JawabanKriteria): HasilLke {
  const grade = jawabanLengkap(paket, jawaban);
  const tepat = hitungTepat(paket, grade);
  const nilaiAkhir = bulat2(tepat.total);
  return {
    paket: { id: paket.id, versi: paket.versi, regulasi: paket.regulasi },
    komponen: tepat.komponen.map(({ k, subKomponen, nilai }) => ({
      kode: k.kode,
      nama: k.nama,
      bobot: keString(k.bobot),
      nilai: keString(bulat2(nilai)),
      subKomponen: subKomponen.map(({ s, jumlahPersen, nilai: n }) => ({
        kode: s.kode,
        nama: s.nama,
        bobot: keString(s.bobot),
        jumlahKriteria: s.kriteria.length,
        rataRataPersen: keString(
          bagiBulatSetengahNaik(jumlahPersen, { nilai: BigInt(s.kriteria.length), skala: 0 }, 1n, 2),
        ),
        nilai: keString(bulat2(n)),
      })),
    })),
    nilaiAkhir: keString(nilaiAkhir),
    predikat: predikatNilaiSakip(nilaiAkhir),
  };
}

/**
 * "What if": for every criterion below the top grade, what one grade more adds to the final score
 * ((next − current) percent × sub-komponen weight / (criteria × 100)), largest first, ties in pack order.
 * Why: issue 6 item 2 — shows an OPD where one step of improvement is worth most.
 */
export function andaiNaikSatuTingkat(paket: PaketLke, jawaban: JawabanKriteria): KenaikanKriteria[] {
  const grade = jawabanLengkap(paket, jawaban);
  const { total } = hitungTepat(paket, grade);
  const usulan: {
    kriteria: KriteriaLke;
    sub: SubKomponenLke;
    dari: JawabanLke;
    ke: JawabanLke;
    tambah: Pecahan;
  }[] = [];
  for (const [kode, { kriteria, subKomponen: sub }] of paket.kriteriaPerKode) {
    const dari = grade.get(kode) as JawabanLke;
    const ke = paket.skalaJawaban[dari.urutan - 1];
    if (!ke) continue;
    usulan.push({ kriteria, sub, dari, ke, tambah: nilaiSub(kurang(ke.persen, dari.persen), sub) });
  }
  return usulan
    .map((u, urutan) => ({ ...u, urutan }))
    .sort((a, b) => bandingkanP(b.tambah, a.tambah) || a.urutan - b.urutan)
    .map((u) => {
      const baru = bulat2(tambahP(total, u.tambah));
      return {
        kode: u.kriteria.kode,
        teks: u.kriteria.teks,
        subKomponen: u.sub.kode,
        jawaban: u.dari.kode,
        jawabanBaru: u.ke.kode,
        tambahan: keString(bulat2(u.tambah)),
        nilaiAkhirBaru: keString(baru),
        predikatBaru: predikatNilaiSakip(baru),
      };
    });
}

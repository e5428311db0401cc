/**
 * What an assessment screen shows from the answers of one side (penilaian mandiri or evaluator): progress per
 * komponen and sub-komponen, the result once every criterion is answered, and the what-if list
 * (PermenPANRB 88/2021; decisions.md "LKE AKIP"). Pure.
 */
import {
  andaiNaikSatuTingkat,
  type HasilLke,
  hitungNilaiLke,
  type JawabanKriteria,
  type KenaikanKriteria,
} from "./lke-nilai.domain.ts";
import type { PaketLke } from "./lke-paket.domain.ts";

/** How many criteria of a part are answered. */
export type Kemajuan = { terjawab: number; jumlah: number };

/** Progress of one side: overall and per komponen and sub-komponen code. */
export type KemajuanSisi = Kemajuan & { perBagian: ReadonlyMap<string, Kemajuan> };

/** "12 dari 80 kriteria": progress as the screen writes it. */
export function teksKemajuan(k: Kemajuan): string {
  return `${k.terjawab} dari ${k.jumlah} kriteria`;
}

/** Progress of one side's answers against the pack. Why: totals stay empty until a side is complete. */
export function kemajuanSisi(paket: PaketLke, jawaban: JawabanKriteria): KemajuanSisi {
  const perBagian = new Map<string, Kemajuan>();
  let terjawab = 0;
  for (const k of paket.komponen) {
    const kk: Kemajuan = { terjawab: 0, jumlah: 0 };
    for (const s of k.subKomponen) {
      const sk: Kemajuan = { terjawab: 0, jumlah: s.kriteria.length };
      for (const kr of s.kriteria) if (jawaban.has(kr.kode)) sk.terjawab += 1;
      kk.terjawab += sk.terjawab;
      kk.jumlah += sk.jumlah;
      perBagian.set(s.kode, sk);
    }
    terjawab += kk.terjawab;
    perBagian.set(k.kode, kk);
  }
  return { terjawab, jumlah: paket.kriteriaPerKode.size, perBagian };
}

/** The scored result of one side, or null while any criterion is unanswered (never a partial score). */
export function hasilSisi(paket: PaketLke, jawaban: JawabanKriteria): HasilLke | null {
  return kemajuanSisi(paket, jawaban).terjawab === paket.kriteriaPerKode.size
    ? hitungNilaiLke(paket, jawaban)
    : null;
}

/** Which side the what-if list is computed on, and its rows. */
export type AndaiPenilaian = { sisi: "evaluator" | "mandiri"; daftar: KenaikanKriteria[] } | null;

/**
 * The `batas` criteria whose one-grade rise adds most: on the evaluator's answers when complete, else on the
 * complete self-assessment, else none. Why: issue 6 item 2's what-if view.
 */
export function andaiPenilaian(
  paket: PaketLke,
  evaluator: JawabanKriteria,
  mandiri: JawabanKriteria,
  batas = 10,
): AndaiPenilaian {
  if (hasilSisi(paket, evaluator)) {
    return { sisi: "evaluator", daftar: andaiNaikSatuTingkat(paket, evaluator).slice(0, batas) };
  }
  if (hasilSisi(paket, mandiri)) {
    return { sisi: "mandiri", daftar: andaiNaikSatuTingkat(paket, mandiri).slice(0, batas) };
  }
  return null;
}

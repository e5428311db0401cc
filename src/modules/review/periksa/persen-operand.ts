/**
 * Percentages against their operands (issue 7 item 2): capaian = realisasi ÷ target × 100 for a positive
 * indicator ((2T − R) ÷ T × 100 or T ÷ R × 100 accepted for one whose name says lower is better;
 * decisions.md "Capaian kinerja"), serapan = realisasi anggaran ÷ pagu × 100, sisa = pagu − realisasi.
 * A difference within the precision the report prints is rounding, not a finding.
 */
import {
  adalahNol,
  bagiBulatSetengahNaik,
  type Desimal,
  desimal,
  kali,
  kurang,
} from "../../../platform/decimal.ts";
import { type BagianTabel, type KolomDikenali, kolomPeran, labelBaris } from "../kenali-tabel.ts";
import {
  bandingAngka,
  dalamToleransi,
  desimalSel,
  lokasiSel,
  potongKutipan,
  selKosong,
  toleransiCetak,
  tulisAngka,
} from "./bantu.ts";
import { type AturanReviu, type TabelBerurut, type TemuanBerurut, urutanSel } from "./konteks.ts";

/** Words in an indicator's name that mean lower is better (polaritas negatif). */
export const POLA_NEGATIF =
  /kemiskinan|pengangguran|kematian|stunting|gizi buruk|jumlah kasus|pelanggaran|gangguan|tunggakan|kesalahan|keluhan|kerugian|lama waktu|waktu penyelesaian/i;

/** Realisasi ÷ target × 100 to 2 decimals (positive polarity), or null when the target is zero. */
export function capaianPositif(target: Desimal, realisasi: Desimal): Desimal | null {
  if (adalahNol(target)) return null;
  return bagiBulatSetengahNaik(realisasi, target, 100n, 2);
}

function capaianNegatif(target: Desimal, realisasi: Desimal): Desimal[] {
  if (adalahNol(target)) return [];
  const hasil = [bagiBulatSetengahNaik(kurang(kali(desimal(2n), target), realisasi), target, 100n, 2)];
  if (!adalahNol(realisasi)) hasil.push(bagiBulatSetengahNaik(target, realisasi, 100n, 2));
  return hasil;
}

function pasangan(
  b: BagianTabel,
  peran: "capaian" | "serapan",
): { persen: KolomDikenali; atas: KolomDikenali; bawah: KolomDikenali }[] {
  const hasil: { persen: KolomDikenali; atas: KolomDikenali; bawah: KolomDikenali }[] = [];
  for (const persen of b.kolom.filter((k) => k.peran === peran)) {
    const tahun = persen.tahun ?? undefined;
    const atas =
      peran === "capaian" ? kolomPeran(b, "realisasi", tahun) : kolomPeran(b, "realisasi_anggaran");
    const bawah = peran === "capaian" ? kolomPeran(b, "target", tahun) : kolomPeran(b, "pagu");
    if (atas !== undefined && bawah !== undefined) hasil.push({ persen, atas, bawah });
  }
  return hasil;
}

function temuanPersen(
  t: TabelBerurut,
  b: BagianTabel,
  posisi: number,
  kolom: KolomDikenali,
  dinyatakan: Desimal,
  dihitung: Desimal,
  pesan: string,
  kode: string,
): TemuanBerurut {
  const x = b.baris[posisi];
  const indeks = x?.indeks ?? 0;
  return {
    kode,
    jenis: "aritmetika",
    tingkat: "tinggi",
    pesan,
    lokasi: lokasiSel(
      t.tabel,
      indeks,
      kolom.indeks,
      potongKutipan(x === undefined ? "" : labelBaris(b, x.baris)),
    ),
    ...bandingAngka(dinyatakan, dihitung),
    urutan: urutanSel(t, indeks),
  };
}

function periksaBagian(
  t: TabelBerurut,
  b: BagianTabel,
  namaIndikatorWarisan: string | null,
): TemuanBerurut[] {
  const hasil: TemuanBerurut[] = [];
  const peran = b.jenis === "indikator" ? "capaian" : b.jenis === "realisasi_anggaran" ? "serapan" : null;
  if (peran !== null) {
    for (const { persen, atas, bawah } of pasangan(b, peran)) {
      b.baris.forEach((x, posisi) => {
        const teksPersen = x.baris.sel[persen.indeks] ?? "";
        if (selKosong(teksPersen)) return;
        const dinyatakan = desimalSel(teksPersen);
        const penyebut = desimalSel(x.baris.sel[bawah.indeks]);
        const pembilang = desimalSel(x.baris.sel[atas.indeks]);
        if (dinyatakan === null || penyebut === null || pembilang === null || adalahNol(penyebut)) return;
        if (selKosong(x.baris.sel[atas.indeks])) return;
        const positif = bagiBulatSetengahNaik(pembilang, penyebut, 100n, 2);
        const batas = toleransiCetak(teksPersen);
        const label = labelBaris(b, x.baris) || namaIndikatorWarisan || "";
        const calon =
          peran === "capaian" && POLA_NEGATIF.test(label)
            ? [positif, ...capaianNegatif(penyebut, pembilang)]
            : [positif];
        if (calon.some((c) => dalamToleransi(dinyatakan, c, batas))) return;
        const rumus = `${tulisAngka(pembilang)} ÷ ${tulisAngka(penyebut)} × 100 = ${tulisAngka(positif, 2)}`;
        hasil.push(
          temuanPersen(
            t,
            b,
            posisi,
            persen,
            dinyatakan,
            positif,
            `${peran === "capaian" ? "Capaian" : "Serapan"} tertulis ${tulisAngka(dinyatakan)} %, sedangkan ${rumus} %.`,
            peran === "capaian" ? "capaian_tidak_sesuai" : "serapan_tidak_sesuai",
          ),
        );
      });
    }
  }
  if (b.jenis === "realisasi_anggaran") {
    const sisa = kolomPeran(b, "sisa");
    const pagu = kolomPeran(b, "pagu");
    const realisasi = kolomPeran(b, "realisasi_anggaran");
    if (sisa !== undefined && pagu !== undefined && realisasi !== undefined) {
      b.baris.forEach((x, posisi) => {
        const s = desimalSel(x.baris.sel[sisa.indeks]);
        const p = desimalSel(x.baris.sel[pagu.indeks]);
        const r = desimalSel(x.baris.sel[realisasi.indeks]);
        if (s === null || p === null || r === null) return;
        const hitung = kurang(p, r);
        if (dalamToleransi(s, hitung, toleransiCetak(x.baris.sel[sisa.indeks] ?? ""))) return;
        hasil.push(
          temuanPersen(
            t,
            b,
            posisi,
            sisa,
            s,
            hitung,
            `Sisa anggaran tertulis ${tulisAngka(s)}, sedangkan pagu − realisasi = ${tulisAngka(hitung)}.`,
            "sisa_tidak_sesuai",
          ),
        );
      });
    }
  }
  return hasil;
}

/** Capaian, serapan and sisa that do not follow from the figures beside them. */
export const periksaPersenOperand: AturanReviu = (konteks) =>
  konteks.tabel.flatMap((t) => t.bagian.flatMap((b) => periksaBagian(t, b, null)));

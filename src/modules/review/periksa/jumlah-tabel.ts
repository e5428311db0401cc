/**
 * Arithmetic of tables (issue 7 item 2; PermenPANRB 53/2014 Lampiran III, reviu of the reliability of
 * data): a JUMLAH/TOTAL row against the rows it closes, a program or kegiatan against its children, and a
 * row's JUMLAH column against the columns before it. Money is added exactly.
 */
import { bandingkan, type Desimal, jumlahkan } from "../../../platform/decimal.ts";
import { adalahPersen } from "../angka-naskah.ts";
import { type BagianTabel, barisJumlah, type KolomDikenali, labelBaris } from "../kenali-tabel.ts";
import { bandingAngka, desimalSel, lokasiSel, potongKutipan, selKosong, tulisAngka } from "./bantu.ts";
import { pohonBaris, type SimpulBaris } from "./hierarki.ts";
import { type AturanReviu, type TabelBerurut, type TemuanBerurut, urutanSel } from "./konteks.ts";

const BUKAN_JUMLAHAN = new Set([
  "no",
  "kode",
  "tahun",
  "capaian",
  "serapan",
  "predikat",
  "interval",
  "satuan",
  "uraian",
  "indikator",
  "sasaran",
]);

function kolomJumlahan(b: BagianTabel): KolomDikenali[] {
  if (b.jenis === "anggaran" || b.jenis === "realisasi_anggaran") {
    return b.kolom.filter(
      (k) => k.peran === "pagu" || k.peran === "realisasi_anggaran" || k.peran === "sisa",
    );
  }
  if (b.jenis !== "pegawai" && b.jenis !== "anjab" && b.jenis !== "lain") return [];
  return b.kolom.filter((k) => {
    if (BUKAN_JUMLAHAN.has(k.peran) || k.tahun !== null) return false;
    const isi = b.baris.map((x) => x.baris.sel[k.indeks] ?? "").filter((s) => s.trim() !== "");
    if (isi.length === 0 || isi.some((s) => adalahPersen(s))) return false;
    return isi.filter((s) => desimalSel(s) !== null).length >= isi.length * 0.8;
  });
}

/** The cell as a value for a sum: a dash or blank is zero, words are null (cannot be added). */
function nilaiJumlahan(teks: string | undefined): Desimal | null {
  if (selKosong(teks)) return { nilai: 0n, skala: 0 };
  return desimalSel(teks);
}

function jumlahAnak(b: BagianTabel, posisi: number[], kolom: number): Desimal | null {
  const nilai: Desimal[] = [];
  for (const p of posisi) {
    const v = nilaiJumlahan(b.baris[p]?.baris.sel[kolom]);
    if (v === null) return null;
    nilai.push(v);
  }
  return jumlahkan(nilai);
}

function temuanJumlah(
  t: TabelBerurut,
  b: BagianTabel,
  posisi: number,
  kolom: KolomDikenali,
  dihitung: Desimal,
  kode: string,
  uraian: (label: string, tertulis: string, hitung: string) => string,
): TemuanBerurut | null {
  const baris = b.baris[posisi];
  if (baris === undefined) return null;
  const teks = baris.baris.sel[kolom.indeks];
  const dinyatakan = desimalSel(teks);
  if (dinyatakan === null || bandingkan(dinyatakan, dihitung) === 0) return null;
  const label = labelBaris(b, baris.baris) || `baris ${baris.indeks + 1}`;
  return {
    kode,
    jenis: "aritmetika",
    tingkat: "tinggi",
    pesan: uraian(label, tulisAngka(dinyatakan), tulisAngka(dihitung)),
    lokasi: lokasiSel(t.tabel, baris.indeks, kolom.indeks, potongKutipan(label)),
    ...bandingAngka(dinyatakan, dihitung),
    urutan: urutanSel(t, baris.indeks),
  };
}

function periksaPohon(
  t: TabelBerurut,
  b: BagianTabel,
  kolom: KolomDikenali[],
  pohon: SimpulBaris[],
): TemuanBerurut[] {
  const hasil: TemuanBerurut[] = [];
  for (const simpul of pohon) {
    if (simpul.jumlah) continue;
    const anak = pohon.filter((s) => s.induk === simpul.posisi).map((s) => s.posisi);
    if (anak.length === 0) continue;
    for (const k of kolom) {
      const jumlah = jumlahAnak(b, anak, k.indeks);
      if (jumlah === null) continue;
      const f = temuanJumlah(
        t,
        b,
        simpul.posisi,
        k,
        jumlah,
        "jumlah_anak_baris",
        (label, tertulis, hitung) =>
          `"${potongKutipan(label)}" tertulis ${tertulis} pada kolom "${k.nama.trim()}", sedangkan jumlah ${anak.length} baris rinciannya ${hitung}.`,
      );
      if (f !== null) hasil.push(f);
    }
  }
  return hasil;
}

function periksaBarisJumlah(
  t: TabelBerurut,
  b: BagianTabel,
  kolom: KolomDikenali[],
  pohon: SimpulBaris[] | null,
): TemuanBerurut[] {
  const hasil: TemuanBerurut[] = [];
  let awal = 0;
  let sebelumnyaJumlah = false;
  b.baris.forEach((x, posisi) => {
    if (!barisJumlah(x.baris)) {
      sebelumnyaJumlah = false;
      return;
    }
    if (sebelumnyaJumlah) return; // a grand total right under a subtotal adds groups, not rows
    sebelumnyaJumlah = true;
    let operand = Array.from({ length: posisi - awal }, (_, i) => awal + i).filter(
      (p) => !barisJumlah(b.baris[p]?.baris ?? x.baris),
    );
    if (pohon !== null) {
      const bernilai = operand.filter((p) =>
        kolom.some((k) => desimalSel(b.baris[p]?.baris.sel[k.indeks]) !== null),
      );
      const tingkatAtas = Math.min(...bernilai.map((p) => pohon[p]?.tingkat ?? 99));
      operand = bernilai.filter((p) => pohon[p]?.tingkat === tingkatAtas);
    }
    awal = posisi + 1;
    if (operand.length === 0) return;
    for (const k of kolom) {
      const jumlah = jumlahAnak(b, operand, k.indeks);
      if (jumlah === null) continue;
      const f = temuanJumlah(
        t,
        b,
        posisi,
        k,
        jumlah,
        "jumlah_baris_tabel",
        (label, tertulis, hitung) =>
          `Baris ${label.toUpperCase()} kolom "${k.nama.trim()}" tertulis ${tertulis}, sedangkan jumlah ${operand.length} baris di atasnya ${hitung}.`,
      );
      if (f !== null) hasil.push(f);
    }
  });
  return hasil;
}

function periksaKolomJumlah(t: TabelBerurut, b: BagianTabel, kolom: KolomDikenali[]): TemuanBerurut[] {
  if (b.jenis === "anggaran" || b.jenis === "realisasi_anggaran") return [];
  const kolJumlah = kolom.filter((k) => k.peran === "jumlah").at(-1);
  if (kolJumlah === undefined) return [];
  const operand = kolom.filter((k) => k.indeks < kolJumlah.indeks && k.peran !== "jumlah");
  if (operand.length < 2) return [];
  const hasil: TemuanBerurut[] = [];
  let adaYangDilewati = false;
  b.baris.forEach((x, posisi) => {
    const total = barisJumlah(x.baris);
    const kosong = operand.some((k) => (x.baris.sel[k.indeks] ?? "").trim() === "");
    if (kosong || (total && adaYangDilewati)) {
      if (!total) adaYangDilewati = true;
      return;
    }
    const nilai = operand
      .map((k) => nilaiJumlahan(x.baris.sel[k.indeks]))
      .filter((v): v is Desimal => v !== null);
    if (nilai.length < operand.length) return;
    const jumlah = jumlahkan(nilai);
    const f = temuanJumlah(
      t,
      b,
      posisi,
      kolJumlah,
      jumlah,
      "jumlah_kolom",
      (label, tertulis, hitung) =>
        `Kolom "${kolJumlah.nama.trim()}" pada baris "${potongKutipan(label)}" tertulis ${tertulis}, sedangkan jumlah ${operand.length} kolom sebelumnya ${hitung}.`,
    );
    if (f !== null) hasil.push(f);
  });
  return hasil;
}

/** Totals, parents and JUMLAH columns that do not add up. */
export const periksaJumlahTabel: AturanReviu = (konteks) =>
  konteks.tabel.flatMap((t) =>
    t.bagian.flatMap((b) => {
      const kolom = kolomJumlahan(b);
      if (kolom.length === 0) return [];
      const pertama = kolom[0];
      const pohon =
        pertama !== undefined && (b.jenis === "anggaran" || b.jenis === "realisasi_anggaran")
          ? pohonBaris(b, pertama.indeks)
          : null;
      return [
        ...(pohon === null ? [] : periksaPohon(t, b, kolom, pohon)),
        ...periksaBarisJumlah(t, b, kolom, pohon),
        ...periksaKolomJumlah(t, b, kolom),
      ];
    }),
  );

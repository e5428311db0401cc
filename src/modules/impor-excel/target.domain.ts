/**
 * Checks a Renstra target sheet (one row per indicator, one column per year of the Renstra) without writing.
 * An empty year cell leaves the stored target as it is; a range "80-90" sets a lower and an upper bound.
 */
import type { SelMentah } from "../../platform/excel.ts";
import { formatAngka } from "../../platform/number-format.ts";
import {
  type BarisPratinjau,
  barisData,
  type GalatBaris,
  hitungJumlah,
  namaKolom,
  type Pratinjau,
  periksaDuplikat,
  petakanKepala,
  type StatusBaris,
  sel,
} from "./impor.domain.ts";
import { angkaSama, bacaTargetSel, teksSel } from "./sel.domain.ts";

/** The fixed columns of a target sheet; one column per Renstra year follows them. */
export const KOLOM_TARGET = ["kode_indikator", "nama_indikator", "satuan"] as const;

/** A year's stored target of an indicator. */
export type TargetTersimpan = { target: string | null; targetAtas: string | null };

/** The stored data a target sheet is checked against: the Renstra period and its indicators. */
export type RujukanTarget = {
  tahunAwal: number;
  tahunAkhir: number;
  indikator: ReadonlyMap<
    string,
    { nama: string; satuan: string; target: ReadonlyMap<number, TargetTersimpan> }
  >;
};

/** One target cell to write. */
export type BarisTarget = {
  baris: number;
  kode: string;
  tahun: number;
  target: string;
  targetAtas: string | null;
};

/** The years of a Renstra, first to last. */
export function tahunRenstra(r: { tahunAwal: number; tahunAkhir: number }): number[] {
  return Array.from({ length: r.tahunAkhir - r.tahunAwal + 1 }, (_, i) => r.tahunAwal + i);
}

function tampilTarget(t: { target: string; targetAtas: string | null } | null): string {
  if (t === null) return "";
  return t.targetAtas === null
    ? formatAngka(t.target)
    : `${formatAngka(t.target)}–${formatAngka(t.targetAtas)}`;
}

/** Checks every row of a target sheet; nothing is written. */
export function periksaTarget(
  tabel: readonly (readonly SelMentah[])[],
  r: RujukanTarget,
): Pratinjau<BarisTarget> {
  const kepala = tabel[0] ?? [];
  const { peta, galat: galatKepala } = petakanKepala(kepala, ["kode_indikator"]);
  const { data, galat: galatUkuran } = barisData(tabel);
  const galatBerkas: GalatBaris[] = [...galatKepala, ...galatUkuran];
  const kolomTahun: { tahun: number; kolom: string }[] = [];
  for (const s of kepala) {
    const n = namaKolom(s);
    if (!/^\d{4}$/.test(n)) continue;
    const tahun = Number(n);
    if (tahun < r.tahunAwal || tahun > r.tahunAkhir) {
      galatBerkas.push({
        baris: 1,
        kolom: n,
        pesan: `tahun ${tahun} di luar periode Renstra ${r.tahunAwal}–${r.tahunAkhir}`,
      });
    } else kolomTahun.push({ tahun, kolom: n });
  }
  if (galatKepala.length === 0 && kolomTahun.length === 0) {
    galatBerkas.push({ baris: 1, kolom: "-", pesan: "tidak ada kolom tahun (misalnya 2024) di baris judul" });
  }
  const kolom = ["kode_indikator", "nama_indikator", ...kolomTahun.map((k) => k.kolom)];
  const baris: BarisPratinjau[] = [];
  const tulis: BarisTarget[] = [];
  if (galatKepala.length > 0) return { kolom, baris, galatBerkas, jumlah: hitungJumlah(baris), tulis };
  const terlihat = new Map<string, number>();
  for (const { nomor, sel: isi } of data) {
    const galat: GalatBaris[] = [];
    const kode = teksSel(sel(isi, peta, "kode_indikator"));
    const ind = kode === "" ? undefined : r.indikator.get(kode);
    if (kode === "")
      galat.push({ baris: nomor, kolom: "kode_indikator", pesan: "kode indikator belum diisi" });
    else if (!ind) {
      galat.push({
        baris: nomor,
        kolom: "kode_indikator",
        pesan: `kode indikator "${kode}" tidak dikenal di Renstra ${r.tahunAwal}–${r.tahunAkhir}; lihat lembar "Kode valid"`,
      });
    } else {
      const dup = periksaDuplikat(kode, nomor, terlihat, "kode_indikator");
      if (dup) galat.push(dup);
    }
    const tampil: string[] = [];
    const rencana: BarisTarget[] = [];
    let baru = false;
    let berubah = false;
    for (const { tahun, kolom: k } of kolomTahun) {
      const h = bacaTargetSel(sel(isi, peta, k));
      if (!h.ok) {
        galat.push({ baris: nomor, kolom: k, pesan: h.pesan });
        tampil.push(teksSel(sel(isi, peta, k)));
        continue;
      }
      tampil.push(tampilTarget(h.nilai));
      if (h.nilai === null || !ind) continue;
      const lama = ind.target.get(tahun);
      if (lama && angkaSama(lama.target, h.nilai.target) && angkaSama(lama.targetAtas, h.nilai.targetAtas))
        continue;
      if (lama && lama.target !== null) berubah = true;
      else baru = true;
      rencana.push({ baris: nomor, kode, tahun, target: h.nilai.target, targetAtas: h.nilai.targetAtas });
    }
    const status: StatusBaris = berubah ? "berubah" : baru ? "baru" : "tetap";
    baris.push({
      baris: nomor,
      kode,
      nilai: [kode, ind?.nama ?? teksSel(sel(isi, peta, "nama_indikator")), ...tampil],
      status: galat.length > 0 ? "galat" : status,
      galat,
    });
    if (galat.length === 0) tulis.push(...rencana);
  }
  return { kolom, baris, galatBerkas, jumlah: hitungJumlah(baris), tulis };
}

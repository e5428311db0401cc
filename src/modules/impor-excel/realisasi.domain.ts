/**
 * Checks a realisation sheet (one year and one period) row by row against the indicators of the Renstra,
 * without writing: unknown codes, unreadable numbers, rows already approved, a second granularity in a year.
 */
import type { SelMentah } from "../../platform/excel.ts";
import { formatAngka } from "../../platform/number-format.ts";
import {
  type BarisPratinjau,
  barisData,
  type GalatBaris,
  hitungJumlah,
  type Pratinjau,
  periksaDuplikat,
  petakanKepala,
  type StatusBaris,
  sel,
} from "./impor.domain.ts";
import { angkaSama, bacaAngkaSel, teksSel } from "./sel.domain.ts";

/** The columns of a realisation sheet; nama_indikator and satuan are for reading only. */
export const KOLOM_REALISASI = [
  "kode_indikator",
  "nama_indikator",
  "satuan",
  "nilai",
  "sumber",
  "catatan",
] as const;

/** What is stored for one indicator, as the check needs it. */
export type IndikatorRealisasi = {
  nama: string;
  satuan: string;
  /** the kind of period already used for this indicator in the year when it differs from the file's */
  jenisLain: string | null;
  tersimpan: { nilai: string | null; sumber: string | null; catatan: string | null; status: string } | null;
};

/** The stored data a realisation sheet is checked against. */
export type RujukanRealisasi = {
  tahun: number;
  labelPeriode: string;
  /** why the whole year cannot be imported (no Renstra, a year after it), or null */
  galatTahun: string | null;
  indikator: ReadonlyMap<string, IndikatorRealisasi>;
};

/** One realisation to write. */
export type BarisRealisasi = {
  baris: number;
  kode: string;
  nilai: string | null;
  sumber: string | null;
  catatan: string | null;
};

function teksAtauNull(s: SelMentah): string | null {
  const t = teksSel(s);
  return t === "" ? null : t;
}

/** Checks every row of a realisation sheet; nothing is written. */
export function periksaRealisasi(
  tabel: readonly (readonly SelMentah[])[],
  r: RujukanRealisasi,
): Pratinjau<BarisRealisasi> {
  const { peta, galat: galatKepala } = petakanKepala(tabel[0] ?? [], ["kode_indikator", "nilai"]);
  const { data, galat: galatUkuran } = barisData(tabel);
  const galatBerkas: GalatBaris[] = [...galatKepala, ...galatUkuran];
  if (r.galatTahun) galatBerkas.push({ baris: 1, kolom: "tahun", pesan: r.galatTahun });
  const baris: BarisPratinjau[] = [];
  const tulis: BarisRealisasi[] = [];
  if (galatKepala.length > 0)
    return { kolom: [...KOLOM_REALISASI], baris, galatBerkas, jumlah: hitungJumlah(baris), tulis };
  const terlihat = new Map<string, number>();
  for (const { nomor, sel: isi } of data) {
    const galat: GalatBaris[] = [];
    const kode = teksSel(sel(isi, peta, "kode_indikator"));
    const nilaiSel = bacaAngkaSel(sel(isi, peta, "nilai"));
    const sumber = teksAtauNull(sel(isi, peta, "sumber"));
    const catatan = teksAtauNull(sel(isi, peta, "catatan"));
    const ind = kode === "" ? undefined : r.indikator.get(kode);
    if (kode === "")
      galat.push({ baris: nomor, kolom: "kode_indikator", pesan: "kode indikator belum diisi" });
    else if (!ind) {
      galat.push({
        baris: nomor,
        kolom: "kode_indikator",
        pesan: `kode indikator "${kode}" tidak dikenal; lihat lembar "Kode valid"`,
      });
    } else {
      const dup = periksaDuplikat(kode, nomor, terlihat, "kode_indikator");
      if (dup) galat.push(dup);
    }
    if (!nilaiSel.ok) galat.push({ baris: nomor, kolom: "nilai", pesan: nilaiSel.pesan });
    const nilai = nilaiSel.ok ? nilaiSel.nilai : null;
    let status: StatusBaris = "tetap";
    if (ind && nilaiSel.ok && (nilai !== null || sumber !== null || catatan !== null)) {
      const t = ind.tersimpan;
      const sama = t !== null && angkaSama(t.nilai, nilai) && t.sumber === sumber && t.catatan === catatan;
      status = sama ? "tetap" : t ? "berubah" : "baru";
      if (status !== "tetap" && ind.jenisLain) {
        galat.push({
          baris: nomor,
          kolom: "kode_indikator",
          pesan: `realisasi tahun ${r.tahun} indikator ini sudah dicatat per ${ind.jenisLain}; tidak dapat dicampur dengan ${r.labelPeriode}`,
        });
      }
      if (status === "berubah" && t?.status === "disetujui") {
        galat.push({
          baris: nomor,
          kolom: "nilai",
          pesan: "realisasi ini sudah disetujui dan terkunci; ubah melalui revisi dengan alasan",
        });
      }
    }
    baris.push({
      baris: nomor,
      kode,
      nilai: [
        kode,
        ind?.nama ?? teksSel(sel(isi, peta, "nama_indikator")),
        nilai === null ? "" : formatAngka(nilai),
        sumber ?? "",
        catatan ?? "",
      ],
      status: galat.length > 0 ? "galat" : status,
      galat,
    });
    if (galat.length === 0 && status !== "tetap") tulis.push({ baris: nomor, kode, nilai, sumber, catatan });
  }
  return {
    kolom: ["kode_indikator", "nama_indikator", "nilai", "sumber", "catatan"],
    baris,
    galatBerkas,
    jumlah: hitungJumlah(baris),
    tulis,
  };
}

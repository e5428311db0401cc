/**
 * What a table of a hand-written LKjIP is (issue 7 item 2): the predikat scale, indicator targets and
 * realisations (PK, capaian, Renstra targets per year), budgets per program/kegiatan, budget realisation,
 * staffing, job analysis, the follow-up matrix; and what each column holds. A table that changes its header
 * midway (the PK's indicator part, then its programme part under "NO | Program | Anggaran") is cut into
 * parts, each recognised on its own. Pure; no I/O.
 */
import { desimalNaskah } from "./angka-naskah.ts";
import type { BarisNaskah, TabelNaskah } from "./naskah.ts";

/** What one column holds. */
export type PeranKolom =
  | "no"
  | "kode"
  | "uraian"
  | "indikator"
  | "sasaran"
  | "satuan"
  | "tahun"
  | "target"
  | "target_akhir"
  | "realisasi"
  | "capaian"
  | "predikat"
  | "interval"
  | "pagu"
  | "realisasi_anggaran"
  | "serapan"
  | "sisa"
  | "jumlah"
  | "angka"
  | "lain";

/** A column, its role, and the year its header names ("Target 2024" → 2024). */
export type KolomDikenali = { indeks: number; peran: PeranKolom; tahun: number | null; nama: string };

/** What a table (or a part of one) is. */
export type JenisTabel =
  | "skala_predikat"
  | "indikator"
  | "target_renstra"
  | "anggaran"
  | "realisasi_anggaran"
  | "pegawai"
  | "anjab"
  | "tindak_lanjut"
  | "lain";

/** A body row with its index in the table (0-based, so the reviewer's row number is indeks + 1). */
export type BarisBerindeks = { indeks: number; baris: BarisNaskah };

/** A run of rows under one header. */
export type BagianTabel = { jenis: JenisTabel; kolom: KolomDikenali[]; baris: BarisBerindeks[] };

/** A table as recognised: its parts in order. */
export type TabelDikenali = { tabel: TabelNaskah; bagian: BagianTabel[] };

const POLA_TAHUN = /\b((?:19|20)\d{2})\b/;

function peranDariNama(nama: string, konteksAnggaran: boolean): PeranKolom {
  const n = nama.toLowerCase().replace(/\s+/g, " ").trim();
  if (n === "") return "lain";
  if (/^no\.?$|^nomor$|^no\.? urut$/.test(n)) return "no";
  if (/\bkode\b|kode rekening/.test(n)) return "kode";
  if (/predikat|kriteria|kategori/.test(n)) return "predikat";
  if (/interval|rentang/.test(n)) return "interval";
  if (/serapan/.test(n)) return "serapan";
  if (/sisa/.test(n)) return "sisa";
  if (/capaian|\(%\)|%\s*$/.test(n) && !/realisasi|target|pagu/.test(n))
    return konteksAnggaran ? "serapan" : "capaian";
  if (/realisasi/.test(n))
    return /anggaran|\(rp|rp\.?\)|belanja|keuangan/.test(n) || konteksAnggaran
      ? "realisasi_anggaran"
      : "realisasi";
  if (/pagu|anggaran|\(rp|rp\.?\)|belanja/.test(n)) return "pagu";
  if (/kondisi akhir|renstra|akhir periode|target akhir/.test(n)) return "target_akhir";
  if (/target/.test(n)) return "target";
  if (/^tahun$/.test(n)) return "tahun";
  if (/indikator/.test(n)) return "indikator";
  if (/sasaran|tujuan/.test(n)) return "sasaran";
  if (/satuan/.test(n)) return "satuan";
  if (/^(jumlah|total)\b/.test(n)) return "jumlah";
  if (/program|kegiatan|uraian|jabatan|golongan|status|rekomendasi|nama|jenis|unit/.test(n)) return "uraian";
  if (POLA_TAHUN.test(n)) return "target";
  return "lain";
}

function kenaliKolom(namaKolom: readonly string[]): KolomDikenali[] {
  const semua = namaKolom.join(" ").toLowerCase();
  const konteksAnggaran = /pagu|anggaran|\(rp|belanja/.test(semua) && !/indikator/.test(semua);
  return namaKolom.map((nama, indeks) => {
    const tahun = POLA_TAHUN.exec(nama);
    return {
      indeks,
      peran: peranDariNama(nama, konteksAnggaran),
      tahun: tahun === null ? null : Number(tahun[1]),
      nama,
    };
  });
}

function adaPeran(kolom: readonly KolomDikenali[], ...peran: PeranKolom[]): boolean {
  return kolom.some((k) => peran.includes(k.peran));
}

const KATA_PREDIKAT =
  /^(sangat tinggi|tinggi|sedang|rendah|sangat rendah|sangat baik|baik|cukup|kurang|sangat kurang)$/i;

function jenisBagian(t: TabelNaskah, kolom: KolomDikenali[], baris: BarisBerindeks[]): JenisTabel {
  const judul = `${t.nomor ?? ""} ${t.judul ?? ""}`.toLowerCase();
  const kolPredikat = kolom.find((k) => k.peran === "predikat");
  if (kolPredikat !== undefined) {
    const kataSkala = baris.filter((b) =>
      KATA_PREDIKAT.test((b.baris.sel[kolPredikat.indeks] ?? "").trim()),
    ).length;
    const adaIndikator = adaPeran(kolom, "target", "realisasi", "capaian");
    if ((adaPeran(kolom, "interval") || /skala/.test(judul)) && !adaIndikator && kataSkala >= 3)
      return "skala_predikat";
  }
  if (
    /analisis jabatan|anjab|efisiensi penggunaan sumber daya/.test(judul) ||
    /hasil analisis jabatan/i.test(kolom.map((k) => k.nama).join(" "))
  ) {
    return "anjab";
  }
  if (adaPeran(kolom, "pagu") && adaPeran(kolom, "realisasi_anggaran")) return "realisasi_anggaran";
  if (adaPeran(kolom, "pagu")) return "anggaran";
  const tahunTarget = kolom.filter((k) => k.peran === "target" && k.tahun !== null).length;
  if (tahunTarget >= 3 && !adaPeran(kolom, "realisasi")) return "target_renstra";
  if (adaPeran(kolom, "indikator", "target", "realisasi", "capaian") && !/rekomendasi/.test(judul)) {
    if (adaPeran(kolom, "target", "realisasi", "capaian", "predikat")) return "indikator";
  }
  if (/rekomendasi|tindak lanjut/.test(judul) || kolom.some((k) => /rekomendasi/i.test(k.nama)))
    return "tindak_lanjut";
  if (
    /asn|pegawai|kepegawaian|aparatur/.test(judul) ||
    kolom.some((k) => /golongan|pendidikan|eselon|status kepegawai/i.test(k.nama))
  ) {
    return "pegawai";
  }
  return "lain";
}

/**
 * True for a body row that is really a header of a new part (all cells words, at least two header words):
 * "NO | Program | Anggaran | Ket" inside the PK table.
 */
function barisKepala(b: BarisNaskah): boolean {
  const isi = b.sel.map((s) => s.trim()).filter((s) => s !== "");
  if (isi.length < 2) return false;
  if (isi.some((s) => desimalNaskah(s) !== null)) return false;
  const kataKepala = isi.filter((s) =>
    /^(no\.?|program|kegiatan|anggaran(\s*\(rp\.?\))?|ket\.?|keterangan|target|indikator( kinerja)?|sasaran( strategis)?|pagu|realisasi|satuan)$/i.test(
      s,
    ),
  ).length;
  return kataKepala >= 2 && kataKepala >= isi.length - 1;
}

/** Recognises a table: cuts it at repeated-header rows, and classifies each part and its columns. */
export function kenaliTabel(t: TabelNaskah): TabelDikenali {
  const bagian: BagianTabel[] = [];
  let namaKolom = t.namaKolom;
  let kumpulan: BarisBerindeks[] = [];
  const tutup = () => {
    const kolom = kenaliKolom(namaKolom);
    bagian.push({ jenis: jenisBagian(t, kolom, kumpulan), kolom, baris: kumpulan });
  };
  t.baris.forEach((baris, indeks) => {
    if (barisKepala(baris)) {
      if (kumpulan.length > 0) tutup();
      namaKolom = baris.sel;
      kumpulan = [];
      return;
    }
    kumpulan.push({ indeks, baris });
  });
  if (kumpulan.length > 0 || bagian.length === 0) tutup();
  return { tabel: t, bagian };
}

/** The first column with one of these roles (and, when given, this year). */
export function kolomPeran(
  b: BagianTabel,
  peran: PeranKolom,
  tahun?: number | null,
): KolomDikenali | undefined {
  return b.kolom.find((k) => k.peran === peran && (tahun === undefined || k.tahun === tahun));
}

/** The label of a row: the name of its program/kegiatan/indicator/staffing group (first non-empty text cell). */
export function labelBaris(b: BagianTabel, baris: BarisNaskah): string {
  const urutan: PeranKolom[] = ["uraian", "indikator", "jumlah", "sasaran", "lain"];
  for (const peran of urutan) {
    for (const k of b.kolom.filter((x) => x.peran === peran)) {
      const s = (baris.sel[k.indeks] ?? "").trim();
      if (s !== "" && desimalNaskah(s) === null) return s;
    }
  }
  return (
    baris.sel
      .map((s) => s.trim())
      .find((s) => s !== "" && desimalNaskah(s) === null && !/^\d+\.?$/.test(s)) ?? ""
  );
}

/** True for a JUMLAH/TOTAL row (the label of any cell starts with it). */
export function barisJumlah(baris: BarisNaskah): boolean {
  return baris.sel.some((s) => s.trim().length <= 30 && /^\s*(jumlah|total)\b/i.test(s));
}

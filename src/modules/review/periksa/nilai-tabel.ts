/**
 * The figures of a report's tables as facts: "target of indicator X for year Y is V, in table T row R
 * column C", "pagu of program P is V …". Both the cross-table check and the history extraction read
 * them, so what is compared is what is imported. Pure; no I/O.
 */
import type { Desimal } from "../../../platform/decimal.ts";
import { type BagianTabel, barisJumlah, kolomPeran, labelBaris } from "../kenali-tabel.ts";
import { desimalSel, kodeDiAwal, normalNama, selKosong } from "./bantu.ts";
import type { KonteksReviu, TabelBerurut } from "./konteks.ts";

/** Where a fact was read. */
export type AsalNilai = { tabel: TabelBerurut; indeksBaris: number; indeksKolom: number; teks: string };

/** An indicator's target or realisation for one year. */
export type NilaiIndikator = {
  jenis: "target" | "realisasi";
  /** the indicator's name as written in the row (or in the table above when the row leaves it empty) */
  indikator: string;
  /** the comparison key: the name without "Indeks", "Nilai", "(IKM)" … */
  kunci: string;
  satuan: string | null;
  tahun: number;
  nilai: Desimal;
  asal: AsalNilai;
};

/** A budget figure of a program, kegiatan or sub kegiatan, or the table's total. */
export type NilaiAnggaran = {
  jenis: "pagu" | "realisasi";
  tingkat: "program" | "rincian" | "total";
  kode: string | null;
  uraian: string;
  /** code, or the normalised name */
  kunci: string;
  tahun: number | null;
  nilai: Desimal;
  asal: AsalNilai;
};

const KATA_UMUM = /\b(indeks|survei|survey|nilai|score|skor|kecamatan|iku|ikm|n-1|n 1)\b/g;

/** "Indeks Kepuasan Masyarakat (IKM)", "Survei Kepuasan Masyarakat" → "kepuasan masyarakat". */
export function kunciIndikator(nama: string): string {
  const tanpaKurung = nama.replace(/\([^)]*\)/g, " ");
  const k = normalNama(tanpaKurung).replace(KATA_UMUM, " ").replace(/\s+/g, " ").trim();
  return k === "" ? normalNama(nama) : k;
}

function namaIndikator(b: BagianTabel, sel: readonly string[]): string {
  const kolom = b.kolom.filter((k) => k.peran === "indikator");
  for (const k of [...kolom].reverse()) {
    const s = (sel[k.indeks] ?? "").trim();
    if (s !== "" && desimalSel(s) === null) return s;
  }
  return "";
}

function tahunJudul(t: TabelBerurut): number | null {
  const m = /(?<![–-]\s*)\b((?:19|20)\d{2})\b(?!\s*[–-]\s*(?:19|20)\d{2})/.exec(`${t.tabel.judul ?? ""}`);
  return m === null ? null : Number(m[1]);
}

/** Every indicator target and realisation in the report's indicator and Renstra tables. */
export function nilaiIndikator(k: KonteksReviu): NilaiIndikator[] {
  const hasil: NilaiIndikator[] = [];
  let warisan: string | null = null;
  let babWarisan: string | null = null;
  for (const t of k.tabel) {
    for (const b of t.bagian) {
      if (b.jenis !== "indikator" && b.jenis !== "target_renstra") continue;
      const kolTahun = kolomPeran(b, "tahun");
      const kolSatuan = kolomPeran(b, "satuan");
      const kolomNilai = b.kolom.filter((x) => x.peran === "target" || x.peran === "realisasi");
      const tahunKolom = [...new Set(kolomNilai.map((x) => x.tahun).filter((x): x is number => x !== null))];
      const tahunBagian = tahunKolom.length === 1 ? (tahunKolom[0] ?? null) : null;
      const adaNamaDiTabel = b.baris.some((x) => namaIndikator(b, x.baris.sel) !== "");
      for (const x of b.baris) {
        if (barisJumlah(x.baris)) continue;
        let nama = namaIndikator(b, x.baris.sel);
        if (nama === "" && !adaNamaDiTabel && warisan !== null && babWarisan === t.tabel.bab) nama = warisan;
        if (nama === "") continue;
        const tahunBaris =
          kolTahun === undefined ? null : Number((x.baris.sel[kolTahun.indeks] ?? "").trim()) || null;
        for (const kol of kolomNilai) {
          const teks = (x.baris.sel[kol.indeks] ?? "").trim();
          if (selKosong(teks)) continue;
          const nilai = desimalSel(teks);
          if (nilai === null) continue;
          const tahun = kol.tahun ?? tahunBaris ?? tahunBagian ?? tahunJudul(t) ?? k.tahunLaporan;
          if (tahun === null) continue;
          hasil.push({
            jenis: kol.peran === "target" ? "target" : "realisasi",
            indikator: nama,
            kunci: kunciIndikator(nama),
            satuan: kolSatuan === undefined ? null : (x.baris.sel[kolSatuan.indeks] ?? "").trim() || null,
            tahun,
            nilai,
            asal: { tabel: t, indeksBaris: x.indeks, indeksKolom: kol.indeks, teks },
          });
        }
        if (adaNamaDiTabel) {
          warisan = nama;
          babWarisan = t.tabel.bab;
        }
      }
    }
  }
  return hasil;
}

function uraianAnggaran(label: string): string {
  return label
    .replace(/^\s*[-–•*]\s*/, "")
    .replace(/^\d{1,2}(?:\.\d{1,4})+\s+/, "")
    .trim();
}

/** "Program Penunjang …" (any case) or a three-part code: a programme row. */
function adalahProgram(label: string, kode: string | null): boolean {
  if (kode !== null) return kode.split(".").length === 3;
  return /^program\b/i.test(uraianAnggaran(label));
}

function kunciNama(uraian: string): string {
  return normalNama(uraian).replace(/^(program|kegiatan|sub kegiatan)\s+/, "");
}

function tokenSama(a: string, b: string): boolean {
  const ta = new Set(a.split(" ").filter((x) => x.length > 2));
  const tb = new Set(b.split(" ").filter((x) => x.length > 2));
  const [kecil, besar] = ta.size <= tb.size ? [ta, tb] : [tb, ta];
  if (kecil.size < 3) return false;
  return [...kecil].every((x) => besar.has(x)) && besar.size - kecil.size <= 1;
}

/**
 * Every pagu and realisation per program/kegiatan/sub kegiatan and every budget total. Programmes written
 * with a word missing ("Program Penyelenggaraan dan Pelayanan Publik") are matched to the fuller name when
 * all their words appear in it.
 */
export function nilaiAnggaran(k: KonteksReviu): NilaiAnggaran[] {
  const hasil: NilaiAnggaran[] = [];
  const kunciProgram: string[] = [];
  for (const t of k.tabel) {
    for (const b of t.bagian) {
      if (b.jenis !== "anggaran" && b.jenis !== "realisasi_anggaran") continue;
      const kolKode = kolomPeran(b, "kode");
      const kolom = b.kolom.filter((x) => x.peran === "pagu" || x.peran === "realisasi_anggaran");
      for (const x of b.baris) {
        const label = labelBaris(b, x.baris);
        const total = barisJumlah(x.baris);
        const kodeKolom = kolKode === undefined ? "" : (x.baris.sel[kolKode.indeks] ?? "").trim();
        const kode = /^\d{1,2}(\.\d{1,4})+$/.test(kodeKolom) ? kodeKolom : kodeDiAwal(label);
        const uraian = total ? label.trim() : uraianAnggaran(label);
        if (uraian === "" && kode === null) continue;
        const tingkat = total ? "total" : adalahProgram(label, kode) ? "program" : "rincian";
        let kunci = total ? "total" : (kode ?? kunciNama(uraian));
        if (tingkat === "program" && kode === null) {
          const sama = kunciProgram.find((p) => p === kunci) ?? kunciProgram.find((p) => tokenSama(p, kunci));
          if (sama === undefined) kunciProgram.push(kunci);
          else kunci = sama;
        }
        for (const kol of kolom) {
          const teks = (x.baris.sel[kol.indeks] ?? "").trim();
          const nilai = desimalSel(teks);
          if (nilai === null || teks === "") continue;
          hasil.push({
            jenis: kol.peran === "pagu" ? "pagu" : "realisasi",
            tingkat,
            kode,
            uraian,
            kunci,
            tahun: tahunJudul(t) ?? k.tahunLaporan,
            nilai,
            asal: { tabel: t, indeksBaris: x.indeks, indeksKolom: kol.indeks, teks },
          });
        }
      }
    }
  }
  return hasil;
}

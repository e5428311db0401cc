/**
 * Checks a DPA sheet (program, kegiatan and sub kegiatan rows of one DPA version) without writing. Codes
 * must be of the nomenclature in force or already in the DPA; pagu sits on sub kegiatan rows only, because
 * program and kegiatan totals are computed (ARCHITECTURE.md, "One source of truth").
 */
import type { SelMentah } from "../../platform/excel.ts";
import { formatRupiah } from "../../platform/number-format.ts";
import { bandingKode, parseKode } from "../budget/kode-nomenklatur.domain.ts";
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
import { bacaRupiahSel, teksSel } from "./sel.domain.ts";

/** The columns of a DPA sheet; nama is read only for a code that is new to the DPA and missing from the nomenclature. */
export const KOLOM_DPA = ["kode", "nama", "pagu"] as const;

/** The levels a DPA sheet carries, in the order they are written. */
export type LevelDpa = "program" | "kegiatan" | "sub_kegiatan";
const URUTAN_LEVEL: Record<LevelDpa, number> = { program: 0, kegiatan: 1, sub_kegiatan: 2 };

/** The stored data a DPA sheet is checked against. */
export type RujukanDpa = {
  tahun: number;
  /** the lines already in this DPA version */
  tersimpan: ReadonlyMap<string, { level: LevelDpa; nama: string; pagu: bigint | null }>;
  /** program, kegiatan and sub kegiatan codes of the nomenclature in force for the year */
  nomenklatur: ReadonlyMap<string, { level: LevelDpa; nama: string }>;
};

/** One DPA line to add (pagu as a decimal string so the payload stays JSON). */
export type BarisDpa = { baris: number; kode: string; level: LevelDpa; nama: string; pagu: string | null };

function adalahLevelDpa(l: string): l is LevelDpa {
  return l === "program" || l === "kegiatan" || l === "sub_kegiatan";
}

/** Checks every row of a DPA sheet; nothing is written. */
export function periksaDpa(tabel: readonly (readonly SelMentah[])[], r: RujukanDpa): Pratinjau<BarisDpa> {
  const { peta, galat: galatKepala } = petakanKepala(tabel[0] ?? [], ["kode", "pagu"]);
  const { data, galat: galatUkuran } = barisData(tabel);
  const galatBerkas: GalatBaris[] = [...galatKepala, ...galatUkuran];
  const kolom = [...KOLOM_DPA];
  const baris: BarisPratinjau[] = [];
  const tulis: BarisDpa[] = [];
  if (galatKepala.length > 0) return { kolom, baris, galatBerkas, jumlah: hitungJumlah(baris), tulis };
  const kodeBerkas = new Set(data.map((b) => teksSel(sel(b.sel, peta, "kode"))));
  const terlihat = new Map<string, number>();
  for (const { nomor, sel: isi } of data) {
    const galat: GalatBaris[] = [];
    const kode = teksSel(sel(isi, peta, "kode"));
    const namaDitulis = teksSel(sel(isi, peta, "nama"));
    const paguSel = bacaRupiahSel(sel(isi, peta, "pagu"));
    if (!paguSel.ok) galat.push({ baris: nomor, kolom: "pagu", pesan: paguSel.pesan });
    const pagu = paguSel.ok ? paguSel.nilai : null;
    const parsed = parseKode(kode);
    let status: StatusBaris = "tetap";
    let nama = namaDitulis;
    if (!parsed.ok) galat.push({ baris: nomor, kolom: "kode", pesan: parsed.pesan });
    else if (!adalahLevelDpa(parsed.level)) {
      galat.push({
        baris: nomor,
        kolom: "kode",
        pesan: `${kode} bukan kode program, kegiatan atau sub kegiatan`,
      });
    } else {
      const level = parsed.level;
      const dup = periksaDuplikat(kode, nomor, terlihat, "kode");
      if (dup) galat.push(dup);
      if (level !== "sub_kegiatan" && pagu !== null) {
        galat.push({
          baris: nomor,
          kolom: "pagu",
          pesan:
            "pagu hanya diisi pada baris sub kegiatan; pagu program dan kegiatan dihitung dari sub kegiatannya",
        });
      }
      const lama = r.tersimpan.get(kode);
      if (lama) {
        nama = lama.nama;
        if (level === "sub_kegiatan" && pagu !== null && lama.pagu !== null && pagu !== lama.pagu) {
          galat.push({
            baris: nomor,
            kolom: "pagu",
            pesan: `pagu sub kegiatan yang sudah tersimpan (${formatRupiah(lama.pagu)}) tidak dapat diubah lewat impor`,
          });
        }
      } else {
        const baku = r.nomenklatur.get(kode);
        if (!baku) {
          galat.push({
            baris: nomor,
            kolom: "kode",
            pesan: `kode ${kode} tidak ada di nomenklatur yang berlaku tahun ${r.tahun}; lihat lembar "Kode valid"`,
          });
        } else nama = baku.nama;
        const induk = parsed.induk;
        if (level !== "program" && induk !== null && !r.tersimpan.has(induk) && !kodeBerkas.has(induk)) {
          galat.push({
            baris: nomor,
            kolom: "kode",
            pesan: `induknya (${induk}) tidak ada di DPA ini maupun di berkas`,
          });
        }
        if (level === "sub_kegiatan" && pagu === null && paguSel.ok) {
          galat.push({ baris: nomor, kolom: "pagu", pesan: "pagu sub kegiatan baru wajib diisi" });
        }
        status = "baru";
      }
      if (galat.length === 0 && status === "baru") {
        tulis.push({ baris: nomor, kode, level, nama, pagu: pagu === null ? null : pagu.toString() });
      }
    }
    baris.push({
      baris: nomor,
      kode,
      nilai: [kode, nama, pagu === null ? "" : formatRupiah(pagu)],
      status: galat.length > 0 ? "galat" : status,
      galat,
    });
  }
  tulis.sort((a, b) => URUTAN_LEVEL[a.level] - URUTAN_LEVEL[b.level] || bandingKode(a.kode, b.kode));
  return { kolom, baris, galatBerkas, jumlah: hitungJumlah(baris), tulis };
}

/**
 * What every Excel import shares: the kinds, the periods of a realisation file, row errors that name the
 * spreadsheet row and column, the header lookup, and the preview a person sees before anything is written.
 */
import type { SelMentah } from "../../platform/excel.ts";
import { teksSel } from "./sel.domain.ts";

/** The three sheets Terukur imports and exports (issue 4 item 5). */
export const JENIS_IMPOR = ["target-renstra", "dpa", "realisasi"] as const;
/** One kind of import/export. */
export type JenisImpor = (typeof JENIS_IMPOR)[number];

/** The periods a realisation file covers: one quarter or the whole year. */
export const KODE_PERIODE = ["tw1", "tw2", "tw3", "tw4", "tahun"] as const;
/** A period as written in a URL or form ("tw3"). */
export type KodePeriode = (typeof KODE_PERIODE)[number];

/** The stored period of a period code ("tw3" → triwulan 3, "tahun" → tahun 1). */
export function periodeDariKode(k: KodePeriode): { jenis: "triwulan" | "tahun"; ke: number } {
  return k === "tahun" ? { jenis: "tahun", ke: 1 } : { jenis: "triwulan", ke: Number(k.slice(2)) };
}

/** Whether a text is a kind of import. */
export function adalahJenisImpor(s: string): s is JenisImpor {
  return (JENIS_IMPOR as readonly string[]).includes(s);
}

/** Whether a text is a period code. */
export function adalahKodePeriode(s: string): s is KodePeriode {
  return (KODE_PERIODE as readonly string[]).includes(s);
}

/** The most data rows one file may carry (a payload of hundreds of rows is expected). */
export const BARIS_MAKS = 2000;

/** A problem in one cell (or row, or the whole file at row 1) as the person sees it in their spreadsheet. */
export type GalatBaris = { baris: number; kolom: string; pesan: string };

/** "Baris 7, kolom pagu: bukan angka rupiah": the one way a row error is written. */
export function tulisGalat(g: GalatBaris): string {
  return `Baris ${g.baris}, kolom ${g.kolom}: ${g.pesan}`;
}

/** What a valid row would do to the stored data. */
export type StatusBaris = "baru" | "berubah" | "tetap";

/** One row of the preview: where it is, what was read (as display text), and what it would do or why not. */
export type BarisPratinjau = {
  baris: number;
  kode: string;
  nilai: string[];
  status: StatusBaris | "galat";
  galat: GalatBaris[];
};

/** Counts of the preview (issue 4: rows ok, rows with errors, unchanged, changed, new). */
export type JumlahPratinjau = { sah: number; galat: number; tetap: number; berubah: number; baru: number };

/** The preview of one file: every row as read, file-level errors, and the counts. */
export type Pratinjau<B> = {
  kolom: string[];
  baris: BarisPratinjau[];
  galatBerkas: GalatBaris[];
  jumlah: JumlahPratinjau;
  /** the rows to write (new and changed only), in the order they must be written */
  tulis: B[];
};

/** Counts rows by outcome. */
export function hitungJumlah(baris: readonly BarisPratinjau[]): JumlahPratinjau {
  const j: JumlahPratinjau = { sah: 0, galat: 0, tetap: 0, berubah: 0, baru: 0 };
  for (const b of baris) {
    if (b.status === "galat") j.galat += 1;
    else {
      j.sah += 1;
      j[b.status] += 1;
    }
  }
  return j;
}

/** Whether a preview can be saved: no error anywhere and something to write. */
export function bolehDisimpan(p: Pratinjau<unknown>): boolean {
  return p.galatBerkas.length === 0 && p.jumlah.galat === 0 && p.tulis.length > 0;
}

/** A header row read into column positions by normalised name ("Kode Indikator" finds kode_indikator). */
export type PetaKolom = Map<string, number>;

/** Normalises a header: lower case, spaces and dashes as "_". */
export function namaKolom(s: SelMentah | undefined): string {
  return teksSel(s)
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/** Maps the header row; reports required columns that are missing (at row 1, the header row). */
export function petakanKepala(
  kepala: readonly SelMentah[],
  wajib: readonly string[],
): { peta: PetaKolom; galat: GalatBaris[] } {
  const peta: PetaKolom = new Map();
  kepala.forEach((s, i) => {
    const n = namaKolom(s);
    if (n !== "" && !peta.has(n)) peta.set(n, i);
  });
  const galat = wajib
    .filter((w) => !peta.has(w))
    .map((w) => ({ baris: 1, kolom: w, pesan: "kolom ini tidak ada di baris judul; pakai templat Terukur" }));
  return { peta, galat };
}

/** The cell of a row under a named column ("" when the column or the cell is missing). */
export function sel(baris: readonly SelMentah[], peta: PetaKolom, kolom: string): SelMentah {
  const i = peta.get(kolom);
  return i === undefined ? "" : (baris[i] ?? "");
}

/** Whether every cell of a row is empty (such rows are skipped, as spreadsheets leave them around). */
export function barisKosong(baris: readonly SelMentah[]): boolean {
  return baris.every((s) => teksSel(s) === "");
}

/**
 * The data rows with their spreadsheet row numbers (header at row 1), empty rows dropped; a file with more
 * than BARIS_MAKS data rows is refused as a whole.
 */
export function barisData(tabel: readonly (readonly SelMentah[])[]): {
  data: { nomor: number; sel: readonly SelMentah[] }[];
  galat: GalatBaris[];
} {
  const data = tabel
    .slice(1)
    .map((sel, i) => ({ nomor: i + 2, sel }))
    .filter((b) => !barisKosong(b.sel));
  if (data.length > BARIS_MAKS) {
    return {
      data: [],
      galat: [
        {
          baris: 1,
          kolom: "-",
          pesan: `berkas berisi ${data.length} baris data; paling banyak ${BARIS_MAKS} baris per impor`,
        },
      ],
    };
  }
  return { data, galat: [] };
}

/** Refuses a code written twice in one file (the second row names the first). */
export function periksaDuplikat(
  kode: string,
  nomor: number,
  terlihat: Map<string, number>,
  kolom: string,
): GalatBaris | null {
  const pertama = terlihat.get(kode);
  if (pertama !== undefined) {
    return { baris: nomor, kolom, pesan: `kode ${kode} sudah ada di baris ${pertama}` };
  }
  terlihat.set(kode, nomor);
  return null;
}

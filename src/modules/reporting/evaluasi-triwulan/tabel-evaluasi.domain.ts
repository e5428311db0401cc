/**
 * The table of the form "Evaluasi terhadap Hasil Renja Perangkat Daerah" (Permendagri 86/2017, regulations.md
 * §4.2): the 15 numbered columns with K/Rp sub-columns for 5–14, rows grouped sasaran → program → kegiatan,
 * a Jumlah row, and the footer (average capaian, predikat, faktor pendorong and penghambat, tindak lanjut).
 */
import type { SkalaPredikat } from "../../performance/predikat.domain.ts";
import type { BarisTabel, BlokTabel, KolomTabel, SelKepala, SelTabel } from "../model.ts";
import { ROMAWI_TRIWULAN, SEMUA_TRIWULAN } from "./jendela-triwulan.domain.ts";
import { type HasilKolom, labelPersen } from "./kolom-evaluasi.domain.ts";
import { predikatRataRata, type RataRata, type RingkasanCapaian } from "./rata-rata.domain.ts";

/** One body row: which level it is, its text columns 1–4 and 15, and its computed columns 5–14. */
export type BarisEvaluasi = {
  tingkat: "indikator" | "program" | "kegiatan";
  no: string;
  sasaran: string;
  programKegiatan: string;
  indikator: string;
  hasil: HasilKolom;
  unit: string;
};

/** The narratives of the footer, each a list of paragraphs (empty prints "-"). */
export type NarasiEvaluasi = {
  pendorong: string[];
  penghambat: string[];
  tindakLanjutTriwulan: string[];
  tindakLanjutRenja: string[];
};

/** Number of columns: 1–4, ten K/Rp pairs (5–14), and 15. */
export const JUMLAH_KOLOM = 4 + 10 * 2 + 1;

const JUDUL_PASANGAN_AWAL = [
  "Target Renstra PD pada Tahun Akhir Periode Renstra",
  "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu",
] as const;

/**
 * The four header rows of the form: titles, quarters, K/Rp, and the column numbers with the formulas of
 * 13 and 14 (Permendagri 86/2017 lampiran).
 */
export function kepalaEvaluasi(tahun: number): SelKepala[][] {
  const pasangan = (teks: string): SelKepala => ({ teks, rentangKolom: 2, rentangBaris: 2 });
  return [
    [
      { teks: "No", rentangBaris: 3 },
      { teks: "Sasaran", rentangBaris: 3 },
      { teks: "Program/Kegiatan", rentangBaris: 3 },
      { teks: "Indikator Kinerja Program (outcome)/Kegiatan (output)", rentangBaris: 3 },
      ...JUDUL_PASANGAN_AWAL.map(pasangan),
      pasangan(`Target Kinerja dan Anggaran Renja PD Tahun ${tahun} yang Dievaluasi`),
      { teks: "Realisasi Kinerja pada Triwulan", rentangKolom: 8 },
      pasangan("Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"),
      pasangan(`Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun ${tahun}`),
      pasangan(`Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun ${tahun} (%)`),
      { teks: "Unit PD Penanggung Jawab", rentangBaris: 3 },
    ],
    SEMUA_TRIWULAN.map((q) => ({ teks: ROMAWI_TRIWULAN[q], rentangKolom: 2 })),
    Array.from({ length: 10 }, (): SelKepala[] => [{ teks: "K" }, { teks: "Rp" }]).flat(),
    [
      ...["1", "2", "3", "4"].map((teks) => ({ teks })),
      ...["5", "6", "7", "8", "9", "10", "11", "12", "13 = 6 + 12", "14 = 13 / 5 × 100%"].map(
        (teks): SelKepala => ({ teks, rentangKolom: 2 }),
      ),
      { teks: "15" },
    ],
  ];
}

/** Relative widths: text columns wide, the twenty K/Rp cells narrow (Rp a little wider). */
export function kolomEvaluasi(): KolomTabel[] {
  return [
    { perataan: "tengah", lebar: 1.5 },
    { perataan: "kiri", lebar: 5 },
    { perataan: "kiri", lebar: 7.5 },
    { perataan: "kiri", lebar: 5 },
    ...Array.from({ length: 10 }, (): KolomTabel[] => [
      { perataan: "kanan", lebar: 2.5 },
      { perataan: "kanan", lebar: 7.5 },
    ]).flat(),
    { perataan: "kiri", lebar: 4 },
  ];
}

function selKolom(h: HasilKolom): SelTabel[] {
  return h.kolom.flatMap((p) => [{ teks: p.k }, { teks: p.rp }]);
}

/** A body row of the form; programs are emphasised, kegiatan indented beneath them. */
export function barisTabel(b: BarisEvaluasi): BarisTabel {
  const sel: SelTabel[] = [
    { teks: b.no },
    { teks: b.sasaran },
    { teks: b.programKegiatan },
    { teks: b.indikator },
    ...selKolom(b.hasil),
    { teks: b.unit },
  ];
  if (b.tingkat === "program") return { sel, gaya: "induk" };
  if (b.tingkat === "kegiatan") return { sel, inden: 1 };
  return { sel };
}

/** The Jumlah row: the Rp totals of the program rows, K cells empty (kinerja does not add up). */
export function barisJumlah(total: HasilKolom): BarisTabel {
  return {
    gaya: "jumlah",
    sel: [
      { teks: "Jumlah", rentangKolom: 4 },
      ...total.kolom.flatMap((p) => [{ teks: "" }, { teks: p.rp }]),
      { teks: "" },
    ],
  };
}

const labelRata = (r: RataRata | null) => (r === null ? "-" : labelPersen(r.nilai));
const labelPredikat = (r: RataRata | null, skala: SkalaPredikat) => predikatRataRata(r, skala) ?? "-";

/**
 * The two numeric footer rows, placed under column 12 (this year's Renja: 12 / 7) and column 14 (the
 * Renstra), K and Rp each (Permendagri 86/2017: rata-rata capaian kinerja and predikat kinerja).
 */
export function barisRataRata(r: RingkasanCapaian, skala: SkalaPredikat): BarisTabel[] {
  const baris = (label: string, f: (x: RataRata | null) => string): BarisTabel => ({
    gaya: "jumlah",
    sel: [
      { teks: label, rentangKolom: 18 },
      { teks: f(r.renja.k) },
      { teks: f(r.renja.rp) },
      { teks: "" },
      { teks: "" },
      { teks: f(r.renstra.k) },
      { teks: f(r.renstra.rp) },
      { teks: "" },
    ],
  });
  return [
    baris("Rata-rata capaian kinerja (%)", labelRata),
    baris("Predikat kinerja", (x) => labelPredikat(x, skala)),
  ];
}

/** Paragraphs as one cell: "-" when none, the text when one, "1) …; 2) …" when several. */
export function gabungParagraf(daftar: readonly string[]): string {
  const isi = daftar.map((d) => d.trim()).filter((d) => d !== "");
  if (isi.length === 0) return "-";
  if (isi.length === 1) return isi[0] ?? "-";
  return isi.map((d, i) => `${i + 1}) ${d.replace(/[;.]\s*$/, "")}`).join("; ");
}

/** The four narrative footer rows of the form, from the narratives written for the year, else "-". */
export function barisNarasi(n: NarasiEvaluasi): BarisTabel[] {
  const baris = (label: string, isi: readonly string[]): BarisTabel => ({
    sel: [
      { teks: label, rentangKolom: 4, tebal: true },
      { teks: gabungParagraf(isi), rentangKolom: JUMLAH_KOLOM - 4 },
    ],
  });
  return [
    baris("Faktor pendorong keberhasilan pencapaian", n.pendorong),
    baris("Faktor penghambat pencapaian kinerja", n.penghambat),
    baris("Tindak lanjut yang diperlukan dalam triwulan berikutnya", n.tindakLanjutTriwulan),
    baris("Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya", n.tindakLanjutRenja),
  ];
}

/** The whole table of the form, landscape. */
export function tabelEvaluasi(d: {
  nomor: string;
  judul: string;
  tahun: number;
  baris: readonly BarisEvaluasi[];
  total: HasilKolom | null;
  rataRata: RingkasanCapaian;
  skala: SkalaPredikat;
  narasi: NarasiEvaluasi;
  sumber: string | null;
}): BlokTabel {
  const badan: BarisTabel[] = d.baris.map(barisTabel);
  if (badan.length === 0) {
    badan.push({ sel: [{ teks: "Belum ada sasaran, program atau kegiatan", rentangKolom: JUMLAH_KOLOM }] });
  }
  return {
    jenis: "tabel",
    nomor: d.nomor,
    judul: d.judul,
    kolom: kolomEvaluasi(),
    kepala: kepalaEvaluasi(d.tahun),
    baris: [
      ...badan,
      ...(d.total === null ? [] : [barisJumlah(d.total)]),
      ...barisRataRata(d.rataRata, d.skala),
      ...barisNarasi(d.narasi),
    ],
    sumber: d.sumber,
    lanskap: true,
    hurufKecil: true,
  };
}

/** What the store lacked or could not split, as notes printed under the table. */
export type TandaCatatan = {
  triwulan: number;
  adaTidakTerbagi: boolean;
  /** an indicator takes its last value or an average, so its column 13 is not a plain 6 + 12 */
  adaBukanJumlah: boolean;
  tanpaPaguRenstra: boolean;
  tahunTanpaAnggaran: number[];
  pesan: string[];
  skala: string;
  jumlahBaris: { renjaK: number; renjaRp: number; renstraK: number; renstraRp: number };
};

/**
 * The notes under the table: why cells are "-" or empty, how the footer was computed, and any realisation
 * rows that could not be combined. Why: the reader must see that nothing was estimated.
 */
export function catatanEvaluasi(t: TandaCatatan): string[] {
  const catatan: string[] = [];
  if (t.triwulan < 4) {
    const sesudah = SEMUA_TRIWULAN.filter((q) => q > t.triwulan).map((q) => ROMAWI_TRIWULAN[q]);
    catatan.push(`Kolom triwulan ${sesudah.join(", ")} dibiarkan kosong karena belum dievaluasi.`);
  }
  if (t.adaTidakTerbagi) {
    catatan.push(
      "Realisasi yang dicatat per semester atau per tahun tidak dapat dibagi ke dalam triwulan; angkanya " +
        'hanya dihitung pada kolom 12 (dan 13), sehingga kolom triwulan menampilkan "-" atau hanya realisasi ' +
        "yang dicatat per bulan atau per triwulan.",
    );
  }
  if (t.adaBukanJumlah) {
    catatan.push(
      "Untuk indikator berupa indeks, nilai atau persentase (agregasi nilai terakhir), kolom 13 memuat nilai " +
        "terakhir yang tercatat sampai dengan tahun berjalan; untuk agregasi rata-rata, rata-rata tahunannya. " +
        "Penjumlahan 6 + 12 hanya berlaku bagi indikator kumulatif.",
    );
  }
  catatan.push(
    'Realisasi kinerja (K) program dan kegiatan tidak dicatat per periode, sehingga kolom K-nya bertanda "-"; ' +
      "realisasi kinerja diukur pada indikator sasaran.",
  );
  if (t.tanpaPaguRenstra) {
    catatan.push(
      'Renstra yang tersimpan tidak memuat pagu indikatif, sehingga kolom 5 (Rp) dan 14 (Rp) bertanda "-".',
    );
  }
  if (t.tahunTanpaAnggaran.length > 0) {
    catatan.push(
      `Realisasi anggaran tahun ${t.tahunTanpaAnggaran.join(", ")} belum tercatat, sehingga kolom 6 (Rp) dan ` +
        '13 (Rp) bertanda "-".',
    );
  }
  const n = t.jumlahBaris;
  catatan.push(
    "Rata-rata capaian dihitung dari baris indikator sasaran dan baris program yang capaiannya dapat dihitung: " +
      `di bawah kolom 12 rata-rata realisasi terhadap target Renja tahun berjalan (12 / 7 × 100%; K ${n.renjaK} baris, ` +
      `Rp ${n.renjaRp} baris), di bawah kolom 14 rata-rata tingkat capaian Renstra (K ${n.renstraK} baris, ` +
      `Rp ${n.renstraRp} baris). Predikat menurut ${t.skala}.`,
  );
  for (const p of t.pesan) catatan.push(`Realisasi tidak dapat digabung: ${p}`);
  return catatan;
}

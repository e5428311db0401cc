/**
 * The IKU matrix of a Renstra (PermenPANRB 53/2014 and the IKU manual it asks for): the passport of each IKU
 * (sasaran, indicator, satuan, formula, data source, who answers for it) and the targets of every tujuan and
 * sasaran indicator for each Renstra year up to the kondisi akhir. Pure: the Renstra tree comes in as data.
 */
import { formatAngka } from "../../../platform/number-format.ts";
import type { BarisTabel, BlokTabel, KolomTabel, SelKepala } from "../model.ts";

/** An indicator as the matrix reads it (a structural subset of planning's IndikatorRenstra). */
export type IndikatorMatriks = {
  nama: string;
  satuan: string;
  formula: string | null;
  sumberData: string | null;
  penanggungJawab: { unitNama: string | null; teks: string | null };
  kondisiAkhir: string | null;
  iku: boolean;
  target: { tahun: number; target: string | null; targetAtas: string | null }[];
};

/** The Renstra tree as the matrix reads it (a structural subset of planning's PohonRenstra). */
export type PohonMatriks = {
  renstra: { tahunAwal: number; tahunAkhir: number };
  tujuan: {
    uraian: string;
    indikator: IndikatorMatriks[];
    sasaran: { uraian: string; indikator: IndikatorMatriks[] }[];
  }[];
};

/** More columns than this turn the page sideways. */
const KOLOM_POTRET_MAKSIMUM = 6;

/** True when a table of this many columns needs a landscape page. Why: keep the IKU tables readable. */
export function perluLanskap(jumlahKolom: number): boolean {
  return jumlahKolom > KOLOM_POTRET_MAKSIMUM;
}

/** "93,05", "80–90", or "-" when no value is stored; never a typed-in zero. */
export function labelNilai(nilai: string | null, nilaiAtas: string | null = null): string {
  if (nilai === null) return "-";
  return nilaiAtas === null ? formatAngka(nilai) : `${formatAngka(nilai)}–${formatAngka(nilaiAtas)}`;
}

/** Who answers for an indicator: the passport text, else the unit's name, else "-". */
export function labelPenanggungJawab(pj: IndikatorMatriks["penanggungJawab"]): string {
  return pj.teks?.trim() || pj.unitNama?.trim() || "-";
}

/** The years of a Renstra in order, e.g. 2021…2026. */
export function tahunRenstra(r: { tahunAwal: number; tahunAkhir: number }): number[] {
  return Array.from({ length: r.tahunAkhir - r.tahunAwal + 1 }, (_, i) => r.tahunAwal + i);
}

function nomorKolom(n: number): SelKepala[] {
  return Array.from({ length: n }, (_, i) => ({ teks: String(i + 1) }));
}

/**
 * The IKU passport table: No | Sasaran | IKU | Satuan | Formulasi | Sumber Data | Penanggung Jawab, every IKU
 * in plan order under its sasaran (or its tujuan, for an IKU set there) (PermenPANRB 53/2014).
 */
export function tabelPasporIku(pohon: PohonMatriks, nomor: string): BlokTabel {
  const baris: BarisTabel[] = [];
  const kelompok = pohon.tujuan.flatMap((t) => [
    { uraian: t.uraian, indikator: t.indikator },
    ...t.sasaran.map((s) => ({ uraian: s.uraian, indikator: s.indikator })),
  ]);
  let n = 0;
  for (const k of kelompok) {
    const iku = k.indikator.filter((i) => i.iku);
    if (iku.length > 0) n += 1;
    iku.forEach((i, urutan) => {
      baris.push({
        sel: [
          { teks: urutan === 0 ? `${n}.` : "" },
          { teks: urutan === 0 ? k.uraian : "" },
          { teks: i.nama },
          { teks: i.satuan },
          { teks: i.formula ?? "-" },
          { teks: i.sumberData ?? "-" },
          { teks: labelPenanggungJawab(i.penanggungJawab) },
        ],
      });
    });
  }
  if (baris.length === 0)
    baris.push({ sel: [{ teks: "Belum ada Indikator Kinerja Utama", rentangKolom: 7 }] });
  const judul = [
    "No",
    "Sasaran Renstra",
    "Indikator Kinerja Utama",
    "Satuan",
    "Formulasi Perhitungan",
    "Sumber Data",
    "Penanggung Jawab",
  ];
  return {
    jenis: "tabel",
    nomor,
    judul: "Indikator Kinerja Utama",
    kolom: [
      { perataan: "tengah", lebar: 1 },
      { perataan: "kiri", lebar: 5 },
      { perataan: "kiri", lebar: 4 },
      { perataan: "tengah", lebar: 2 },
      { perataan: "kiri", lebar: 5 },
      { perataan: "kiri", lebar: 3 },
      { perataan: "kiri", lebar: 5 },
    ],
    kepala: [judul.map((teks) => ({ teks })), nomorKolom(judul.length)],
    baris,
    sumber: null,
    lanskap: perluLanskap(judul.length),
  };
}

function nilaiTahun(i: IndikatorMatriks, tahun: number): string {
  const t = i.target.find((x) => x.tahun === tahun);
  return t === undefined ? "-" : labelNilai(t.target, t.targetAtas);
}

/**
 * The targets table: No | Tujuan | Indikator Tujuan | Sasaran | Indikator Sasaran | one column per Renstra year |
 * Kondisi Akhir, every tujuan and sasaran indicator in plan order ("-" where no target is stored).
 */
export function tabelTargetIku(pohon: PohonMatriks, nomor: string): BlokTabel {
  const tahun = tahunRenstra(pohon.renstra);
  const baris: BarisTabel[] = [];
  const nilai = (i: IndikatorMatriks) => [
    ...tahun.map((th) => ({ teks: nilaiTahun(i, th) })),
    { teks: labelNilai(i.kondisiAkhir) },
  ];
  pohon.tujuan.forEach((t, n) => {
    let tujuanTercetak = false;
    const kepalaTujuan = () => {
      const sel = [{ teks: tujuanTercetak ? "" : `${n + 1}.` }, { teks: tujuanTercetak ? "" : t.uraian }];
      tujuanTercetak = true;
      return sel;
    };
    for (const i of t.indikator) {
      baris.push({ sel: [...kepalaTujuan(), { teks: i.nama }, { teks: "" }, { teks: "" }, ...nilai(i)] });
    }
    for (const s of t.sasaran) {
      const kosong = tahun.map(() => ({ teks: "" }));
      if (s.indikator.length === 0) {
        baris.push({
          sel: [...kepalaTujuan(), { teks: "" }, { teks: s.uraian }, { teks: "-" }, ...kosong, { teks: "" }],
        });
      }
      s.indikator.forEach((i, k) => {
        baris.push({
          sel: [
            ...kepalaTujuan(),
            { teks: "" },
            { teks: k === 0 ? s.uraian : "" },
            { teks: i.nama },
            ...nilai(i),
          ],
        });
      });
    }
    if (!tujuanTercetak) {
      baris.push({
        sel: [
          ...kepalaTujuan(),
          { teks: "-" },
          { teks: "" },
          { teks: "" },
          ...tahun.map(() => ({ teks: "" })),
          { teks: "" },
        ],
      });
    }
  });
  const jumlahKolom = 5 + tahun.length + 1;
  if (baris.length === 0)
    baris.push({ sel: [{ teks: "Renstra belum memuat tujuan", rentangKolom: jumlahKolom }] });
  const kolom: KolomTabel[] = [
    { perataan: "tengah", lebar: 1 },
    { perataan: "kiri", lebar: 5 },
    { perataan: "kiri", lebar: 4 },
    { perataan: "kiri", lebar: 5 },
    { perataan: "kiri", lebar: 4 },
    ...tahun.map((): KolomTabel => ({ perataan: "kanan", lebar: 2 })),
    { perataan: "kanan", lebar: 2 },
  ];
  return {
    jenis: "tabel",
    nomor,
    judul: `Target Indikator Kinerja Tahun ${pohon.renstra.tahunAwal}–${pohon.renstra.tahunAkhir}`,
    kolom,
    kepala: [
      [
        { teks: "No", rentangBaris: 2 },
        { teks: "Tujuan", rentangBaris: 2 },
        { teks: "Indikator Tujuan", rentangBaris: 2 },
        { teks: "Sasaran", rentangBaris: 2 },
        { teks: "Indikator Sasaran", rentangBaris: 2 },
        { teks: "Target", rentangKolom: tahun.length },
        { teks: "Kondisi Akhir", rentangBaris: 2 },
      ],
      tahun.map((th) => ({ teks: String(th) })),
    ],
    baris,
    sumber: null,
    lanskap: perluLanskap(jumlahKolom),
  };
}

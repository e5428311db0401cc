/**
 * The matriks cascading (PermenPANRB 89/2021 step 5: the tree written as a table that documents use): one row
 * per node in tree order, numbered by its path (1, 1.1, 1.1.2 …) so the sasaran strategis → sasaran program →
 * sasaran kegiatan → RHK chain reads down the page, with one extra row per further indicator. Pure.
 */
import type { LevelPohon } from "../../platform/db/schema.ts";
import type { FaktorKeberhasilan, PohonKinerjaOpd, SimpulPohon } from "./pohon.model.ts";
import { LABEL_LEVEL, pemilikSimpul, tampilTargetPohon } from "./tata-letak-pohon.domain.ts";

/** One printed row: the node's cells on its first indicator row, blanks on the rows of its other indicators. */
export type BarisMatriks = {
  simpulId: number;
  /** true on the first row of a node */
  awal: boolean;
  kedalaman: number;
  nomor: string;
  level: LevelPohon;
  levelTeks: string;
  kondisi: string;
  indikator: string;
  target: string;
  pemilik: string;
  anggaran: string;
  csf: string;
};

function csfSimpul(s: SimpulPohon, daftar: readonly FaktorKeberhasilan[]): string {
  const milik = daftar.filter((f) => f.pohonId === s.id).map((f) => f.uraian);
  if (s.faktorKeberhasilan !== null) milik.unshift(s.faktorKeberhasilan.uraian);
  return [...new Set(milik)].join("; ");
}

function anggaranSimpul(s: SimpulPohon, opdId: number): string {
  return s.anggaran
    .map((a) => {
      const nama = a.nama === null ? a.kode : `${a.kode} ${a.nama}`;
      return a.opdId === opdId ? nama : `${nama} (${a.opdKode})`;
    })
    .join("; ");
}

/** The matrix rows of an OPD's tree for one year, in depth-first order. */
export function barisMatriksPohon(pohon: PohonKinerjaOpd, tahun: number): BarisMatriks[] {
  const hasil: BarisMatriks[] = [];
  const jalan = (s: SimpulPohon, nomor: string, kedalaman: number) => {
    const node = {
      simpulId: s.id,
      kedalaman,
      nomor,
      level: s.level,
      levelTeks: LABEL_LEVEL[s.level],
      kondisi: s.kondisi,
      pemilik: pemilikSimpul(s) ?? "-",
      anggaran: anggaranSimpul(s, pohon.opd.id) || "-",
      csf: csfSimpul(s, pohon.faktorKeberhasilan) || "-",
    };
    const indikator = s.indikator.length === 0 ? [null] : s.indikator;
    indikator.forEach((ind, i) => {
      const t = ind === null ? undefined : ind.target[tahun];
      const sel = {
        indikator: ind === null ? "-" : ind.nama,
        target: ind === null || t === undefined ? "-" : tampilTargetPohon(t, ind.satuan),
      };
      if (i === 0) hasil.push({ ...node, awal: true, ...sel });
      else {
        hasil.push({
          ...node,
          awal: false,
          nomor: "",
          levelTeks: "",
          kondisi: "",
          pemilik: "",
          anggaran: "",
          csf: "",
          ...sel,
        });
      }
    });
    s.anak.forEach((a, i) => {
      jalan(a, `${nomor}.${i + 1}`, kedalaman + 1);
    });
  };
  pohon.akar.forEach((s, i) => {
    jalan(s, String(i + 1), 0);
  });
  return hasil;
}

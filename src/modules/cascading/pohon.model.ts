/**
 * The pohon kinerja as every screen, document and check reads it (issue 9, PermenPANRB 89/2021): nested nodes
 * from the pemda sasaran down to each employee's RHK, with indicators and targets, owners, funding and
 * crosscutting support. Plain data; nothing here does I/O.
 */
import type { LevelPohon } from "../../platform/db/schema.ts";

/** An indicator of a node with its targets per year (decimal strings, exact). */
export type IndikatorSimpul = {
  id: number;
  /** the Renstra indicator it is, for strategic nodes; null for a node's own indicator */
  indikatorId: number | null;
  nama: string;
  satuan: string;
  /** year → target, e.g. { 2024: "66" } */
  target: Record<number, string>;
};

/** A budget code funding a node, in the DPA of an OPD (another OPD only when it supports the node). */
export type AnggaranSimpul = { opdId: number; opdKode: string; kode: string; nama: string | null };

/** An OPD sharing a node (crosscutting, LKE 1.b.9) with its role and share. */
export type DukunganSimpul = {
  opdId: number;
  opdKode: string;
  opdNama: string;
  peran: "pengampu" | "pendukung";
  porsi: string | null;
};

/** One node and the nodes under it, in order. */
export type SimpulPohon = {
  id: number;
  indukId: number | null;
  /** null for a pemda node */
  opdId: number | null;
  level: LevelPohon;
  jenisHasil: "outcome" | "intermediate_outcome" | "output";
  kondisi: string;
  urutan: number;
  rpjmdSasaranId: number | null;
  sasaranId: number | null;
  unitKerja: { id: number; nama: string } | null;
  pegawai: { id: number; nama: string; nip: string | null; jabatan: string } | null;
  faktorKeberhasilan: { id: number; uraian: string } | null;
  indikator: IndikatorSimpul[];
  anggaran: AnggaranSimpul[];
  dukungan: DukunganSimpul[];
  anak: SimpulPohon[];
};

/** A critical success factor of an outcome node (step 2 of 89/2021). */
export type FaktorKeberhasilan = { id: number; pohonId: number | null; uraian: string; urutan: number };

/**
 * An OPD's tree for a plan period: the pemda nodes its strategic nodes hang under (with only this OPD's
 * branches beneath them), then any of its nodes without a parent (orphans, which the checker reports).
 */
export type PohonKinerjaOpd = {
  opd: { id: number; kode: string; nama: string };
  tahunAwal: number;
  tahunAkhir: number;
  akar: SimpulPohon[];
  faktorKeberhasilan: FaktorKeberhasilan[];
};

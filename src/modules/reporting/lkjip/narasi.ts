/**
 * Picks the stored narratives of an LKjIP by slot (OPD, sasaran or budget code, and kind), in the order
 * daftarNarasi returns them. Narratives are the only typed prose of the report (design brief principle 1).
 */
import type { JenisNarasi } from "../../../platform/db/schema.ts";

/** The fields of a narrative row the report places. */
export type BarisNarasi = {
  sasaran_kode: string | null;
  kode_anggaran: string | null;
  jenis: JenisNarasi;
  isi: string;
};

/** OPD-level narratives of one kind (kata pengantar, isu strategis, kendala …). */
export function narasiOpd(semua: readonly BarisNarasi[], jenis: JenisNarasi): string[] {
  return semua
    .filter((n) => n.jenis === jenis && n.sasaran_kode === null && n.kode_anggaran === null)
    .map((n) => n.isi);
}

/** Narratives of one kind attached to a sasaran (analisis, faktor pendukung/penghambat, solusi, efisiensi). */
export function narasiSasaran(
  semua: readonly BarisNarasi[],
  sasaranKode: string,
  jenis: JenisNarasi,
): string[] {
  return semua.filter((n) => n.jenis === jenis && n.sasaran_kode === sasaranKode).map((n) => n.isi);
}

/** Narratives of one kind attached to a program, kegiatan or sub kegiatan code. */
export function narasiAnggaran(semua: readonly BarisNarasi[], kode: string, jenis: JenisNarasi): string[] {
  return semua.filter((n) => n.jenis === jenis && n.kode_anggaran === kode).map((n) => n.isi);
}

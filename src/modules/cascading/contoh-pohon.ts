/**
 * A small hand-made pohon kinerja for the layout, drawing, matrix and document tests: eight nodes over the five
 * levels, one long indicator name that wraps, one missing target and one condition full of markup characters.
 */
import type { LevelPohon } from "../../platform/db/schema.ts";
import type { IndikatorSimpul, PohonKinerjaOpd, SimpulPohon } from "./pohon.model.ts";

function simpul(
  id: number,
  indukId: number | null,
  level: LevelPohon,
  kondisi: string,
  lain: Partial<SimpulPohon> = {},
): SimpulPohon {
  return {
    id,
    indukId,
    opdId: level === "strategis_pemda" ? null : 7,
    level,
    jenisHasil: level === "individu" || level === "operasional" ? "output" : "outcome",
    kondisi,
    urutan: id,
    rpjmdSasaranId: null,
    sasaranId: null,
    unitKerja: null,
    pegawai: null,
    faktorKeberhasilan: null,
    indikator: [],
    anggaran: [],
    dukungan: [],
    anak: [],
    ...lain,
  };
}

function ind(id: number, nama: string, satuan: string, target: Record<number, string>): IndikatorSimpul {
  return { id, indikatorId: null, nama, satuan, target };
}

/** The example tree: A → B → (C → (E → G, H), F), D. */
export function contohPohon(): PohonKinerjaOpd {
  const g = simpul(7, 5, "individu", "RHK menyusun Renja", {
    pegawai: { id: 1, nama: "Budi", nip: null, jabatan: "Analis" },
  });
  const h = simpul(8, 5, "individu", 'RHK <rapikan> & "cek"');
  const e = simpul(5, 3, "operasional", "Dokumen disusun", {
    indikator: [ind(5, "Dokumen", "dokumen", { 2025: "3" })],
    anak: [g, h],
  });
  const f = simpul(6, 3, "operasional", "Arsip tertata", {
    indikator: [ind(6, "Arsip", "berkas", { 2024: "1234.50" })],
    anggaran: [
      {
        opdId: 7,
        opdKode: "malili",
        kode: "7.01.01.2.01.0001",
        nama: "Penyusunan Dokumen Perencanaan",
      },
    ],
  });
  const c = simpul(3, 2, "taktis", "Administrasi tertib", {
    indikator: [ind(3, "Persentase dokumen perencanaan tepat waktu", "%", { 2024: "100" })],
    unitKerja: { id: 2, nama: "Subbagian Perencanaan" },
    anggaran: [{ opdId: 7, opdKode: "malili", kode: "7.01.01", nama: "Program Penunjang" }],
    anak: [e, f],
  });
  const d = simpul(4, 2, "taktis", "Layanan terpadu cepat", {
    anggaran: [{ opdId: 9, opdKode: "burau", kode: "7.01.02", nama: null }],
  });
  const b = simpul(2, 1, "strategis", "Kualitas layanan kecamatan", {
    indikator: [ind(2, "Nilai SKM", "indeks", { 2024: "85" }), ind(9, "Aduan selesai", "%", { 2024: "90" })],
    pegawai: { id: 2, nama: "Andi Camat", nip: "1970", jabatan: "Camat" },
    faktorKeberhasilan: { id: 1, uraian: "Petugas loket terlatih" },
    anak: [c, d],
  });
  const a = simpul(1, null, "strategis_pemda", "Pelayanan publik meningkat", {
    indikator: [ind(1, "IKM", "indeks", { 2024: "82.5" })],
    anak: [b],
  });
  return {
    opd: { id: 7, kode: "malili", nama: "Kecamatan Malili" },
    tahunAwal: 2021,
    tahunAkhir: 2026,
    akar: [a],
    faktorKeberhasilan: [
      { id: 1, pohonId: 2, uraian: "Petugas loket terlatih", urutan: 1 },
      { id: 2, pohonId: 2, uraian: "Sarana antrean memadai", urutan: 2 },
    ],
  };
}

/**
 * The shape of an LKE regulation-pack file (packs/lke/*.json), checked with zod before any rule is applied.
 * Structure only: the rules across entries (weights summing to 100, orphans, repeated codes, a complete answer
 * scale) live in lke-paket.domain.ts so they can be table-tested on plain objects.
 */
import { z } from "zod";

/** Weights and answer values are exact decimals: a JSON string "4.5" or a plain number 4.5, never 1e-7 style. */
const angkaTakNegatif = (nama: string) =>
  z
    .union([z.string(), z.number()], { error: `${nama} wajib diisi dengan angka` })
    .transform((v) => String(v).trim())
    .pipe(z.string().regex(/^\d+(\.\d+)?$/, `${nama} harus angka desimal ≥ 0 dengan titik, mis. "4.5"`));

const teksWajib = (nama: string) =>
  z
    .string({ error: `${nama} wajib diisi` })
    .trim()
    .min(1, `${nama} wajib diisi`);

const kode = (nama: string) =>
  z
    .string({ error: `${nama} wajib diisi` })
    .trim()
    .regex(/^\S+$/, `${nama} wajib diisi tanpa spasi`);

/** One grade of the answer scale (AA…E in 88/2021) and the percent of the criterion it is worth. */
export const skemaJawabanPaket = z.object({
  kode: kode("Kode jawaban"),
  persen: angkaTakNegatif("Persen jawaban"),
  arti: z.object({ keberadaan: z.string(), kualitasPemanfaatan: z.string() }).optional(),
});

/** A komponen (e.g. "1" Perencanaan Kinerja, bobot 30). */
export const skemaKomponenPaket = z.object({
  kode: kode("Kode komponen"),
  nama: teksWajib("Nama komponen"),
  bobot: angkaTakNegatif("Bobot komponen"),
});

/** A sub-komponen, pointing at its komponen by code (flat, so an orphan can be named rather than be impossible). */
export const skemaSubKomponenPaket = z.object({
  kode: kode("Kode sub-komponen"),
  komponen: kode("Komponen sub-komponen"),
  perspektif: z.enum(["keberadaan", "kualitas", "pemanfaatan"]).optional(),
  nama: teksWajib("Nama sub-komponen"),
  bobot: angkaTakNegatif("Bobot sub-komponen"),
  catatanSumber: z.string().optional(),
});

/** A criterion, pointing at its sub-komponen by code; `catatanSumber` says where the text was shortened. */
export const skemaKriteriaPaket = z.object({
  kode: kode("Kode kriteria"),
  subKomponen: kode("Sub-komponen kriteria"),
  teks: teksWajib("Teks kriteria"),
  catatanSumber: z.string().optional(),
});

/** A whole pack file. Why: issue 6 item 1 — LKE templates are versioned data a later regulation can replace. */
export const skemaBerkasPaketLke = z.object({
  format: z.literal("terukur-paket-lke", { error: 'format harus "terukur-paket-lke"' }),
  id: kode("id paket"),
  versi: z
    .number({ error: "versi paket harus bilangan bulat" })
    .int("versi paket harus bilangan bulat")
    .min(1),
  nama: teksWajib("Nama paket"),
  regulasi: teksWajib("Regulasi paket"),
  skalaPredikat: kode("Skala predikat"),
  catatan: z.array(z.string()).default([]),
  skalaJawaban: z.array(skemaJawabanPaket, { error: "skalaJawaban harus daftar" }),
  komponen: z.array(skemaKomponenPaket, { error: "komponen harus daftar" }),
  subKomponen: z.array(skemaSubKomponenPaket, { error: "subKomponen harus daftar" }),
  kriteria: z.array(skemaKriteriaPaket, { error: "kriteria harus daftar" }),
});

/** A pack file after the structural check (decimals still as machine strings). */
export type BerkasPaketLke = z.output<typeof skemaBerkasPaketLke>;

/** Use case behind the narratives screen: the year's paragraphs with the slots they may be attached to. */
import type { Db } from "../../platform/db/transaction.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { dpaBerlaku } from "../budget/dpa.service.ts";
import { pohonDpa } from "../budget/dpa-layar.service.ts";
import { bacaPohonRenstra } from "../planning/planning.read.ts";
import { cariRenstraAktif } from "../planning/renstra.service.ts";
import { daftarNarasi, type URUTAN_JENIS_NARASI } from "./narasi.service.ts";

/** A kind of narrative, in LKjIP order. */
export type JenisNarasi = (typeof URUTAN_JENIS_NARASI)[number];

/** One written paragraph, with the slot it sits in. */
export type ParagrafNarasi = {
  jenis: JenisNarasi;
  sasaranKode: string | null;
  kodeAnggaran: string | null;
  urutan: number;
  isi: string;
};

/** What the screen needs: the paragraphs and what a new one may be attached to. */
export type LayarNarasi = {
  paragraf: ParagrafNarasi[];
  /** the sasaran of the Renstra in force that year */
  sasaran: { kode: string; uraian: string }[];
  /** program, kegiatan and sub kegiatan codes of the DPA in force that year */
  kodeAnggaran: { kode: string; nama: string }[];
};

/**
 * The narratives of an OPD's year in report order, plus the sasaran and budget codes a paragraph may be
 * attached to (as tulisNarasi accepts them). Why: one read gives the screen every slot it can offer.
 */
export async function layarNarasi(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
): Promise<LayarNarasi> {
  const c = cakupanOpd(cakupan, opdId);
  const baris = await daftarNarasi(db, c, opdId, tahun);
  const renstra = await cariRenstraAktif(db, c, opdId, tahun);
  const sasaran = renstra
    ? (await bacaPohonRenstra(db, c, renstra.id)).tujuan.flatMap((t) =>
        t.sasaran.map((s) => ({ kode: s.kode, uraian: s.uraian })),
      )
    : [];
  const dpa = await dpaBerlaku(db, c, opdId, tahun);
  const kodeAnggaran: { kode: string; nama: string }[] = [];
  if (dpa) {
    for (const p of (await pohonDpa(db, c, opdId, dpa.id)).program) {
      kodeAnggaran.push({ kode: p.kode, nama: p.nama });
      for (const k of p.kegiatan) {
        kodeAnggaran.push({ kode: k.kode, nama: k.nama });
        for (const s of k.subKegiatan) kodeAnggaran.push({ kode: s.kode, nama: s.nama });
      }
    }
  }
  return {
    paragraf: baris.map((b) => ({
      jenis: b.jenis,
      sasaranKode: b.sasaran_kode,
      kodeAnggaran: b.kode_anggaran,
      urutan: b.urutan,
      isi: b.isi,
    })),
    sasaran,
    kodeAnggaran,
  };
}

/**
 * The capaian sentence of one IKU (analysis a, PermenPANRB 53/2014 §2.3 a), built the same way wherever it
 * appears (Ikhtisar, Bab III, Bab IV), from the same row the tables print.
 */
import type { BarisIku } from "../../performance/iku.service.ts";
import { hurufKecilAwal, kalimatCapaian } from "../kalimat.domain.ts";
import type { BahanLkjip } from "./bahan.ts";

/** "Realisasi … sebesar … dari target …, sehingga capaian kinerjanya … %", or the plain "belum dapat diukur". */
export function kalimatIku(iku: BarisIku, bahan: BahanLkjip): string {
  const catatan = bahan.catatanRealisasi.get(iku.indikator.id) ?? null;
  const alasan =
    catatan ?? (iku.capaian.status === "tidak_dapat_dihitung" ? hurufKecilAwal(iku.capaian.alasan) : null);
  return kalimatCapaian({
    indikator: iku.indikator.nama,
    tahun: iku.tahun,
    target: iku.target,
    realisasi: iku.realisasi,
    capaian: iku.capaian,
    predikat: iku.predikat,
    satuan: iku.indikator.satuan,
    alasan,
  });
}

/**
 * BAB III A "Capaian Kinerja Organisasi" (PermenPANRB 53/2014 Anak Lampiran II): the capaian scale in
 * force as a table, then each sasaran of the Renstra with its seven analyses.
 */
import { formatAngka } from "../../../platform/number-format.ts";
import type { SkalaPredikat } from "../../performance/predikat.domain.ts";
import type { Blok } from "../model.ts";
import { analisisSasaran } from "./bab3a-sasaran.ts";
import type { BahanLkjip } from "./bahan.ts";
import { baris, judul, kepala, kolom, paragraf, tabel } from "./blok.ts";
import type { Penomor } from "./penomor.ts";

/** The interval text of each band: "≥ 91", "≥ 76 dan < 91", …, "< 51" (lower bounds as stored, no gaps). */
export function intervalSkala(skala: SkalaPredikat): { interval: string; label: string }[] {
  const bawah = (b: string) => `${skala.batasInklusif ? "≥" : ">"} ${formatAngka(b)}`;
  const atas = (b: string) => `${skala.batasInklusif ? "<" : "≤"} ${formatAngka(b)}`;
  const hasil = skala.band.map((b, i) => {
    const lebihTinggi = skala.band[i - 1];
    return {
      interval:
        lebihTinggi === undefined
          ? bawah(b.batasBawah)
          : `${bawah(b.batasBawah)} dan ${atas(lebihTinggi.batasBawah)}`,
      label: b.label,
    };
  });
  const terendah = skala.band[skala.band.length - 1];
  if (terendah !== undefined) hasil.push({ interval: atas(terendah.batasBawah), label: skala.labelTerendah });
  return hasil;
}

/** The scale table, the measuring method, and every sasaran's analyses. */
export function bagianCapaian(bahan: BahanLkjip, n: Penomor): Blok[] {
  const skala = bahan.skala;
  const blok: Blok[] = [
    judul(2, "A.", "Capaian Kinerja Organisasi"),
    paragraf(
      `Pengukuran kinerja dilakukan dengan membandingkan realisasi dengan target setiap indikator kinerja utama. Tingkat capaian kinerja dinilai dengan ${skala.nama} (${skala.sumber}) sebagai berikut:`,
    ),
    tabel(
      n.tabel(),
      "Skala Nilai Peringkat Kinerja",
      kolom(["tengah", 1], ["kiri", 5], ["kiri", 4]),
      kepala("No", "Interval Capaian Kinerja (%)", "Predikat"),
      intervalSkala(skala).map((b, i) => baris([String(i + 1), b.interval, b.label])),
      skala.sumber,
    ),
    paragraf("Capaian kinerja setiap sasaran strategis dianalisis sebagai berikut."),
  ];
  const programs = bahan.anggaran?.program ?? [];
  const sasaran = bahan.pohon.tujuan.flatMap((t) => t.sasaran.map((s) => ({ s, tujuan: t.uraian })));
  const penunjang = programs.find((p) => /\.01$/.test(p.kode))?.sasaranId ?? null;
  const anjabDi = sasaran.find((x) => x.s.id === penunjang)?.s.id ?? sasaran[sasaran.length - 1]?.s.id;
  sasaran.forEach(({ s, tujuan }, i) => {
    blok.push(
      ...analisisSasaran(
        bahan,
        {
          nomor: i + 1,
          sasaran: s,
          tujuan,
          iku: bahan.iku.indikator.filter((x) => x.sasaran?.kode === s.kode),
          program: programs.filter((p) => p.sasaranId === s.id),
          denganAnjab: s.id === anjabDi,
        },
        n,
      ),
    );
  });
  return blok;
}

/**
 * Sentences of the SKM report that state a number, each written from the same value its table prints (ARCHITECTURE
 * "sentences generated from the same values as the tables"). Pure.
 */
import type { HasilSkm, HasilUnsur } from "../../survey/skm.domain.ts";
import { tampilIkm, tampilJumlah, tampilNrr } from "./bahan.ts";

/** The unsur of a result by key. */
export function unsurDengan(hasil: HasilSkm, kunci: string): HasilUnsur {
  const u = hasil.perUnsur.find((x) => x.kunci === kunci);
  if (u === undefined) throw new Error(`unsur ${kunci} tidak ada dalam hasil`);
  return u;
}

/** "Indeks Kepuasan Masyarakat (IKM) … sebesar 82,47 dengan mutu pelayanan B (Baik), dari 12 responden." */
export function kalimatIkm(opd: string, periode: string, hasil: HasilSkm, responden: number): string {
  return `Indeks Kepuasan Masyarakat (IKM) ${opd} ${periode} adalah ${tampilIkm(hasil.ikm)} dengan mutu pelayanan ${hasil.mutu.huruf} (${hasil.mutu.sebutan}), dihitung dari ${tampilJumlah(responden)} responden.`;
}

/** The weakest unsur, stated for improvement. */
export function kalimatTerendah(hasil: HasilSkm): string {
  const u = unsurDengan(hasil, hasil.terendah);
  return `Unsur dengan nilai terendah adalah ${u.kunci} ${u.nama} dengan NRR ${tampilNrr(u.nrr)} atau nilai konversi ${tampilIkm(u.konversi)} (mutu ${u.mutu.huruf}, ${u.mutu.sebutan}); unsur ini menjadi prioritas perbaikan.`;
}

/** The strongest unsur, stated to be kept. */
export function kalimatTertinggi(hasil: HasilSkm): string {
  const u = unsurDengan(hasil, hasil.tertinggi);
  return `Unsur dengan nilai tertinggi adalah ${u.kunci} ${u.nama} dengan NRR ${tampilNrr(u.nrr)} atau nilai konversi ${tampilIkm(u.konversi)} (mutu ${u.mutu.huruf}, ${u.mutu.sebutan}); kualitas pada unsur ini perlu dipertahankan.`;
}

/** Which unsur fall below the mutu of the whole IKM, or that none do. */
export function kalimatDiBawahIkm(hasil: HasilSkm): string {
  const ikm = Number(hasil.ikm);
  const bawah = hasil.perUnsur.filter((u) => Number(u.konversi) < ikm);
  if (bawah.length === 0) return "Tidak ada unsur yang nilai konversinya di bawah nilai IKM.";
  return `Unsur yang nilai konversinya di bawah nilai IKM (${tampilIkm(hasil.ikm)}): ${bawah
    .map((u) => `${u.kunci} ${u.nama} (${tampilIkm(u.konversi)})`)
    .join(", ")}.`;
}

/** The sample check against Krejcie & Morgan, or that the number of service users was not stated. */
export function kalimatSampel(
  sampel: { jumlahPengguna: number; minimum: number; cukup: boolean } | null,
  responden: number,
): string {
  if (sampel === null) {
    return `Jumlah pengguna layanan pada periode ini belum dicatat, sehingga kecukupan ${tampilJumlah(responden)} responden terhadap sampel minimum belum dapat diperiksa.`;
  }
  return `Dengan jumlah pengguna layanan ${tampilJumlah(sampel.jumlahPengguna)} orang, sampel minimum menurut tabel Krejcie dan Morgan adalah ${tampilJumlah(sampel.minimum)} responden; responden yang diperoleh ${tampilJumlah(responden)} orang, sehingga sampel ${sampel.cukup ? "telah memenuhi" : "belum memenuhi"} jumlah minimum.`;
}

/**
 * Predikat against the scale the report itself states (issue 7 item 2; Permendagri 86/2017 scale as the
 * default): every capaian/predikat pair in an indicator table, the capaian taken as printed or, where the
 * table prints none, recomputed as realisasi ÷ target × 100 (positive polarity).
 */
import { adalahNol, type Desimal } from "../../../platform/decimal.ts";
import { type BagianTabel, kolomPeran, labelBaris } from "../kenali-tabel.ts";
import { angka, desimalSel, lokasiSel, potongKutipan, selKosong, tulisAngka } from "./bantu.ts";
import { type AturanReviu, type TabelBerurut, type TemuanBerurut, urutanSel } from "./konteks.ts";
import { capaianPositif, POLA_NEGATIF } from "./persen-operand.ts";
import { labelYangSah, type SkalaLaporan, skalaLaporan } from "./skala-laporan.ts";

function judulKata(s: string): string {
  return s.replace(/\b\w/g, (h) => h.toUpperCase());
}

function periksaBagian(t: TabelBerurut, b: BagianTabel, skala: SkalaLaporan): TemuanBerurut[] {
  const kolPredikat = kolomPeran(b, "predikat");
  if (kolPredikat === undefined) return [];
  const tahun = kolPredikat.tahun ?? undefined;
  const kolCapaian = kolomPeran(b, "capaian", tahun) ?? kolomPeran(b, "capaian");
  const kolTarget = kolomPeran(b, "target", tahun) ?? kolomPeran(b, "target");
  const kolRealisasi = kolomPeran(b, "realisasi", tahun) ?? kolomPeran(b, "realisasi");
  const labelSkala = new Set(skala.pita.map((p) => p.label));
  const hasil: TemuanBerurut[] = [];
  const diLuarSkala: { indeks: number; label: string }[] = [];
  for (const x of b.baris) {
    const teksPredikat = (x.baris.sel[kolPredikat.indeks] ?? "").trim();
    if (selKosong(teksPredikat)) continue;
    const predikat = teksPredikat.toLowerCase().replace(/\s+/g, " ");
    let capaian: Desimal | null =
      kolCapaian === undefined ? null : desimalSel(x.baris.sel[kolCapaian.indeks]);
    let dihitung = false;
    const label = labelBaris(b, x.baris);
    if (
      capaian === null &&
      kolTarget !== undefined &&
      kolRealisasi !== undefined &&
      !POLA_NEGATIF.test(label)
    ) {
      const target = desimalSel(x.baris.sel[kolTarget.indeks]);
      const realisasi = desimalSel(x.baris.sel[kolRealisasi.indeks]);
      if (
        target !== null &&
        realisasi !== null &&
        !adalahNol(target) &&
        !selKosong(x.baris.sel[kolRealisasi.indeks])
      ) {
        capaian = capaianPositif(target, realisasi);
        dihitung = true;
      }
    }
    if (capaian === null) continue;
    if (!labelSkala.has(predikat)) {
      diLuarSkala.push({ indeks: x.indeks, label: teksPredikat });
      continue;
    }
    const sah = labelYangSah(skala.pita, angka(capaian));
    if (sah.includes(predikat)) continue;
    const asal = dihitung
      ? `capaian ${tulisAngka(capaian, 2)} % (realisasi ÷ target × 100)`
      : `capaian ${tulisAngka(capaian)} %`;
    hasil.push({
      kode: "predikat_bertentangan_skala",
      jenis: "predikat",
      tingkat: "sedang",
      pesan: `Predikat "${teksPredikat}" untuk ${asal} bertentangan dengan ${skala.sumber}: seharusnya ${sah.map(judulKata).join(" atau ")}.`,
      lokasi: lokasiSel(t.tabel, x.indeks, kolPredikat.indeks, potongKutipan(label || teksPredikat)),
      computed: angka(capaian),
      urutan: urutanSel(t, x.indeks),
    });
  }
  const pertama = diLuarSkala[0];
  if (pertama !== undefined) {
    const kata = [...new Set(diLuarSkala.map((d) => d.label))];
    hasil.push({
      kode: "predikat_di_luar_skala",
      jenis: "predikat",
      tingkat: "rendah",
      pesan: `Predikat ${kata.map((k) => `"${k}"`).join(", ")} (${diLuarSkala.length} baris) tidak termasuk kategori ${skala.sumber} (${[...labelSkala].map(judulKata).join(", ")}).`,
      lokasi: lokasiSel(t.tabel, pertama.indeks, kolPredikat.indeks),
      urutan: urutanSel(t, pertama.indeks),
    });
  }
  return hasil;
}

/** Predikat that contradict the report's own scale, and predikat words that scale does not have. */
export const periksaPredikat: AturanReviu = (konteks) => {
  const skala = skalaLaporan(konteks);
  return konteks.tabel.flatMap((t) =>
    t.bagian.filter((b) => b.jenis === "indikator").flatMap((b) => periksaBagian(t, b, skala)),
  );
};

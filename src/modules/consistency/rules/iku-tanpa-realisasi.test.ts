import { describe, expect, it } from "vitest";
import { dataRenstra } from "./data-uji.ts";
import { periksaIkuTanpaRealisasi } from "./iku-tanpa-realisasi.ts";

describe("iku-tanpa-realisasi", () => {
  it.each([
    [
      "a yearly value",
      (d: ReturnType<typeof dataRenstra>) =>
        d.realisasiIndikator.push({ indikatorId: 3, periodeJenis: "tahun", periodeKe: 1, nilai: "93.06" }),
      [],
    ],
    ["no value", () => {}, ["IKU ini belum memiliki realisasi tahun 2024."]],
    [
      "an empty row",
      (d: ReturnType<typeof dataRenstra>) =>
        d.realisasiIndikator.push({ indikatorId: 3, periodeJenis: "triwulan", periodeKe: 4, nilai: null }),
      ["IKU ini belum memiliki realisasi tahun 2024."],
    ],
    [
      "nilai LAKIP not yet evaluated",
      (d: ReturnType<typeof dataRenstra>) => {
        const [i] = d.indikator;
        if (i) i.sumberOtomatis = "nilai_lakip";
      },
      ["IKU ini diisi dari hasil evaluasi LAKIP, tetapi hasil evaluasi tahun 2024 belum dicatat."],
    ],
    [
      "nilai LAKIP evaluated",
      (d: ReturnType<typeof dataRenstra>) => {
        const [i] = d.indikator;
        if (i) i.sumberOtomatis = "nilai_lakip";
        d.nilaiEvaluasi = "66";
      },
      [],
    ],
    [
      "not an IKU",
      (d: ReturnType<typeof dataRenstra>) => {
        const [i] = d.indikator;
        if (i) i.iku = false;
      },
      [],
    ],
  ])("%s", (_, ubah, harapan) => {
    const d = dataRenstra();
    ubah(d);
    expect(periksaIkuTanpaRealisasi(d).map((t) => t.pesan)).toEqual(harapan);
  });
});

import { describe, expect, it } from "vitest";
import { dataRenstra } from "./data-uji.ts";
import { periksaRenstraTargetKosong } from "./renstra-target-kosong.ts";

describe("renstra-target-kosong", () => {
  it.each([
    ["every year but the baseline", () => {}, []],
    [
      "a missing row and an empty target",
      (d: ReturnType<typeof dataRenstra>) => {
        d.targetIndikator = d.targetIndikator.filter((t) => t.tahun !== 2025);
        const t26 = d.targetIndikator.find((t) => t.tahun === 2026);
        if (t26) t26.target = null;
      },
      [
        [
          "peringatan",
          "Renstra 2021-2026 › Indeks Kepuasan Masyarakat",
          "Target tahun 2025, 2026 belum diisi.",
        ],
      ],
    ],
    [
      "the baseline year when the indicator has no baseline",
      (d: ReturnType<typeof dataRenstra>) => {
        const [i] = d.indikator;
        if (i) i.baselineTahun = null;
      },
      [["peringatan", "Renstra 2021-2026 › Indeks Kepuasan Masyarakat", "Target tahun 2021 belum diisi."]],
    ],
  ])("%s", (_, ubah, harapan) => {
    const d = dataRenstra();
    ubah(d);
    expect(periksaRenstraTargetKosong(d).map((t) => [t.tingkat, t.lokasi, t.pesan])).toEqual(harapan);
  });
});

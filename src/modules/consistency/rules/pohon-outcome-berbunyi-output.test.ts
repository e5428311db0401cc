import { describe, expect, it } from "vitest";
import { dataPohon, jalur } from "./pohon-data-uji.ts";
import { AWALAN_OUTPUT, periksaPohonOutcomeBerbunyiOutput } from "./pohon-outcome-berbunyi-output.ts";

function denganKondisi(id: number, kondisi: string) {
  const d = dataPohon();
  const s = d.pohon.find((x) => x.id === id);
  if (s) s.kondisi = kondisi;
  return periksaPohonOutcomeBerbunyiOutput(d);
}

describe("pohon-outcome-berbunyi-output", () => {
  it("accepts outcome wording, and output wording on operational and individual nodes", () => {
    expect(periksaPohonOutcomeBerbunyiOutput(dataPohon())).toEqual([]);
    expect(denganKondisi(101, "Meningkatnya jumlah desa mandiri")).toEqual([]);
  });

  it.each(Object.keys(AWALAN_OUTPUT))("reports a tactical node opening with %s", (kata) => {
    const kondisi = `${kata[0]?.toUpperCase()}${kata.slice(1)} sesuatu`;
    const [t, ...lain] = denganKondisi(102, kondisi);
    expect(lain).toEqual([]);
    expect(t).toMatchObject({
      aturan: "pohon-outcome-berbunyi-output",
      tingkat: "peringatan",
      lokasi: `${jalur(2)} › ${kondisi}`,
    });
  });

  it("says which word and why, for a strategic node", () => {
    expect(denganKondisi(101, "“Tersusunnya” dokumen Renstra")).toEqual([
      {
        aturan: "pohon-outcome-berbunyi-output",
        tingkat: "peringatan",
        lokasi:
          "Pohon Kinerja 2021-2026 › Meningkatnya Kualitas Pelayanan Publik › “Tersusunnya” dokumen Renstra",
        pesan:
          'Kondisi simpul strategis seharusnya berupa hasil (outcome), tetapi diawali "tersusunnya", yang menyatakan tersusunnya dokumen (keluaran), bukan perubahan yang dicapai dengan dokumen itu. Rumuskan sebagai perubahan kondisi, mis. "Meningkatnya …".',
      },
    ]);
  });

  it("reports a tactical node marked as output", () => {
    const d = dataPohon();
    const s = d.pohon.find((x) => x.id === 102);
    if (s) s.jenisHasil = "output";
    expect(periksaPohonOutcomeBerbunyiOutput(d).map((t) => [t.lokasi, t.pesan])).toEqual([
      [
        jalur(3),
        "Simpul taktis ini ditandai sebagai keluaran (output); pada tingkat taktis kondisi yang dituju adalah hasil (outcome).",
      ],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { dataPohon, jalur } from "./pohon-data-uji.ts";
import { periksaPohonSimpulTanpaAnggaran } from "./pohon-simpul-tanpa-anggaran.ts";

describe("pohon-simpul-tanpa-anggaran", () => {
  it("accepts funded operational nodes and does not ask funding of other levels", () => {
    const d = dataPohon();
    d.pohonAnggaran = d.pohonAnggaran.filter((a) => a.pohonId === 103);
    expect(periksaPohonSimpulTanpaAnggaran(d)).toEqual([]);
  });

  it("reports an operational node with no code linked", () => {
    const d = dataPohon();
    d.pohonAnggaran = d.pohonAnggaran.filter((a) => a.pohonId !== 103);
    expect(periksaPohonSimpulTanpaAnggaran(d)).toEqual([
      {
        aturan: "pohon-simpul-tanpa-anggaran",
        tingkat: "peringatan",
        lokasi: jalur(4),
        pesan:
          "Simpul operasional ini belum ditautkan ke program, kegiatan atau sub kegiatan yang mendanainya.",
      },
    ]);
  });
});

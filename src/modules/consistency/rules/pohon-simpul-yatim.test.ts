import { describe, expect, it } from "vitest";
import { dataPohon, jalur } from "./pohon-data-uji.ts";
import { periksaPohonSimpulYatim } from "./pohon-simpul-yatim.ts";

describe("pohon-simpul-yatim", () => {
  it("accepts a tree where every OPD node hangs under its parent and the strategic node under a pemda node", () => {
    expect(periksaPohonSimpulYatim(dataPohon())).toEqual([]);
  });

  it("reports a tactical node without a parent, located at the root of the tree", () => {
    const d = dataPohon();
    const taktis = d.pohon.find((s) => s.id === 102);
    if (taktis) taktis.indukId = null;
    expect(periksaPohonSimpulYatim(d)).toEqual([
      {
        aturan: "pohon-simpul-yatim",
        tingkat: "galat",
        lokasi: "Pohon Kinerja 2021-2026 › Terjaganya ketenteraman wilayah",
        pesan:
          "Simpul taktis ini tidak memiliki induk, sehingga tidak terlihat kinerja atasan yang didukungnya.",
      },
    ]);
  });

  it("reports a strategic node without a pemda node, and one under another OPD node", () => {
    const d = dataPohon();
    const strategis = d.pohon.find((s) => s.id === 101);
    if (strategis) strategis.indukId = null;
    expect(periksaPohonSimpulYatim(d).map((t) => [t.lokasi, t.pesan])).toEqual([
      [
        "Pohon Kinerja 2021-2026 › Meningkatnya pelayanan publik",
        "Simpul strategis ini tidak berada di bawah sasaran pemda mana pun, sehingga tidak terlihat sasaran RPJMD yang didukungnya.",
      ],
    ]);
    const e = dataPohon();
    e.pohon.push({
      ...(e.pohon[1] as (typeof e.pohon)[number]),
      id: 105,
      indukId: 102,
      kondisi: "Strategis salah",
    });
    expect(periksaPohonSimpulYatim(e).map((t) => [t.lokasi, t.pesan])).toEqual([
      [
        `${jalur(3)} › Strategis salah`,
        "Simpul strategis ini berada di bawah simpul taktis, bukan di bawah sasaran pemda.",
      ],
    ]);
  });

  it("ignores pemda nodes, other OPDs' nodes and trees of another period", () => {
    const d = dataPohon();
    d.pohon.push(
      { ...(d.pohon[2] as (typeof d.pohon)[number]), id: 106, indukId: null, opdId: 2 },
      {
        ...(d.pohon[2] as (typeof d.pohon)[number]),
        id: 107,
        indukId: null,
        tahunAwal: 2016,
        tahunAkhir: 2021,
      },
    );
    expect(periksaPohonSimpulYatim(d)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { dataPohon, jalur } from "./pohon-data-uji.ts";
import { periksaPohonPkTargetVsSimpul } from "./pohon-pk-target-vs-simpul.ts";

describe("pohon-pk-target-vs-simpul", () => {
  it("accepts the same target written another way, and a node without a target for the year", () => {
    const d = dataPohon();
    d.pkIndikator = [{ pkId: 5, indikatorId: 3, target: "93.050", targetAtas: null }];
    expect(periksaPohonPkTargetVsSimpul(d)).toEqual([]);
    d.pohonTarget = d.pohonTarget.filter((t) => t.tahun !== 2024);
    d.pkIndikator = [{ pkId: 5, indikatorId: 3, target: "90", targetAtas: null }];
    expect(periksaPohonPkTargetVsSimpul(d)).toEqual([]);
  });

  it("reports a PK target that differs from its node's target of the year, with exact figures", () => {
    const d = dataPohon();
    d.pkIndikator = [{ pkId: 5, indikatorId: 3, target: "93.5", targetAtas: null }];
    expect(periksaPohonPkTargetVsSimpul(d)).toEqual([
      {
        aturan: "pohon-pk-target-vs-simpul",
        tingkat: "galat",
        lokasi: `${jalur(2)} › Indeks Kepuasan Masyarakat`,
        pesan: "Target dalam Perjanjian Kinerja 2024 93,5 berbeda dengan target simpul ini tahun 2024 93,05.",
        dinyatakan: "93.5",
        dihitung: "93.05",
        selisih: "0.45",
      },
    ]);
  });

  it("names the signing unit when the OPD has several PKs", () => {
    const d = dataPohon();
    d.pk.push({ id: 6, tahun: 2024, tingkat: "eselon_iii", unitKerjaNama: "Sekretariat", dpaId: 10 });
    d.pkIndikator.push({ pkId: 6, indikatorId: 3, target: "92", targetAtas: null });
    expect(periksaPohonPkTargetVsSimpul(d).map((t) => [t.pesan, t.selisih])).toEqual([
      [
        "Target dalam Perjanjian Kinerja 2024 Sekretariat 92 berbeda dengan target simpul ini tahun 2024 93,05.",
        "-1.05",
      ],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import type { DataPemeriksaan, PkIndikatorPeriksa } from "../data-pemeriksaan.ts";
import { dataRenstra } from "./data-uji.ts";
import { periksaPkTargetVsRenstra } from "./pk-target-vs-renstra.ts";

function dengan(pi: Partial<PkIndikatorPeriksa>, ubah: (d: DataPemeriksaan) => void = () => {}) {
  const d = dataRenstra();
  d.pk = [{ id: 5, tahun: 2024, tingkat: "pimpinan_opd", unitKerjaNama: "Camat", dpaId: 10 }];
  d.pkIndikator = [{ pkId: 5, indikatorId: 3, target: "93.05", targetAtas: null, ...pi }];
  ubah(d);
  return periksaPkTargetVsRenstra(d);
}

describe("pk-target-vs-renstra", () => {
  it.each([
    ["same value", "93.05", []],
    ["same value, other scale", "93.050", []],
  ])("accepts %s", (_, target, hasil) => {
    expect(dengan({ target })).toEqual(hasil);
  });

  it("reports a different target with exact figures", () => {
    expect(dengan({ target: "93.5" })).toEqual([
      {
        aturan: "pk-target-vs-renstra",
        tingkat: "galat",
        lokasi: "Perjanjian Kinerja 2024 › Indeks Kepuasan Masyarakat",
        pesan: "Target PK 93,5 berbeda dengan target Renstra tahun 2024 93,05.",
        dinyatakan: "93.5",
        dihitung: "93.05",
        selisih: "0.45",
      },
    ]);
  });

  it("reports a range bound present in only one document", () => {
    const [t] = dengan({ targetAtas: "95" });
    expect(t).toMatchObject({ dinyatakan: "95", dihitung: null, selisih: null });
    expect(t?.pesan).toBe(
      "Batas atas target PK (95) berbeda dengan batas atas target Renstra tahun 2024 (tidak ada).",
    );
  });

  it("names the unit when the OPD has several PKs, and skips a year without a Renstra target", () => {
    const hasil = dengan({ target: "90" }, (d) => {
      d.pk.push({ id: 6, tahun: 2024, tingkat: "eselon_iii", unitKerjaNama: "Sekretariat", dpaId: 10 });
      d.pkIndikator.push({ pkId: 6, indikatorId: 3, target: "93.05", targetAtas: null });
      d.targetIndikator = d.targetIndikator
        .filter((t) => t.tahun !== 2024 || t.indikatorId !== 3)
        .concat({
          indikatorId: 3,
          tahun: 2024,
          target: "90",
          targetAtas: null,
        });
    });
    expect(hasil.map((t) => [t.lokasi, t.selisih])).toEqual([
      ["Perjanjian Kinerja 2024 Sekretariat › Indeks Kepuasan Masyarakat", "3.05"],
    ]);
    expect(dengan({}, (d) => (d.targetIndikator = []))).toEqual([]);
  });

  it("reports an indicator from a Renstra that does not cover the PK year", () => {
    const hasil = dengan({}, (d) => {
      const [r] = d.renstra;
      if (r) r.tahunAkhir = 2023;
    });
    expect(hasil.map((t) => t.pesan)).toEqual([
      "Indikator ini berasal dari Renstra 2021-2023, yang tidak mencakup tahun 2024.",
    ]);
  });
});

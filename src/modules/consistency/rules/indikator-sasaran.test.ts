import { describe, expect, it } from "vitest";
import { dataRenstra } from "./data-uji.ts";
import { periksaIndikatorTanpaSasaran } from "./indikator-tanpa-sasaran.ts";
import { periksaSasaranTanpaIndikator } from "./sasaran-tanpa-indikator.ts";

describe("indikator-tanpa-sasaran and sasaran-tanpa-indikator", () => {
  it("accept a sasaran measured by its indicator", () => {
    const d = dataRenstra();
    expect([...periksaIndikatorTanpaSasaran(d), ...periksaSasaranTanpaIndikator(d)]).toEqual([]);
  });

  it("report an orphan indicator and the sasaran it left unmeasured", () => {
    const d = dataRenstra();
    const [i] = d.indikator;
    if (i) i.sasaranId = null;
    expect(periksaIndikatorTanpaSasaran(d)).toEqual([
      {
        aturan: "indikator-tanpa-sasaran",
        tingkat: "galat",
        lokasi: "Renstra 2021-2026 › Indeks Kepuasan Masyarakat",
        pesan: "Indikator sasaran S1.I1 belum dikaitkan dengan sasaran mana pun.",
      },
    ]);
    expect(periksaSasaranTanpaIndikator(d)).toEqual([
      {
        aturan: "sasaran-tanpa-indikator",
        tingkat: "galat",
        lokasi: "Renstra 2021-2026 › Sasaran S1 Meningkatnya pelayanan publik",
        pesan: "Sasaran ini belum memiliki indikator kinerja, sehingga capaiannya tidak dapat diukur.",
      },
    ]);
  });

  it("leave a tujuan indicator and a Renstra of another period alone", () => {
    const d = dataRenstra();
    const [i] = d.indikator;
    if (i) {
      i.tingkat = "tujuan";
      i.sasaranId = null;
      i.tujuanId = 9;
    }
    expect(periksaIndikatorTanpaSasaran(d)).toEqual([]);
    const [r] = d.renstra;
    if (r) r.tahunAkhir = 2023;
    expect(periksaSasaranTanpaIndikator(d)).toEqual([]);
  });
});

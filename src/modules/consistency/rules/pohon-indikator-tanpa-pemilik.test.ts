import { describe, expect, it } from "vitest";
import { dataPohon, jalur } from "./pohon-data-uji.ts";
import { periksaPohonIndikatorTanpaPemilik } from "./pohon-indikator-tanpa-pemilik.ts";

describe("pohon-indikator-tanpa-pemilik", () => {
  it("accepts nodes owned by a unit or, for an RHK, by an employee alone", () => {
    expect(periksaPohonIndikatorTanpaPemilik(dataPohon())).toEqual([]);
  });

  it("reports each indicator of a node with neither unit nor employee", () => {
    const d = dataPohon();
    const op = d.pohon.find((s) => s.id === 103);
    if (op) op.unitKerjaId = null;
    d.pohonIndikator.push({ id: 205, pohonId: 103, indikatorId: null, nama: "Jumlah rapat", satuan: "Kali" });
    expect(periksaPohonIndikatorTanpaPemilik(d)).toEqual(
      ["Jumlah laporan koordinasi", "Jumlah rapat"].map((nama) => ({
        aturan: "pohon-indikator-tanpa-pemilik",
        tingkat: "peringatan",
        lokasi: `${jalur(4)} › ${nama}`,
        pesan:
          "Indikator ini belum memiliki pemilik: simpulnya tidak ditautkan ke unit kerja maupun pegawai yang bertanggung jawab.",
      })),
    );
  });

  it("says nothing of an ownerless node without indicators, or of a pemda node", () => {
    const d = dataPohon();
    const op = d.pohon.find((s) => s.id === 103);
    if (op) op.unitKerjaId = null;
    d.pohonIndikator = d.pohonIndikator.filter((i) => i.pohonId !== 103);
    d.pohonIndikator.push({
      id: 206,
      pohonId: 100,
      indikatorId: null,
      nama: "IKM Kabupaten",
      satuan: "Nilai",
    });
    expect(periksaPohonIndikatorTanpaPemilik(d)).toEqual([]);
  });
});

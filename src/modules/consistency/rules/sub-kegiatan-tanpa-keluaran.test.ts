import { describe, expect, it } from "vitest";
import { dataDpa } from "./data-uji.ts";
import { periksaSubKegiatanTanpaKeluaran } from "./sub-kegiatan-tanpa-keluaran.ts";

describe("sub-kegiatan-tanpa-keluaran", () => {
  it.each([
    ["complete", "Jumlah laporan", "4", []],
    ["blank indicator", "  ", "4", ["Sub kegiatan ini belum memiliki indikator keluaran."]],
    ["no target", "Jumlah laporan", null, ["Sub kegiatan ini belum memiliki target keluaran."]],
    ["neither", null, null, ["Sub kegiatan ini belum memiliki indikator keluaran dan target keluaran."]],
  ])("%s", (_, indikator, target, harapan) => {
    const d = dataDpa();
    const [s] = d.subKegiatan;
    if (s) {
      s.indikatorKeluaran = indikator;
      s.target = target;
    }
    const hasil = periksaSubKegiatanTanpaKeluaran(d);
    expect(hasil.map((t) => t.pesan)).toEqual(harapan);
    expect(
      hasil.every(
        (t) =>
          t.tingkat === "peringatan" && t.lokasi.endsWith("7.01.05.2.01.0001 Sinergitas dengan Kepolisian"),
      ),
    ).toBe(true);
  });
});

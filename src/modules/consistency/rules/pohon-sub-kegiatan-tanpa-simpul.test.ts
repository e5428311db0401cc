import { describe, expect, it } from "vitest";
import { dataPohon } from "./pohon-data-uji.ts";
import { periksaPohonSubKegiatanTanpaSimpul } from "./pohon-sub-kegiatan-tanpa-simpul.ts";

const DPA =
  "DPA Perubahan 2024 › 7.01.05 Program Koordinasi Ketentraman › 7.01.05.2.01 Koordinasi Ketentraman";

describe("pohon-sub-kegiatan-tanpa-simpul", () => {
  it("counts a sub kegiatan as funding when its kegiatan or program code is linked", () => {
    expect(periksaPohonSubKegiatanTanpaSimpul(dataPohon())).toEqual([]);
    const d = dataPohon();
    d.pohonAnggaran = [{ pohonId: 102, opdId: 1, kode: "7.01.05" }];
    expect(periksaPohonSubKegiatanTanpaSimpul(d)).toEqual([]);
  });

  it("reports each sub kegiatan none of whose codes is linked, with its pagu", () => {
    const d = dataPohon();
    d.pohonAnggaran = [{ pohonId: 103, opdId: 1, kode: "7.01.05.2.01.0001" }];
    expect(periksaPohonSubKegiatanTanpaSimpul(d)).toEqual([
      {
        aturan: "pohon-sub-kegiatan-tanpa-simpul",
        tingkat: "peringatan",
        lokasi: `${DPA} › 7.01.05.2.01.0002 Koordinasi Penegakan Perda`,
        pesan:
          "Sub kegiatan ini (pagu Rp 4.771.000) tidak mendanai simpul mana pun dalam Pohon Kinerja 2021-2026: kodenya, kode kegiatannya dan kode programnya belum ditautkan.",
      },
    ]);
  });

  it("does not count another OPD's code, and checks nothing while the OPD has no tree", () => {
    const d = dataPohon();
    d.pohonAnggaran = [{ pohonId: 103, opdId: 2, kode: "7.01.05" }];
    expect(periksaPohonSubKegiatanTanpaSimpul(d).map((t) => t.lokasi.split(" › ").pop())).toEqual([
      "7.01.05.2.01.0001 Sinergitas dengan Kepolisian",
      "7.01.05.2.01.0002 Koordinasi Penegakan Perda",
    ]);
    const e = dataPohon();
    e.pohon = e.pohon.filter((s) => s.opdId === null);
    e.pohonAnggaran = [];
    expect(periksaPohonSubKegiatanTanpaSimpul(e)).toEqual([]);
  });
});

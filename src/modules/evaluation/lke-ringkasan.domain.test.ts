import { describe, expect, it } from "vitest";
import { bacaPaketLke } from "./lke-paket.ts";
import { andaiPenilaian, hasilSisi, kemajuanSisi, teksKemajuan } from "./lke-ringkasan.domain.ts";

async function semua(dasar: string, kecuali: Record<string, string> = {}) {
  const paket = await bacaPaketLke();
  return new Map([...paket.kriteriaPerKode.keys()].map((k) => [k, kecuali[k] ?? dasar]));
}

describe("LKE side summary", () => {
  it("counts progress per komponen and sub-komponen and withholds the total until complete", async () => {
    const paket = await bacaPaketLke();
    const sebagian = new Map([
      ["1.a.1", "A"],
      ["1.a.2", "B"],
      ["4.c.5", "E"],
    ]);
    const k = kemajuanSisi(paket, sebagian);
    expect(teksKemajuan(k)).toBe("3 dari 80 kriteria");
    expect(k.perBagian.get("1")).toEqual({ terjawab: 2, jumlah: 25 });
    expect(k.perBagian.get("1.a")).toEqual({ terjawab: 2, jumlah: 6 });
    expect(k.perBagian.get("4.c")).toEqual({ terjawab: 1, jumlah: 5 });
    expect(hasilSisi(paket, sebagian)).toBeNull();
    expect(hasilSisi(paket, await semua("AA"))?.nilaiAkhir).toBe("100.00");
  });

  it("computes the what-if on the evaluator's answers when complete, else on the self-assessment", async () => {
    const paket = await bacaPaketLke();
    expect(andaiPenilaian(paket, new Map(), new Map())).toBeNull();
    // self-assessment all A: one step to AA is worth 10 % of a criterion; a criterion weighs bobot/n points:
    // 4.c 12,5/5 = 2,5 (the most), 2.a 6/3 = 2, 1.c 15/8 = 1,875 … so 4.c gives 10 × 2,5/100 = 0,25 each
    const a = andaiPenilaian(paket, new Map([["1.a.1", "B"]]), await semua("A"), 3);
    expect(a?.sisi).toBe("mandiri");
    expect(a?.daftar.map((x) => [x.kode, x.jawaban, x.jawabanBaru, x.tambahan, x.nilaiAkhirBaru])).toEqual([
      ["4.c.1", "A", "AA", "0.25", "90.25"],
      ["4.c.2", "A", "AA", "0.25", "90.25"],
      ["4.c.3", "A", "AA", "0.25", "90.25"],
    ]);
    const e = andaiPenilaian(paket, await semua("E"), await semua("A"), 1);
    // E → D is 30 %: 4.c gives 30 × 2,5/100 = 0,75
    expect(e?.sisi).toBe("evaluator");
    expect(e?.daftar.map((x) => [x.kode, x.tambahan, x.predikatBaru.huruf])).toEqual([
      ["4.c.1", "0.75", "D"],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { buatLog, galatUntukLog, logProses, logSenyap } from "./log.ts";

const JAM = () => new Date("2024-12-31T16:00:00.000Z");

describe("structured log", () => {
  it("writes one JSON object per line with time, level and the fields given (bigint as text)", () => {
    const baris: string[] = [];
    const log = buatLog((b) => baris.push(b), JAM);
    log.info({ peristiwa: "uji", pagu: 1_250_000_000n });
    log.peringatan({ peristiwa: "uji2" });
    expect(baris).toEqual([
      '{"waktu":"2024-12-31T16:00:00.000Z","tingkat":"info","peristiwa":"uji","pagu":"1250000000"}',
      '{"waktu":"2024-12-31T16:00:00.000Z","tingkat":"peringatan","peristiwa":"uji2"}',
    ]);
  });

  it("keeps an error's stack on the same one line", () => {
    const baris: string[] = [];
    const log = buatLog((b) => baris.push(b), JAM);
    const e = new TypeError("nilai tidak terbaca");
    log.galat({ peristiwa: "gagal", ...galatUntukLog(e) });
    expect(baris).toHaveLength(1);
    expect(baris[0]).not.toContain("\n");
    const isi = JSON.parse(baris[0] ?? "");
    expect(isi.tingkat).toBe("galat");
    expect(isi.galat.nama).toBe("TypeError");
    expect(isi.galat.pesan).toBe("nilai tidak terbaca");
    expect(isi.galat.tumpukan).toContain("log.test.ts");
    expect(galatUntukLog("teks")).toEqual({ galat: { nama: "string", pesan: "teks", tumpukan: null } });
  });

  it("is silenced by TERUKUR_LOG=0", () => {
    expect(logProses({ TERUKUR_LOG: "0" })).toBe(logSenyap);
    expect(logProses({})).not.toBe(logSenyap);
  });
});

import { describe, expect, it } from "vitest";
import { formatWaktuWita, tanggalWita } from "../../platform/waktu-wita.ts";
import { formatUkuranBerkas, sha256Pendek } from "./tampilan.domain.ts";
import { batasTenggatLkjip, tanggalTenggatLkjip, terbitTepatWaktu } from "./tenggat-lkjip.domain.ts";

describe("the LKjIP deadline (end of February of the next year, WITA)", () => {
  it.each([
    [2024, "2025-02-28"],
    [2023, "2024-02-29"],
    [2027, "2028-02-29"],
    [2099, "2100-02-28"],
  ])("LKjIP %i is due on %s", (tahun, tanggal) => {
    expect(tanggalTenggatLkjip(tahun)).toBe(tanggal);
  });

  it("ends at midnight WITA, which is 16.00 UTC on the last day of February", () => {
    expect(batasTenggatLkjip(2024).toISOString()).toBe("2025-02-28T16:00:00.000Z");
  });

  it.each([
    ["2025-02-28T15:59:59.999Z", true],
    ["2025-02-28T16:00:00.000Z", false],
    ["2025-01-10T02:00:00.000Z", true],
    ["2025-03-03T01:00:00.000Z", false],
    ["2024-12-31T23:00:00.000Z", true],
  ])("published at %s: on time %s", (waktu, tepat) => {
    expect(terbitTepatWaktu(2024, new Date(waktu))).toBe(tepat);
  });
});

describe("display of publication facts", () => {
  it("shows times in WITA in both languages", () => {
    expect(formatWaktuWita(new Date("2025-03-03T01:15:00Z"))).toBe("3 Maret 2025 pukul 09.15 WITA");
    expect(formatWaktuWita(new Date("2025-03-03T01:15:00Z"), "en")).toBe("3 March 2025 at 09:15 WITA");
    expect(formatWaktuWita(new Date("2024-12-31T16:05:00Z"))).toBe("1 Januari 2025 pukul 00.05 WITA");
    expect(tanggalWita(new Date("2024-12-31T16:05:00Z"))).toBe("2025-01-01");
  });

  it.each([
    [812, "id", "812 B"],
    [1024, "id", "1,0 KB"],
    [251_187, "id", "245,3 KB"],
    [251_187, "en", "245.3 KB"],
    [1_258_291, "id", "1,2 MB"],
  ] as const)("%i bytes (%s) is %s", (n, bahasa, teks) => {
    expect(formatUkuranBerkas(n, bahasa)).toBe(teks);
  });

  it("shortens a sha256 to 12 digits", () => {
    expect(sha256Pendek("a".repeat(64))).toBe("aaaaaaaaaaaa");
  });
});

describe("the deadline in a pemda on WIB (TERUKUR_ZONA_WAKTU=Asia/Jakarta)", () => {
  it("ends at midnight WIB, an hour later in UTC than in WITA", () => {
    expect(batasTenggatLkjip(2024, "Asia/Jakarta").toISOString()).toBe("2025-02-28T17:00:00.000Z");
    // 16.30 UTC on 28 February: already 1 March in Malili (late), still 28 February in Jakarta (on time)
    const terbit = new Date("2025-02-28T16:30:00Z");
    expect(terbitTepatWaktu(2024, terbit)).toBe(false);
    expect(terbitTepatWaktu(2024, terbit, "Asia/Jakarta")).toBe(true);
    expect(formatWaktuWita(terbit, "id", "Asia/Jakarta")).toBe("28 Februari 2025 pukul 23.30 WIB");
  });
});

import { describe, expect, it } from "vitest";
import { cadanganDihapus, namaCadanganHarian, waktuCadanganBerikutnya } from "./jadwal.domain.ts";

describe("waktuCadanganBerikutnya", () => {
  it("runs later today when the hour is still ahead in WITA (UTC+8)", () => {
    // 2025-03-10 00:30 UTC is 08:30 WITA; 23:15 WITA the same day is 15:15 UTC
    expect(
      waktuCadanganBerikutnya(new Date("2025-03-10T00:30:00Z"), "23:15", "Asia/Makassar").toISOString(),
    ).toBe("2025-03-10T15:15:00.000Z");
  });

  it("runs tomorrow when the hour has passed, counting the day in the zone, not in UTC", () => {
    // 17:00 UTC on the 10th is already 01:00 WITA on the 11th; 01:00 has just passed, so the 12th 01:00 WITA
    expect(
      waktuCadanganBerikutnya(new Date("2025-03-10T17:00:00Z"), "01:00", "Asia/Makassar").toISOString(),
    ).toBe("2025-03-11T17:00:00.000Z");
    expect(
      waktuCadanganBerikutnya(new Date("2025-03-10T16:59:59Z"), "01:00", "Asia/Makassar").toISOString(),
    ).toBe("2025-03-10T17:00:00.000Z");
  });

  it("crosses a month end and follows another zone (WIT, UTC+9)", () => {
    // 2024-12-31 20:00 UTC = 2025-01-01 05:00 WIT; 02:30 WIT is past, so 2025-01-02 02:30 WIT = 01-01 17:30 UTC
    expect(
      waktuCadanganBerikutnya(new Date("2024-12-31T20:00:00Z"), "02:30", "Asia/Jayapura").toISOString(),
    ).toBe("2025-01-01T17:30:00.000Z");
  });

  it("skips a wall-clock time that does not exist on a daylight-saving day", () => {
    // Europe/Berlin jumps 02:00 → 03:00 on 2025-03-30; 02:30 that day never happens
    expect(
      waktuCadanganBerikutnya(new Date("2025-03-29T12:00:00Z"), "02:30", "Europe/Berlin").toISOString(),
    ).toBe("2025-03-31T00:30:00.000Z");
  });
});

describe("cadanganDihapus", () => {
  it("keeps the newest N daily backups and ignores every other file", () => {
    const berkas = [
      namaCadanganHarian("2025-01-03"),
      "catatan.txt",
      namaCadanganHarian("2025-01-01"),
      `${namaCadanganHarian("2025-01-05")}.tmp-123`,
      namaCadanganHarian("2025-01-04"),
      namaCadanganHarian("2025-01-02"),
      "terukur-cadangan-manual.jsonl.gz",
    ];
    expect(cadanganDihapus(berkas, 2)).toEqual([
      "terukur-cadangan-2025-01-01.jsonl.gz",
      "terukur-cadangan-2025-01-02.jsonl.gz",
    ]);
    expect(cadanganDihapus(berkas, 4)).toEqual([]);
    expect(cadanganDihapus(berkas, 1)).toHaveLength(3);
  });
});

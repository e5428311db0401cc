import { describe, expect, it } from "vitest";
import {
  awalHariWita,
  dariIsianWita,
  formatWaktuSingkatWita,
  formatWaktuWita,
  keIsianWita,
} from "./waktu-wita.ts";

describe("WITA times", () => {
  it("reads a datetime-local value as WITA (UTC+8) and writes it back", () => {
    const d = dariIsianWita("2027-01-10T23:59");
    expect(d?.toISOString()).toBe("2027-01-10T15:59:00.000Z");
    expect(keIsianWita(d as Date)).toBe("2027-01-10T23:59");
  });

  it("crosses midnight into the WITA day", () => {
    const d = new Date("2026-12-31T16:30:00Z");
    expect(keIsianWita(d)).toBe("2027-01-01T00:30");
    expect(formatWaktuSingkatWita(d)).toBe("01-01-2027 00.30");
  });

  it("formats messages in Indonesian and English", () => {
    const d = new Date("2027-01-10T15:59:00Z");
    expect(formatWaktuWita(d)).toBe("10 Januari 2027 pukul 23.59 WITA");
    expect(formatWaktuWita(d, "en")).toBe("10 January 2027 at 23:59 WITA");
  });

  it("refuses impossible dates instead of rolling them over", () => {
    expect(dariIsianWita("2027-02-31T08:00")).toBeNull();
    expect(dariIsianWita("2027-01-10T25:00")).toBeNull();
    expect(dariIsianWita("besok pagi")).toBeNull();
    expect(awalHariWita("2027-13-01")).toBeNull();
    expect(awalHariWita("2027-01-10")?.toISOString()).toBe("2027-01-09T16:00:00.000Z");
  });
});

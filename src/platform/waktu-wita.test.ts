import { afterEach, describe, expect, it } from "vitest";
import {
  aturZonaWaktu,
  awalHariWita,
  dariIsianWita,
  denganZona,
  formatWaktuSingkatWita,
  formatWaktuWita,
  keIsianWita,
  labelZona,
  tanggalWita,
  ZONA_BAWAAN,
  zonaWaktuAktif,
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

describe("the configured time zone", () => {
  afterEach(() => aturZonaWaktu(ZONA_BAWAAN));

  it("names Indonesia's three zones and gives the UTC offset elsewhere", () => {
    expect(labelZona("Asia/Jakarta")).toBe("WIB");
    expect(labelZona("Asia/Pontianak")).toBe("WIB");
    expect(labelZona("Asia/Makassar")).toBe("WITA");
    expect(labelZona("Asia/Jayapura")).toBe("WIT");
    expect(labelZona("Asia/Kolkata")).toBe("UTC+5:30");
    expect(labelZona("UTC")).toBe("UTC");
    // daylight saving: New York is 5 hours behind in January and 4 in July
    expect(labelZona("America/New_York", new Date("2027-01-10T12:00:00Z"))).toBe("UTC-5");
    expect(labelZona("America/New_York", new Date("2027-07-10T12:00:00Z"))).toBe("UTC-4");
  });

  it("shows, reads and dates instants in WIB (UTC+7) once the zone is Asia/Jakarta", () => {
    aturZonaWaktu("Asia/Jakarta");
    expect(zonaWaktuAktif()).toBe("Asia/Jakarta");
    const d = new Date("2027-01-10T15:59:00Z");
    expect(formatWaktuWita(d)).toBe("10 Januari 2027 pukul 22.59 WIB");
    expect(formatWaktuWita(d, "en")).toBe("10 January 2027 at 22:59 WIB");
    expect(formatWaktuSingkatWita(d)).toBe("10-01-2027 22.59");
    expect(keIsianWita(d)).toBe("2027-01-10T22:59");
    expect(dariIsianWita("2027-01-10T23:59")?.toISOString()).toBe("2027-01-10T16:59:00.000Z");
    expect(awalHariWita("2027-01-10")?.toISOString()).toBe("2027-01-09T17:00:00.000Z");
    // 16.30 UTC is already the next day in Makassar (00.30) but not yet in Jakarta (23.30)
    const malam = new Date("2026-12-31T16:30:00Z");
    expect(tanggalWita(malam)).toBe("2026-12-31");
    expect(tanggalWita(malam, "Asia/Makassar")).toBe("2027-01-01");
    expect(denganZona("Waktu ({zona})")).toBe("Waktu (WIB)");
  });

  it("takes the zone as an argument, and refuses a zone that does not exist", () => {
    expect(formatWaktuWita(new Date("2027-01-10T15:59:00Z"), "id", "Asia/Jayapura")).toBe(
      "11 Januari 2027 pukul 00.59 WIT",
    );
    expect(dariIsianWita("2027-01-11T00:59", "Asia/Jayapura")?.toISOString()).toBe(
      "2027-01-10T15:59:00.000Z",
    );
    // a wall-clock time skipped by daylight saving does not exist there
    expect(dariIsianWita("2027-03-14T02:30", "America/New_York")).toBeNull();
    expect(dariIsianWita("2027-03-14T03:30", "America/New_York")?.toISOString()).toBe(
      "2027-03-14T07:30:00.000Z",
    );
    expect(() => aturZonaWaktu("Asia/Malili")).toThrow(RangeError);
    expect(zonaWaktuAktif()).toBe("Asia/Makassar");
  });
});

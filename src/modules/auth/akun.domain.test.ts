import { describe, expect, it } from "vitest";
import { jamMenit, masihTerkunci, pesanTerkunci, rumahPeran, setelahGagal } from "./akun.domain.ts";

describe("lockout rule", () => {
  const t0 = new Date("2026-03-02T06:00:00Z");
  it("counts the first four failures without locking", () => {
    expect(setelahGagal(0, t0)).toEqual({ gagalBerturut: 1, terkunciSampai: null });
    expect(setelahGagal(3, t0)).toEqual({ gagalBerturut: 4, terkunciSampai: null });
  });
  it("locks for 15 minutes on the fifth and restarts the count", () => {
    expect(setelahGagal(4, t0)).toEqual({
      gagalBerturut: 0,
      terkunciSampai: new Date("2026-03-02T06:15:00Z"),
    });
  });
  it("is locked until the lock time, not at it", () => {
    const sampai = new Date("2026-03-02T06:15:00Z");
    expect(masihTerkunci(sampai, new Date("2026-03-02T06:14:59Z"))).toBe(true);
    expect(masihTerkunci(sampai, sampai)).toBe(false);
    expect(masihTerkunci(null, t0)).toBe(false);
  });
});

describe("messages and homes", () => {
  it("writes the clock time with a dot in the given zone", () => {
    const sampai = new Date("2026-03-02T06:05:00Z");
    expect(jamMenit(sampai, "Asia/Makassar")).toBe("14.05");
    expect(jamMenit(new Date("2026-03-02T16:30:00Z"), "Asia/Jakarta")).toBe("23.30");
    expect(pesanTerkunci(sampai, "Asia/Makassar")).toBe(
      "Akun terkunci sementara karena terlalu banyak percobaan; coba lagi pukul 14.05",
    );
  });
  it("sends OPD roles to their OPD and pemda roles to the side-by-side view", () => {
    expect(rumahPeran("kepala_seksi", "malili")).toBe("/opd/malili");
    expect(rumahPeran("pimpinan", "burau")).toBe("/opd/burau");
    expect(rumahPeran("admin_pemda", null)).toBe("/kabupaten");
    expect(rumahPeran("evaluator", null)).toBe("/kabupaten");
  });
});

import { describe, expect, it } from "vitest";
import { bedaKunci, teksNilaiAudit } from "./audit.domain.ts";

describe("what an audit entry changed", () => {
  it("keeps only the keys whose value differs", () => {
    expect(
      bedaKunci(
        { nilai: "93.06", status: "draf", sumber: "x" },
        { nilai: "93.5", status: "draf", sumber: "x" },
      ),
    ).toEqual([{ kunci: "nilai", sebelum: "93.06", sesudah: "93.5" }]);
  });

  it("lists every key of a creation and every key of a removal", () => {
    expect(bedaKunci(null, { a: 1, b: null })).toEqual([
      { kunci: "a", sebelum: undefined, sesudah: 1 },
      { kunci: "b", sebelum: undefined, sesudah: null },
    ]);
    expect(bedaKunci({ a: 1 }, null)).toEqual([{ kunci: "a", sebelum: 1, sesudah: undefined }]);
  });

  it("compares nested values by content and non-objects whole", () => {
    expect(bedaKunci({ p: { jenis: "tahun", ke: 1 } }, { p: { jenis: "tahun", ke: 1 } })).toEqual([]);
    expect(bedaKunci("lama", "baru")).toEqual([{ kunci: "", sebelum: "lama", sesudah: "baru" }]);
    expect(bedaKunci(null, null)).toEqual([]);
  });

  it("prints a value as one short line", () => {
    expect(teksNilaiAudit(undefined)).toBe("—");
    expect(teksNilaiAudit("93.5")).toBe("93.5");
    expect(teksNilaiAudit({ ke: 1 })).toBe('{"ke":1}');
    expect(teksNilaiAudit("x".repeat(10)).length).toBe(10);
    expect(teksNilaiAudit({ t: "y".repeat(200) }).endsWith("…")).toBe(true);
  });
});

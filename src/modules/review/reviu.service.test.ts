import { describe, expect, it, vi } from "vitest";
import { GalatTerukur } from "../../platform/errors.ts";
import { PESAN_TERLALU_BESAR } from "./berkas-reviu.domain.ts";
import { bacaBerkasLaporan, PESAN_TIDAK_TERBACA } from "./reviu.service.ts";

const pembaca = vi.hoisted(() => ({ galat: null as Error | null }));
vi.mock("./baca-naskah.ts", () => ({
  bacaNaskah: async (_isi: Uint8Array, namaBerkas: string) => {
    if (pembaca.galat) throw pembaca.galat;
    return { namaBerkas, format: "teks", blok: [] };
  },
}));

async function tolakan(isi: Uint8Array): Promise<GalatTerukur> {
  try {
    await bacaBerkasLaporan(isi, "laporan.docx");
  } catch (e) {
    if (e instanceof GalatTerukur) return e;
    throw e;
  }
  throw new Error("tidak ditolak");
}

describe("reading a report file for review", () => {
  it("turns a reader crash on hostile input into the refusal at the file field, so the process stays up", async () => {
    pembaca.galat = new TypeError("Cannot read properties of undefined (reading 'length')");
    const g = await tolakan(new Uint8Array([1, 2, 3]));
    expect([g.jenis, g.bidang, g.message]).toEqual(["input_tidak_valid", "berkas", PESAN_TIDAK_TERBACA]);
  });

  it("passes the reader's own refusal on with its words, at the file field", async () => {
    pembaca.galat = new GalatTerukur("input_tidak_valid", "Berkas RTF belum dapat dibaca.");
    const g = await tolakan(new Uint8Array([1]));
    expect([g.jenis, g.bidang, g.message]).toEqual([
      "input_tidak_valid",
      "berkas",
      "Berkas RTF belum dapat dibaca.",
    ]);
  });

  it("refuses by size before the reader is called", async () => {
    pembaca.galat = new Error("must not be called");
    const g = await tolakan(new Uint8Array(20 * 1024 * 1024 + 1));
    expect(g.message).toBe(PESAN_TERLALU_BESAR);
    pembaca.galat = null;
    await expect(bacaBerkasLaporan(new Uint8Array([0x41]), "a.txt")).resolves.toEqual({
      namaBerkas: "a.txt",
      format: "teks",
      blok: [],
    });
  });
});

import { describe, expect, it } from "vitest";
import { kompilasiTypst } from "./typst-kompilasi.ts";
import { KELUARGA_FONTA } from "./typst-sumber.ts";

const awal = `#set text(font: "${KELUARGA_FONTA}", fallback: false)\n`;

describe("kompilasiTypst", () => {
  it("produces a PDF without warnings for valid source", () => {
    const h = kompilasiTypst(`${awal}Halo`);
    expect(Buffer.from(h.pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(h.peringatan).toEqual([]);
  });

  it("throws an Indonesian error listing every compiler error", () => {
    expect(() => kompilasiTypst(`${awal}#tidak-ada`)).toThrow(
      /^Gagal menyusun PDF: .*unknown variable: tidak-ada/,
    );
  });

  it("keeps warnings (an unknown font) without failing", () => {
    const h = kompilasiTypst(`${awal}#text(font: "Tidak Ada Fonta")[x]`);
    expect(h.pdf.length).toBeGreaterThan(0);
    expect(h.peringatan.join("\n")).toMatch(/unknown font family: tidak ada fonta/);
  });

  it("reads pictures from memory, and forgets them after the call", () => {
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20"/></svg>',
    );
    const sumber = `${awal}#image("/kotak.svg")`;
    expect(kompilasiTypst(sumber, [{ jalur: "/kotak.svg", isi: svg }]).pdf.length).toBeGreaterThan(0);
    expect(() => kompilasiTypst(sumber)).toThrow(/Gagal menyusun PDF/);
  });
});

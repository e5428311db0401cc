import { describe, expect, it } from "vitest";
import { bacaCsv, dekodeTeks, tebakPemisah } from "./csv.ts";

describe("the CSV reader", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    expect(bacaCsv('U1,saran\r\n4,"cepat, ramah"\r\n3,"kata ""bagus""\nbaris dua"\r\n')).toEqual([
      ["U1", "saran"],
      ["4", "cepat, ramah"],
      ["3", 'kata "bagus"\nbaris dua'],
    ]);
  });

  it("takes ';' as the separator of an Indonesian Excel export, and keeps empty cells", () => {
    const teks = 'U1;U2;saran\n4;;"a; b"\n';
    expect(tebakPemisah(teks)).toBe(";");
    expect(bacaCsv(teks)).toEqual([
      ["U1", "U2", "saran"],
      ["4", "", "a; b"],
    ]);
  });

  it("drops a UTF-8 BOM and reads a last line without a line break", () => {
    const isi = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("U1,U2\n1,2")]);
    expect(bacaCsv(dekodeTeks(isi))).toEqual([
      ["U1", "U2"],
      ["1", "2"],
    ]);
  });
});

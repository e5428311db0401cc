import { beforeAll, describe, expect, it } from "vitest";
import { bacaJawabanCsv } from "./lke-jawaban-csv.ts";
import type { PaketLke } from "./lke-paket.domain.ts";
import { bacaPaketLke } from "./lke-paket.ts";

let paket: PaketLke;
beforeAll(async () => {
  paket = await bacaPaketLke();
});

describe("bacaJawabanCsv", () => {
  it("membaca titik koma, BOM, CRLF, huruf kecil, kolom lain dan baris kosong", () => {
    const teks = "\uFEFFNo;Kriteria;Jawaban;Catatan\r\n1;1.a.1;aa;ada\r\n;;;\r\n2; 1.b.10 ; BB ;\r\n";
    const { jawaban, galat } = bacaJawabanCsv(teks, paket);
    expect(galat).toEqual([]);
    expect([...jawaban]).toEqual([
      ["1.a.1", "AA"],
      ["1.b.10", "BB"],
    ]);
  });

  it("menolak kode asing, jawaban di luar AA…E, jawaban kosong dan kriteria ganda, dengan nomor baris", () => {
    const teks = [
      "kriteria,jawaban",
      "1.a.1,A", // 2
      "1.a.9,A", // 3: 1.a has 6 criteria
      "1.a.2,F", // 4
      "1.a.3,", // 5
      "1.a.1,BB", // 6: already on line 2
      ",A", // 7
    ].join("\n");
    const { jawaban, galat } = bacaJawabanCsv(teks, paket);
    expect(galat).toEqual([
      { baris: 3, pesan: 'kriteria "1.a.9" tidak ada di paket permenpanrb-88-2021-pemda' },
      { baris: 4, pesan: 'kriteria 1.a.2: jawaban "F" harus salah satu dari AA, A, BB, B, CC, C, D, E' },
      { baris: 5, pesan: "kriteria 1.a.3: jawaban kosong; isi salah satu dari AA, A, BB, B, CC, C, D, E" },
      { baris: 6, pesan: "kriteria 1.a.1 sudah dijawab di baris 2" },
      { baris: 7, pesan: "kode kriteria kosong" },
    ]);
    expect([...jawaban]).toEqual([["1.a.1", "A"]]);
  });

  it("menolak berkas tanpa baris judul", () => {
    expect(bacaJawabanCsv("1.a.1,A\n1.a.2,A\n", paket).galat).toEqual([
      { baris: 1, pesan: 'baris judul harus memuat kolom "kriteria" dan "jawaban" (tertulis: 1.a.1, a)' },
    ]);
    expect(bacaJawabanCsv("", paket).galat).toEqual([
      { baris: 1, pesan: 'baris judul harus memuat kolom "kriteria" dan "jawaban" (tertulis: kosong)' },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { kalimatVerifikasi } from "./bab3c-tindak-lanjut.ts";

describe("kalimatVerifikasi (only follow-up the Inspektorat accepted is closed)", () => {
  it.each([
    [
      { diterima: 0, dikembalikan: 0, jumlah: 14 },
      "Belum ada tindak lanjut yang diverifikasi oleh Inspektorat.",
    ],
    [
      { diterima: 2, dikembalikan: 1, jumlah: 14 },
      "Dari 14 (empat belas) tindak lanjut tersebut, 2 (dua) telah diverifikasi dan diterima Inspektorat sehingga dinyatakan tuntas dan 1 (satu) dikembalikan Inspektorat untuk dilengkapi, sedangkan 11 (sebelas) belum diverifikasi.",
    ],
    [
      { diterima: 3, dikembalikan: 0, jumlah: 3 },
      "Dari 3 (tiga) tindak lanjut tersebut, 3 (tiga) telah diverifikasi dan diterima Inspektorat sehingga dinyatakan tuntas.",
    ],
    [
      { diterima: 0, dikembalikan: 1, jumlah: 2 },
      "Dari 2 (dua) tindak lanjut tersebut, 1 (satu) dikembalikan Inspektorat untuk dilengkapi, sedangkan 1 (satu) belum diverifikasi.",
    ],
  ])("%j", (masukan, kalimat) => {
    expect(kalimatVerifikasi(masukan)).toBe(kalimat);
  });
});

import { describe, expect, it } from "vitest";
import { type Blok, teksPolos } from "../model.ts";
import { judulPk, naskahPk, tandaTanganPk } from "./naskah-pk.domain.ts";

const pihakPertama = { nama: "NASIR, SP., M.Si", jabatan: "Camat Malili", nip: "198111162010011015" };
const pihakKedua = { nama: "(nama Bupati)", jabatan: "Bupati Luwu Timur", nip: null };

function teks(isi: Blok[]): string[] {
  return isi.flatMap((b) =>
    b.jenis === "paragraf" ? [teksPolos(b.teks)] : b.jenis === "judul" ? [b.teks] : [],
  );
}

describe("naskahPk", () => {
  const isi = naskahPk({
    tahun: 2024,
    namaUnit: "Kecamatan Malili",
    namaPemda: "Kabupaten Luwu Timur",
    pihakPertama,
    pihakKedua,
  });

  it("opens with the title, the unit and the pemda", () => {
    expect(judulPk(2024)).toBe("PERJANJIAN KINERJA TAHUN 2024");
    expect(teks(isi).slice(0, 3)).toEqual([
      "PERJANJIAN KINERJA TAHUN 2024",
      "KECAMATAN MALILI",
      "KABUPATEN LUWU TIMUR",
    ]);
  });

  it("names both parties in the order of the form, each with its role", () => {
    expect(teks(isi).slice(4, 11)).toEqual([
      "Nama : NASIR, SP., M.Si",
      "Jabatan : Camat Malili",
      "NIP : 198111162010011015",
      "selanjutnya disebut PIHAK PERTAMA,",
      "Nama : (nama Bupati)",
      "Jabatan : Bupati Luwu Timur",
      "selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA.",
    ]);
  });

  it("keeps every clause of the 53/2014 form", () => {
    const semua = teks(isi).join(" ");
    for (const klausul of [
      "efektif, transparan dan akuntabel serta berorientasi pada hasil",
      "PIHAK PERTAMA berjanji akan mewujudkan target kinerja",
      "lampiran perjanjian ini",
      "target kinerja jangka menengah",
      "dokumen perencanaan",
      "Keberhasilan maupun kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami",
      "PIHAK KEDUA akan memberikan supervisi",
      "mengevaluasi capaian kinerja",
      "pemberian penghargaan dan sanksi",
    ]) {
      expect(semua).toContain(klausul);
    }
  });

  it("leaves the pemda line out when there is none", () => {
    const tanpa = naskahPk({
      tahun: 2025,
      namaUnit: "Seksi Pemerintahan",
      namaPemda: null,
      pihakPertama,
      pihakKedua,
    });
    expect(teks(tanpa).slice(0, 3)).toEqual([
      "PERJANJIAN KINERJA TAHUN 2025",
      "SEKSI PEMERINTAHAN",
      expect.stringContaining("Untuk mewujudkan"),
    ]);
  });
});

describe("tandaTanganPk", () => {
  it.each([
    [null, null],
    ["2024-01-02", "2 Januari 2024"],
  ])("puts Pihak Kedua left and Pihak Pertama right (tanggal %s)", (tanggal, tercetak) => {
    expect(tandaTanganPk({ tempat: "Malili", tanggal, pihakPertama, pihakKedua })).toEqual({
      jenis: "tandatangan",
      tempat: "Malili",
      tanggal: tercetak,
      penandatangan: [
        { jabatan: "BUPATI LUWU TIMUR", nama: "(nama Bupati)", nip: null },
        { jabatan: "CAMAT MALILI", nama: "NASIR, SP., M.Si", nip: "198111162010011015" },
      ],
    });
  });
});

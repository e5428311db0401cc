import { describe, expect, it } from "vitest";
import { contohPohon } from "../../cascading/contoh-pohon.ts";
import { babPerencanaan } from "./bab2-perencanaan.ts";
import type { BahanLkjip } from "./bahan.ts";

/** Only what BAB II reads, for an OPD with an empty Renstra, no PK and no DPA. */
function bahan(pohonKinerja: BahanLkjip["pohonKinerja"]): BahanLkjip {
  return {
    tahun: 2024,
    opd: { id: 7, nama: "Kecamatan Malili" },
    pemda: { nama: "Kabupaten Luwu Timur" },
    pohon: { renstra: { nama: "Renstra 2021–2026", tahunAwal: 2021, tahunAkhir: 2026 }, tujuan: [] },
    rpjmd: null,
    pk: null,
    anggaran: null,
    pohonKinerja,
  } as unknown as BahanLkjip;
}

describe("BAB II: Pohon Kinerja dan Cascading", () => {
  it("adds section 2.4 with Gambar 2.1 and the matrix as Tabel 2.4 when the OPD has a tree", () => {
    const isi = babPerencanaan(bahan(contohPohon()));
    const judul = isi.flatMap((b) => (b.jenis === "judul" ? [`${b.nomor} ${b.teks}`] : []));
    expect(judul).toEqual([
      "BAB II PERENCANAAN KINERJA",
      "2.1 Rencana Strategis Tahun 2021–2026",
      "2.2 Perjanjian Kinerja Tahun 2024",
      "2.3 Indikator Kinerja Utama",
      "2.4 Pohon Kinerja dan Cascading",
    ]);
    const gambar = isi.find((b) => b.jenis === "gambar");
    expect(gambar?.jenis === "gambar" && gambar.nomor).toBe("Gambar 2.1");
    // 2.1 is spent on the (absent) DPA table, 2.2 the IKU passport, 2.3 the Renstra targets
    const matriks = isi.find((b) => b.jenis === "tabel" && b.judul.startsWith("Matriks Cascading"));
    expect(matriks?.jenis === "tabel" && [matriks.nomor, matriks.baris.length]).toEqual(["Tabel 2.4", 9]);
  });

  it("adds nothing when the OPD has no tree for the year", () => {
    const isi = babPerencanaan(bahan(null));
    expect(isi.some((b) => b.jenis === "gambar")).toBe(false);
    expect(isi.some((b) => b.jenis === "judul" && b.nomor === "2.4")).toBe(false);
  });
});

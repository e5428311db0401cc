import { describe, expect, it } from "vitest";
import { dataKosong } from "../data-pemeriksaan.ts";
import { periksaNarasiTerbilang } from "./narasi-terbilang.ts";

function periksa(isi: string) {
  const d = dataKosong(2024);
  d.sasaran = [{ id: 7, renstraId: 1, kode: "S1", uraian: "Meningkatnya pelayanan" }];
  d.narasi = [{ id: 1, jenis: "analisis", urutan: 2, sasaranId: 7, kodeAnggaran: null, isi }];
  return periksaNarasiTerbilang(d);
}

describe("narasi-angka-vs-terbilang", () => {
  it.each([
    ["14 (Empatbelas) Desa dan 1 (satu) Kelurahan"],
    ["nilai 66 (B) dari target 65,15"],
    ["selama 5 (lima) tahun, 2 (dua) dokumen, 139 (seratus tiga puluh sembilan) RT"],
    ["45.853 (empat puluh lima ribu delapan ratus lima puluh tiga) jiwa"],
    ["(Laporan Penduduk Per Desember 2024) tanpa angka sebelum kurung"],
  ])("accepts %j", (isi) => {
    expect(periksa(isi)).toEqual([]);
  });

  it("reports 15 (empat belas)", () => {
    expect(periksa("adalah 15 (empat belas) orang PNS")).toEqual([
      {
        aturan: "narasi-angka-vs-terbilang",
        tingkat: "galat",
        lokasi: "Narasi 2024 › Sasaran S1 Meningkatnya pelayanan › Analisis (paragraf 2)",
        pesan:
          'Angka 15 ditulis dengan huruf "empat belas" (14); tulis 15 (lima belas) atau perbaiki angkanya.',
        dinyatakan: "15",
        dihitung: "14",
        selisih: "1",
      },
    ]);
  });

  it.each([
    ["2 (tiga) dokumen", "2", "3", "-1"],
    ["1.000 (seratus) paket", "1000", "100", "900"],
  ])("reports %j", (isi, dinyatakan, dihitung, selisih) => {
    expect(periksa(isi).map((t) => [t.dinyatakan, t.dihitung, t.selisih])).toEqual([
      [dinyatakan, dihitung, selisih],
    ]);
  });
});

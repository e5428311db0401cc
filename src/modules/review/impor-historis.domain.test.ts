import { describe, expect, it } from "vitest";
import {
  cocokkanIndikator,
  type IndikatorCalon,
  normalisasiNama,
  rencanakanImpor,
} from "./impor-historis.domain.ts";
import type { AngkaHistorisNaskah, LokasiNaskah } from "./naskah.ts";

const lokasi = (tabel: string, baris: number, barisBerkas: number): LokasiNaskah => ({
  bab: "BAB III",
  bagian: null,
  tabel,
  baris,
  kolom: "Realisasi",
  barisBerkas,
  kutipan: null,
});

const INDIKATOR: IndikatorCalon[] = [
  { id: 11, kode: "IKU.1", nama: "Indeks Kepuasan Masyarakat (IKM)", tahunAwal: 2021, tahunAkhir: 2026 },
  {
    id: 12,
    kode: "IKU.2",
    nama: "Persentase pelayanan administrasi tepat waktu",
    tahunAwal: 2021,
    tahunAkhir: 2026,
  },
  // the same name in an older Renstra: a 2024 figure belongs to the 2021–2026 one
  { id: 3, kode: "IK.1", nama: "Indeks kepuasan masyarakat  (IKM).", tahunAwal: 2016, tahunAkhir: 2020 },
];

function angka(p: Partial<AngkaHistorisNaskah> & Pick<AngkaHistorisNaskah, "jenis" | "uraian" | "nilai">) {
  return { tahun: 2024, kode: null, satuan: null, lokasi: lokasi("Tabel 3.1", 1, 340), ...p };
}

describe("matching indicators by normalised name", () => {
  it("ignores case, punctuation and spacing", () => {
    expect(normalisasiNama("  Indeks Kepuasan  Masyarakat (IKM). ")).toBe("indeks kepuasan masyarakat ikm");
    expect(normalisasiNama("Persentase Pelayanan — KTP-el")).toBe("persentase pelayanan ktp el");
  });

  it("prefers the Renstra covering the year, else the only one of that name, else none", () => {
    expect(cocokkanIndikator("INDEKS KEPUASAN MASYARAKAT (IKM)", 2024, INDIKATOR)?.id).toBe(11);
    expect(cocokkanIndikator("Indeks kepuasan masyarakat (IKM)", 2018, INDIKATOR)?.id).toBe(3);
    expect(cocokkanIndikator("Persentase pelayanan administrasi tepat waktu", 2019, INDIKATOR)?.id).toBe(12);
    expect(cocokkanIndikator("Indeks kepuasan masyarakat (IKM)", 2030, INDIKATOR)).toBeNull();
    expect(cocokkanIndikator("Jumlah desa", 2024, INDIKATOR)).toBeNull();
  });
});

describe("planning an import", () => {
  it("keeps each (kind, year, item) once, links indicators, and lists what it leaves out with why", () => {
    const rencana = rencanakanImpor(
      [
        angka({
          jenis: "realisasi_indikator",
          uraian: "Indeks Kepuasan Masyarakat (IKM)",
          nilai: "85.2",
          satuan: "Indeks",
        }),
        angka({ jenis: "target_indikator", uraian: "Indeks Kepuasan Masyarakat (IKM)", nilai: "85" }),
        angka({
          jenis: "pagu",
          kode: "7.01.01",
          uraian: "Program Penunjang Urusan Pemerintahan Daerah",
          nilai: "1240713100",
          lokasi: lokasi("Tabel 2.2", 1, 220),
        }),
        // printed again in the budget table with another amount: the first one stays, the repeat is named
        angka({
          jenis: "pagu",
          kode: "7.01.01",
          uraian: "Program Penunjang Urusan Pemerintahan Daerah",
          nilai: "1240813100",
          lokasi: lokasi("Tabel 3.8", 1, 870),
        }),
        angka({ jenis: "jumlah_pegawai", uraian: "PNS", nilai: "17", tahun: 1999 }),
        angka({ jenis: "jumlah_pegawai", uraian: "PPPK", nilai: "tujuh" }),
      ],
      INDIKATOR,
    );
    expect(rencana.baris.map((b) => [b.jenis, b.uraian, b.nilai, b.indikator?.id ?? null])).toEqual([
      ["realisasi_indikator", "Indeks Kepuasan Masyarakat (IKM)", "85.2", 11],
      ["target_indikator", "Indeks Kepuasan Masyarakat (IKM)", "85", 11],
      ["pagu", "Program Penunjang Urusan Pemerintahan Daerah", "1240713100", null],
    ]);
    expect(rencana.baris[2]?.lokasi).toBe(
      'BAB III › Tabel 2.2 › baris 1 › kolom "Realisasi" › baris berkas 220',
    );
    expect(rencana.dilewati.map((d) => d.alasan)).toEqual([
      'sudah diambil dari BAB III › Tabel 2.2 › baris 1 › kolom "Realisasi" › baris berkas 220 (nilai berbeda: 1.240.713.100 di sana, 1.240.813.100 di sini)',
      "tahun 1999 di luar 2000–2100",
      'nilai "tujuh" bukan angka',
    ]);
  });
});

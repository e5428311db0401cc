import { describe, expect, it } from "vitest";
import {
  batasTandaTanganPk,
  buktiOtomatisLke,
  type FaktaBuktiLke,
  KRITERIA_FAKTA,
} from "./lke-bukti-otomatis.domain.ts";
import { bacaPaketLke } from "./lke-paket.ts";

const LENGKAP: FaktaBuktiLke = {
  opdKode: "malili",
  tahun: 2024,
  renstra: { nama: "Renstra", tahunAwal: 2021, tahunAkhir: 2026, disetujui: true },
  pk: { tanggal: "2024-02-05", status: "disetujui" },
  tanggalPengesahanDpa: "2024-01-05",
  iku: [
    { kode: "IKU-1", nama: "A", triwulanTerisi: [1, 2, 3, 4] },
    { kode: "IKU-2", nama: "B", triwulanTerisi: [4, 3, 2, 1] },
  ],
  // 28 Feb 2025 23.00 WITA = 15.00 UTC: before the deadline
  lkjipTerbitPada: new Date("2025-02-28T15:00:00Z"),
  rekomendasi: { tahunEvaluasi: 2023, jumlah: 14, selesai: 14 },
};

describe("automatic LKE evidence", () => {
  it("pins which criterion each fact supports, all codes existing in the 88/2021 pack", async () => {
    expect(KRITERIA_FAKTA).toEqual({
      renstraAda: ["1.a.3"],
      renstraFormal: ["1.b.1"],
      pkDisetujui: ["1.a.4", "1.b.1"],
      pkTepatWaktu: ["1.b.2"],
      pengukuranBerkala: ["1.c.4", "2.b.4"],
      lkjipTerbit: ["3.a.5"],
      lkjipTepatWaktu: ["3.a.6"],
      tindakLanjut: ["4.c.1"],
    });
    const paket = await bacaPaketLke();
    for (const kode of Object.values(KRITERIA_FAKTA).flat())
      expect(paket.kriteriaPerKode.has(kode)).toBe(true);
    expect(paket.kriteriaPerKode.get("3.a.6")?.kriteria.teks).toBe(
      "Dokumen Laporan Kinerja telah disampaikan tepat waktu.",
    );
    expect(paket.kriteriaPerKode.get("4.c.1")?.kriteria.teks).toBe(
      "Seluruh rekomendasi hasil evaluasi AKIP internal telah ditindaklanjuti.",
    );
  });

  it("marks every fact met when the year is complete, with its words and links", () => {
    const m = buktiOtomatisLke(LENGKAP);
    expect([...m.keys()]).toEqual([
      "1.a.3",
      "1.b.1",
      "1.a.4",
      "1.b.2",
      "1.c.4",
      "2.b.4",
      "3.a.5",
      "3.a.6",
      "4.c.1",
    ]);
    expect([...m.values()].flat().every((b) => b.terpenuhi)).toBe(true);
    expect(m.get("1.b.1")?.map((b) => b.uraian)).toEqual([
      "Renstra 2021–2026 telah disetujui pimpinan",
      "Perjanjian Kinerja 2024 telah disetujui",
    ]);
    expect(m.get("1.b.2")).toEqual([
      {
        uraian:
          "PK ditandatangani 5 Februari 2024; DPA disahkan 5 Januari 2024, batas satu bulan 5 Februari 2024",
        tautan: "/opd/malili/pk",
        terpenuhi: true,
      },
    ]);
    expect(m.get("2.b.4")?.[0]).toEqual({
      uraian: "Realisasi triwulan I–IV 2024 tercatat untuk seluruh 2 IKU",
      tautan: "/opd/malili/realisasi?tahun=2024",
      terpenuhi: true,
    });
    expect(m.get("3.a.6")?.[0]?.uraian).toBe("LKjIP 2024 terbit sebelum tenggat 28 Februari 2025");
    expect(m.get("3.a.5")?.[0]?.uraian).toBe("LKjIP 2024 diterbitkan di portal publik pada 28 Februari 2025");
    expect(m.get("4.c.1")?.[0]?.uraian).toBe(
      "14 dari 14 rekomendasi hasil evaluasi 2023 selesai ditindaklanjuti",
    );
  });

  it("names each gap: late PK, missing quarters, late LKjIP, open recommendations, no Renstra", () => {
    const m = buktiOtomatisLke({
      ...LENGKAP,
      renstra: null,
      pk: { tanggal: "2024-02-06", status: "diajukan" },
      iku: [
        { kode: "IKU-1", nama: "A", triwulanTerisi: [1, 2, 3, 4] },
        { kode: "IKU-2", nama: "B", triwulanTerisi: [1, 2] },
      ],
      // 1 March 2025 00.00 WITA: the first instant after the deadline
      lkjipTerbitPada: new Date("2025-02-28T16:00:00Z"),
      rekomendasi: { tahunEvaluasi: 2023, jumlah: 14, selesai: 9 },
    });
    expect(m.get("1.a.3")).toEqual([
      {
        uraian: "Belum ada Renstra yang meliputi tahun 2024",
        tautan: "/opd/malili/renstra",
        terpenuhi: false,
      },
    ]);
    expect(m.has("1.b.1")).toBe(true);
    expect(m.get("1.b.1")?.map((b) => b.terpenuhi)).toEqual([false]);
    expect(m.get("1.a.4")?.[0]?.uraian).toBe("Perjanjian Kinerja 2024 berstatus diajukan, belum disetujui");
    expect(m.get("1.b.2")?.[0]).toMatchObject({
      uraian:
        "PK ditandatangani 6 Februari 2024; DPA disahkan 5 Januari 2024, batas satu bulan 5 Februari 2024 (terlambat)",
      terpenuhi: false,
    });
    expect(m.get("1.c.4")?.[0]).toMatchObject({
      uraian: "Realisasi triwulan 2024 belum lengkap untuk 1 dari 2 IKU: IKU-2",
      terpenuhi: false,
    });
    expect(m.get("3.a.5")?.[0]?.terpenuhi).toBe(true);
    expect(m.get("3.a.6")?.[0]).toMatchObject({
      uraian: "LKjIP 2024 terbit sesudah tenggat 28 Februari 2025",
      terpenuhi: false,
    });
    expect(m.get("4.c.1")?.[0]).toMatchObject({
      uraian: "9 dari 14 rekomendasi hasil evaluasi 2023 selesai ditindaklanjuti",
      terpenuhi: false,
    });
  });

  it("says why the PK's timeliness cannot be checked without a DPA date, and an unpublished LKjIP's deadline", () => {
    const m = buktiOtomatisLke({
      ...LENGKAP,
      tanggalPengesahanDpa: null,
      lkjipTerbitPada: null,
      rekomendasi: null,
      iku: [],
    });
    expect(m.get("1.b.2")?.[0]).toMatchObject({
      uraian:
        "Tanggal pengesahan DPA 2024 belum dicatat; ketepatan waktu penandatanganan PK tidak dapat diperiksa",
      terpenuhi: false,
    });
    expect(m.get("3.a.6")?.[0]?.uraian).toBe("LKjIP 2024 belum terbit; tenggatnya 28 Februari 2025");
    expect(m.get("4.c.1")?.[0]?.uraian).toBe("Tidak ada rekomendasi hasil evaluasi sebelum tahun 2024");
    expect(m.get("2.b.4")?.[0]).toMatchObject({
      uraian: "Belum ada IKU yang diukur pada tahun 2024",
      terpenuhi: false,
    });
  });

  it("gives a PK one calendar month after the DPA, clamped to the month's end", () => {
    expect(batasTandaTanganPk("2024-01-05")).toBe("2024-02-05");
    expect(batasTandaTanganPk("2024-01-31")).toBe("2024-02-29");
    expect(batasTandaTanganPk("2023-01-31")).toBe("2023-02-28");
    expect(batasTandaTanganPk("2024-12-15")).toBe("2025-01-15");
  });
});

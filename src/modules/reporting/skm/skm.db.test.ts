import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../../seeds/malili-2024/load.ts";
import { bukaDbUji, dalamRollback } from "../../../../test/setup/db.ts";
import { teksPdf } from "../../../../test/setup/dokumen-baca.ts";
import type { Basisdata } from "../../../platform/db/database.ts";
import type { Db } from "../../../platform/db/transaction.ts";
import { buatPeriodeSkm, kirimRespons } from "../../survey/survey.service.ts";
import { dokumenOpd, renderDokumen } from "../dokumen.service.ts";
import { type BlokDaftar, type BlokGrafik, type BlokTabel, type Dokumen, teksPolos } from "../model.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const UNIT = "loket-pelayanan-malili";

/**
 * Twelve respondents, hand-worked: U1 36/12 = 3 · U2 48/12 = 4 · U3 (6×2 + 6×3) 30/12 = 2,5 · U4 (11×4 + 3) 47/12 ·
 * U5, U6, U8, U9 3 · U7 (6×4 + 6×3) 42/12 = 3,5. IKM = 25/9 × (25 + 47/12) = 8675/108 = 80,324… → 80,32 (B Baik).
 * Lowest U3 (62,50, D); highest U2 (100,00, A). 7 L / 5 P; KTP 8, KK 4.
 */
async function isiTriwulanDua(trx: Db) {
  for (let i = 0; i < 12; i++) {
    await kirimRespons(trx, {
      kodeUnit: UNIT,
      tanggal: "2024-05-10",
      jawaban: {
        U1: 3,
        U2: 4,
        U3: i < 6 ? 2 : 3,
        U4: i === 0 ? 3 : 4,
        U5: 3,
        U6: 3,
        U7: i < 6 ? 4 : 3,
        U8: 3,
        U9: 3,
      },
      jenisLayananKode: i < 8 ? "ktp" : "kk",
      jenisKelamin: i < 7 ? "L" : "P",
      usia: 20 + i * 3,
      pendidikan: i < 4 ? "SMA" : "D4-S1",
      pekerjaan: i < 3 ? "PNS" : "swasta",
      saran: ["Percepat pelayanan", "percepat  pelayanan.", "Tambah kursi ruang tunggu"][i] ?? null,
      sumber: "formulir",
    });
  }
}

const tabelDengan = (d: Dokumen, judul: string) =>
  d.isi.find((x): x is BlokTabel => x.jenis === "tabel" && x.judul.startsWith(judul));
const sel = (t: BlokTabel | undefined) => t?.baris.map((r) => r.sel.map((s) => s.teks)) ?? [];
const paragraf = (d: Dokumen) => d.isi.flatMap((x) => (x.jenis === "paragraf" ? [teksPolos(x.teks)] : []));

describe("the SKM report of a period", () => {
  it("states the hand-checked IKM, lowest and highest unsur and profile counts, and reads back from the PDF", () =>
    dalamRollback(b, async (trx) => {
      const { pemdaId, opdId } = await muatDataset(trx, malili2024);
      const c = { pemdaId, opdId: null, pelaku: "uji" };
      const umum = { tahun: 2024, periodeJenis: "triwulan" as const, jumlahPengguna: 15 };
      await buatPeriodeSkm(trx, c, opdId, {
        ...umum,
        periodeKe: 1,
        mulai: "2024-01-01",
        selesai: "2024-03-31",
      });
      await buatPeriodeSkm(trx, c, opdId, {
        ...umum,
        periodeKe: 2,
        mulai: "2024-04-01",
        selesai: "2024-06-30",
      });
      await kirimRespons(trx, {
        kodeUnit: UNIT,
        tanggal: "2024-02-01",
        jawaban: { U1: 4, U2: 4, U3: 4, U4: 4, U5: 4, U6: 4, U7: 4, U8: 4, U9: 4 },
        sumber: "kios",
      });
      await isiTriwulanDua(trx);

      const { dokumen } = await dokumenOpd(trx, c, "malili", { jenis: "skm", tahun: 2024, triwulan: 2 });
      expect(dokumen.jenis).toBe("skm");
      expect(dokumen.sampul?.baris).toContain("TRIWULAN II TAHUN 2024");

      const hasil = sel(tabelDengan(dokumen, "Nilai Rata-rata per Unsur"));
      expect(hasil[2]).toEqual([
        "3",
        "U3 Waktu Penyelesaian",
        "30",
        "12",
        "2,5000",
        "62,50",
        "D (Tidak Baik)",
        "1",
      ]);
      expect(hasil[3]?.slice(2, 6)).toEqual(["47", "12", "3,9167", "97,92"]);
      expect(hasil[9]).toEqual(["Indeks Kepuasan Masyarakat (IKM)", "80,32", "B (Baik)", ""]);

      const p = paragraf(dokumen);
      expect(p).toContain(
        "Indeks Kepuasan Masyarakat (IKM) Kecamatan Malili Triwulan II Tahun 2024 adalah 80,32 dengan mutu pelayanan B (Baik), dihitung dari 12 responden.",
      );
      expect(
        p.some((x) =>
          x.startsWith("Unsur dengan nilai terendah adalah U3 Waktu Penyelesaian dengan NRR 2,5000"),
        ),
      ).toBe(true);
      expect(
        p.some((x) => x.startsWith("Unsur dengan nilai tertinggi adalah U2 Sistem, Mekanisme, dan Prosedur")),
      ).toBe(true);
      expect(
        p.some((x) =>
          x.includes(
            "sampel minimum menurut tabel Krejcie dan Morgan adalah 14 responden; responden yang diperoleh 12 orang, sehingga sampel belum memenuhi",
          ),
        ),
      ).toBe(true);

      expect(sel(tabelDengan(dokumen, "Responden menurut Jenis Kelamin")).slice(0, 2)).toEqual([
        ["Laki-laki", "7", "58,33 %"],
        ["Perempuan", "5", "41,67 %"],
      ]);
      expect(sel(tabelDengan(dokumen, "Responden menurut Jenis Layanan")).slice(0, 2)).toEqual([
        ["Kartu Tanda Penduduk (KTP)", "8", "66,67 %"],
        ["Kartu Keluarga (KK)", "4", "33,33 %"],
      ]);
      const rtl = sel(tabelDengan(dokumen, "Rencana Tindak Lanjut"));
      expect(rtl.map((r) => r[1])).toEqual([
        "U3 Waktu Penyelesaian (62,50)",
        "U1 Persyaratan (75,00)",
        "U5 Produk Spesifikasi Jenis Pelayanan (75,00)",
      ]);
      expect(rtl[0]?.[2]).toMatch(/^\[DIISI UNIT LAYANAN\]/);
      const saran = dokumen.isi.filter((x): x is BlokDaftar => x.jenis === "daftar").at(-1);
      expect(saran?.butir).toEqual(["Percepat pelayanan (2 responden)", "Tambah kursi ruang tunggu"]);
      const grafik = dokumen.isi.filter((x): x is BlokGrafik => x.jenis === "grafik");
      expect(grafik[0]?.seri[0]?.nilai[2]).toBe(62.5);
      expect(grafik[1]?.seri[0]?.nilai).toEqual([100, 80.32]);

      const teks = teksPdf(await renderDokumen(dokumen, "pdf")).replace(/\s+/g, " ");
      for (const k of [
        "80,32",
        "B (Baik)",
        "62,50",
        "2,5000",
        "Waktu Penyelesaian",
        "BAB V",
        "RENCANA TINDAK LANJUT",
        "58,33 %",
        "Krejcie",
        "Grafik 3.1",
      ]) {
        expect(teks.includes(k), `PDF tanpa "${k}"`).toBe(true);
      }
    }));

  it("refuses a year without a survey period and names the periods of an ambiguous year", () =>
    dalamRollback(b, async (trx) => {
      const { pemdaId, opdId } = await muatDataset(trx, malili2024);
      const c = { pemdaId, opdId: null, pelaku: "uji" };
      await expect(dokumenOpd(trx, c, "malili", { jenis: "skm", tahun: 2023 })).rejects.toThrow(
        /Belum ada periode survei/,
      );
      for (const ke of [1, 2]) {
        const mulai = ke === 1 ? "2024-01-01" : "2024-04-01";
        const selesai = ke === 1 ? "2024-03-31" : "2024-06-30";
        await buatPeriodeSkm(trx, c, opdId, {
          tahun: 2024,
          periodeJenis: "triwulan",
          periodeKe: ke,
          mulai,
          selesai,
        });
      }
      await expect(dokumenOpd(trx, c, "malili", { jenis: "skm", tahun: 2024 })).rejects.toThrow(
        /yang ada: Triwulan I Tahun 2024, Triwulan II Tahun 2024/,
      );
    }));
});

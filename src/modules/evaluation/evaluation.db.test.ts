import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { Db } from "../../platform/db/transaction.ts";
import type { Cakupan } from "../../platform/scope.ts";
import { buatRenstra, tambahIndikator, tambahSasaran, tambahTujuan } from "../planning/renstra.service.ts";
import { buatOpd, buatPemda } from "../tenancy/tenancy.service.ts";
import {
  catatHasilEvaluasi,
  daftarRekomendasi,
  riwayatEvaluasi,
  tambahRekomendasi,
} from "./evaluation.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const paspor = {
  satuan: "Nilai",
  polaritas: "positif" as const,
  agregasi: "last" as const,
  presisi: 2,
  iku: true,
};

async function renstraDenganNilaiLakip(
  db: Db,
  c: Cakupan,
  opdId: number,
  tahunAwal: number,
  tahunAkhir: number,
) {
  const renstraId = await buatRenstra(db, c, opdId, {
    nama: `Renstra ${tahunAwal}–${tahunAkhir}`,
    tahunAwal,
    tahunAkhir,
  });
  await tambahTujuan(db, c, renstraId, { kode: "T1", uraian: "Meningkatnya akuntabilitas kinerja" });
  await tambahSasaran(db, c, renstraId, {
    kode: "S2",
    tujuanKode: "T1",
    uraian: "Meningkatnya capaian kinerja",
  });
  const id = await tambahIndikator(db, c, renstraId, {
    ...paspor,
    kode: "S2.I1",
    tingkat: "sasaran",
    tujuanKode: "T1",
    sasaranKode: "S2",
    nama: "Nilai LAKIP",
    sumberOtomatis: "nilai_lakip",
  });
  await tambahIndikator(db, c, renstraId, {
    ...paspor,
    kode: "S2.I2",
    tingkat: "sasaran",
    tujuanKode: "T1",
    sasaranKode: "S2",
    nama: "Persentase capaian program penunjang",
    satuan: "%",
    iku: false,
  });
  return id;
}

async function siapkan(db: Db) {
  const pemdaId = await buatPemda(db, "uji", {
    kode: "uji-pemda",
    nama: "Kabupaten Uji",
    jenis: "kabupaten",
  });
  const admin: Cakupan = { pemdaId, opdId: null, pelaku: "uji" };
  const opdId = await buatOpd(db, admin, { kode: "kec-a", nama: "Kecamatan A", jenis: "kecamatan" });
  const c: Cakupan = { pemdaId, opdId, pelaku: "operator" };
  const lama = await renstraDenganNilaiLakip(db, c, opdId, 2021, 2026);
  const baru = await renstraDenganNilaiLakip(db, c, opdId, 2027, 2031);
  return { c, opdId, lama, baru };
}

async function jumlah(db: Db) {
  const e = await db
    .selectFrom("evaluasi_hasil")
    .select((x) => x.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  const r = await db
    .selectFrom("realisasi_indikator")
    .select((x) => x.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  const k = await db
    .selectFrom("rekomendasi")
    .select((x) => x.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return { evaluasi: Number(e.n), realisasi: Number(r.n), rekomendasi: Number(k.n) };
}

describe("evaluation: LHE scores feed the Nilai LAKIP indicator", () => {
  it("writes the score as the year's realisation of the right Renstra's indicator, linked to the evaluation", () =>
    dalamRollback(b, async (trx) => {
      const { c, opdId, lama, baru } = await siapkan(trx);
      const e2020 = await catatHasilEvaluasi(trx, c, opdId, {
        tahun: 2020,
        nilai: "42,31",
        tanggalLhe: null,
        catatan: null,
      });
      const e2023 = await catatHasilEvaluasi(trx, c, opdId, {
        tahun: 2023,
        nilai: "66",
        tanggalLhe: "2024-03-28",
        catatan: "LHE Inspektorat",
      });
      const e2027 = await catatHasilEvaluasi(trx, c, opdId, {
        tahun: 2027,
        nilai: 90.01,
        tanggalLhe: null,
        catatan: null,
      });
      const e2040 = await catatHasilEvaluasi(trx, c, opdId, {
        tahun: 2040,
        nilai: "70",
        tanggalLhe: null,
        catatan: null,
      });
      expect(e2040.realisasiIds).toEqual([]);

      const realisasi = await trx
        .selectFrom("realisasi_indikator")
        .select(["indikator_id", "tahun", "periode_jenis", "periode_ke", "nilai", "evaluasi_id"])
        .orderBy("tahun")
        .execute();
      expect(realisasi).toEqual([
        {
          indikator_id: lama,
          tahun: 2020,
          periode_jenis: "tahun",
          periode_ke: 1,
          nilai: "42.31",
          evaluasi_id: e2020.evaluasiId,
        },
        {
          indikator_id: lama,
          tahun: 2023,
          periode_jenis: "tahun",
          periode_ke: 1,
          nilai: "66",
          evaluasi_id: e2023.evaluasiId,
        },
        {
          indikator_id: baru,
          tahun: 2027,
          periode_jenis: "tahun",
          periode_ke: 1,
          nilai: "90.01",
          evaluasi_id: e2027.evaluasiId,
        },
      ]);

      expect(
        (await riwayatEvaluasi(trx, c, opdId)).map((r) => [
          r.tahun,
          r.nilai,
          r.predikat.huruf,
          r.predikat.sebutan,
        ]),
      ).toEqual([
        [2020, "42.31", "C", "Kurang"],
        [2023, "66", "B", "Baik"],
        [2027, "90.01", "AA", "Sangat Memuaskan"],
        [2040, "70", "B", "Baik"],
      ]);
    }));

  it("refuses a score outside 0–100, an unreadable score, a bad date and a second score for a year, writing nothing", () =>
    dalamRollback(b, async (trx) => {
      const { c, opdId } = await siapkan(trx);
      await catatHasilEvaluasi(trx, c, opdId, { tahun: 2023, nilai: "66", tanggalLhe: null, catatan: null });
      const sebelum = await jumlah(trx);
      await expect(
        catatHasilEvaluasi(trx, c, opdId, { tahun: 2024, nilai: "100,5", tanggalLhe: null, catatan: null }),
      ).rejects.toThrow("nilai: Nilai evaluasi harus antara 0 dan 100");
      await expect(
        catatHasilEvaluasi(trx, c, opdId, { tahun: 2024, nilai: "-1", tanggalLhe: null, catatan: null }),
      ).rejects.toThrow("nilai: Nilai evaluasi harus antara 0 dan 100");
      await expect(
        catatHasilEvaluasi(trx, c, opdId, { tahun: 2024, nilai: "B", tanggalLhe: null, catatan: null }),
      ).rejects.toThrow('nilai: Nilai evaluasi tidak sah: "B" bukan angka yang dapat dibaca.');
      await expect(
        catatHasilEvaluasi(trx, c, opdId, {
          tahun: 2024,
          nilai: "70",
          tanggalLhe: "2025-02-30",
          catatan: null,
        }),
      ).rejects.toThrow(
        "tanggalLhe: Tanggal LHE harus tanggal yang sah berbentuk TTTT-BB-HH, misalnya 2024-03-28",
      );
      await expect(
        catatHasilEvaluasi(trx, c, opdId, { tahun: 2023, nilai: "67", tanggalLhe: null, catatan: null }),
      ).rejects.toThrow("Hasil evaluasi tahun 2023 sudah tercatat untuk perangkat daerah ini");
      expect(await jumlah(trx)).toEqual(sebelum);
    }));

  it("keeps nothing when the indicator's realisation is refused (approved and locked)", () =>
    dalamRollback(b, async (trx) => {
      const { c, opdId, lama } = await siapkan(trx);
      await trx
        .insertInto("realisasi_indikator")
        .values({
          pemda_id: c.pemdaId,
          opd_id: opdId,
          indikator_id: lama,
          tahun: 2024,
          periode_jenis: "tahun",
          periode_ke: 1,
          nilai: "68",
          status: "disetujui",
          evaluasi_id: null,
        })
        .execute();
      const sebelum = await jumlah(trx);
      await expect(
        catatHasilEvaluasi(trx, c, opdId, { tahun: 2024, nilai: "70", tanggalLhe: null, catatan: null }),
      ).rejects.toThrow(/sudah disetujui dan terkunci/);
      expect(await jumlah(trx)).toEqual(sebelum);
    }));
});

describe("evaluation: recommendations", () => {
  const rek = {
    tahunEvaluasi: 2023,
    nomor: 1,
    uraian: "Agar mempublikasikan dokumen perencanaan kinerja tepat waktu setelah diformalkan",
    rencanaAksi: "Telah diinformasikan ke bagian PPID Kecamatan",
    penanggungJawab: null,
    tenggat: null,
    status: "proses" as const,
    progres: "Akan diproses oleh admin PPID",
  };

  it("stores recommendations and lists them by year and number", () =>
    dalamRollback(b, async (trx) => {
      const { c, opdId } = await siapkan(trx);
      await tambahRekomendasi(trx, c, opdId, {
        ...rek,
        nomor: 2,
        uraian: "Agar menyusun jadwal monitoring",
        tenggat: "2024-12-31",
      });
      await tambahRekomendasi(trx, c, opdId, rek);
      await tambahRekomendasi(trx, c, opdId, { ...rek, tahunEvaluasi: 2024, status: "belum" });
      expect(
        (await daftarRekomendasi(trx, c, opdId)).map((r) => [r.tahun_evaluasi, r.nomor, r.tenggat]),
      ).toEqual([
        [2023, 1, null],
        [2023, 2, "2024-12-31"],
        [2024, 1, null],
      ]);
      expect((await daftarRekomendasi(trx, c, opdId, 2024)).map((r) => r.status)).toEqual(["belum"]);
    }));

  it("refuses a duplicate number, an unknown status, an empty uraian and a bad deadline, writing nothing", () =>
    dalamRollback(b, async (trx) => {
      const { c, opdId } = await siapkan(trx);
      await tambahRekomendasi(trx, c, opdId, rek);
      const sebelum = await jumlah(trx);
      await expect(tambahRekomendasi(trx, c, opdId, rek)).rejects.toThrow(
        "Rekomendasi nomor 1 hasil evaluasi tahun 2023 sudah ada",
      );
      await expect(
        tambahRekomendasi(trx, c, opdId, { ...rek, nomor: 2, status: "ditunda" as unknown as "belum" }),
      ).rejects.toThrow("status: Status tindak lanjut harus belum, proses atau selesai");
      await expect(tambahRekomendasi(trx, c, opdId, { ...rek, nomor: 2, uraian: "  " })).rejects.toThrow(
        "uraian: Uraian rekomendasi wajib diisi",
      );
      await expect(
        tambahRekomendasi(trx, c, opdId, { ...rek, nomor: 2, tenggat: "31-12-2024" }),
      ).rejects.toThrow("tenggat: Tenggat harus tanggal yang sah berbentuk TTTT-BB-HH, misalnya 2024-03-28");
      expect(await jumlah(trx)).toEqual(sebelum);
      const lain: Cakupan = { ...c, opdId: opdId + 1000 };
      await expect(daftarRekomendasi(trx, lain, opdId)).rejects.toThrow(/di luar cakupan/);
    }));
});

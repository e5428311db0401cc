import type { Transaction } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { DB } from "../../platform/db/schema.ts";
import { keString } from "../../platform/decimal.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import type { Cakupan } from "../../platform/scope.ts";
import { buatOpd, buatPemda } from "../tenancy/tenancy.service.ts";
import type { HasilSerapan } from "./anggaran.domain.ts";
import {
  anggaranKasSubKegiatan,
  aturAnggaranKas,
  buatDpa,
  cariDpa,
  catatRealisasiAnggaran,
  dpaBerlaku,
  paguProgram,
  ringkasanAnggaran,
  tambahKegiatanDpa,
  tambahProgramDpa,
  tambahSubKegiatanDpa,
  totalAnggaranSql,
} from "./budget.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

type Trx = Transaction<DB>;

async function siapkan(trx: Trx) {
  const pemdaId = await buatPemda(trx, "uji", {
    kode: "uji-pemda",
    nama: "Kabupaten Uji",
    jenis: "kabupaten",
  });
  const admin: Cakupan = { pemdaId, opdId: null, pelaku: "uji" };
  const opdId = await buatOpd(trx, admin, { kode: "kec-a", nama: "Kecamatan A", jenis: "kecamatan" });
  const lainId = await buatOpd(trx, admin, { kode: "kec-b", nama: "Kecamatan B", jenis: "kecamatan" });
  const c: Cakupan = { pemdaId, opdId, pelaku: "operator-a" };
  return { admin, c, opdId, lainId };
}

/** A small DPA perubahan: two programs with sub kegiatan, one empty program. */
async function dpaKecil(trx: Trx, c: Cakupan, opdId: number) {
  const dpaId = await buatDpa(trx, c, opdId, {
    tahun: 2024,
    jenis: "perubahan",
    nomor: "DPA/2024/P",
    tanggalPengesahan: "2024-09-30",
  });
  const p1 = await tambahProgramDpa(trx, c, dpaId, {
    kode: "7.01.01",
    nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    sasaranId: null,
    indikatorKeluaran: null,
    target: "100",
    satuan: "%",
    paguDinyatakan: "2.468.129.782",
  });
  const k1 = await tambahKegiatanDpa(trx, c, p1, {
    kode: "7.01.01.2.01",
    nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
    indikatorKeluaran: null,
    target: "100",
    satuan: "%",
    paguDinyatakan: "31085300",
  });
  const s1 = await tambahSubKegiatanDpa(trx, c, k1, {
    kode: "7.01.01.2.01.0001",
    nama: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
    pagu: "26.598.200",
    indikatorKeluaran: "Jumlah Dokumen Perencanaan Perangkat Daerah",
    target: "3",
    satuan: "Dokumen",
  });
  const s2 = await tambahSubKegiatanDpa(trx, c, k1, {
    kode: "7.01.01.2.01.0002",
    nama: "Koordinasi dan Penyusunan Dokumen RKA-SKPD",
    pagu: 4_487_000n,
    indikatorKeluaran: null,
    target: null,
    satuan: null,
  });
  const k2 = await tambahKegiatanDpa(trx, c, p1, {
    kode: "7.01.01.2.02",
    nama: "Administrasi Keuangan Perangkat Daerah",
    indikatorKeluaran: null,
    target: null,
    satuan: null,
    paguDinyatakan: null,
  });
  const s3 = await tambahSubKegiatanDpa(trx, c, k2, {
    kode: "7.01.01.2.02.0001",
    nama: "Penyediaan Gaji dan Tunjangan ASN",
    pagu: "2437044582",
    indikatorKeluaran: null,
    target: "21",
    satuan: "Orang",
  });
  const p2 = await tambahProgramDpa(trx, c, dpaId, {
    kode: "7.01.02",
    nama: "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
    sasaranId: null,
    indikatorKeluaran: null,
    target: null,
    satuan: null,
    paguDinyatakan: null,
  });
  const k3 = await tambahKegiatanDpa(trx, c, p2, {
    kode: "7.01.02.2.04",
    nama: "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat",
    indikatorKeluaran: null,
    target: null,
    satuan: null,
    paguDinyatakan: null,
  });
  const s4 = await tambahSubKegiatanDpa(trx, c, k3, {
    kode: "7.01.02.2.04.0001",
    nama: "Pelaksanaan Urusan Pemerintahan yang Terkait dengan Pelayanan Perizinan Non Usaha",
    pagu: "4.271.900",
    indikatorKeluaran: null,
    target: null,
    satuan: null,
  });
  await tambahProgramDpa(trx, c, dpaId, {
    kode: "7.01.03",
    nama: "Program Pemberdayaan Masyarakat Desa dan Kelurahan",
    sasaranId: null,
    indikatorKeluaran: null,
    target: null,
    satuan: null,
    paguDinyatakan: "1000",
  });
  await catatRealisasiAnggaran(trx, c, s1, {
    periode: { jenis: "triwulan", ke: 1 },
    jumlah: "10.000.000",
    catatan: null,
  });
  await catatRealisasiAnggaran(trx, c, s1, {
    periode: { jenis: "triwulan", ke: 2 },
    jumlah: 14_179_450n,
    catatan: null,
  });
  await catatRealisasiAnggaran(trx, c, s2, {
    periode: { jenis: "tahun", ke: 1 },
    jumlah: "4425000",
    catatan: null,
  });
  await catatRealisasiAnggaran(trx, c, s3, {
    periode: { jenis: "semester", ke: 1 },
    jumlah: "1.200.000.000",
    catatan: null,
  });
  await catatRealisasiAnggaran(trx, c, s3, {
    periode: { jenis: "semester", ke: 2 },
    jumlah: "1159685294",
    catatan: null,
  });
  await catatRealisasiAnggaran(trx, c, s4, {
    periode: { jenis: "bulan", ke: 12 },
    jumlah: "3684405",
    catatan: "s.d. Desember",
  });
  return { dpaId, p1, k1, k2, s1, s2, s3, s4 };
}

const persen = (s: HasilSerapan) => (s.status === "dihitung" ? keString(s.persen) : s.alasan);

async function hitung(
  trx: Trx,
  tabel:
    | "dpa"
    | "dpa_program"
    | "dpa_kegiatan"
    | "dpa_sub_kegiatan"
    | "anggaran_kas"
    | "realisasi_anggaran"
    | "audit_log",
) {
  const r = await trx
    .selectFrom(tabel)
    .select((e) => e.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function hitungSemua(trx: Trx) {
  return {
    dpa: await hitung(trx, "dpa"),
    program: await hitung(trx, "dpa_program"),
    kegiatan: await hitung(trx, "dpa_kegiatan"),
    sub: await hitung(trx, "dpa_sub_kegiatan"),
    kas: await hitung(trx, "anggaran_kas"),
    realisasi: await hitung(trx, "realisasi_anggaran"),
    audit: await hitung(trx, "audit_log"),
  };
}

describe("budget: DPA tree, sums and serapan", () => {
  it("rolls the DPA in force up with exact sums and serapan, matching the SQL-only totals", () =>
    dalamRollback(b, async (trx) => {
      const { c, opdId } = await siapkan(trx);
      const murniId = await buatDpa(trx, c, opdId, {
        tahun: 2024,
        jenis: "murni",
        nomor: null,
        tanggalPengesahan: null,
      });
      const murni = await tambahProgramDpa(trx, c, murniId, {
        kode: "7.01.01",
        nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
        sasaranId: null,
        indikatorKeluaran: null,
        target: null,
        satuan: null,
        paguDinyatakan: null,
      });
      expect(murni).toBeGreaterThan(0);
      const { dpaId } = await dpaKecil(trx, c, opdId);

      expect((await cariDpa(trx, c, opdId, 2024, "murni"))?.id).toBe(murniId);
      expect((await dpaBerlaku(trx, c, opdId, 2024))?.id).toBe(dpaId);
      expect(await dpaBerlaku(trx, c, opdId, 2025)).toBeNull();

      const r = await ringkasanAnggaran(trx, c, opdId, 2024);
      if (!r) throw new Error("ringkasan kosong");
      expect(r.dpa).toEqual({
        id: dpaId,
        tahun: 2024,
        jenis: "perubahan",
        nomor: "DPA/2024/P",
        tanggalPengesahan: "2024-09-30",
      });
      expect(r.total.pagu).toBe(2_472_401_682n);
      expect(r.total.realisasi).toBe(2_391_974_149n);
      expect(persen(r.total.serapan)).toBe("96.75");

      expect(
        r.program.map((p) => [p.kode, p.pagu, p.realisasi, persen(p.serapan), p.paguDinyatakan]),
      ).toEqual([
        ["7.01.01", 2_468_129_782n, 2_388_289_744n, "96.77", 2_468_129_782n],
        ["7.01.02", 4_271_900n, 3_684_405n, "86.25", null],
        ["7.01.03", 0n, 0n, "Pagu bernilai 0", 1000n],
      ]);
      const [p1] = r.program;
      expect(
        p1?.kegiatan.map((k) => [k.kode, k.pagu, k.realisasi, persen(k.serapan), k.paguDinyatakan]),
      ).toEqual([
        ["7.01.01.2.01", 31_085_200n, 28_604_450n, "92.02", 31_085_300n],
        ["7.01.01.2.02", 2_437_044_582n, 2_359_685_294n, "96.83", null],
      ]);
      expect(
        p1?.kegiatan[0]?.subKegiatan.map((s) => [
          s.kode,
          s.pagu,
          s.realisasi,
          persen(s.serapan),
          s.target,
          s.satuan,
        ]),
      ).toEqual([
        ["7.01.01.2.01.0001", 26_598_200n, 24_179_450n, "90.91", "3", "Dokumen"],
        ["7.01.01.2.01.0002", 4_487_000n, 4_425_000n, "98.62", null, null],
      ]);

      const sql = await totalAnggaranSql(trx, c, opdId, 2024);
      expect(sql.map((t) => [t.kode, t.pagu, t.realisasi, t.serapan, t.dpaJenis])).toEqual(
        r.program.map((p) => [
          p.kode,
          p.pagu,
          p.realisasi,
          p.serapan.status === "dihitung" ? keString(p.serapan.persen) : null,
          "perubahan",
        ]),
      );
      const admin = { ...c, opdId: null };
      expect((await totalAnggaranSql(trx, admin, null, 2024)).length).toBe(3);

      expect(await paguProgram(trx, c, dpaId, "7.01.01")).toBe(2_468_129_782n);
      expect(await paguProgram(trx, c, dpaId, "7.01.03")).toBe(0n);
      expect(await paguProgram(trx, c, dpaId, "7.01.06")).toBeNull();
      expect(await paguProgram(trx, c, murniId, "7.01.01")).toBe(0n);
    }));

  it("stores a cash plan that sums to the pagu and accepts a realisation above the pagu", () =>
    dalamRollback(b, async (trx) => {
      const { c, opdId } = await siapkan(trx);
      const { s2, s4 } = await dpaKecil(trx, c, opdId);
      const bulanan = [...Array.from({ length: 11 }, () => "373.900"), 374_100n];
      await aturAnggaranKas(trx, c, s2, bulanan);
      await aturAnggaranKas(trx, c, s2, [...Array.from({ length: 11 }, () => 0n), "4.487.000"]);
      expect(await anggaranKasSubKegiatan(trx, c, s2)).toEqual([
        ...Array.from({ length: 11 }, () => 0n),
        4_487_000n,
      ]);
      await catatRealisasiAnggaran(trx, c, s4, {
        periode: { jenis: "bulan", ke: 11 },
        jumlah: "9000000",
        catatan: null,
      });
      const r = await ringkasanAnggaran(trx, c, opdId, 2024);
      expect(persen(r?.program[1]?.serapan ?? { status: "tidak_dapat_dihitung", alasan: "?" })).toBe(
        "296.93",
      );
    }));
});

describe("budget: refusals write nothing", () => {
  it("refuses bad codes, codes outside their parent, negative and unreadable money", () =>
    dalamRollback(b, async (trx) => {
      const { c, opdId } = await siapkan(trx);
      const { dpaId, p1, k1 } = await dpaKecil(trx, c, opdId);
      const sebelum = await hitungSemua(trx);
      const keluaran = { indikatorKeluaran: null, target: null, satuan: null };

      await expect(
        buatDpa(trx, c, opdId, { tahun: 2024, jenis: "perubahan", nomor: null, tanggalPengesahan: null }),
      ).rejects.toThrow("DPA perubahan tahun 2024 sudah ada untuk perangkat daerah ini");
      await expect(
        tambahProgramDpa(trx, c, dpaId, {
          kode: "7.01.4",
          nama: "X",
          sasaranId: null,
          paguDinyatakan: null,
          ...keluaran,
        }),
      ).rejects.toThrow('kode: Kode program harus berbentuk 7.01.02; tertulis "7.01.4".');
      await expect(
        tambahProgramDpa(trx, c, dpaId, {
          kode: "7.01.04",
          nama: "X",
          sasaranId: 999,
          paguDinyatakan: null,
          ...keluaran,
        }),
      ).rejects.toThrow("Sasaran tidak ditemukan di perangkat daerah ini");
      await expect(
        tambahProgramDpa(trx, c, dpaId, {
          kode: "7.01.04",
          nama: "X",
          sasaranId: null,
          paguDinyatakan: "-1.000",
          ...keluaran,
        }),
      ).rejects.toThrow("paguDinyatakan: Pagu yang dinyatakan tidak boleh negatif.");
      await expect(
        tambahProgramDpa(trx, c, dpaId, {
          kode: "7.01.01",
          nama: "X",
          sasaranId: null,
          paguDinyatakan: null,
          ...keluaran,
        }),
      ).rejects.toThrow("Program 7.01.01 sudah ada di DPA ini");
      await expect(
        tambahKegiatanDpa(trx, c, p1, { kode: "7.01.02.2.01", nama: "X", paguDinyatakan: null, ...keluaran }),
      ).rejects.toThrow("Kode 7.01.02.2.01 bukan bagian dari program 7.01.01");
      await expect(
        tambahKegiatanDpa(trx, c, p1, {
          kode: "7.01.01.2.03",
          nama: "X",
          paguDinyatakan: null,
          ...keluaran,
          target: "banyak",
        }),
      ).rejects.toThrow('target: Target tidak sah: "banyak" bukan angka yang dapat dibaca.');
      await expect(
        tambahSubKegiatanDpa(trx, c, k1, { kode: "7.01.03.2.01.0001", nama: "X", pagu: "1", ...keluaran }),
      ).rejects.toThrow("Kode 7.01.03.2.01.0001 bukan bagian dari kegiatan 7.01.01.2.01");
      await expect(
        tambahSubKegiatanDpa(trx, c, k1, { kode: "7.01.01.2.01", nama: "X", pagu: "1", ...keluaran }),
      ).rejects.toThrow(
        "kode: Kode 7.01.01.2.01 adalah kode kegiatan, bukan kode sub kegiatan. Kode sub kegiatan harus berbentuk 7.01.02.2.01.0001 (4 digit) atau 7.01.02.2.01.01 (2 digit).",
      );
      await expect(
        tambahSubKegiatanDpa(trx, c, k1, { kode: "7.01.01.2.01.0003", nama: "X", pagu: "-5", ...keluaran }),
      ).rejects.toThrow("pagu: Pagu tidak boleh negatif.");
      await expect(
        tambahSubKegiatanDpa(trx, c, k1, { kode: "7.01.01.2.01.0003", nama: "X", pagu: -5n, ...keluaran }),
      ).rejects.toThrow("pagu: Pagu tidak boleh negatif.");
      await expect(
        tambahSubKegiatanDpa(trx, c, k1, {
          kode: "7.01.01.2.01.0003",
          nama: "X",
          pagu: "lima juta",
          ...keluaran,
        }),
      ).rejects.toThrow('pagu: Pagu tidak sah: "lima juta" bukan nilai rupiah yang dapat dibaca.');
      await expect(
        tambahSubKegiatanDpa(trx, c, k1, { kode: "7.01.01.2.01.0001", nama: "X", pagu: "1", ...keluaran }),
      ).rejects.toThrow("Sub kegiatan 7.01.01.2.01.0001 sudah ada di kegiatan 7.01.01.2.01");

      expect(await hitungSemua(trx)).toEqual(sebelum);
    }));

  it("refuses a cash plan that is not 12 months, has a negative month or does not sum to the pagu", () =>
    dalamRollback(b, async (trx) => {
      const { c, opdId } = await siapkan(trx);
      const { s1 } = await dpaKecil(trx, c, opdId);
      const sebelum = await hitungSemua(trx);
      await expect(
        aturAnggaranKas(
          trx,
          c,
          s1,
          Array.from({ length: 11 }, () => "1"),
        ),
      ).rejects.toThrow("bulanan: Anggaran kas harus berisi tepat 12 bulan (Januari sampai Desember)");
      const negatif = Array.from({ length: 12 }, (_, i) => (i === 3 ? "-1" : "0"));
      await expect(aturAnggaranKas(trx, c, s1, negatif)).rejects.toThrow(
        "bulanan.3: Anggaran kas April tidak boleh negatif.",
      );
      await expect(
        aturAnggaranKas(
          trx,
          c,
          s1,
          Array.from({ length: 12 }, () => "100"),
        ),
      ).rejects.toThrow(
        "Jumlah anggaran kas 12 bulan Rp 1.200 tidak sama dengan pagu sub kegiatan 7.01.01.2.01.0001 Rp 26.598.200",
      );
      expect(await hitungSemua(trx)).toEqual(sebelum);
    }));

  it("refuses a negative realisation, an invalid period and a period overlapping a recorded one", () =>
    dalamRollback(b, async (trx) => {
      const { c, opdId } = await siapkan(trx);
      const { s1, s3 } = await dpaKecil(trx, c, opdId);
      const sebelum = await hitungSemua(trx);
      await expect(
        catatRealisasiAnggaran(trx, c, s1, {
          periode: { jenis: "triwulan", ke: 3 },
          jumlah: "-10",
          catatan: null,
        }),
      ).rejects.toThrow("jumlah: Jumlah realisasi tidak boleh negatif.");
      await expect(
        catatRealisasiAnggaran(trx, c, s1, {
          periode: { jenis: "triwulan", ke: 5 },
          jumlah: "10",
          catatan: null,
        }),
      ).rejects.toThrow("periode: Periode triwulan harus bernomor 1 sampai 4; tertulis 5.");
      await expect(
        catatRealisasiAnggaran(trx, c, s1, {
          periode: { jenis: "bulan", ke: 2 },
          jumlah: "10",
          catatan: null,
        }),
      ).rejects.toThrow(
        "Realisasi Februari bertumpuk dengan realisasi Triwulan I yang sudah tercatat untuk sub kegiatan 7.01.01.2.01.0001",
      );
      await expect(
        catatRealisasiAnggaran(trx, c, s3, {
          periode: { jenis: "triwulan", ke: 3 },
          jumlah: "10",
          catatan: null,
        }),
      ).rejects.toThrow(
        "Realisasi Triwulan III bertumpuk dengan realisasi Semester II yang sudah tercatat untuk sub kegiatan 7.01.01.2.02.0001",
      );
      await expect(
        catatRealisasiAnggaran(trx, c, s1, {
          periode: { jenis: "triwulan", ke: 1 },
          jumlah: "10",
          catatan: null,
        }),
      ).rejects.toThrow("Realisasi Triwulan I bertumpuk dengan realisasi Triwulan I");
      expect(await hitungSemua(trx)).toEqual(sebelum);
    }));

  it("refuses a caller of another OPD", () =>
    dalamRollback(b, async (trx) => {
      const { c, opdId, lainId, admin } = await siapkan(trx);
      const { dpaId, s1 } = await dpaKecil(trx, c, opdId);
      const petugasB: Cakupan = { pemdaId: admin.pemdaId, opdId: lainId, pelaku: "b" };
      const galat = await catatRealisasiAnggaran(trx, petugasB, s1, {
        periode: { jenis: "triwulan", ke: 4 },
        jumlah: "1",
        catatan: null,
      }).catch((e) => e);
      expect(galat).toBeInstanceOf(GalatTerukur);
      expect((galat as GalatTerukur).jenis).toBe("di_luar_cakupan");
      await expect(ringkasanAnggaran(trx, petugasB, opdId, 2024)).rejects.toThrow(/di luar cakupan/);
      await expect(paguProgram(trx, petugasB, dpaId, "7.01.01")).rejects.toThrow(/di luar cakupan/);
    }));
});

import type { Transaction } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { DB } from "../../platform/db/schema.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { daftarAturan, periksaOpd } from "./consistency.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

type Db = Transaction<DB>;

async function id<T>(q: { executeTakeFirstOrThrow(): Promise<T> }): Promise<number> {
  return ((await q.executeTakeFirstOrThrow()) as { id: number }).id;
}

/**
 * A small kecamatan for 2024. Clean, every figure agrees; `bermasalah` plants exactly one instance of each
 * problem the checker knows.
 */
async function isiKecamatan(trx: Db, pemdaId: number, kode: string, bermasalah: boolean): Promise<number> {
  const p = pemdaId;
  const opdId = await id(
    trx
      .insertInto("opd")
      .values({ pemda_id: p, kode, nama: `Kecamatan ${kode}`, jenis: "kecamatan" })
      .returning("id"),
  );
  const o = { pemda_id: p, opd_id: opdId };
  const unitId = await id(
    trx
      .insertInto("unit_kerja")
      .values({ ...o, kode: "camat", nama: "Camat", jenis: "pimpinan" })
      .returning("id"),
  );
  // staff: 2 PNS, 1 PPPK, 1 upah jasa (+1 inactive PNS that must not count)
  const pegawai = (status: "PNS" | "PPPK" | "UPAH_JASA", aktif = true) => ({
    ...o,
    unit_kerja_id: unitId,
    nama: "Pegawai",
    status,
    pendidikan: "S1" as const,
    jabatan: "Staf",
    jenis_jabatan: "pelaksana" as const,
    aktif,
  });
  await trx
    .insertInto("pegawai")
    .values([pegawai("PNS"), pegawai("PNS"), pegawai("PPPK"), pegawai("UPAH_JASA"), pegawai("PNS", false)])
    .execute();
  // wilayah: kecamatan with 1 desa and 1 kelurahan
  const kecId = await id(
    trx
      .insertInto("wilayah")
      .values({
        ...o,
        kode: "kec",
        nama: `Kecamatan ${kode}`,
        jenis: "kecamatan",
        jumlah_dusun: bermasalah ? 9 : 5,
        jumlah_rt: 12,
      })
      .returning("id"),
  );
  const desaId = await id(
    trx
      .insertInto("wilayah")
      .values({
        ...o,
        induk_id: kecId,
        kode: "desa-a",
        nama: "Desa A",
        jenis: "desa",
        jumlah_dusun: 3,
        jumlah_rt: 7,
      })
      .returning("id"),
  );
  const kelId = await id(
    trx
      .insertInto("wilayah")
      .values({
        ...o,
        induk_id: kecId,
        kode: "kel-b",
        nama: "Kelurahan B",
        jenis: "kelurahan",
        jumlah_dusun: 2,
        jumlah_rt: 5,
      })
      .returning("id"),
  );
  await trx
    .insertInto("wilayah_penduduk")
    .values([
      { pemda_id: p, wilayah_id: kecId, tahun: 2024, laki_laki: 300, perempuan: 310 },
      { pemda_id: p, wilayah_id: desaId, tahun: 2024, laki_laki: 200, perempuan: 210 },
      { pemda_id: p, wilayah_id: kelId, tahun: 2024, laki_laki: 100, perempuan: 100 },
    ])
    .execute();

  // Renstra 2021-2026: tujuan T1, sasaran S1 measured by IKM (IKU); the problem set adds S2 without any
  // indicator and an indicator without sasaran.
  const renstraId = await id(
    trx
      .insertInto("renstra")
      .values({ ...o, nama: "Renstra", tahun_awal: 2021, tahun_akhir: 2026 })
      .returning("id"),
  );
  const tujuanId = await id(
    trx
      .insertInto("tujuan")
      .values({ ...o, renstra_id: renstraId, kode: "T1", uraian: "Pelayanan prima" })
      .returning("id"),
  );
  const sasaranId = await id(
    trx
      .insertInto("sasaran")
      .values({
        ...o,
        renstra_id: renstraId,
        tujuan_id: tujuanId,
        kode: "S1",
        uraian: "Meningkatnya pelayanan",
      })
      .returning("id"),
  );
  const indikator = {
    ...o,
    renstra_id: renstraId,
    tingkat: "sasaran" as const,
    satuan: "Nilai",
    polaritas: "positif" as const,
    agregasi: "last" as const,
    baseline: "92",
    baseline_tahun: 2021,
  };
  const ikmId = await id(
    trx
      .insertInto("indikator")
      .values({
        ...indikator,
        sasaran_id: sasaranId,
        kode: "S1.I1",
        nama: "Indeks Kepuasan Masyarakat",
        iku: true,
      })
      .returning("id"),
  );
  const tahunTarget = bermasalah ? [2022, 2023, 2024, 2025] : [2022, 2023, 2024, 2025, 2026];
  await trx
    .insertInto("indikator_target")
    .values(
      tahunTarget.map((tahun) => ({
        pemda_id: p,
        indikator_id: ikmId,
        tahun,
        target: tahun === 2024 ? "93.05" : "94",
      })),
    )
    .execute();
  await trx
    .insertInto("realisasi_indikator")
    .values({ ...o, indikator_id: ikmId, tahun: 2024, periode_jenis: "tahun", periode_ke: 1, nilai: "93.06" })
    .execute();
  if (bermasalah) {
    await trx
      .insertInto("sasaran")
      .values({
        ...o,
        renstra_id: renstraId,
        tujuan_id: tujuanId,
        kode: "S2",
        uraian: "Meningkatnya akuntabilitas",
      })
      .execute();
    const yatimId = await id(
      trx
        .insertInto("indikator")
        .values({
          ...indikator,
          sasaran_id: null,
          kode: "S9.I1",
          nama: "Nilai LAKIP",
          iku: true,
          sumber_otomatis: "nilai_lakip",
        })
        .returning("id"),
    );
    await trx
      .insertInto("indikator_target")
      .values(
        [2022, 2023, 2024, 2025, 2026].map((tahun) => ({
          pemda_id: p,
          indikator_id: yatimId,
          tahun,
          target: "66",
        })),
      )
      .execute();
  }

  // DPA perubahan 2024: one program, one kegiatan, two sub kegiatan (Rp 14.088.150 + Rp 4.771.000).
  const dpaId = await id(
    trx
      .insertInto("dpa")
      .values({ ...o, tahun: 2024, jenis: "perubahan" })
      .returning("id"),
  );
  const programId = await id(
    trx
      .insertInto("dpa_program")
      .values({
        ...o,
        dpa_id: dpaId,
        kode: "7.01.05",
        nama: "Program Ketentraman",
        pagu_dinyatakan: "18859150",
      })
      .returning("id"),
  );
  const kegiatanId = await id(
    trx
      .insertInto("dpa_kegiatan")
      .values({
        ...o,
        dpa_program_id: programId,
        kode: "7.01.05.2.01",
        nama: "Koordinasi Ketentraman",
        pagu_dinyatakan: bermasalah ? "18889150" : "18859150",
      })
      .returning("id"),
  );
  const sub = (kodeAkhir: string, nama: string, pagu: string, keluaran: string | null) => ({
    ...o,
    dpa_kegiatan_id: kegiatanId,
    kode: `7.01.05.2.01.${kodeAkhir}`,
    nama,
    indikator_keluaran: keluaran,
    target: "4",
    satuan: "Laporan",
    pagu,
  });
  const [sinergi, perda] = await trx
    .insertInto("dpa_sub_kegiatan")
    .values([
      sub("0001", "Sinergitas", "14088150", "Jumlah laporan sinergitas"),
      sub("0002", "Penegakan Perda", "4771000", bermasalah ? null : "Jumlah laporan koordinasi"),
    ])
    .returning("id")
    .execute();
  if (sinergi === undefined || perda === undefined) throw new Error("sub kegiatan tidak tersimpan");
  await trx
    .insertInto("anggaran_kas")
    .values([
      { pemda_id: p, dpa_sub_kegiatan_id: sinergi.id, bulan: 3, jumlah: "7000000" },
      { pemda_id: p, dpa_sub_kegiatan_id: sinergi.id, bulan: 9, jumlah: bermasalah ? "7000000" : "7088150" },
    ])
    .execute();
  await trx
    .insertInto("realisasi_anggaran")
    .values([
      { ...o, dpa_sub_kegiatan_id: sinergi.id, periode_jenis: "tahun", periode_ke: 1, jumlah: "11728520" },
      {
        ...o,
        dpa_sub_kegiatan_id: perda.id,
        periode_jenis: "tahun",
        periode_ke: 1,
        jumlah: bermasalah ? "4800000" : "4771000",
      },
    ])
    .execute();

  // PK 2024 of the Camat on that DPA.
  const pkId = await id(
    trx
      .insertInto("perjanjian_kinerja")
      .values({
        ...o,
        tahun: 2024,
        tingkat: "pimpinan_opd",
        unit_kerja_id: unitId,
        dpa_id: dpaId,
        pihak_pertama_nama: "Camat",
        pihak_pertama_jabatan: "Camat",
        pihak_kedua_nama: "Bupati",
        pihak_kedua_jabatan: "Bupati",
        tempat: "Malili",
      })
      .returning("id"),
  );
  await trx
    .insertInto("pk_indikator")
    .values({ pemda_id: p, pk_id: pkId, indikator_id: ikmId, target: bermasalah ? "93.5" : "93.05" })
    .execute();
  await trx
    .insertInto("pk_program")
    .values([
      {
        pemda_id: p,
        pk_id: pkId,
        kode: "7.01.05",
        anggaran: bermasalah ? "14088150" : "18859150",
        urutan: 1,
      },
      ...(bermasalah ? [{ pemda_id: p, pk_id: pkId, kode: "7.01.09", anggaran: "1000000", urutan: 2 }] : []),
    ])
    .execute();

  await trx
    .insertInto("narasi")
    .values({
      ...o,
      tahun: 2024,
      jenis: "gambaran_umum",
      isi: bermasalah
        ? "Kecamatan terdiri dari 1 (satu) Desa dan 1 (satu) Kelurahan dengan 12 RT. Aparatur berjumlah 3 (dua) orang PNS dan 1 orang Non PNS."
        : "Kecamatan terdiri dari 1 (satu) Desa dan 1 (satu) Kelurahan dengan 12 RT. Aparatur berjumlah 2 (dua) orang PNS dan 1 orang Non PNS.",
    })
    .execute();
  return opdId;
}

async function pemdaUji(trx: Db): Promise<number> {
  return id(
    trx
      .insertInto("pemda")
      .values({ kode: "uji", nama: "Kabupaten Uji", jenis: "kabupaten" })
      .returning("id"),
  );
}

describe("periksaOpd", () => {
  it("finds exactly one instance of each planted problem", () =>
    dalamRollback(b, async (trx) => {
      const pemdaId = await pemdaUji(trx);
      const opdId = await isiKecamatan(trx, pemdaId, "a", true);
      await isiKecamatan(trx, pemdaId, "lain", true);
      const temuan = await periksaOpd(trx, { pemdaId, opdId, pelaku: "uji" }, opdId, 2024);
      const dpa = "DPA Perubahan 2024 › 7.01.05 Program Ketentraman";
      const pk = "Perjanjian Kinerja 2024";
      expect(
        temuan.map((t) => [
          t.aturan,
          t.tingkat,
          t.lokasi,
          t.dinyatakan ?? null,
          t.dihitung ?? null,
          t.selisih ?? null,
        ]),
      ).toEqual([
        [
          "dpa-pagu-induk",
          "galat",
          `${dpa} › 7.01.05.2.01 Koordinasi Ketentraman`,
          "18889150",
          "18859150",
          "30000",
        ],
        [
          "anggaran-kas-vs-pagu",
          "galat",
          `${dpa} › 7.01.05.2.01 Koordinasi Ketentraman › 7.01.05.2.01.0001 Sinergitas`,
          "14000000",
          "14088150",
          "-88150",
        ],
        [
          "realisasi-melebihi-pagu",
          "galat",
          `${dpa} › 7.01.05.2.01 Koordinasi Ketentraman › 7.01.05.2.01.0002 Penegakan Perda`,
          "4800000",
          "4771000",
          "29000",
        ],
        ["narasi-angka-vs-register", "galat", "Narasi 2024 › Gambaran Umum", "3", "2", "1"],
        ["narasi-angka-vs-terbilang", "galat", "Narasi 2024 › Gambaran Umum", "3", "2", "1"],
        [
          "pk-anggaran-vs-dpa",
          "galat",
          `${pk} › 7.01.05 Program Ketentraman`,
          "14088150",
          "18859150",
          "-4771000",
        ],
        ["pk-target-vs-renstra", "galat", `${pk} › Indeks Kepuasan Masyarakat`, "93.5", "93.05", "0.45"],
        ["pk-anggaran-vs-dpa", "galat", `${pk} › Program 7.01.09`, "1000000", null, null],
        ["indikator-tanpa-sasaran", "galat", "Renstra 2021-2026 › Nilai LAKIP", null, null, null],
        [
          "sasaran-tanpa-indikator",
          "galat",
          "Renstra 2021-2026 › Sasaran S2 Meningkatnya akuntabilitas",
          null,
          null,
          null,
        ],
        ["wilayah-induk", "galat", "Wilayah › Kecamatan a", "9", "5", "4"],
        [
          "sub-kegiatan-tanpa-keluaran",
          "peringatan",
          `${dpa} › 7.01.05.2.01 Koordinasi Ketentraman › 7.01.05.2.01.0002 Penegakan Perda`,
          null,
          null,
          null,
        ],
        [
          "renstra-target-kosong",
          "peringatan",
          "Renstra 2021-2026 › Indeks Kepuasan Masyarakat",
          null,
          null,
          null,
        ],
        ["iku-tanpa-realisasi", "peringatan", "Renstra 2021-2026 › Nilai LAKIP", null, null, null],
      ]);
      expect(temuan.find((t) => t.aturan === "narasi-angka-vs-register")?.pesan).toBe(
        'Teks "3 (dua) orang PNS" menyebut 3 PNS, sedangkan register pegawai mencatat 2.',
      );
    }));

  it("finds nothing in a consistent OPD-year", () =>
    dalamRollback(b, async (trx) => {
      const pemdaId = await pemdaUji(trx);
      await isiKecamatan(trx, pemdaId, "lain", true);
      const opdId = await isiKecamatan(trx, pemdaId, "bersih", false);
      expect(await periksaOpd(trx, { pemdaId, opdId: null, pelaku: "uji" }, opdId, 2024)).toEqual([]);
    }));

  it("refuses an OPD outside the caller's scope", () =>
    dalamRollback(b, async (trx) => {
      const pemdaId = await pemdaUji(trx);
      const a = await isiKecamatan(trx, pemdaId, "a", false);
      const lain = await isiKecamatan(trx, pemdaId, "lain", true);
      const galat = await periksaOpd(trx, { pemdaId, opdId: a, pelaku: "uji" }, lain, 2024).catch((e) => e);
      expect(galat).toBeInstanceOf(GalatTerukur);
      expect((galat as GalatTerukur).jenis).toBe("di_luar_cakupan");
    }));

  it("lists every rule with an Indonesian title and description", () => {
    const daftar = daftarAturan();
    expect(new Set(daftar.map((a) => a.id)).size).toBe(daftar.length);
    expect(daftar.length).toBe(20);
    expect(daftar.every((a) => a.judul.length > 0 && a.uraian.length > 0)).toBe(true);
  });
});

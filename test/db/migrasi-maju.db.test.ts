import { type MigrationProvider, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ringkasanOpd } from "../../src/modules/dashboard/ringkasan.service.ts";
import { type Basisdata, bukaBasisdata } from "../../src/platform/db/database.ts";
import { MigrasiSql, migrasiKeTerbaru } from "../../src/platform/db/migrate.ts";

/**
 * Issue 8 item 2: an installation created by the first release (migration 0001 only) and used for a year is
 * upgraded to the latest schema: every row survives with its values, the new columns take their defaults, and
 * today's services read the old data.
 */

const HANYA_0001: MigrationProvider = {
  async getMigrations() {
    const semua = await new MigrasiSql().getMigrations();
    return Object.fromEntries(Object.entries(semua).filter(([nama]) => nama.startsWith("0001_")));
  },
};

const TABEL_DIISI = [
  "pemda",
  "opd",
  "unit_kerja",
  "renstra",
  "tujuan",
  "sasaran",
  "indikator",
  "indikator_target",
  "dpa",
  "dpa_program",
  "dpa_kegiatan",
  "dpa_sub_kegiatan",
  "realisasi_anggaran",
  "perjanjian_kinerja",
  "pk_indikator",
  "pk_program",
  "realisasi_indikator",
  "evaluasi_hasil",
  "rekomendasi",
  "audit_log",
] as const;

async function jumlahPerTabel(b: Basisdata): Promise<Record<string, number>> {
  const hasil: Record<string, number> = {};
  for (const t of TABEL_DIISI) {
    const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t)}`.execute(b.db);
    hasil[t] = r.rows[0]?.n ?? -1;
  }
  return hasil;
}

/** One year of a kecamatan as the first release stored it, written in that release's schema. */
async function isiSkema0001(b: Basisdata): Promise<void> {
  await sql`
    insert into pemda (id, kode, nama, jenis) values (1, 'luwu-timur', 'Kabupaten Luwu Timur', 'kabupaten');
    insert into opd (id, pemda_id, kode, nama, jenis, pimpinan_nama)
      values (1, 1, 'malili', 'Kecamatan Malili', 'kecamatan', 'NASIR, SP., M.Si');
    insert into unit_kerja (id, pemda_id, opd_id, kode, nama, jenis) values (1, 1, 1, 'camat', 'Camat', 'pimpinan');
    insert into renstra (id, pemda_id, opd_id, nama, tahun_awal, tahun_akhir)
      values (1, 1, 1, 'Renstra 2021-2026', 2021, 2026);
    insert into tujuan (id, pemda_id, opd_id, renstra_id, kode, uraian) values (1, 1, 1, 1, 'T1', 'Pelayanan prima');
    insert into sasaran (id, pemda_id, opd_id, renstra_id, tujuan_id, kode, uraian)
      values (1, 1, 1, 1, 1, 'S1', 'Meningkatnya kualitas pelayanan publik');
    insert into indikator (id, pemda_id, opd_id, renstra_id, tingkat, sasaran_id, kode, nama, satuan, polaritas,
        agregasi, iku)
      values (1, 1, 1, 1, 'sasaran', 1, 'S1.I1', 'Indeks Kepuasan Masyarakat', 'indeks', 'positif', 'last', true);
    insert into indikator_target (pemda_id, indikator_id, tahun, target) values (1, 1, 2024, 85.5);
    insert into dpa (id, pemda_id, opd_id, tahun, jenis) values (1, 1, 1, 2024, 'murni');
    insert into dpa_program (id, pemda_id, opd_id, dpa_id, kode, nama)
      values (1, 1, 1, 1, '7.01.01', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota');
    insert into dpa_kegiatan (id, pemda_id, opd_id, dpa_program_id, kode, nama)
      values (1, 1, 1, 1, '7.01.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah');
    insert into dpa_sub_kegiatan (id, pemda_id, opd_id, dpa_kegiatan_id, kode, nama, pagu)
      values (1, 1, 1, 1, '7.01.01.2.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 1240713100);
    insert into realisasi_anggaran (pemda_id, opd_id, dpa_sub_kegiatan_id, periode_jenis, periode_ke, jumlah)
      values (1, 1, 1, 'tahun', 1, 1196267170);
    insert into perjanjian_kinerja (id, pemda_id, opd_id, tahun, tingkat, unit_kerja_id, dpa_id, pihak_pertama_nama,
        pihak_pertama_jabatan, pihak_kedua_nama, pihak_kedua_jabatan, tempat, tanggal)
      values (1, 1, 1, 2024, 'pimpinan_opd', 1, 1, 'NASIR, SP., M.Si', 'Camat Malili', 'Bupati', 'Bupati Luwu Timur',
        'Malili', '2024-01-31');
    insert into pk_indikator (pemda_id, pk_id, indikator_id, target) values (1, 1, 1, 85.5);
    insert into pk_program (pemda_id, pk_id, kode, anggaran) values (1, 1, '7.01.01', 1240713100);
    insert into realisasi_indikator (pemda_id, opd_id, indikator_id, tahun, periode_jenis, periode_ke, nilai, sumber)
      values (1, 1, 1, 2024, 'tahun', 1, 88.05, 'Survei SKM 2024');
    insert into evaluasi_hasil (id, pemda_id, opd_id, tahun, nilai, tanggal_lhe) values (1, 1, 1, 2023, 66, '2024-05-02');
    insert into rekomendasi (pemda_id, opd_id, tahun_evaluasi, nomor, uraian, status, tenggat)
      values (1, 1, 2023, 1, 'Selaraskan PK dengan pohon kinerja', 'proses', '2024-12-31');
    insert into audit_log (pemda_id, opd_id, pelaku, aksi, tabel, baris_id, data)
      values (1, 1, 'perencana', 'buat', 'realisasi_indikator', 1, '{"nilai": "88.05"}');
    select setval(pg_get_serial_sequence('pemda', 'id'), 1);
    select setval(pg_get_serial_sequence('opd', 'id'), 1);
  `.execute(b.db);
}

let b: Basisdata;
beforeAll(async () => {
  b = await bukaBasisdata({ databaseUrl: null, dataDir: "memory://" });
});
afterAll(async () => {
  await b.tutup();
});

describe("upgrading a first-release database", () => {
  it("keeps every row and value, gives new columns their defaults, and today's services read it", async () => {
    expect(await migrasiKeTerbaru(b.db, HANYA_0001)).toEqual(["0001_fondasi"]);
    await isiSkema0001(b);
    const sebelum = await jumlahPerTabel(b);
    expect(Object.values(sebelum).every((n) => n >= 1)).toBe(true);

    const dijalankan = await migrasiKeTerbaru(b.db);
    const semua = Object.keys(await new MigrasiSql().getMigrations());
    expect(dijalankan).toEqual(semua.slice(1));
    expect(await jumlahPerTabel(b)).toEqual(sebelum);

    const nilai = await sql<{
      pagu: string;
      jumlah: string;
      nilai: string;
      status: string;
      pk_status: string;
      verifikasi: string;
      lke: number;
    }>`
      select s.pagu::text as pagu, ra.jumlah::text as jumlah, ri.nilai::text as nilai, ri.status,
             pk.status as pk_status, r.verifikasi, (select count(*)::int from lke_penilaian) as lke
        from dpa_sub_kegiatan s, realisasi_anggaran ra, realisasi_indikator ri, perjanjian_kinerja pk, rekomendasi r`.execute(
      b.db,
    );
    expect(nilai.rows).toEqual([
      {
        pagu: "1240713100",
        jumlah: "1196267170",
        nilai: "88.05",
        status: "draf",
        pk_status: "draf",
        verifikasi: "belum",
        lke: 0,
      },
    ]);

    // the sequences continue after the old ids, so the next row written today does not collide
    const baru = await b.db
      .insertInto("opd")
      .values({ pemda_id: 1, kode: "burau", nama: "Kecamatan Burau", jenis: "kecamatan" })
      .returning("id")
      .executeTakeFirstOrThrow();
    expect(baru.id).toBe(2);

    const r = await ringkasanOpd(b.db, { pemdaId: 1, opdId: null, pelaku: "uji" }, "malili", 2024);
    expect(r.iku).toHaveLength(1);
    expect(r.iku[0]).toMatchObject({ kode: "S1.I1", target: "85.5", realisasi: "88.05" });
    expect(r.iku[0]?.capaian).toEqual({ status: "dihitung", persen: "102.98" });
  }, 120_000);
});

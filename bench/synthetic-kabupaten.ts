import { sql } from "kysely";
import type { Db } from "../src/platform/db/transaction.ts";

/** Size of the synthetic kabupaten the roll-up benchmark builds. */
export type UkuranSintetis = {
  opd: number;
  tahunAwal: number;
  tahun: number;
  program: number;
  kegiatanPerProgram: number;
  subPerKegiatan: number;
};

/** The size: 60 OPDs, 5 years, 300 sub kegiatan each (6 × 5 × 10), 12 months of realisation. */
export const UKURAN_KABUPATEN: UkuranSintetis = {
  opd: 60,
  tahunAwal: 2021,
  tahun: 5,
  program: 6,
  kegiatanPerProgram: 5,
  subPerKegiatan: 10,
};

/**
 * Builds the kabupaten with set-based SQL (generate_series), straight into the tables: the benchmark
 * measures reading, and row-by-row services would make building it take longer than measuring it.
 * Returns the pemda id.
 */
export async function bangunKabupatenSintetis(db: Db, u: UkuranSintetis): Promise<number> {
  const pemda = await db
    .insertInto("pemda")
    .values({ kode: "sintetis", nama: "Kabupaten Sintetis", jenis: "kabupaten" })
    .returning("id")
    .executeTakeFirstOrThrow();
  const p = pemda.id;
  await sql`insert into opd (pemda_id, kode, nama, jenis)
    select ${p}, 'opd-' || g, 'Perangkat Daerah ' || g, 'kecamatan' from generate_series(1, ${u.opd}::int) g`.execute(
    db,
  );
  await sql`insert into dpa (pemda_id, opd_id, tahun, jenis)
    select ${p}, o.id, t, 'perubahan' from opd o, generate_series(${u.tahunAwal}::int, ${u.tahunAwal + u.tahun - 1}::int) t
    where o.pemda_id = ${p}`.execute(db);
  await sql`insert into dpa_program (pemda_id, opd_id, dpa_id, kode, nama)
    select ${p}, d.opd_id, d.id, '7.01.0' || g, 'Program ' || g
    from dpa d, generate_series(1, ${u.program}::int) g where d.pemda_id = ${p}`.execute(db);
  await sql`insert into dpa_kegiatan (pemda_id, opd_id, dpa_program_id, kode, nama)
    select ${p}, pr.opd_id, pr.id, pr.kode || '.2.' || lpad(g::text, 2, '0'), 'Kegiatan ' || g
    from dpa_program pr, generate_series(1, ${u.kegiatanPerProgram}::int) g where pr.pemda_id = ${p}`.execute(
    db,
  );
  await sql`insert into dpa_sub_kegiatan (pemda_id, opd_id, dpa_kegiatan_id, kode, nama, indikator_keluaran, target, satuan, pagu)
    select ${p}, k.opd_id, k.id, k.kode || '.' || lpad(g::text, 4, '0'), 'Sub kegiatan ' || g, 'Jumlah laporan', 12, 'Laporan',
           (1000000 + ((k.id * 7919 + g * 104729) % 900000000))::bigint
    from dpa_kegiatan k, generate_series(1, ${u.subPerKegiatan}::int) g where k.pemda_id = ${p}`.execute(db);
  await sql`insert into realisasi_anggaran (pemda_id, opd_id, dpa_sub_kegiatan_id, periode_jenis, periode_ke, jumlah)
    select ${p}, s.opd_id, s.id, 'bulan', m, (s.pagu * (70 + (s.id + m) % 30) / 1200)::bigint
    from dpa_sub_kegiatan s, generate_series(1, 12) m where s.pemda_id = ${p}`.execute(db);
  return p;
}

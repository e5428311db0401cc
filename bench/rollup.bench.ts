import { performance } from "node:perf_hooks";
import { sql } from "kysely";
import { ringkasanAnggaran } from "../src/modules/budget/budget.service.ts";
import { bukaBasisdata } from "../src/platform/db/database.ts";
import { migrasiKeTerbaru } from "../src/platform/db/migrate.ts";
import type { Db } from "../src/platform/db/transaction.ts";
import type { Cakupan } from "../src/platform/scope.ts";
import { bangunKabupatenSintetis, UKURAN_KABUPATEN } from "./synthetic-kabupaten.ts";
import { medianMs } from "./ukur-waktu.ts";

/**
 * Budget roll-up benchmark: builds the synthetic kabupaten (60 OPDs × 5 years × 300 sub kegiatan × 12 months)
 * and times Terukur's roll-up (ringkasanAnggaran: one query + the pure tree) of one OPD-year and of the
 * whole kabupaten-year (every OPD), each against the bare SQL aggregate computing the same sums.
 * Usage: tsx bench/rollup.bench.ts [postgres://… to use PostgreSQL instead of in-memory PGlite]
 */

type TotalProgram = { opd_id: number; kode: string; pagu: string; realisasi: string };

function baselineSql(db: Db, pemdaId: number, tahun: number, opdId: number | null) {
  return sql<TotalProgram>`
    with sub as (
      select d.opd_id, p.kode, s.id, s.pagu
      from dpa d
      join dpa_program p on p.dpa_id = d.id
      join dpa_kegiatan k on k.dpa_program_id = p.id
      join dpa_sub_kegiatan s on s.dpa_kegiatan_id = k.id
      where d.pemda_id = ${pemdaId} and d.tahun = ${tahun} and d.jenis = 'perubahan'
        and (${opdId}::int is null or d.opd_id = ${opdId}::int)
    ), real as (
      select r.dpa_sub_kegiatan_id as id, sum(r.jumlah) as jumlah
      from realisasi_anggaran r join sub on sub.id = r.dpa_sub_kegiatan_id
      group by r.dpa_sub_kegiatan_id
    )
    select sub.opd_id, sub.kode, sum(sub.pagu)::text as pagu, coalesce(sum(real.jumlah), 0)::text as realisasi
    from sub left join real on real.id = sub.id
    group by sub.opd_id, sub.kode order by sub.opd_id, sub.kode`.execute(db);
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

async function main() {
  const url = process.argv[2] ?? null;
  const basis = await bukaBasisdata({ databaseUrl: url, dataDir: "memory://" });
  try {
    await migrasiKeTerbaru(basis.db);
    await sql`delete from realisasi_anggaran where pemda_id in (select id from pemda where kode = 'sintetis')`.execute(
      basis.db,
    );
    for (const t of ["dpa_sub_kegiatan", "dpa_kegiatan", "dpa_program", "dpa", "opd"]) {
      await sql`delete from ${sql.table(t)} where pemda_id in (select id from pemda where kode = 'sintetis')`.execute(
        basis.db,
      );
    }
    await sql`delete from audit_log where pemda_id in (select id from pemda where kode = 'sintetis')`.execute(
      basis.db,
    );
    await sql`delete from pemda where kode = 'sintetis'`.execute(basis.db);

    const t0 = performance.now();
    const pemdaId = await bangunKabupatenSintetis(basis.db, UKURAN_KABUPATEN);
    await sql`analyze`.execute(basis.db);
    const bangun = performance.now() - t0;
    const jumlah = await sql<{ sub: string; real: string }>`
      select (select count(*) from dpa_sub_kegiatan where pemda_id = ${pemdaId})::text as sub,
             (select count(*) from realisasi_anggaran where pemda_id = ${pemdaId})::text as real`.execute(
      basis.db,
    );
    const cakupan: Cakupan = { pemdaId, opdId: null, pelaku: "bench" };
    const opdIds = (
      await basis.db.selectFrom("opd").select("id").where("pemda_id", "=", pemdaId).orderBy("id").execute()
    ).map((o) => o.id);
    const tahun = UKURAN_KABUPATEN.tahunAwal + UKURAN_KABUPATEN.tahun - 1;
    const opdPertama = opdIds[0] as number;

    // the two ways must agree before they are timed
    const pohon = await ringkasanAnggaran(basis.db, cakupan, opdPertama, tahun);
    const dasar = (await baselineSql(basis.db, pemdaId, tahun, opdPertama)).rows;
    const sama =
      pohon?.program.length === dasar.length &&
      pohon.program.every(
        (p, i) => p.pagu.toString() === dasar[i]?.pagu && p.realisasi.toString() === dasar[i]?.realisasi,
      );
    if (!sama) throw new Error("Roll-up dan agregat SQL tidak sama: benchmark dibatalkan");

    const opdTerukur = await medianMs(15, () => ringkasanAnggaran(basis.db, cakupan, opdPertama, tahun));
    const opdSql = await medianMs(15, () => baselineSql(basis.db, pemdaId, tahun, opdPertama));
    const kabTerukur = await medianMs(3, async () => {
      for (const id of opdIds) await ringkasanAnggaran(basis.db, cakupan, id, tahun);
    });
    const kabSql = await medianMs(3, () => baselineSql(basis.db, pemdaId, tahun, null));

    console.log(`basis data: ${basis.mode}${url ? "" : " (in-memory)"}`);
    console.log(
      `kabupaten sintetis: ${opdIds.length} OPD, ${UKURAN_KABUPATEN.tahun} tahun, ${jumlah.rows[0]?.sub} sub kegiatan, ${jumlah.rows[0]?.real} baris realisasi; dibangun dalam ${ms(bangun)}`,
    );
    console.log(
      `roll-up 1 OPD-tahun      Terukur ${ms(opdTerukur)}  SQL polos ${ms(opdSql)}  rasio ${(opdTerukur / opdSql).toFixed(2)}×`,
    );
    console.log(
      `roll-up kabupaten-tahun  Terukur ${ms(kabTerukur)}  SQL polos ${ms(kabSql)}  rasio ${(kabTerukur / kabSql).toFixed(2)}×`,
    );
    console.log(`memori proses (RSS): ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB`);
  } finally {
    await basis.tutup();
  }
}

await main();

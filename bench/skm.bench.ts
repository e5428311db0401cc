import http from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { serve } from "@hono/node-server";
import { sql } from "kysely";
import { malili2024 } from "../seeds/malili-2024/data.ts";
import { muatDataset } from "../seeds/malili-2024/load.ts";
import { buatAplikasi } from "../src/app.ts";
import { namaBidangUnsur } from "../src/modules/survey/publik/formulir.tsx";
import { buatPeriodeSkm, hasilPeriode } from "../src/modules/survey/survey.service.ts";
import { bukaBasisdata } from "../src/platform/db/database.ts";
import { migrasiKeTerbaru } from "../src/platform/db/migrate.ts";
import type { Db } from "../src/platform/db/transaction.ts";
import type { Cakupan } from "../src/platform/scope.ts";
import { penyimpananMemori } from "../src/platform/storage/penyimpanan.ts";
import { medianMs } from "./ukur-waktu.ts";

/**
 * SKM benchmark (issue 5): builds one survey period of 1 000 000 responses (9 000 000 answers) with set-based SQL
 * and times hasilPeriode (the service: one grouping-sets aggregate by unsur, service type and four respondent
 * groups, plus counts, suggestions and the exact pure computation) against the bare SQL aggregate of the same
 * per-unsur sums, counts and IKM. On in-memory PGlite it then serves the app on 127.0.0.1 and posts N forms to
 * /s/:kodeUnit with concurrency C, each with its own device cookie, and checks no response was lost.
 * Usage: tsx bench/skm.bench.ts [postgres://…]   (env SKM_RESPONDEN, SKM_KIRIM, SKM_PARALEL to resize)
 */

const RESPONDEN = Number(process.env.SKM_RESPONDEN ?? 1_000_000);
const KIRIM = Number(process.env.SKM_KIRIM ?? 2000);
const PARALEL = Number(process.env.SKM_PARALEL ?? 20);
const POTONGAN = 100_000;
const KODE_UNIT = "loket-pelayanan-malili";

const ms = (x: number) => `${x.toFixed(1)} ms`;
const rss = () => `${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB`;

/** The demo OPD (loaded once) and an empty triwulan III 2024 period for the million responses. */
async function siapkan(db: Db): Promise<{ c: Cakupan; opdId: number; periodeId: number }> {
  const ada = await db
    .selectFrom("pemda")
    .select("id")
    .where("kode", "=", malili2024.pemda.kode)
    .executeTakeFirst();
  const { pemdaId, opdId } = ada
    ? {
        pemdaId: ada.id,
        opdId: (
          await db
            .selectFrom("opd")
            .select("id")
            .where("pemda_id", "=", ada.id)
            .orderBy("id")
            .executeTakeFirstOrThrow()
        ).id,
      }
    : await muatDataset(db, malili2024);
  const c: Cakupan = { pemdaId, opdId: null, pelaku: "bench" };
  const lama = await db
    .selectFrom("skm_periode")
    .select("id")
    .where("opd_id", "=", opdId)
    .where("tahun", "=", 2024)
    .where("periode_jenis", "=", "triwulan")
    .where("periode_ke", "=", 3)
    .executeTakeFirst();
  if (lama) {
    await sql`delete from skm_jawaban where respons_id in (select id from skm_respons where periode_id = ${lama.id})`.execute(
      db,
    );
    await sql`delete from skm_respons where periode_id = ${lama.id}`.execute(db);
    return { c, opdId, periodeId: lama.id };
  }
  const periodeId = await buatPeriodeSkm(db, c, opdId, {
    tahun: 2024,
    periodeJenis: "triwulan",
    periodeKe: 3,
    mulai: "2024-07-01",
    selesai: "2024-09-30",
    jumlahPengguna: 2_500_000,
  });
  return { c, opdId, periodeId };
}

/**
 * One response per g in generate_series, profile spread deterministically; then 9 answers per response with a
 * deterministic pseudo-random value skewed towards 3 (1: 10 %, 2: 20 %, 3: 40 %, 4: 30 %). In chunks of one
 * transaction each, so neither database holds one 9-million-row statement; foreign-key triggers are skipped inside
 * those transactions (session_replication_role = replica, as a bulk load does) — the rows reference ids the same
 * statement creates, and the CHECK constraints still apply.
 */
async function bangun(db: Db, c: Cakupan, opdId: number, periodeId: number): Promise<void> {
  for (let awal = 1; awal <= RESPONDEN; awal += POTONGAN) {
    const akhir = Math.min(RESPONDEN, awal + POTONGAN - 1);
    await db.transaction().execute(async (trx) => {
      await sql`set local session_replication_role = replica`.execute(trx);
      await sql`
      with jl as (select array_agg(id order by id) as id from skm_jenis_layanan where opd_id = ${opdId}),
           unit as (select min(id) as id from skm_unit_layanan where opd_id = ${opdId}),
           baru as (
             insert into skm_respons (pemda_id, opd_id, periode_id, unit_layanan_id, jenis_layanan_id, jenis_kelamin,
                                      usia, pendidikan, pekerjaan, saran, sumber)
             select ${c.pemdaId}, ${opdId}, ${periodeId}, unit.id, jl.id[1 + g % cardinality(jl.id)],
                    case when g % 2 = 0 then 'L' else 'P' end, 17 + (g * 7) % 60,
                    (array['SD','SMP','SMA','D1-D3','D4-S1','S2-S3','lainnya'])[1 + (g * 3) % 7],
                    (array['PNS','TNI/POLRI','swasta','wirausaha','pelajar/mahasiswa','lainnya'])[1 + (g * 5) % 6],
                    case when g % 997 = 0 then 'Percepat pelayanan' end, 'impor'
             from generate_series(${awal}::int, ${akhir}::int) g, jl, unit
             returning id)
      insert into skm_jawaban (respons_id, unsur_id, nilai)
      select b.id, u.id,
             case when h < 10 then 1 when h < 30 then 2 when h < 70 then 3 else 4 end
      from baru b
      cross join (select s.id, s.urutan from skm_unsur s join skm_periode p on p.kuesioner_id = s.kuesioner_id
                  where p.id = ${periodeId}) u
      cross join lateral (select ((b.id * 2654435761 + u.urutan * 40503 + (b.id % 97) * u.urutan) % 100)::int as h) x
    `.execute(trx);
    });
  }
}

type BarisPolos = { kunci: string; jumlah: string; responden: string; ikm: string };

/** The bare aggregate: per-unsur sum and count, and IKM = Σ sum/count × weight × 25 rounded to 2 decimals. */
function agregatPolos(db: Db, periodeId: number) {
  return sql<BarisPolos>`
    with a as (
      select j.unsur_id, sum(j.nilai) as jumlah, count(*) as responden
      from skm_jawaban j join skm_respons r on r.id = j.respons_id
      where r.periode_id = ${periodeId}
      group by j.unsur_id)
    select u.kunci, a.jumlah::text, a.responden::text,
           round(sum(a.jumlah::numeric / a.responden * u.bobot_pembilang / u.bobot_penyebut * 25) over (), 2)::text as ikm
    from a join skm_unsur u on u.id = a.unsur_id order by u.urutan`.execute(db);
}

async function benchHitung(db: Db, mode: string): Promise<void> {
  const { c, opdId, periodeId } = await siapkan(db);
  const t0 = performance.now();
  await bangun(db, c, opdId, periodeId);
  await sql`analyze skm_respons`.execute(db);
  await sql`analyze skm_jawaban`.execute(db);
  const dibangun = performance.now() - t0;
  const n = await sql<{ r: string; j: string }>`
    select (select count(*) from skm_respons where periode_id = ${periodeId})::text as r,
           (select count(*) from skm_jawaban j join skm_respons r on r.id = j.respons_id where r.periode_id = ${periodeId})::text as j`.execute(
    db,
  );

  const h = await hasilPeriode(db, c, periodeId);
  const polos = (await agregatPolos(db, periodeId)).rows;
  const sama =
    h.hasil !== null &&
    h.hasil.ikm === polos[0]?.ikm &&
    h.hasil.perUnsur.every(
      (u, i) =>
        u.kunci === polos[i]?.kunci &&
        u.jumlah === polos[i]?.jumlah &&
        String(u.responden) === polos[i]?.responden,
    );
  if (!sama)
    throw new Error(
      `hasilPeriode dan agregat SQL tidak sama (${h.hasil?.ikm} vs ${polos[0]?.ikm}): dibatalkan`,
    );

  const tLayanan = await medianMs(3, () => hasilPeriode(db, c, periodeId));
  const tPolos = await medianMs(3, () => agregatPolos(db, periodeId));
  console.log(`basis data: ${mode}`);
  console.log(
    `1 periode: ${n.rows[0]?.r} respons, ${n.rows[0]?.j} jawaban; dibangun dalam ${ms(dibangun)}; IKM ${h.hasil?.ikm} (${h.hasil?.mutu.huruf})`,
  );
  console.log(
    `hasilPeriode (layanan, 6 pengelompokan)  ${ms(tLayanan)}   agregat SQL polos ${ms(tPolos)}   rasio ${(tLayanan / tPolos).toFixed(2)}×`,
  );
  console.log(`memori proses (RSS): ${rss()}`);
}

/** Posts one form from its own device cookie through an agent bound to one loopback source address. */
function kirimSatu(port: number, agen: http.Agent, i: number): Promise<{ status: number; ms: number }> {
  const badan = new URLSearchParams();
  for (let k = 1; k <= 9; k++) badan.set(namaBidangUnsur(`U${k}`), String(1 + ((i * 7 + k * 3) % 4)));
  badan.set("jenisLayanan", "ktp");
  badan.set("sumber", "formulir");
  const isi = badan.toString();
  const t0 = performance.now();
  return new Promise((selesai, gagal) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        path: `/s/${KODE_UNIT}`,
        method: "POST",
        agent: agen,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "content-length": Buffer.byteLength(isi),
          cookie: `skm_perangkat=bench-${i.toString(36)}-${Math.random().toString(36).slice(2)}`,
        },
        timeout: 30_000,
      },
      (res) => {
        res.resume();
        res.on("end", () => selesai({ status: res.statusCode ?? 0, ms: performance.now() - t0 }));
      },
    );
    req.on("timeout", () => req.destroy(new Error("batas waktu 30 s")));
    req.on("error", gagal);
    req.end(isi);
  });
}

async function benchFormulir(): Promise<void> {
  const basis = await bukaBasisdata({ databaseUrl: null, dataDir: "memory://" });
  try {
    await migrasiKeTerbaru(basis.db);
    await muatDataset(basis.db, malili2024); // unit, service types and the current year's active period
    const app = buatAplikasi({ db: basis.db, kodePemda: null, penyimpanan: penyimpananMemori() });
    const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 });
    await new Promise<void>((r) => server.once("listening", () => r()));
    const port = (server.address() as AddressInfo).port;
    // The per-address limit (30 per 10 minutes) stays on: the load is spread over loopback source addresses
    // 127.0.0.2 … so each stays under it, as many phones behind different addresses would.
    const perAlamat = 25;
    const agen = Array.from(
      { length: Math.ceil(KIRIM / perAlamat) },
      (_, a) =>
        new http.Agent({
          keepAlive: true,
          maxSockets: 4,
          localAddress: `127.0.${Math.floor((a + 2) / 250)}.${2 + ((a + 2) % 250)}`,
        }),
    );
    const waktu: number[] = [];
    const status = new Map<number, number>();
    let galat = 0;
    let berikut = 0;
    const batasWaktu = performance.now() + 300_000;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: PARALEL }, async () => {
        while (berikut < KIRIM && performance.now() < batasWaktu) {
          const i = berikut++;
          try {
            const r = await kirimSatu(port, agen[Math.floor(i / perAlamat)] as http.Agent, i);
            waktu.push(r.ms);
            status.set(r.status, (status.get(r.status) ?? 0) + 1);
          } catch {
            galat += 1;
          }
        }
      }),
    );
    const durasi = performance.now() - t0;
    for (const a of agen) a.destroy();
    server.close();
    waktu.sort((a, b) => a - b);
    const persentil = (p: number) =>
      waktu[Math.min(waktu.length - 1, Math.floor((waktu.length * p) / 100))] ?? Number.NaN;
    const diterima = [...status]
      .filter(([s]) => s === 303 || (s >= 200 && s < 300))
      .reduce((n, [, k]) => n + k, 0);
    const tersimpan = Number(
      (
        await basis.db
          .selectFrom("skm_respons")
          .select((e) => e.fn.countAll<string>().as("n"))
          .where("sumber", "=", "formulir")
          .executeTakeFirstOrThrow()
      ).n,
    );
    console.log(
      `formulir publik (PGlite di memori, 127.0.0.1, ${PARALEL} paralel): ${waktu.length} permintaan dalam ${ms(durasi)}`,
    );
    console.log(
      `  ${(waktu.length / (durasi / 1000)).toFixed(0)} permintaan/detik   p50 ${ms(persentil(50))}   p99 ${ms(persentil(99))}   status ${JSON.stringify(Object.fromEntries(status))}   galat jaringan ${galat}`,
    );
    console.log(
      `  diterima (303/2xx) ${diterima}, tersimpan ${tersimpan}: ${diterima === tersimpan ? "tidak ada yang hilang" : "TIDAK SAMA"}`,
    );
    console.log(`  memori proses (RSS): ${rss()}`);
    if (diterima !== tersimpan) process.exitCode = 1;
  } finally {
    await basis.tutup();
  }
}

async function main() {
  const url = process.argv[2] ?? null;
  const basis = await bukaBasisdata({ databaseUrl: url, dataDir: "memory://" });
  try {
    await migrasiKeTerbaru(basis.db);
    await benchHitung(basis.db, url ? "postgres" : "pglite (in-memory)");
  } finally {
    await basis.tutup();
  }
  if (!url && process.env.SKM_TANPA_FORMULIR !== "1") await benchFormulir();
}

await main();

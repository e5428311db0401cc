/**
 * Issue 8, "Done when" 1: the server is killed with SIGKILL during an Excel import (a whole DPA) and during a
 * save of many realisation rows in one request, started again on the same data, and the data holds all of
 * the operation or none of it, the audit log agrees with the rows, and the consistency checker finds the
 * Malili demo as it was. On the embedded database by default; on PostgreSQL (a fresh database created and
 * dropped here) when TERUKUR_TEST_DATABASE_URL is set, the server still a child process.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { type Kysely, sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SANDI_DEMO } from "../seeds/malili-2024/akun-demo.ts";
import { bacaKonfigurasi, type Konfigurasi } from "../src/config.ts";
import { periksaOpd } from "../src/modules/consistency/consistency.service.ts";
import { tentukanOpd } from "../src/modules/tenancy/tenancy.service.ts";
import type { Basisdata } from "../src/platform/db/database.ts";
import type { DB } from "../src/platform/db/schema.ts";
import { cakupanPublik } from "../src/platform/http/pemda-context.ts";
import { siapkanBasisdata } from "../src/startup.ts";
import {
  bunuh,
  kirim,
  masuk,
  mulaiServer,
  type Peramban,
  postTanpaTunggu,
  type ServerAnak,
  waktuCpuMs,
} from "./setup/proses-server.ts";

const URL_PG = process.env.TERUKUR_TEST_DATABASE_URL || null;
const folder = mkdtempSync(join(tmpdir(), "terukur-sigkill-"));
const namaDbPg = `terukur_sigkill_${process.pid}`;
const hidup: ServerAnak[] = [];

/** The settings the server child and this test share: a fresh embedded folder, or a fresh PostgreSQL database. */
function env(): Record<string, string> {
  const e: Record<string, string> = { DATA_DIR: join(folder, "data"), TERUKUR_LOG: "0" };
  if (URL_PG) {
    const u = new URL(URL_PG);
    u.pathname = `/${namaDbPg}`;
    e.DATABASE_URL = u.toString();
  }
  return e;
}
const konfigurasi = (): Konfigurasi => bacaKonfigurasi(env());

async function pgAdmin<T>(isi: (k: pg.Client) => Promise<T>): Promise<T> {
  const k = new pg.Client({ connectionString: URL_PG ?? "" });
  await k.connect();
  try {
    return await isi(k);
  } finally {
    await k.end();
  }
}

beforeAll(async () => {
  if (URL_PG) await pgAdmin((k) => k.query(`create database ${namaDbPg}`));
});
afterAll(async () => {
  for (const s of hidup) await bunuh(s);
  if (URL_PG)
    await pgAdmin(async (k) => {
      // the test's own pools close asynchronously: wait for them rather than cut them (an unhandled FATAL)
      for (let i = 0; i < 50; i++) {
        const r = await k.query("select count(*)::int as n from pg_stat_activity where datname = $1", [
          namaDbPg,
        ]);
        if (r.rows[0]?.n === 0) break;
        await new Promise((t) => setTimeout(t, 100));
      }
      await k.query(`drop database if exists ${namaDbPg} with (force)`);
    });
  rmSync(folder, { recursive: true, force: true });
});

const TABEL_DPA = ["dpa", "dpa_program", "dpa_kegiatan", "dpa_sub_kegiatan"] as const;
type TabelDiperiksa = (typeof TABEL_DPA)[number] | "realisasi_indikator";

/**
 * Makes the operations big enough to be caught in flight: 400 more sub kegiatan (10 kegiatan of a program
 * 7.01.09) in the nomenclature in force, so a DPA import writes ~500 rows, and 300 more indicators in the
 * Malili Renstra, so a quarter's realisation import writes ~300.
 */
async function perbesar(db: Kysely<DB>): Promise<void> {
  const versi = await db
    .selectFrom("nomenklatur_versi")
    .select("id")
    .orderBy("berlaku_mulai", "desc")
    .executeTakeFirstOrThrow();
  const baris: {
    versi_id: number;
    kode: string;
    tingkat: "program" | "kegiatan" | "sub_kegiatan";
    kode_induk: string;
    nama: string;
  }[] = [
    { versi_id: versi.id, kode: "7.01.09", tingkat: "program", kode_induk: "7.01", nama: "Program Uji" },
  ];
  for (let k = 1; k <= 10; k++) {
    const kodeK = `7.01.09.2.${String(k).padStart(2, "0")}`;
    baris.push({
      versi_id: versi.id,
      kode: kodeK,
      tingkat: "kegiatan",
      kode_induk: "7.01.09",
      nama: `Kegiatan Uji ${k}`,
    });
    for (let s = 1; s <= 40; s++)
      baris.push({
        versi_id: versi.id,
        kode: `${kodeK}.${String(s).padStart(4, "0")}`,
        tingkat: "sub_kegiatan",
        kode_induk: kodeK,
        nama: `Sub Kegiatan Uji ${k}.${s}`,
      });
  }
  await db.insertInto("nomenklatur").values(baris).execute();
  const kolom = (
    await sql<{ column_name: string }>`select column_name from information_schema.columns
      where table_name = 'indikator' and table_schema = current_schema() and column_name not in ('id', 'kode')`.execute(
      db,
    )
  ).rows.map((r) => `"${r.column_name}"`);
  const daftar = sql.raw(kolom.join(", "));
  await sql`insert into indikator (kode, ${daftar})
    select 'UJI.' || lpad(g::text, 3, '0'), ${daftar} from indikator i, generate_series(1, 300) g
    where i.id = (select min(id) from indikator where tingkat = 'sasaran')`.execute(db);
}

/** The findings of `terukur periksa --opd malili --tahun T`, through the same service. */
async function periksaMalili(db: Kysely<DB>, tahun: number) {
  const cakupan = await cakupanPublik(db, null);
  const opd = await tentukanOpd(db, cakupan, "malili");
  return periksaOpd(db, cakupan, opd.id, tahun);
}

async function bukuDari(p: Peramban, jalur: string): Promise<ExcelJS.Workbook> {
  const r = await kirim(p, jalur);
  expect(r.status).toBe(200);
  const buku = new ExcelJS.Workbook();
  await buku.xlsx.load(await r.arrayBuffer());
  return buku;
}

async function keXlsx(buku: ExcelJS.Workbook): Promise<Blob> {
  return new Blob([new Uint8Array(await buku.xlsx.writeBuffer())]);
}

/** A DPA workbook from the template with the valid codes `ambil` keeps, 1.000.000 rupiah per sub kegiatan. */
async function bukuDpa(p: Peramban, tahun: number, ambil: (kode: string) => boolean): Promise<Blob> {
  const buku = await bukuDari(p, `/opd/malili/impor/templat/dpa.xlsx?tahun=${tahun}&dpa=murni`);
  const kode = buku.getWorksheet("Kode valid");
  const data = buku.getWorksheet("Data");
  if (!kode || !data) throw new Error("templat DPA tanpa lembar Data atau Kode valid");
  let n = 2;
  kode.eachRow((row, i) => {
    if (i === 1) return;
    const [k = "", nama, tingkat] = (row.values as unknown[]).slice(1).map(String);
    if (ambil(k)) data.getRow(n++).values = [k, nama, tingkat === "sub kegiatan" ? 1_000_000 : null];
  });
  return keXlsx(buku);
}

/** A realisation workbook from the template with a value for every indicator. */
async function bukuRealisasi(p: Peramban, tahun: number, periode: string, jumlah: number): Promise<Blob> {
  const buku = await bukuDari(
    p,
    `/opd/malili/impor/templat/realisasi.xlsx?tahun=${tahun}&periode=${periode}`,
  );
  const data = buku.getWorksheet("Data");
  if (!data) throw new Error("templat realisasi tanpa lembar Data");
  data.eachRow((row, i) => {
    if (i > 1 && i <= jumlah + 1) row.getCell(4).value = i;
  });
  return keXlsx(buku);
}

function bidang(html: string, nama: string): string {
  const v = new RegExp(`name="${nama}" value="([^"]*)"`).exec(html)?.[1];
  if (v === undefined) throw new Error(`bidang ${nama} tidak ada: ${html.slice(0, 300)}`);
  return v
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Uploads a workbook for preview and returns the signed payload its "Simpan" button would post. */
async function pratinjau(p: Peramban, isian: Record<string, string>, berkas: Blob) {
  const f = new FormData();
  for (const [k, v] of Object.entries(isian)) f.set(k, v);
  f.set("berkas", berkas, "impor.xlsx");
  const r = await kirim(p, "/opd/malili/impor", { method: "POST", body: f });
  const html = await r.text();
  expect(r.status, html.slice(0, 500)).toBe(200);
  return { muatan: bidang(html, "muatan"), tanda: bidang(html, "tanda") };
}

/** Saves a previewed payload and waits for the answer: the rows it reports, the time and the server CPU it took. */
async function simpanPenuh(server: ServerAnak, p: Peramban, m: { muatan: string; tanda: string }) {
  const pid = server.proses.pid ?? 0;
  const cpu = waktuCpuMs(pid);
  const mulai = performance.now();
  const r = await kirim(p, "/opd/malili/impor/simpan", { method: "POST", body: new URLSearchParams(m) });
  const lama = performance.now() - mulai;
  const cpuMs = waktuCpuMs(pid) - cpu;
  expect(r.status).toBe(303);
  const pesan = new URL(r.headers.get("location") ?? "", "http://x").searchParams.get("pesan") ?? "";
  const n = Number(/^(\d+) baris tersimpan$/.exec(pesan)?.[1]);
  return { lama, cpuMs, n };
}

/**
 * A PostgreSQL backend of the server that has written (holds a transaction id) and holds a write lock on
 * `tabel`, seen from a connection to the same database (lock relations are per database).
 */
async function tulisanBerjalan(k: pg.Client, tabel: TabelDiperiksa): Promise<number | null> {
  const r = await k.query<{ pid: number }>(
    `select a.pid from pg_stat_activity a join pg_locks l on l.pid = a.pid
     where a.datname = current_database() and a.pid <> pg_backend_pid() and a.backend_xid is not null
       and l.relation = $1::regclass and l.mode = 'RowExclusiveLock' and l.granted limit 1`,
    [tabel],
  );
  return r.rows[0]?.pid ?? null;
}

/**
 * Posts the save and kills the server while it writes: on PostgreSQL as soon as one of its backends holds
 * a transaction that has written to `tabel` (proof the kill lands mid-transaction); on the embedded
 * database, which no second process may open, once the server has spent on this request the CPU time a
 * whole save of about a sixth of the rows took just before (the transaction well under way, far from done).
 */
async function bunuhDiTengah(
  server: ServerAnak,
  p: Peramban,
  m: { muatan: string; tanda: string },
  tabel: TabelDiperiksa,
  cpuKecilMs: number,
) {
  const pid = server.proses.pid ?? 0;
  const cpuAwal = waktuCpuMs(pid);
  const { jawaban, terkirim } = postTanpaTunggu(p, "/opd/malili/impor/simpan", m);
  let terjawab = false;
  void jawaban.then(() => {
    terjawab = true;
  });
  const dikirim = await terkirim;
  let bukti: string;
  if (URL_PG) {
    const k = new pg.Client({ connectionString: env().DATABASE_URL });
    await k.connect();
    let pid: number | null = null;
    try {
      while (!terjawab && pid === null) {
        pid = await tulisanBerjalan(k, tabel);
        if (pid === null) await new Promise((r) => setTimeout(r, 2));
      }
    } finally {
      await k.end();
    }
    expect(pid, "tidak pernah terlihat transaksi yang menulis").not.toBeNull();
    bukti = `backend PostgreSQL ${pid} memegang transaksi yang sudah menulis ke ${tabel}`;
  } else {
    while (!terjawab && waktuCpuMs(pid) - cpuAwal < cpuKecilMs) await new Promise((r) => setTimeout(r, 2));
    bukti = `${waktuCpuMs(pid) - cpuAwal} ms CPU server, ${Math.round(performance.now() - dikirim)} ms setelah permintaan terkirim (simpan kecil: ${cpuKecilMs} ms CPU)`;
  }
  await bunuh(server);
  const j = await jawaban;
  // no answer came: the connection died with the process
  expect(j).toHaveProperty("galat");
  return bukti;
}

async function hitung(db: Kysely<DB>, tabel: TabelDiperiksa, idDari: number[]) {
  if (idDari.length === 0) return { baris: 0, audit: 0 };
  const baris = await db
    .selectFrom(tabel)
    .select((e) => e.fn.countAll<string>().as("n"))
    .where("id", "in", idDari)
    .executeTakeFirstOrThrow();
  const audit = await db
    .selectFrom("audit_log")
    .select((e) => e.fn.countAll<string>().as("n"))
    .where("tabel", "=", tabel)
    .where("aksi", "=", "buat")
    .where("baris_id", "in", idDari)
    .executeTakeFirstOrThrow();
  return { baris: Number(baris.n), audit: Number(audit.n) };
}

/** Rows and "buat" audit entries of one DPA (by year, murni): the DPA itself and its three levels. */
async function isiDpa(db: Kysely<DB>, tahun: number) {
  const dpa = await db
    .selectFrom("dpa")
    .innerJoin("opd", "opd.id", "dpa.opd_id")
    .select("dpa.id")
    .where("opd.kode", "=", "malili")
    .where("dpa.tahun", "=", tahun)
    .where("dpa.jenis", "=", "murni")
    .executeTakeFirst();
  if (!dpa) return { dpa: 0, baris: 0, audit: 0 };
  const program = await db.selectFrom("dpa_program").select("id").where("dpa_id", "=", dpa.id).execute();
  const kegiatan = program.length
    ? await db
        .selectFrom("dpa_kegiatan")
        .select("id")
        .where(
          "dpa_program_id",
          "in",
          program.map((x) => x.id),
        )
        .execute()
    : [];
  const sub = kegiatan.length
    ? await db
        .selectFrom("dpa_sub_kegiatan")
        .select("id")
        .where(
          "dpa_kegiatan_id",
          "in",
          kegiatan.map((x) => x.id),
        )
        .execute()
    : [];
  const bagian = [
    await hitung(db, "dpa", [dpa.id]),
    await hitung(
      db,
      "dpa_program",
      program.map((x) => x.id),
    ),
    await hitung(
      db,
      "dpa_kegiatan",
      kegiatan.map((x) => x.id),
    ),
    await hitung(
      db,
      "dpa_sub_kegiatan",
      sub.map((x) => x.id),
    ),
  ];
  return {
    dpa: 1,
    baris: program.length + kegiatan.length + sub.length,
    audit: bagian.reduce((a, b) => a + b.audit, 0) - (bagian[0]?.audit ?? 0),
    auditDpa: bagian[0]?.audit ?? 0,
  };
}

/** Realisation rows of one year and period (triwulan ke) and their "buat" audit entries. */
async function isiRealisasi(db: Kysely<DB>, tahun: number, ke: number) {
  const baris = await db
    .selectFrom("realisasi_indikator")
    .select("id")
    .where("tahun", "=", tahun)
    .where("periode_jenis", "=", "triwulan")
    .where("periode_ke", "=", ke)
    .execute();
  return hitung(
    db,
    "realisasi_indikator",
    baris.map((b) => b.id),
  );
}

/** Audit entries saying a row was made that is not there (and was not removed): half of an operation. */
async function auditYatim(db: Kysely<DB>): Promise<number> {
  let n = 0;
  for (const tabel of [...TABEL_DPA, "realisasi_indikator"] as const) {
    const r = await sql<{ n: string }>`select count(*) as n from audit_log a where a.tabel = ${tabel}
      and a.aksi = 'buat' and a.baris_id is not null
      and not exists (select 1 from ${sql.table(tabel)} x where x.id = a.baris_id)
      and not exists (select 1 from audit_log h where h.tabel = a.tabel and h.baris_id = a.baris_id and h.aksi = 'hapus')`.execute(
      db,
    );
    n += Number(r.rows[0]?.n ?? 0);
  }
  return n;
}

/** A DPA's levels hang together: every kegiatan under a program of its own DPA, pagu totals in whole rupiah. */
async function invarianDpa(db: Kysely<DB>) {
  const r = await sql<Record<string, unknown>>`select
      (select count(*) from dpa_kegiatan k left join dpa_program p on p.id = k.dpa_program_id where p.id is null) as yatim,
      (select count(*) from dpa_sub_kegiatan s where s.pagu < 0) as pagu_negatif,
      (select count(*) from (select dpa_program_id, kode from dpa_kegiatan group by 1, 2 having count(*) > 1) g) as ganda`.execute(
    db,
  );
  return Object.fromEntries(Object.entries(r.rows[0] ?? {}).map(([k, v]) => [k, Number(v)]));
}

const MODE = URL_PG ? "PostgreSQL" : "PGlite";

describe(`SIGKILL in the middle of a write (${MODE})`, () => {
  let server: ServerAnak;
  let perencana: Peramban;
  let temuanAwal2024: unknown;
  const laporan: Record<string, unknown> = { mode: MODE };
  const jam = { mulai: performance.now() };
  const catat = (nama: string) => {
    laporan[`${nama}Ms`] = Math.round(performance.now() - jam.mulai);
    jam.mulai = performance.now();
  };
  const hasil = { dpaKecil: 0, realisasiKecil: 0 };

  async function nyalakan() {
    server = await mulaiServer(env());
    hidup.push(server);
    perencana = await masuk(server.alamat, "perencana.malili", SANDI_DEMO, "/opd/malili/impor");
  }

  it("prepares the Malili demo with enough rows for a slow import", { timeout: 300_000 }, async () => {
    const b: Basisdata = await siapkanBasisdata(konfigurasi());
    try {
      await perbesar(b.db);
      temuanAwal2024 = await periksaMalili(b.db, 2024);
    } finally {
      await b.tutup();
    }
    catat("siapkanDemo");
    await nyalakan();
    catat("mulaiServer");
  });

  it("a DPA import killed mid-write leaves all of it or none of it", { timeout: 300_000 }, async () => {
    // the demo's own 87 codes for 2025, saved to the end: the time and CPU a sixth of the big import takes
    const m2025 = await pratinjau(
      perencana,
      { jenis: "dpa", tahun: "2025", dpaJenis: "murni" },
      await bukuDpa(perencana, 2025, (k) => !k.startsWith("7.01.09")),
    );
    const kecil = await simpanPenuh(server, perencana, m2025);
    expect(kecil.n).toBe(87);
    hasil.dpaKecil = kecil.n;
    laporan.dpaSimpanKecil = { baris: kecil.n, ms: Math.round(kecil.lama), cpuMs: kecil.cpuMs };
    // all 498 codes for 2026: killed mid-way
    const m2026 = await pratinjau(
      perencana,
      { jenis: "dpa", tahun: "2026", dpaJenis: "murni" },
      await bukuDpa(perencana, 2026, () => true),
    );
    expect(JSON.parse(m2026.muatan).dpa).toHaveLength(498);
    catat("dpaPersiapan");
    laporan.dpaBukti = await bunuhDiTengah(server, perencana, m2026, "dpa_sub_kegiatan", kecil.cpuMs);
    // the same folder or database again: a stale lock or a half-written transaction must not stop it
    const t = performance.now();
    await nyalakan();
    laporan.dpaMulaiUlangMs = Math.round(performance.now() - t);
    catat("dpa");
  });

  it("a save of 304 realisation rows in one request killed mid-write leaves all or none", {
    timeout: 300_000,
  }, async () => {
    // 50 indicators' first quarter saved to the end, then all 304 of the second quarter killed mid-way
    const tw1 = await pratinjau(
      perencana,
      { jenis: "realisasi", tahun: "2025", periode: "tw1" },
      await bukuRealisasi(perencana, 2025, "tw1", 50),
    );
    const kecil = await simpanPenuh(server, perencana, tw1);
    expect(kecil.n).toBe(50);
    hasil.realisasiKecil = kecil.n;
    laporan.realisasiSimpanKecil = { baris: kecil.n, ms: Math.round(kecil.lama), cpuMs: kecil.cpuMs };
    const tw2 = await pratinjau(
      perencana,
      { jenis: "realisasi", tahun: "2025", periode: "tw2" },
      await bukuRealisasi(perencana, 2025, "tw2", 304),
    );
    expect(JSON.parse(tw2.muatan).realisasi).toHaveLength(304);
    catat("realisasiPersiapan");
    laporan.realisasiBukti = await bunuhDiTengah(server, perencana, tw2, "realisasi_indikator", kecil.cpuMs);
    const t = performance.now();
    await nyalakan();
    laporan.realisasiMulaiUlangMs = Math.round(performance.now() - t);
    // the restarted server serves and writes: signed in above, and a health check of the database
    expect((await fetch(`${server.alamat}/readyz`)).status).toBe(200);
    catat("realisasi");
  });

  it("after the restarts: all or none of each operation, the audit log agrees, the demo is consistent", {
    timeout: 300_000,
  }, async () => {
    server.proses.kill("SIGTERM");
    expect((await server.keluar).kode).toBe(0);
    const b = await siapkanBasisdata(konfigurasi());
    try {
      const dpa2025 = await isiDpa(b.db, 2025);
      expect(dpa2025).toEqual({ dpa: 1, baris: hasil.dpaKecil, audit: hasil.dpaKecil, auditDpa: 1 });
      const dpa2026 = await isiDpa(b.db, 2026);
      if (dpa2026.dpa === 0) {
        laporan.dpaSetelahBunuh = "tidak ada (0 baris)";
      } else {
        expect(dpa2026).toEqual({ dpa: 1, baris: 498, audit: 498, auditDpa: 1 });
        laporan.dpaSetelahBunuh = `semua (${dpa2026.baris} baris)`;
      }

      expect(await isiRealisasi(b.db, 2025, 1)).toEqual({
        baris: hasil.realisasiKecil,
        audit: hasil.realisasiKecil,
      });
      const tw2 = await isiRealisasi(b.db, 2025, 2);
      expect([0, 304]).toContain(tw2.baris);
      expect(tw2.audit).toBe(tw2.baris);
      laporan.realisasiSetelahBunuh = tw2.baris === 0 ? "tidak ada (0 baris)" : `semua (${tw2.baris} baris)`;

      expect(await auditYatim(b.db)).toBe(0);
      expect(await invarianDpa(b.db)).toEqual({ yatim: 0, pagu_negatif: 0, ganda: 0 });
      // the consistency checker finds Malili 2024 exactly as before, and can read the imported years
      expect(await periksaMalili(b.db, 2024)).toEqual(temuanAwal2024);
      await expect(periksaMalili(b.db, 2025)).resolves.toBeInstanceOf(Array);
      await expect(periksaMalili(b.db, 2026)).resolves.toBeInstanceOf(Array);
    } finally {
      await b.tutup();
    }
    catat("pemeriksaan");
    console.log(`[sigkill] ${JSON.stringify(laporan)}`);
  });
});

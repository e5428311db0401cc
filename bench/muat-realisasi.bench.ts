import { spawn } from "node:child_process";
import autocannon from "autocannon";
import { sql } from "kysely";
import { malili2024 } from "../seeds/malili-2024/data.ts";
import { muatDataset } from "../seeds/malili-2024/load.ts";
import { buatSesi } from "../src/modules/auth/sesi.service.ts";
import { bukaBasisdata } from "../src/platform/db/database.ts";
import { migrasiKeTerbaru } from "../src/platform/db/migrate.ts";
import type { Db } from "../src/platform/db/transaction.ts";

/**
 * Load benchmark (issue 4): 50 people at once entering quarterly realisations through the real form
 * endpoint (session cookie, CSRF, validation, scope, workflow and schedule checks, audit) against
 * PostgreSQL, over loopback with autocannon. The pemda has OPD_JUMLAH copies of the Malili demo, 5 planners
 * per OPD; each request writes a new value of a random indicator and quarter of 2026 of the person's OPD.
 * Prints throughput and p50/p99 latency, then the same for a bare baseline (the same HTTP server and pool,
 * one INSERT per form post, no checks), the ratio, and whether every accepted (303) write is in the
 * database: one audit row per accepted post, with the value and the account that sent it.
 * Usage: tsx bench/muat-realisasi.bench.ts postgres://…   (env MUAT_DETIK, MUAT_PENGGUNA, MUAT_OPD)
 */

const DETIK = Number(process.env.MUAT_DETIK ?? 20);
const PENGGUNA = Number(process.env.MUAT_PENGGUNA ?? 50);
const OPD_JUMLAH = Number(process.env.MUAT_OPD ?? 10);
const TAHUN = 2026;

type Pengguna = { akunId: number; cookie: string; csrf: string; opdKode: string; indikator: number[] };
type Terkirim = { akunId: number; nilai: string };

async function siapkan(db: Db): Promise<Pengguna[]> {
  const hasil: Pengguna[] = [];
  for (let o = 1; o <= OPD_JUMLAH; o++) {
    const ds = structuredClone(malili2024);
    ds.pemda.kode = `muat-${o}`;
    ds.pemda.nama = `Kabupaten Muat ${o}`;
    ds.pemda.opdLain = [];
    ds.opd.survei = undefined;
    ds.opd.kode = `malili-${o}`;
    const { pemdaId, opdId } = await muatDataset(db, ds);
    const indikator = (
      await db.selectFrom("indikator").select("id").where("opd_id", "=", opdId).orderBy("id").execute()
    ).map((r) => r.id);
    for (let u = 0; u < PENGGUNA / OPD_JUMLAH; u++) {
      const { id } = await db
        .insertInto("akun")
        .values({
          pemda_id: pemdaId,
          opd_id: opdId,
          nama_pengguna: `muat-${o}-${u}`,
          nama: `Perencana ${o}.${u}`,
          peran: "perencana",
          sandi_hash: "tidak-dipakai",
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const s = await buatSesi(db, id);
      hasil.push({
        akunId: id,
        cookie: `terukur_sesi=${s.token}`,
        csrf: s.csrf,
        opdKode: ds.opd.kode,
        indikator,
      });
    }
  }
  return hasil;
}

type Hasil = { rps: number; p50: number; p99: number; total: number; non2xx: number; galat: number };

function jalankan(
  url: string,
  siapkanKlien: (klien: autocannon.Client, nomor: number) => void,
): Promise<Hasil> {
  let nomor = 0;
  return new Promise((selesai, gagal) => {
    autocannon(
      {
        url,
        connections: PENGGUNA,
        duration: DETIK,
        method: "POST",
        setupClient: (k) => siapkanKlien(k, nomor++),
      },
      (err, r) => {
        if (err) return gagal(err);
        selesai({
          rps: r.requests.average,
          p50: r.latency.p50,
          p99: r.latency.p99,
          total: r.requests.total,
          non2xx: r.non2xx,
          galat: r.errors,
        });
      },
    );
  });
}

/** Starts the server side in its own process and waits until it listens. */
async function dengarkan(
  url: string,
  mode: "terukur" | "polos",
): Promise<{ url: string; tutup: () => Promise<void> }> {
  const anak = spawn(process.execPath, ["--import", "tsx", "bench/muat-server.ts", url, mode], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((siap, gagal) => {
    anak.stdout.on("data", (d: Buffer) => {
      const m = /SIAP (\d+)/.exec(d.toString());
      if (m) siap(Number(m[1]));
    });
    anak.once("exit", (kode) => gagal(new Error(`server berhenti (${kode})`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    tutup: () =>
      new Promise<void>((r) => {
        anak.once("exit", () => r());
        anak.kill("SIGTERM");
      }),
  };
}

async function utama(): Promise<void> {
  const url = process.argv[2] ?? process.env.TERUKUR_TEST_DATABASE_URL;
  if (!url)
    throw new Error("pakai: tsx bench/muat-realisasi.bench.ts postgres://… (atau npm run bench:muat)");
  const basis = await bukaBasisdata({ databaseUrl: url, dataDir: "memory://" });
  try {
    await migrasiKeTerbaru(basis.db);
    const db = basis.db;
    console.log(`basis data: ${basis.mode}; ${PENGGUNA} pengguna, ${OPD_JUMLAH} OPD, ${DETIK} s per putaran`);
    const pengguna = await siapkan(db);

    // Terukur: the real endpoint
    const srv = await dengarkan(url, "terukur");
    const diterima: Terkirim[] = [];
    const statusTerukur = new Map<number, number>();
    let urut = 0;
    const terukur = await jalankan(srv.url, (klien, nomor) => {
      const p = pengguna[nomor % pengguna.length] as Pengguna;
      let terakhir = "";
      const berikut = () => {
        urut += 1;
        const indikator = p.indikator[urut % p.indikator.length] as number;
        terakhir = `${urut},5`;
        const isi = new URLSearchParams({
          _csrf: p.csrf,
          tahun: String(TAHUN),
          periode: `tw${(urut % 4) + 1}`,
          nilai: terakhir,
          sumber: "uji beban",
        }).toString();
        klien.setRequests([
          {
            method: "POST",
            path: `/opd/${p.opdKode}/realisasi/${indikator}`,
            headers: { cookie: p.cookie, "content-type": "application/x-www-form-urlencoded" },
            body: isi,
          },
        ]);
      };
      berikut();
      klien.on("response", (status: number) => {
        statusTerukur.set(status, (statusTerukur.get(status) ?? 0) + 1);
        if (status === 303) diterima.push({ akunId: p.akunId, nilai: terakhir.replace(",", ".") });
        berikut();
      });
    });
    await srv.tutup();

    // Bare baseline: same server library and pool, one INSERT per form post, no session or checks
    await sql`create table if not exists muat_polos (id bigserial primary key, nilai numeric, sumber text)`.execute(
      db,
    );
    const srvPolos = await dengarkan(url, "polos");
    const dasar = await jalankan(srvPolos.url, (klien) => {
      klien.setRequests([
        {
          method: "POST",
          path: "/polos",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: "nilai=12,5&sumber=uji",
        },
      ]);
    });
    await srvPolos.tutup();

    // Every accepted write is in the database: one audit row per 303, same account, same value
    const audit = await db
      .selectFrom("audit_log")
      .select(["akun_id", sql<string>`(data->>'nilai')`.as("nilai")])
      .where("tabel", "=", "realisasi_indikator")
      .where(
        "akun_id",
        "in",
        pengguna.map((p) => p.akunId),
      )
      .execute();
    const kunci = (a: number | null, n: string | null) => `${a}|${Number(n)}`;
    const adaDiAudit = new Map<string, number>();
    for (const r of audit)
      adaDiAudit.set(kunci(r.akun_id, r.nilai), (adaDiAudit.get(kunci(r.akun_id, r.nilai)) ?? 0) + 1);
    const hilang = diterima.filter((d) => {
      const k = kunci(d.akunId, d.nilai);
      const n = adaDiAudit.get(k) ?? 0;
      if (n === 0) return true;
      adaDiAudit.set(k, n - 1);
      return false;
    });
    const tersimpan = await db
      .selectFrom("realisasi_indikator")
      .select((e) => e.fn.countAll<string>().as("n"))
      .where("tahun", "=", TAHUN)
      .where("sumber", "=", "uji beban")
      .executeTakeFirstOrThrow();

    const baris = (nama: string, h: Hasil) =>
      `${nama.padEnd(22)} ${h.rps.toFixed(0).padStart(7)} req/s   p50 ${String(h.p50).padStart(4)} ms   p99 ${String(h.p99).padStart(5)} ms   ${h.total} permintaan, ${h.non2xx} bukan 2xx/3xx? , ${h.galat} galat`;
    console.log(baris("Terukur (isi realisasi)", terukur));
    console.log(baris("dasar (1 INSERT)", dasar));
    console.log(`status jawaban Terukur: ${[...statusTerukur].map(([s, n]) => `${s}×${n}`).join(", ")}`);
    console.log(`rasio throughput Terukur/dasar: ${(terukur.rps / dasar.rps).toFixed(2)}`);
    console.log(
      `tulisan diterima (303): ${diterima.length}; baris audit: ${audit.length} (selisih = yang masih di jalan saat putaran berhenti); tidak ada di basis data: ${hilang.length}; ` +
        `baris realisasi 2026 yang terisi: ${tersimpan.n}`,
    );
    // a write whose answer had not arrived when the run stopped is in the database but not counted as accepted
    if (hilang.length > 0 || audit.length < diterima.length) {
      console.error("GAGAL: ada tulisan yang diterima tetapi tidak ada di basis data");
      process.exitCode = 1;
    }
  } finally {
    await basis.tutup();
  }
}

await utama();

import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { ringkasanOpd } from "../src/modules/dashboard/ringkasan.service.ts";
import { dokumenOpd, renderDokumen } from "../src/modules/reporting/dokumen.service.ts";
import { BERKAS_AKSES_CADANGAN } from "../src/platform/cadangan/akses-lokal.ts";
import { bukaBasisdata, type LokasiBasisdata } from "../src/platform/db/database.ts";
import { cakupanPublik } from "../src/platform/http/pemda-context.ts";
import { teksPdf } from "./setup/dokumen-baca.ts";

/**
 * Issue 8, done when: a backup taken from the running Malili demo on PGlite (the server process holds the
 * data folder; the CLI asks it) restores into PostgreSQL when one is available (TERUKUR_TEST_DATABASE_URL,
 * as CI sets it), else into a fresh embedded folder, and the restored installation produces the same
 * LKjIP PDF text and the same ringkasan JSON as the original.
 */

const AKAR = join(import.meta.dirname, "..");
const TSX = join(AKAR, "node_modules/.bin/tsx");
const URL_UJI = process.env.TERUKUR_TEST_DATABASE_URL || null;
const folder = mkdtempSync(join(tmpdir(), "terukur-cadangan-proses-"));
const anak: ChildProcess[] = [];
let dbDibuat: string | null = null;

afterAll(async () => {
  for (const p of anak) if (p.exitCode === null) p.kill("SIGKILL");
  if (URL_UJI && dbDibuat) {
    const k = new pg.Client({ connectionString: URL_UJI });
    await k.connect();
    await k.query(`drop database if exists ${dbDibuat} with (force)`);
    await k.end();
  }
  rmSync(folder, { recursive: true, force: true });
});

function portBebas(): Promise<number> {
  return new Promise((terima, tolak) => {
    const s = createServer();
    s.once("error", tolak);
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      const port = typeof a === "object" && a ? a.port : 0;
      s.close(() => terima(port));
    });
  });
}

type Jalan = {
  proses: ChildProcess;
  keluar: Promise<number | null>;
  stdout: () => string;
  stderr: () => string;
};

function jalankan(argumen: string[], env: Record<string, string>): Jalan {
  const proses = spawn(TSX, argumen, {
    cwd: AKAR,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", TERUKUR_LOG: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  anak.push(proses);
  let out = "";
  let err = "";
  proses.stdout?.on("data", (d) => {
    out += String(d);
  });
  proses.stderr?.on("data", (d) => {
    err += String(d);
  });
  const keluar = new Promise<number | null>((terima) => proses.once("exit", (kode) => terima(kode)));
  return { proses, keluar, stdout: () => out, stderr: () => err };
}

async function tungguSehat(port: number, j: Jalan): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    if (j.proses.exitCode !== null) throw new Error(`server keluar: ${j.stderr()}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server tidak pernah sehat");
}

async function tujuan(): Promise<LokasiBasisdata> {
  const dataDir = join(folder, "tujuan");
  if (!URL_UJI) return { databaseUrl: null, dataDir };
  dbDibuat = `terukur_cadangan_proses_${process.pid}`;
  const k = new pg.Client({ connectionString: URL_UJI });
  await k.connect();
  await k.query(`drop database if exists ${dbDibuat}`);
  await k.query(`create database ${dbDibuat}`);
  await k.end();
  const u = new URL(URL_UJI);
  u.pathname = `/${dbDibuat}`;
  return { databaseUrl: u.toString(), dataDir };
}

/** What the installation answers: the LKjIP PDF as pdftotext reads it, and the ringkasan JSON. */
async function hasilInstalasi(lokasi: LokasiBasisdata): Promise<{ lkjip: string; ringkasan: string }> {
  const b = await bukaBasisdata(lokasi);
  try {
    const cakupan = await cakupanPublik(b.db, null);
    const { dokumen } = await dokumenOpd(b.db, cakupan, "malili", { jenis: "lkjip", tahun: 2024 });
    const lkjip = teksPdf(await renderDokumen(dokumen, "pdf"));
    const ringkasan = JSON.stringify(await ringkasanOpd(b.db, cakupan, "malili", 2024));
    return { lkjip, ringkasan };
  } finally {
    await b.tutup();
  }
}

describe("backup of the running demo, restored elsewhere", () => {
  it("is taken through the CLI while the server runs, restores, and answers the same", async () => {
    const port = await portBebas();
    const asal = join(folder, "asal");
    const server = jalankan(["src/main.ts"], { DATA_DIR: asal, PORT: String(port), TERUKUR_DEMO: "1" });
    await tungguSehat(port, server);

    // the token file is the server's, readable by this OS user only
    expect(statSync(join(asal, BERKAS_AKSES_CADANGAN)).mode & 0o777).toBe(0o600);
    const tanpaToken = await fetch(`http://127.0.0.1:${port}/_lokal/cadangan`, {
      method: "POST",
      headers: { authorization: "Bearer salah" },
    });
    expect(tanpaToken.status).toBe(403);

    const berkas = join(folder, "malili.jsonl.gz");
    const buat = jalankan(["bin/terukur.js", "cadangan", "buat", "--out", berkas], { DATA_DIR: asal });
    expect(await buat.keluar, buat.stderr()).toBe(0);
    expect(buat.stdout()).toMatch(
      /^Cadangan ditulis: .*malili\.jsonl\.gz \(64 tabel, \d+ baris, 0 berkas; skema 0008_pohon_kinerja;/,
    );
    expect(buat.stdout()).toContain("; server berjalan)");
    const ms = Number(/; (\d+) ms;/.exec(buat.stdout())?.[1]);
    console.log(`cadangan demo Malili: ${statSync(berkas).size} byte, ${ms} ms (CLI, lewat server berjalan)`);
    // the server kept serving while it was taken
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

    server.proses.kill("SIGTERM");
    expect(await server.keluar).toBe(0);

    const lokasi = await tujuan();
    const env: Record<string, string> = { DATA_DIR: lokasi.dataDir };
    if (lokasi.databaseUrl) env.DATABASE_URL = lokasi.databaseUrl;
    const pulih = jalankan(["bin/terukur.js", "cadangan", "pulihkan", berkas], env);
    expect(await pulih.keluar, pulih.stderr()).toBe(0);
    expect(pulih.stdout()).toMatch(
      new RegExp(
        `^Cadangan dipulihkan ke ${lokasi.databaseUrl ? "PostgreSQL" : ".*tujuan"}: 64 tabel, \\d+ baris, 0 berkas`,
      ),
    );

    // restoring again into the now-full target is refused with what is there
    const lagi = jalankan(["bin/terukur.js", "cadangan", "pulihkan", berkas], env);
    expect(await lagi.keluar).toBe(1);
    expect(lagi.stderr()).toMatch(/Basis data tujuan tidak kosong: berisi .*pemda \(1 baris\)/);

    const sebelum = await hasilInstalasi({ databaseUrl: null, dataDir: asal });
    const sesudah = await hasilInstalasi(lokasi);
    expect(sebelum.lkjip).toContain("Malili");
    expect(sebelum.lkjip.length).toBeGreaterThan(20_000);
    expect(sesudah.lkjip).toBe(sebelum.lkjip);
    expect(JSON.parse(sebelum.ringkasan)).toMatchObject({ opd: { kode: "malili" }, tahun: 2024 });
    expect(sesudah.ringkasan).toBe(sebelum.ringkasan);
  }, 600_000);
});

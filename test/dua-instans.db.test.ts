import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Issue 8 item 5, shown and not claimed: two server processes (`node --import tsx src/main.ts`) started at
 * the same moment on one fresh PostgreSQL database with the demo switched on. The migration lock lets one
 * migrate and load; then a session, the sign-in rate limit, an evidence file and a closed period made
 * through one are honoured by the other, because all of that state lives in the database.
 *
 * PGlite is one process with its data folder locked, so this runs only where TERUKUR_TEST_DATABASE_URL
 * names a PostgreSQL server — the PostgreSQL stage of .ci/run, which runs every *.db.test.ts again.
 */

const URL_SERVER = process.env.TERUKUR_TEST_DATABASE_URL || "";
const AKAR = join(import.meta.dirname, "..");
const NAMA_DB = `terukur_dua_${process.pid}_${randomBytes(3).toString("hex")}`;
let folderUji = "";

type Instans = {
  nama: "A" | "B";
  url: string;
  dataDir: string;
  proses: ChildProcess;
  keluar: Promise<number | null>;
  keluaran: () => string;
};
let a: Instans;
let b: Instans;
let db: pg.Client;

function urlDb(nama: string): string {
  const u = new URL(URL_SERVER);
  u.pathname = `/${nama}`;
  return u.toString();
}

async function sql<T>(teks: string, nilai: unknown[] = []): Promise<T[]> {
  return (await db.query(teks, nilai)).rows as T[];
}

function portBebas(): Promise<number> {
  return new Promise((terima, tolak) => {
    const s = createServer();
    s.once("error", tolak);
    s.listen(0, "127.0.0.1", () => {
      const alamat = s.address();
      const port = typeof alamat === "object" && alamat ? alamat.port : 0;
      s.close(() => terima(port));
    });
  });
}

function jalankan(nama: "A" | "B", port: number): Instans {
  const dataDir = join(folderUji, nama);
  const proses = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: AKAR,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      DATABASE_URL: urlDb(NAMA_DB),
      DATA_DIR: dataDir,
      PORT: String(port),
      TERUKUR_DEMO: "1",
      TERUKUR_LOG: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let keluaran = "";
  proses.stdout?.on("data", (d) => {
    keluaran += String(d);
  });
  proses.stderr?.on("data", (d) => {
    keluaran += String(d);
  });
  const keluar = new Promise<number | null>((terima) => proses.once("exit", (kode) => terima(kode)));
  return { nama, url: `http://127.0.0.1:${port}`, dataDir, proses, keluar, keluaran: () => keluaran };
}

async function tungguSiap(i: Instans): Promise<void> {
  for (let n = 0; n < 1200; n++) {
    if (i.proses.exitCode !== null) throw new Error(`instans ${i.nama} keluar: ${i.keluaran()}`);
    const ok = await fetch(`${i.url}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`instans ${i.nama} tidak pernah siap: ${i.keluaran()}`);
}

/** The cookie pairs a response sets, as a Cookie header value. */
function cookieDari(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** The CSRF token a page's forms carry. */
async function csrfDari(res: Response): Promise<string> {
  const html = await res.text();
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error(`tidak ada token CSRF (HTTP ${res.status})`);
  return token;
}

/** A sign-in attempt through one instance, as a browser makes it (the page first, for its CSRF cookie). */
async function cobaMasuk(i: Instans, namaPengguna: string, sandi: string): Promise<Response> {
  const halaman = await fetch(`${i.url}/masuk`);
  const cookie = cookieDari(halaman);
  const csrf = await csrfDari(halaman);
  return fetch(`${i.url}/masuk`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, "content-type": "application/x-www-form-urlencoded", accept: "text/html" },
    body: new URLSearchParams({ _csrf: csrf, namaPengguna, sandi }).toString(),
  });
}

type Sesi = { cookie: string };

async function masuk(i: Instans, namaPengguna: string): Promise<Sesi> {
  const res = await cobaMasuk(i, namaPengguna, "terukur-demo");
  expect(res.status, `masuk ${namaPengguna} lewat ${i.nama}`).toBe(303);
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith("terukur_sesi="))
    ?.split(";")[0];
  if (!cookie) throw new Error("tidak ada cookie sesi");
  return { cookie };
}

function buka(i: Instans, sesi: Sesi, jalur: string): Promise<Response> {
  return fetch(`${i.url}${jalur}`, {
    redirect: "manual",
    headers: { cookie: sesi.cookie, accept: "text/html" },
  });
}

/** A form post through an instance with the session's CSRF token, read from a page of that same instance. */
async function kirim(
  i: Instans,
  sesi: Sesi,
  halaman: string,
  jalur: string,
  isian: Record<string, string> | FormData,
): Promise<Response> {
  const csrf = await csrfDari(await buka(i, sesi, halaman));
  const body = isian instanceof FormData ? isian : new URLSearchParams(isian);
  body.set("_csrf", csrf);
  return fetch(`${i.url}${jalur}`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: sesi.cookie, accept: "text/html" },
    body,
  });
}

async function hentikan(i: Instans | undefined): Promise<number | null> {
  if (!i || i.proses.exitCode !== null) return i?.proses.exitCode ?? null;
  i.proses.kill("SIGTERM");
  return i.keluar;
}

describe.skipIf(!URL_SERVER)(
  "two server processes on one PostgreSQL (runs only with TERUKUR_TEST_DATABASE_URL; PGlite serves one process)",
  { timeout: 60_000 },
  () => {
    beforeAll(async () => {
      folderUji = mkdtempSync(join(tmpdir(), "terukur-dua-"));
      const admin = new pg.Client({ connectionString: URL_SERVER });
      await admin.connect();
      await admin.query(`create database ${NAMA_DB}`);
      await admin.end();
      db = new pg.Client({ connectionString: urlDb(NAMA_DB) });
      await db.connect();
      const [portA, portB] = [await portBebas(), await portBebas()];
      // the same moment: both find an empty database; the migration lock decides who migrates and loads
      a = jalankan("A", portA);
      b = jalankan("B", portB);
      await Promise.all([tungguSiap(a), tungguSiap(b)]);
    }, 300_000);

    afterAll(async () => {
      for (const i of [a, b]) if (i && i.proses.exitCode === null) i.proses.kill("SIGKILL");
      await db?.end().catch(() => {});
      const admin = new pg.Client({ connectionString: URL_SERVER });
      await admin.connect();
      await admin.query(`drop database if exists ${NAMA_DB} with (force)`);
      await admin.end();
      if (folderUji) rmSync(folderUji, { recursive: true, force: true });
    }, 60_000);

    it("migrated once and loaded the demo once, though both started together", async () => {
      const migrasi = await sql<{ n: string }>("select count(*) as n from kysely_migration");
      const berkasMigrasi = readdirSync(join(AKAR, "migrations"));
      expect(Number(migrasi[0]?.n)).toBe(berkasMigrasi.filter((f) => f.endsWith(".sql")).length);
      expect(await sql("select kode from pemda")).toEqual([{ kode: "luwu-timur" }]);
      expect(await sql("select count(*)::int as n from akun")).toEqual([{ n: 6 }]);
      const dimuat = [a, b].filter((i) => i.keluaran().includes("Data demo dimuat"));
      expect(dimuat).toHaveLength(1);
    });

    it("honours through B a session made through A, with the same CSRF token", async () => {
      const perencana = await masuk(a, "perencana.malili");
      const lewatB = await buka(b, perencana, "/opd/malili/realisasi?tahun=2024&periode=tw4");
      expect(lewatB.status).toBe(200);
      expect(await lewatB.text()).toContain("Perencana Kecamatan Malili");
      const tanpaSesi = await fetch(`${b.url}/opd/malili/realisasi`, {
        redirect: "manual",
        headers: { accept: "text/html" },
      });
      expect(tanpaSesi.status).toBe(303);
      expect(tanpaSesi.headers.get("location")).toMatch(/^\/masuk\?lanjut=/);
      // the token read from a page of A is accepted by a form sent to B
      const csrfA = await csrfDari(await buka(a, perencana, "/opd/malili/realisasi"));
      const csrfB = await csrfDari(await buka(b, perencana, "/opd/malili/realisasi"));
      expect(csrfB).toBe(csrfA);
    });

    it("serves byte for byte through B an evidence file uploaded through A, kept in the database", async () => {
      const perencana = await masuk(a, "perencana.malili");
      const [ind] = await sql<{ id: number }>(
        "select i.id from indikator i join opd o on o.id = i.opd_id where o.kode = 'malili' and i.kode = 'S2.I2'",
      );
      const grid = "/opd/malili/realisasi?tahun=2026&periode=tw1";
      const simpan = await kirim(a, perencana, grid, `/opd/malili/realisasi/${ind?.id}`, {
        tahun: "2026",
        periode: "tw1",
        tampil: "tw1",
        nilai: "12,5",
        sumber: "Laporan seksi",
        catatan: "",
      });
      expect(simpan.status).toBe(303);
      const [real] = await sql<{ id: number }>(
        "select id from realisasi_indikator where indikator_id = $1 and tahun = 2026 and periode_jenis = 'triwulan' and periode_ke = 1",
        [ind?.id],
      );
      // a PDF with 300 KB of every kind of byte inside, so any re-encoding on the way would show
      const isi = Buffer.concat([
        Buffer.from("%PDF-1.4\n"),
        randomBytes(300 * 1024),
        Buffer.from("\n%%EOF\n"),
      ]);
      const form = new FormData();
      form.set("tahun", "2026");
      form.set("tampil", "tw1");
      form.set("berkas", new File([isi], "Daftar hadir.pdf", { type: "application/pdf" }));
      const unggah = await kirim(a, perencana, grid, `/opd/malili/realisasi/${real?.id}/bukti`, form);
      expect(unggah.status).toBe(303);
      const [bukti] = await sql<{ id: number; kunci_simpan: string }>(
        "select id, kunci_simpan from bukti where realisasi_id = $1",
        [real?.id],
      );
      const unduh = await buka(b, perencana, `/opd/malili/bukti/${bukti?.id}`);
      expect(unduh.status).toBe(200);
      expect(unduh.headers.get("content-type")).toBe("application/pdf");
      expect(Buffer.from(await unduh.arrayBuffer()).equals(isi)).toBe(true);
      // the bytes are in the berkas table, and neither data folder holds them
      const [baris] = await sql<{ ukuran: number }>("select ukuran from berkas where kunci = $1", [
        bukti?.kunci_simpan,
      ]);
      expect(baris?.ukuran).toBe(isi.length);
      for (const i of [a, b])
        expect(existsSync(join(i.dataDir, "berkas", bukti?.kunci_simpan ?? ""))).toBe(false);
    });

    it("refuses through B a realisation of a period the admin closed through A", async () => {
      const perencana = await masuk(b, "perencana.malili");
      const adminPemda = await masuk(a, "admin.lutim");
      const [ind] = await sql<{ id: number }>(
        "select i.id from indikator i join opd o on o.id = i.opd_id where o.kode = 'malili' and i.kode = 'S2.I2'",
      );
      const grid = "/opd/malili/realisasi?tahun=2025&periode=tw4";
      const isian = (nilai: string) => ({
        tahun: "2025",
        periode: "tw4",
        tampil: "tw4",
        nilai,
        sumber: "Laporan seksi",
        catatan: "",
      });
      // open (no schedule yet): B saves
      expect((await kirim(b, perencana, grid, `/opd/malili/realisasi/${ind?.id}`, isian("40"))).status).toBe(
        303,
      );
      const tutup = await kirim(a, adminPemda, "/admin/jadwal", "/admin/jadwal", {
        jenisData: "realisasi",
        tahun: "2025",
        periode: "triwulan-4",
        dibukaPada: "2025-10-01T08:00",
        ditutupPada: "2026-01-10T23:59",
      });
      expect(tutup.status).toBe(303);
      const ditolak = await kirim(b, perencana, grid, `/opd/malili/realisasi/${ind?.id}`, isian("55"));
      expect(ditolak.status).toBe(409);
      expect(await ditolak.text()).toContain(
        "Periode Triwulan IV 2025 ditutup sejak 10 Januari 2026 pukul 23.59 WITA",
      );
      const nilai = await sql<{ nilai: string }>(
        "select nilai from realisasi_indikator where indikator_id = $1 and tahun = 2025 and periode_jenis = 'triwulan' and periode_ke = 4",
        [ind?.id],
      );
      expect(nilai).toEqual([{ nilai: "40" }]);
    });

    it("counts failed sign-ins across both: 5 through A and 5 through B, then the next is refused on either", async () => {
      for (const [i, n] of [
        [a, 1],
        [a, 2],
        [a, 3],
        [a, 4],
        [a, 5],
        [b, 6],
        [b, 7],
        [b, 8],
        [b, 9],
        [b, 10],
      ] as const) {
        const res = await cobaMasuk(i, `tidak.ada.${n}`, "salah-sekali");
        expect(res.status, `percobaan ${n} lewat ${i.nama}`).toBe(400);
      }
      for (const i of [a, b]) {
        const res = await cobaMasuk(i, "perencana.malili", "terukur-demo");
        expect(res.status, `percobaan ke-11 lewat ${i.nama}`).toBe(429);
        expect(await res.text()).toContain("Terlalu banyak percobaan masuk dari jaringan ini");
      }
    });

    it("stops both cleanly on SIGTERM", async () => {
      expect(await Promise.all([hentikan(a), hentikan(b)])).toEqual([0, 0]);
      for (const i of [a, b]) expect(i.keluaran()).toContain('"peristiwa":"selesai"');
    });
  },
);

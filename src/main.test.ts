import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * Issue 8: the real process (tsx src/main.ts) — a bad setting stops the start with one line naming it, and
 * SIGTERM lets a request in flight finish before the database closes and the process exits 0.
 */

const AKAR = join(import.meta.dirname, "..");
const TSX = join(AKAR, "node_modules/.bin/tsx");
const folderUji = mkdtempSync(join(tmpdir(), "terukur-proses-"));
const anak: ChildProcess[] = [];
afterAll(() => {
  for (const p of anak) if (p.exitCode === null) p.kill("SIGKILL");
  rmSync(folderUji, { recursive: true, force: true });
});

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

type Jalan = {
  proses: ChildProcess;
  keluar: Promise<number | null>;
  stdout: () => string;
  stderr: () => string;
};

function jalankan(env: Record<string, string>): Jalan {
  const proses = spawn(TSX, ["src/main.ts"], {
    cwd: AKAR,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
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

async function tungguSehat(port: number, jalan: Jalan): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (jalan.proses.exitCode !== null) throw new Error(`proses keluar: ${jalan.stderr()}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error("server tidak pernah sehat");
}

const tidur = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("graceful shutdown", () => {
  it("finishes a request in flight after SIGTERM, refuses new connections, closes the database, exits 0", async () => {
    const port = await portBebas();
    const dataDir = join(folderUji, "data");
    const jalan = jalankan({ DATA_DIR: dataDir, TERUKUR_DEMO: "0", PORT: String(port), TERUKUR_LOG: "1" });
    await tungguSehat(port, jalan);

    // the sign-in page gives the browser its CSRF cookie and token, so the slow post below is a real one
    const halaman = await fetch(`http://127.0.0.1:${port}/masuk`);
    const cookie = (halaman.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await halaman.text())?.[1] ?? "";
    expect(csrf).not.toBe("");
    const badan = new URLSearchParams({
      _csrf: csrf,
      namaPengguna: "tidak.ada",
      sandi: "salah-sekali",
    }).toString();

    // a POST whose body arrives slowly: the server is still reading it when SIGTERM comes
    let req: ReturnType<typeof request> | undefined;
    const jawaban = new Promise<{ status: number; isi: string }>((terima, tolak) => {
      req = request(
        {
          host: "127.0.0.1",
          port,
          method: "POST",
          path: "/masuk",
          headers: {
            cookie,
            "content-type": "application/x-www-form-urlencoded",
            "content-length": Buffer.byteLength(badan),
          },
        },
        (res) => {
          let isi = "";
          res.on("data", (d) => {
            isi += String(d);
          });
          res.on("end", () => terima({ status: res.statusCode ?? 0, isi }));
        },
      );
      req.on("error", tolak);
    });
    req?.write(badan.slice(0, 10));
    await tidur(300);
    jalan.proses.kill("SIGTERM");
    await tidur(600);
    // stopped accepting: a new connection is refused while the slow request is still open
    const baru = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      () => "diterima",
      () => "ditolak",
    );
    expect(baru).toBe("ditolak");
    expect(jalan.proses.exitCode).toBeNull();
    req?.end(badan.slice(10));

    const hasil = await jawaban;
    expect(hasil.status).toBe(400);
    expect(hasil.isi).toContain("</html>");
    expect(await jalan.keluar).toBe(0);
    const baris = jalan
      .stdout()
      .trim()
      .split("\n")
      .map((b) => JSON.parse(b) as { peristiwa: string; jalur?: string; status?: number });
    const peristiwa = baris.map((b) => b.peristiwa);
    // the request was answered and logged after the stop began, and the database closed last
    expect(peristiwa.indexOf("berhenti")).toBeLessThan(
      baris.findIndex((b) => b.jalur === "/masuk" && b.status === 400),
    );
    expect(peristiwa.at(-1)).toBe("selesai");
  });
});

describe("bad configuration stops the start with one line naming the cause", () => {
  it("an unreachable DATABASE_URL", async () => {
    const port = await portBebas();
    const jalan = jalankan({
      DATABASE_URL: `postgres://terukur:rahasia@127.0.0.1:${port}/terukur`,
      DATA_DIR: join(folderUji, "pg"),
    });
    expect(await jalan.keluar).toBe(1);
    expect(jalan.stderr().trim()).toBe(
      `Konfigurasi tidak valid: DATABASE_URL: server tidak dapat dihubungi (ECONNREFUSED 127.0.0.1:${port})`,
    );
    expect(jalan.stderr()).not.toContain("rahasia");
  });

  it("a data folder that cannot be written", async () => {
    const berkas = join(folderUji, "bukan-folder");
    writeFileSync(berkas, "x");
    const jalan = jalankan({ DATA_DIR: join(berkas, "data") });
    expect(await jalan.keluar).toBe(1);
    expect(jalan.stderr().trim()).toBe(
      `Konfigurasi tidak valid: DATA_DIR: folder ${join(berkas, "data")} tidak dapat ditulis (ENOTDIR)`,
    );
  });

  it("a value out of its set", async () => {
    const jalan = jalankan({ TERUKUR_DEMO: "ya", DATA_DIR: join(folderUji, "x") });
    expect(await jalan.keluar).toBe(1);
    expect(jalan.stderr().trim()).toBe("Konfigurasi tidak valid: TERUKUR_DEMO: TERUKUR_DEMO harus 1 atau 0");
  });
});

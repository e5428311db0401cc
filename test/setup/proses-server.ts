/**
 * The real server as a child process (tsx src/main.ts) for tests that must stop it the hard way, and a
 * small browser that signs in to it over HTTP. Test helper (issue 8: crash safety under SIGKILL).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import { join } from "node:path";

const AKAR = join(import.meta.dirname, "../..");

/** A port nobody listens on right now. */
export function portBebas(): Promise<number> {
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

/** A running server child: its process, its exit, what it printed, and its address. */
export type ServerAnak = {
  proses: ChildProcess;
  keluar: Promise<{ kode: number | null; sinyal: NodeJS.Signals | null }>;
  stdout: () => string;
  stderr: () => string;
  alamat: string;
};

/**
 * Starts `tsx src/main.ts` with only the given settings (nothing of the test's own environment leaks in
 * but PATH and HOME) and waits until /healthz answers; throws with its stderr when it exits first.
 */
export async function mulaiServer(env: Record<string, string>, batasMs = 180_000): Promise<ServerAnak> {
  const port = Number(env.PORT ?? (await portBebas()));
  // node itself with the tsx loader, not the tsx wrapper: the wrapper runs the server in a second process
  // that a SIGKILL of the wrapper would leave running (holding the port and the data folder)
  const proses = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: AKAR,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  proses.stdout?.on("data", (d) => {
    out += String(d);
  });
  proses.stderr?.on("data", (d) => {
    err += String(d);
  });
  const keluar = new Promise<{ kode: number | null; sinyal: NodeJS.Signals | null }>((terima) =>
    proses.once("exit", (kode, sinyal) => terima({ kode, sinyal })),
  );
  const server: ServerAnak = {
    proses,
    keluar,
    stdout: () => out,
    stderr: () => err,
    alamat: `http://127.0.0.1:${port}`,
  };
  const akhir = Date.now() + batasMs;
  while (Date.now() < akhir) {
    if (proses.exitCode !== null || proses.signalCode !== null)
      throw new Error(`server keluar sebelum siap (${proses.exitCode ?? proses.signalCode}): ${err}`);
    const ok = await fetch(`${server.alamat}/healthz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return server;
    await new Promise((r) => setTimeout(r, 200));
  }
  proses.kill("SIGKILL");
  throw new Error(`server tidak pernah sehat dalam ${batasMs} ms: ${err}`);
}

/** Kills the child with SIGKILL (no handler runs, nothing is flushed) and waits until it is gone. */
export async function bunuh(server: ServerAnak): Promise<void> {
  if (server.proses.exitCode === null && server.proses.signalCode === null) server.proses.kill("SIGKILL");
  await server.keluar;
}

/** A signed-in browser: its cookies and the session's CSRF token. */
export type Peramban = { alamat: string; cookie: string; csrf: string };

function cookieDari(r: Response, lama: Map<string, string>): Map<string, string> {
  const baru = new Map(lama);
  for (const c of r.headers.getSetCookie()) {
    const [pasangan] = c.split(";");
    const i = pasangan?.indexOf("=") ?? -1;
    if (pasangan && i > 0) baru.set(pasangan.slice(0, i), pasangan.slice(i + 1));
  }
  return baru;
}

const teksCookie = (m: Map<string, string>) => [...m].map(([k, v]) => `${k}=${v}`).join("; ");

/** The `_csrf` field of a page. */
export function csrfHalaman(html: string): string {
  const t = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!t) throw new Error("halaman tanpa bidang _csrf");
  return t;
}

/** Signs in through the real form and returns the session's cookies and CSRF token (read from `halaman`). */
export async function masuk(
  alamat: string,
  namaPengguna: string,
  sandi: string,
  halaman: string,
): Promise<Peramban> {
  const awal = await fetch(`${alamat}/masuk`);
  let cookie = cookieDari(awal, new Map());
  const badan = new URLSearchParams({ _csrf: csrfHalaman(await awal.text()), namaPengguna, sandi });
  const r = await fetch(`${alamat}/masuk`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: teksCookie(cookie), "content-type": "application/x-www-form-urlencoded" },
    body: badan,
  });
  if (r.status !== 303 && r.status !== 302) throw new Error(`masuk gagal (${r.status}): ${await r.text()}`);
  cookie = cookieDari(r, cookie);
  const h = await fetch(`${alamat}${halaman}`, { headers: { cookie: teksCookie(cookie) } });
  if (!h.ok) throw new Error(`GET ${halaman}: ${h.status}`);
  return { alamat, cookie: teksCookie(cookie), csrf: csrfHalaman(await h.text()) };
}

/** A request as the signed-in browser sends it (the CSRF field added to a form). */
export function kirim(p: Peramban, jalur: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("cookie", p.cookie);
  const body = init.body;
  if (body instanceof FormData) body.set("_csrf", p.csrf);
  if (body instanceof URLSearchParams) body.set("_csrf", p.csrf);
  return fetch(`${p.alamat}${jalur}`, { redirect: "manual", ...init, headers, body });
}

/** A form POST whose answer may never come: resolves with the status, or with the error when the server dies. */
export function postTanpaTunggu(
  p: Peramban,
  jalur: string,
  isian: Record<string, string>,
): { jawaban: Promise<{ status: number } | { galat: string }>; terkirim: Promise<number> } {
  const badan = new URLSearchParams({ ...isian, _csrf: p.csrf }).toString();
  const u = new URL(`${p.alamat}${jalur}`);
  let tandaiTerkirim: (t: number) => void = () => {};
  const terkirim = new Promise<number>((t) => {
    tandaiTerkirim = t;
  });
  const jawaban = new Promise<{ status: number } | { galat: string }>((terima) => {
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        method: "POST",
        path: u.pathname,
        headers: {
          cookie: p.cookie,
          "content-type": "application/x-www-form-urlencoded",
          "content-length": Buffer.byteLength(badan),
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => terima({ status: res.statusCode ?? 0 }));
        res.on("error", (e) => terima({ galat: e.message }));
      },
    );
    req.on("error", (e) => terima({ galat: (e as NodeJS.ErrnoException).code ?? e.message }));
    req.end(badan, () => tandaiTerkirim(performance.now()));
  });
  return { jawaban, terkirim };
}

/** CPU time (user + system, ms) the process has used so far, from /proc: how much work it has done. */
export function waktuCpuMs(pid: number): number {
  const bidang = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  // after the command name: state is field 3, utime 14 and stime 15 (1-based), in clock ticks of 10 ms
  return (Number(bidang[11]) + Number(bidang[12])) * 10;
}

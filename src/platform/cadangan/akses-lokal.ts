import { randomBytes } from "node:crypto";
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";

/**
 * How `terukur cadangan buat` reaches a running server that holds the embedded database (PGlite opens its
 * folder in one process only). At start the server writes a random token, its port and pid to this file in
 * DATA_DIR with mode 0600, so only the same OS user (or root) can read it; the CLI posts the token to the
 * server on 127.0.0.1. No password or session is involved and nothing is reachable without the file.
 */
export const BERKAS_AKSES_CADANGAN = "cadangan-akses.json";

/** What the file holds. */
export type AksesCadangan = { token: string; port: number; pid: number };

/** Writes a fresh token for this process (replacing a stale file) and returns it with a way to remove the file. */
export function terbitkanAksesCadangan(dataDir: string, port: number): { token: string; hapus(): void } {
  const token = randomBytes(32).toString("hex");
  const berkas = join(dataDir, BERKAS_AKSES_CADANGAN);
  rmSync(berkas, { force: true });
  // created with 0600 in one step (O_EXCL), never readable by others even for a moment
  const fd = openSync(berkas, "wx", 0o600);
  try {
    writeSync(fd, JSON.stringify({ token, port, pid: process.pid } satisfies AksesCadangan));
  } finally {
    closeSync(fd);
  }
  return { token, hapus: () => rmSync(berkas, { force: true }) };
}

function hidup(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The running server's access, or null when no live server left one in this data folder. */
export function bacaAksesCadangan(dataDir: string): AksesCadangan | null {
  let isi: AksesCadangan;
  try {
    isi = JSON.parse(readFileSync(join(dataDir, BERKAS_AKSES_CADANGAN), "utf8")) as AksesCadangan;
  } catch {
    return null;
  }
  return Number.isInteger(isi.pid) && hidup(isi.pid) ? isi : null;
}

import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { GalatTerukur } from "../errors.ts";

function prosesHidup(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Claims the embedded data folder for this process: PGlite is single-process, and a second process
 * (a CLI beside a running server) opening the same files would corrupt them. A stale claim is taken over.
 */
export function kunciFolderData(folder: string): () => void {
  const berkas = join(folder, "terukur.pid");
  for (let coba = 0; coba < 2; coba++) {
    try {
      const fd = openSync(berkas, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(berkas, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const pid = Number.parseInt(readFileSync(berkas, "utf8"), 10);
      if (Number.isInteger(pid) && prosesHidup(pid)) {
        throw new GalatTerukur(
          "konflik",
          `Basis data tertanam di ${folder} sedang dipakai proses lain (PID ${pid}). ` +
            "Hentikan proses itu dulu, atau jalankan Terukur dengan PostgreSQL (DATABASE_URL) agar bisa dipakai bersama.",
        );
      }
      rmSync(berkas, { force: true });
    }
  }
  throw new GalatTerukur("konflik", `Tidak dapat mengunci folder data ${folder}`);
}

import { Hono } from "hono";
import type { MigrationProvider } from "kysely";
import { MigrasiSql, statusMigrasi } from "../db/migrate.ts";
import type { Db } from "../db/transaction.ts";
import type { EnvAplikasi } from "./konteks.ts";

/** How long /readyz waits for the database before it answers 503 (a probe must not hang). */
export const BATAS_TUNGGU_SIAP_MS = 3000;

class TerlaluLama extends Error {}

function denganBatasWaktu<T>(janji: Promise<T>, ms: number): Promise<T> {
  let pewaktu: NodeJS.Timeout | undefined;
  const habis = new Promise<never>((_, tolak) => {
    pewaktu = setTimeout(() => tolak(new TerlaluLama(`tidak menjawab dalam ${ms} ms`)), ms);
  });
  return Promise.race([janji, habis]).finally(() => clearTimeout(pewaktu));
}

/** Why the database is not ready, in one sentence for the operator (or null when it is ready). */
async function alasanTidakSiap(db: Db, penyedia: MigrationProvider): Promise<string | null> {
  let status: Awaited<ReturnType<typeof statusMigrasi>>;
  try {
    status = await denganBatasWaktu(statusMigrasi(db, penyedia), BATAS_TUNGGU_SIAP_MS);
  } catch (e) {
    return `Basis data tidak dapat dihubungi: ${e instanceof Error ? e.message : String(e)}`;
  }
  if (status.asing.length > 0) {
    return `Skema basis data lebih baru daripada versi ini (migrasi tidak dikenal: ${status.asing.join(", ")})`;
  }
  if (status.tertunda.length > 0) {
    return `Migrasi belum dijalankan: ${status.tertunda.join(", ")}`;
  }
  return null;
}

/**
 * Probes for a load balancer or an orchestrator (issue 8 item 3), public and without a session:
 * GET /healthz says the process answers (it touches nothing, not even the database);
 * GET /readyz says the database answers and its schema is exactly at the migrations this code knows,
 * 503 with the reason otherwise, so traffic goes elsewhere until an upgrade has migrated.
 * Mount before the session middleware so neither reads a cookie or the database for it.
 */
export function ruteKesehatan(dep: { db: Db }, penyedia: MigrationProvider = new MigrasiSql()) {
  const app = new Hono<EnvAplikasi>();
  app.get("/healthz", (c) => {
    c.header("Cache-Control", "no-store");
    return c.json({ status: "ok" });
  });
  app.get("/readyz", async (c) => {
    c.header("Cache-Control", "no-store");
    const alasan = await alasanTidakSiap(dep.db, penyedia);
    if (alasan) return c.json({ status: "tidak_siap", alasan }, 503);
    return c.json({ status: "siap" });
  });
  return app;
}

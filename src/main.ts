import type { Server } from "node:http";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { buatAplikasi } from "./app.ts";
import { bacaKonfigurasi, periksaSumberDaya } from "./config.ts";
import { buatLog, galatUntukLog, logSenyap } from "./platform/log.ts";
import { penyimpananFolder } from "./platform/storage/penyimpanan.ts";
import { siapkanBasisdata } from "./startup.ts";

/**
 * Starts Terukur: settings (validated, and what they point at checked), database (migrated under a lock,
 * demo loaded on first start), HTTP server. Stops cleanly on SIGTERM/SIGINT (issue 8 item 3): no new
 * connections, requests in flight finish (up to TERUKUR_BATAS_HENTI seconds), then the database closes.
 */
async function mulai(): Promise<void> {
  const konfigurasi = bacaKonfigurasi();
  await periksaSumberDaya(konfigurasi);
  const log = konfigurasi.log ? buatLog() : logSenyap;
  const basis = await siapkanBasisdata(konfigurasi);
  const app = buatAplikasi({
    db: basis.db,
    kodePemda: konfigurasi.kodePemda,
    penyimpanan: penyimpananFolder(join(konfigurasi.dataDir, "berkas")),
  });
  const server = serve({ fetch: app.fetch, port: konfigurasi.port }, (info) => {
    log.info({
      peristiwa: "mulai",
      pesan: `Terukur berjalan di http://localhost:${info.port} (basis data: ${basis.mode})`,
      port: info.port,
      basisdata: basis.mode,
    });
  }) as Server;

  let berhenti = false;
  const hentikan = (sinyal: NodeJS.Signals) => {
    if (berhenti) return;
    berhenti = true;
    log.info({ peristiwa: "berhenti", sinyal, batasMs: konfigurasi.batasHentiMs });
    let terpotong = false;
    const paksa = setTimeout(() => {
      terpotong = true;
      log.peringatan({
        peristiwa: "berhenti_dipaksa",
        pesan: `Permintaan yang masih berjalan diputus setelah ${konfigurasi.batasHentiMs} ms`,
      });
      server.closeAllConnections();
    }, konfigurasi.batasHentiMs);
    // close() stops accepting at once and ends idle keep-alive connections; a connection still serving a
    // request becomes idle after its answer and is ended on the next sweep
    const sapu = setInterval(() => server.closeIdleConnections(), 100);
    server.close(async () => {
      clearTimeout(paksa);
      clearInterval(sapu);
      try {
        await basis.tutup();
        log.info({ peristiwa: "selesai", pesan: "Server berhenti; basis data ditutup" });
      } catch (e) {
        log.galat({ peristiwa: "tutup_basisdata_gagal", ...galatUntukLog(e) });
        process.exit(1);
      }
      process.exit(terpotong ? 1 : 0);
    });
  };
  process.on("SIGINT", hentikan);
  process.on("SIGTERM", hentikan);
}

mulai().catch((e: unknown) => {
  // one line naming the cause (a bad variable, a refused schema): no stack for an operator to read through
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});

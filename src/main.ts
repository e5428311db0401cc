import type { Server } from "node:http";
import { serve } from "@hono/node-server";
import { buatAplikasi } from "./app.ts";
import { bacaKonfigurasi, periksaSumberDaya } from "./config.ts";
import { terbitkanAksesCadangan } from "./platform/cadangan/akses-lokal.ts";
import { mulaiCadanganHarian } from "./platform/cadangan/harian.ts";
import { buatLog, galatUntukLog, logSenyap } from "./platform/log.ts";
import { siapkanPenyimpanan } from "./platform/storage/pilih-penyimpanan.ts";
import { aturZonaWaktu } from "./platform/waktu-wita.ts";
import { siapkanBasisdata } from "./startup.ts";

/**
 * Starts Terukur: settings (validated, and what they point at checked), database (migrated under a lock,
 * demo loaded on first start), HTTP server. Stops cleanly on SIGTERM/SIGINT (issue 8 item 3): no new
 * connections, requests in flight finish (up to TERUKUR_BATAS_HENTI seconds), then the database closes.
 */
async function mulai(): Promise<void> {
  const konfigurasi = bacaKonfigurasi();
  aturZonaWaktu(konfigurasi.zonaWaktu);
  await periksaSumberDaya(konfigurasi);
  const log = konfigurasi.log ? buatLog() : logSenyap;
  const basis = await siapkanBasisdata(konfigurasi);
  // issue 8 item 1: the embedded database is held by this process, so `terukur cadangan buat` asks it
  const folderBerkas = konfigurasi.berkas.jenis === "folder" ? konfigurasi.berkas.folder : null;
  const aksesCadangan =
    basis.mode === "pglite" && konfigurasi.dataDir !== "memory://"
      ? terbitkanAksesCadangan(konfigurasi.dataDir, konfigurasi.port)
      : null;
  const app = buatAplikasi({
    db: basis.db,
    kodePemda: konfigurasi.kodePemda,
    penyimpanan: await siapkanPenyimpanan(konfigurasi, basis.db, log),
    proxyTepercaya: konfigurasi.proxyTepercaya,
    cadanganLokal: aksesCadangan ? { token: aksesCadangan.token, mode: basis.mode, folderBerkas } : null,
  });
  const server = serve({ fetch: app.fetch, port: konfigurasi.port }, (info) => {
    log.info({
      peristiwa: "mulai",
      pesan: `Terukur berjalan di http://localhost:${info.port} (basis data: ${basis.mode})`,
      port: info.port,
      basisdata: basis.mode,
    });
  }) as Server;
  const cadanganHarian = konfigurasi.cadangan
    ? mulaiCadanganHarian({
        db: basis.db,
        mode: basis.mode,
        pengaturan: konfigurasi.cadangan,
        zonaWaktu: konfigurasi.zonaWaktu,
        folderBerkas,
        log,
      })
    : null;

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
        await cadanganHarian?.hentikan();
        aksesCadangan?.hapus();
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

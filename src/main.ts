import { join } from "node:path";
import { serve } from "@hono/node-server";
import { buatAplikasi } from "./app.ts";
import { bacaKonfigurasi } from "./config.ts";
import { penyimpananFolder } from "./platform/storage/penyimpanan.ts";
import { siapkanBasisdata } from "./startup.ts";

/** Starts Terukur: settings, database (migrated, demo loaded on first start), HTTP server, clean shutdown. */
async function mulai(): Promise<void> {
  const konfigurasi = bacaKonfigurasi();
  const basis = await siapkanBasisdata(konfigurasi);
  const app = buatAplikasi({
    db: basis.db,
    kodePemda: konfigurasi.kodePemda,
    penyimpanan: penyimpananFolder(join(konfigurasi.dataDir, "berkas")),
  });
  const server = serve({ fetch: app.fetch, port: konfigurasi.port }, (info) => {
    console.log(`Terukur berjalan di http://localhost:${info.port} (basis data: ${basis.mode})`);
  });
  let berhenti = false;
  const hentikan = () => {
    if (berhenti) return;
    berhenti = true;
    server.close(async () => {
      await basis.tutup();
      process.exit(0);
    });
  };
  process.on("SIGINT", hentikan);
  process.on("SIGTERM", hentikan);
}

mulai().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

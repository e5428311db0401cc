import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { buatAplikasi } from "../src/app.ts";
import { bukaBasisdata } from "../src/platform/db/database.ts";
import { penyimpananMemori } from "../src/platform/storage/penyimpanan.ts";

/**
 * The server side of the load benchmark, in its own process so the load generator does not share its event
 * loop: `terukur` serves the whole application, `polos` the bare baseline (parse the form, one INSERT, 303).
 * Prints "SIAP <port>" when listening. Usage: tsx bench/muat-server.ts postgres://… terukur|polos
 */
const [url, mode] = process.argv.slice(2);
if (!url || (mode !== "terukur" && mode !== "polos"))
  throw new Error("pakai: muat-server.ts URL terukur|polos");
const basis = await bukaBasisdata({ databaseUrl: url, dataDir: "memory://" });
const db = basis.db;
let app: { fetch: (r: Request) => Response | Promise<Response> };
if (mode === "terukur") {
  app = buatAplikasi({ db, kodePemda: null, penyimpanan: penyimpananMemori() });
} else {
  const polos = new Hono();
  polos.post("/polos", async (c) => {
    const f = await c.req.parseBody();
    await db
      .insertInto("muat_polos" as never)
      .values({ nilai: String(f.nilai).replace(",", "."), sumber: String(f.sumber) } as never)
      .execute();
    return c.redirect("/polos", 303);
  });
  app = polos;
}
const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info) => {
  console.log(`SIAP ${info.port}`);
});
process.on("SIGTERM", () => {
  server.close(async () => {
    await basis.tutup();
    process.exit(0);
  });
});

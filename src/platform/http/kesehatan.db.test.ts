import { createServer } from "node:net";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aplikasiUji } from "../../../test/setup/aplikasi.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import { type Basisdata, bukaBasisdata } from "../db/database.ts";
import { MigrasiSql } from "../db/migrate.ts";

/** Issue 8 item 3: /healthz answers whatever the database does; /readyz only when it answers and is current. */

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

async function json(res: Response) {
  const isi = (await res.json()) as { status: string; alasan?: string };
  return { status: res.status, isi, cache: res.headers.get("cache-control") };
}

describe("health probes", () => {
  it("/readyz is 200 on a database at the latest migration, with no session and no cookie set", async () => {
    const app = aplikasiUji(b.db);
    const res = await app.request("/readyz");
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(await json(res)).toEqual({ status: 200, isi: { status: "siap" }, cache: "no-store" });
    expect(await json(await app.request("/healthz"))).toEqual({
      status: 200,
      isi: { status: "ok" },
      cache: "no-store",
    });
  });

  it("/readyz is 503 naming the unknown migration when the schema is newer than the code", () =>
    dalamRollback(b, async (trx) => {
      await sql`insert into kysely_migration (name, timestamp) values ('9999_masa_depan', now()::text)`.execute(
        trx,
      );
      const r = await json(await aplikasiUji(trx).request("/readyz"));
      expect(r.status).toBe(503);
      expect(r.isi).toEqual({
        status: "tidak_siap",
        alasan: "Skema basis data lebih baru daripada versi ini (migrasi tidak dikenal: 9999_masa_depan)",
      });
    }));

  it("/readyz is 503 naming what is still to run on a database not yet migrated", async () => {
    const kosong = await bukaBasisdata({ databaseUrl: null, dataDir: "memory://" });
    try {
      const semua = Object.keys(await new MigrasiSql().getMigrations());
      const r = await json(await aplikasiUji(kosong.db).request("/readyz"));
      expect(r.status).toBe(503);
      expect(r.isi.alasan).toBe(`Migrasi belum dijalankan: ${semua.join(", ")}`);
    } finally {
      await kosong.tutup();
    }
  });

  it("with the database gone, /healthz is still 200 (even with a session cookie) and /readyz is 503", async () => {
    // a PostgreSQL server nobody answers at: the port was free a moment ago
    const port = await new Promise<number>((terima) => {
      const s = createServer().listen(0, "127.0.0.1", () => {
        const a = s.address();
        s.close(() => terima(typeof a === "object" && a ? a.port : 0));
      });
    });
    const mati = await bukaBasisdata({
      databaseUrl: `postgres://u:p@127.0.0.1:${port}/x`,
      dataDir: "memory://",
    });
    const app = aplikasiUji(mati.db);
    const sehat = await app.request("/healthz", { headers: { cookie: "terukur_sesi=sesi-apa-saja" } });
    expect(sehat.status).toBe(200);
    // the same cookie on any other path reaches the session middleware and the closed database
    expect((await app.request("/akun", { headers: { cookie: "terukur_sesi=sesi-apa-saja" } })).status).toBe(
      500,
    );
    const siap = await json(await app.request("/readyz"));
    expect(siap.status).toBe(503);
    expect(siap.isi.status).toBe("tidak_siap");
    expect(siap.isi.alasan).toMatch(/^Basis data tidak dapat dihubungi: .*ECONNREFUSED/);
    await mati.tutup();
  });
});

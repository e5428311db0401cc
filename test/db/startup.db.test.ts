import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { bacaKonfigurasi } from "../../src/config.ts";
import { bukaBasisdata } from "../../src/platform/db/database.ts";
import { siapkanBasisdata } from "../../src/startup.ts";

const folder = mkdtempSync(join(tmpdir(), "terukur-mulai-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("starting on the embedded database", () => {
  it("loads the demo once, refuses a second process, and refuses a schema newer than the code", async () => {
    const k = bacaKonfigurasi({ DATA_DIR: folder });
    const pertama = await siapkanBasisdata(k);
    const pemda = await pertama.db.selectFrom("pemda").select("kode").execute();
    expect(pemda.map((p) => p.kode)).toEqual(["luwu-timur"]);
    const kedua = await bukaBasisdata({ databaseUrl: null, dataDir: folder }).catch((e: Error) => e);
    expect(String(kedua)).toContain("sedang dipakai proses lain");
    await sql`insert into kysely_migration (name, timestamp) values ('0999_versi_baru', now()::text)`.execute(
      pertama.db,
    );
    await pertama.tutup();

    const galat = await siapkanBasisdata(k).catch((e: Error) => e);
    expect(String(galat)).toContain("Skema basis data lebih baru daripada versi Terukur ini");
    expect(String(galat)).toContain("0999_versi_baru");
    const lagi = await bukaBasisdata({ databaseUrl: null, dataDir: folder });
    expect(await lagi.db.selectFrom("pemda").select("kode").execute()).toHaveLength(1);
    await lagi.tutup();
  });
});

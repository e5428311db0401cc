import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Basisdata, bukaBasisdata } from "../../src/platform/db/database.ts";
import { MigrasiSql, migrasiKeTerbaru, SkemaLebihBaru } from "../../src/platform/db/migrate.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaBasisdata({ databaseUrl: null, dataDir: "memory://" });
});
afterAll(async () => {
  await b.tutup();
});

describe("migrations", () => {
  it("run every numbered SQL file once, in order, and a second run does nothing", async () => {
    const semua = Object.keys(await new MigrasiSql().getMigrations());
    expect(semua[0]).toBe("0001_fondasi");
    expect(await migrasiKeTerbaru(b.db)).toEqual(semua);
    expect(await migrasiKeTerbaru(b.db)).toEqual([]);
  });

  it("refuse a database migrated by a newer Terukur, naming the unknown migration, and change nothing", async () => {
    await sql`insert into kysely_migration (name, timestamp) values ('9999_dari_masa_depan', now()::text)`.execute(
      b.db,
    );
    const galat = await migrasiKeTerbaru(b.db).catch((e) => e);
    expect(galat).toBeInstanceOf(SkemaLebihBaru);
    expect(galat.message).toContain("Skema basis data lebih baru daripada versi Terukur ini");
    expect(galat.message).toContain("9999_dari_masa_depan");
  });
});

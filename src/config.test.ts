import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bacaKonfigurasi, periksaSumberDaya, samarkanUrlBasisdata, uraianGalatSambung } from "./config.ts";

const folder = mkdtempSync(join(tmpdir(), "terukur-config-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("konfigurasi", () => {
  it("uses the defaults of a fresh install", () => {
    expect(bacaKonfigurasi({})).toEqual({
      port: 3000,
      dataDir: "./data",
      databaseUrl: null,
      muatDemo: true,
      kodePemda: null,
      log: true,
      batasHentiMs: 10_000,
    });
  });

  it("reads PORT, DATA_DIR, DATABASE_URL, TERUKUR_DEMO and TERUKUR_PEMDA", () => {
    const k = bacaKonfigurasi({
      PORT: "8080",
      DATA_DIR: "/srv/terukur",
      DATABASE_URL: "postgres://u:p@localhost/terukur",
      TERUKUR_DEMO: "0",
      TERUKUR_PEMDA: "luwu-timur",
      TERUKUR_LOG: "0",
      TERUKUR_BATAS_HENTI: "25",
    });
    expect(k).toEqual({
      port: 8080,
      dataDir: "/srv/terukur",
      databaseUrl: "postgres://u:p@localhost/terukur",
      muatDemo: false,
      kodePemda: "luwu-timur",
      log: false,
      batasHentiMs: 25_000,
    });
  });

  it("names the bad variable in Indonesian", () => {
    expect(() => bacaKonfigurasi({ PORT: "tiga ribu" })).toThrow(
      "Konfigurasi tidak valid: PORT: PORT harus berupa angka",
    );
    expect(() => bacaKonfigurasi({ DATABASE_URL: "mysql://x" })).toThrow(
      "DATABASE_URL: DATABASE_URL harus diawali postgres:// atau postgresql://",
    );
  });

  it("refuses a log switch or a stop timeout outside their sets", () => {
    expect(() => bacaKonfigurasi({ TERUKUR_LOG: "ya" })).toThrow("TERUKUR_LOG: TERUKUR_LOG harus 1 atau 0");
    expect(() => bacaKonfigurasi({ TERUKUR_BATAS_HENTI: "301" })).toThrow(
      "TERUKUR_BATAS_HENTI: TERUKUR_BATAS_HENTI harus antara 1 dan 300 detik",
    );
    expect(() => bacaKonfigurasi({ TERUKUR_BATAS_HENTI: "2.5" })).toThrow(
      "TERUKUR_BATAS_HENTI harus bilangan bulat (detik)",
    );
  });
});

describe("what the settings point at", () => {
  it("a data folder is created when missing and must be writable", async () => {
    await expect(periksaSumberDaya(bacaKonfigurasi({ DATA_DIR: join(folder, "baru/data") }))).resolves.toBe(
      undefined,
    );
    const berkas = join(folder, "sebuah-berkas");
    writeFileSync(berkas, "");
    await expect(periksaSumberDaya(bacaKonfigurasi({ DATA_DIR: join(berkas, "data") }))).rejects.toThrow(
      `Konfigurasi tidak valid: DATA_DIR: folder ${join(berkas, "data")} tidak dapat ditulis (ENOTDIR)`,
    );
  });

  it("a DATABASE_URL nobody answers at stops the start, without the password in the message", async () => {
    const port = await new Promise<number>((terima) => {
      const s = createServer().listen(0, "127.0.0.1", () => {
        const a = s.address();
        s.close(() => terima(typeof a === "object" && a ? a.port : 0));
      });
    });
    const url = `postgres://terukur:rahasia@127.0.0.1:${port}/sakip`;
    const galat = await periksaSumberDaya(bacaKonfigurasi({ DATABASE_URL: url, DATA_DIR: folder })).catch(
      (e: Error) => e,
    );
    expect(String(galat)).toBe(
      `Error: Konfigurasi tidak valid: DATABASE_URL: server tidak dapat dihubungi (ECONNREFUSED 127.0.0.1:${port})`,
    );
  });

  it("names the cause of other connection failures in a few words", () => {
    const url = "postgres://u:p@db.lutim.go.id/sakip";
    const galat = (code: string, message: string) => Object.assign(new Error(message), { code });
    expect(uraianGalatSambung(galat("ENOTFOUND", "getaddrinfo ENOTFOUND db.lutim.go.id"), url)).toBe(
      "nama host db.lutim.go.id tidak ditemukan (ENOTFOUND)",
    );
    expect(uraianGalatSambung(galat("28P01", 'password authentication failed for user "u"'), url)).toBe(
      'server menolak masuk (password authentication failed for user "u")',
    );
    expect(uraianGalatSambung(galat("3D000", 'database "sakip" does not exist'), url)).toBe(
      'basis data tidak ada di server (database "sakip" does not exist)',
    );
    expect(uraianGalatSambung(new Error("Connection terminated due to connection timeout"), url)).toBe(
      "server tidak menjawab dalam 5 detik (db.lutim.go.id)",
    );
    // Node 20 reports a refused localhost (::1 and 127.0.0.1) as an AggregateError: the first cause is named
    const gabungan = Object.assign(
      new AggregateError([Object.assign(galat("ECONNREFUSED", ""), { address: "::1", port: 5432 })], ""),
      {
        code: "ECONNREFUSED",
      },
    );
    expect(uraianGalatSambung(gabungan, url)).toBe("server tidak dapat dihubungi (ECONNREFUSED ::1:5432)");
  });

  it("masks the database password wherever it is shown", () => {
    expect(samarkanUrlBasisdata("postgres://terukur:p%40ss@db:5432/sakip")).toBe(
      "postgres://terukur:***@db:5432/sakip",
    );
    expect(samarkanUrlBasisdata("postgres://terukur@db/sakip")).toBe("postgres://terukur@db/sakip");
  });
});

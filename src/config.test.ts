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
      berkas: { jenis: "basisdata" },
      proxyTepercaya: false,
      zonaWaktu: "Asia/Makassar",
      cadangan: null,
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
      berkas: { jenis: "basisdata" },
      proxyTepercaya: false,
      zonaWaktu: "Asia/Makassar",
      cadangan: null,
    });
  });

  it("reads the file store, proxy, time zone and daily backup settings", () => {
    const k = bacaKonfigurasi({
      DATA_DIR: "/srv/terukur",
      TERUKUR_BERKAS: "folder",
      TERUKUR_PROXY: "1",
      TERUKUR_ZONA_WAKTU: "Asia/Jakarta",
      TERUKUR_CADANGAN_FOLDER: "/srv/cadangan",
      TERUKUR_CADANGAN_JAM: "23:45",
      TERUKUR_CADANGAN_SIMPAN: "30",
    });
    expect(k.berkas).toEqual({ jenis: "folder", folder: "/srv/terukur/berkas" });
    expect(k.proxyTepercaya).toBe(true);
    expect(k.zonaWaktu).toBe("Asia/Jakarta");
    expect(k.cadangan).toEqual({ folder: "/srv/cadangan", jam: "23:45", simpan: 30 });
    // the hour and the count alone do not switch the backup on: it needs a folder
    expect(
      bacaKonfigurasi({ TERUKUR_CADANGAN_JAM: "02:00", TERUKUR_CADANGAN_SIMPAN: "7" }).cadangan,
    ).toBeNull();
  });

  it("reads an S3 bucket when all four of its settings are given, the region defaulting", () => {
    const s3 = {
      TERUKUR_BERKAS: "s3",
      TERUKUR_S3_ENDPOINT: "https://s3.lutim.go.id",
      TERUKUR_S3_BUCKET: "terukur-bukti",
      TERUKUR_S3_KUNCI: "AKIA123",
      TERUKUR_S3_RAHASIA: "rahasia-s3",
    };
    expect(bacaKonfigurasi(s3).berkas).toEqual({
      jenis: "s3",
      endpoint: "https://s3.lutim.go.id",
      bucket: "terukur-bukti",
      region: "us-east-1",
      kunci: "AKIA123",
      rahasia: "rahasia-s3",
    });
    expect(bacaKonfigurasi({ ...s3, TERUKUR_S3_REGION: "ap-southeast-3" }).berkas).toMatchObject({
      region: "ap-southeast-3",
    });
  });

  it("refuses TERUKUR_BERKAS=s3 without every S3 setting, naming the missing ones", () => {
    expect(() => bacaKonfigurasi({ TERUKUR_BERKAS: "s3" })).toThrow(
      "Konfigurasi tidak valid: TERUKUR_BERKAS=s3 butuh TERUKUR_S3_ENDPOINT, TERUKUR_S3_BUCKET, TERUKUR_S3_KUNCI, TERUKUR_S3_RAHASIA",
    );
    expect(() =>
      bacaKonfigurasi({
        TERUKUR_BERKAS: "s3",
        TERUKUR_S3_ENDPOINT: "http://minio:9000",
        TERUKUR_S3_BUCKET: "bukti",
        TERUKUR_S3_KUNCI: "",
      }),
    ).toThrow("Konfigurasi tidak valid: TERUKUR_BERKAS=s3 butuh TERUKUR_S3_KUNCI, TERUKUR_S3_RAHASIA");
  });

  it("refuses each new setting outside its set with its own message", () => {
    const tolak: [Record<string, string>, string][] = [
      [{ TERUKUR_BERKAS: "disk" }, "TERUKUR_BERKAS: TERUKUR_BERKAS harus basisdata, folder atau s3"],
      [
        { TERUKUR_S3_ENDPOINT: "ftp://s3.lutim.go.id" },
        "TERUKUR_S3_ENDPOINT: TERUKUR_S3_ENDPOINT harus alamat http(s)://",
      ],
      [
        { TERUKUR_S3_ENDPOINT: "s3.lutim.go.id" },
        "TERUKUR_S3_ENDPOINT: TERUKUR_S3_ENDPOINT harus alamat http(s)://",
      ],
      [
        { TERUKUR_S3_BUCKET: "Bukti_SAKIP" },
        "TERUKUR_S3_BUCKET: TERUKUR_S3_BUCKET harus nama bucket S3 yang sah",
      ],
      [{ TERUKUR_PROXY: "ya" }, "TERUKUR_PROXY: TERUKUR_PROXY harus 1 atau 0"],
      [
        { TERUKUR_ZONA_WAKTU: "WITA" },
        "TERUKUR_ZONA_WAKTU: TERUKUR_ZONA_WAKTU harus zona IANA, mis. Asia/Makassar, Asia/Jakarta, Asia/Jayapura",
      ],
      [
        { TERUKUR_ZONA_WAKTU: "Asia/Malili" },
        "TERUKUR_ZONA_WAKTU: TERUKUR_ZONA_WAKTU harus zona IANA, mis. Asia/Makassar, Asia/Jakarta, Asia/Jayapura",
      ],
      [
        { TERUKUR_CADANGAN_JAM: "1:30" },
        "TERUKUR_CADANGAN_JAM: TERUKUR_CADANGAN_JAM harus jam JJ:MM, mis. 01:30",
      ],
      [
        { TERUKUR_CADANGAN_JAM: "24:00" },
        "TERUKUR_CADANGAN_JAM: TERUKUR_CADANGAN_JAM harus jam JJ:MM, mis. 01:30",
      ],
      [
        { TERUKUR_CADANGAN_SIMPAN: "dua minggu" },
        "TERUKUR_CADANGAN_SIMPAN: TERUKUR_CADANGAN_SIMPAN harus berupa angka (jumlah cadangan)",
      ],
      [
        { TERUKUR_CADANGAN_SIMPAN: "7.5" },
        "TERUKUR_CADANGAN_SIMPAN: TERUKUR_CADANGAN_SIMPAN harus bilangan bulat",
      ],
      [
        { TERUKUR_CADANGAN_SIMPAN: "0" },
        "TERUKUR_CADANGAN_SIMPAN: TERUKUR_CADANGAN_SIMPAN harus antara 1 dan 365",
      ],
      [
        { TERUKUR_CADANGAN_SIMPAN: "366" },
        "TERUKUR_CADANGAN_SIMPAN: TERUKUR_CADANGAN_SIMPAN harus antara 1 dan 365",
      ],
    ];
    for (const [env, pesan] of tolak) {
      expect(() => bacaKonfigurasi(env), JSON.stringify(env)).toThrow(`Konfigurasi tidak valid: ${pesan}`);
    }
  });

  it("stops at a TERUKUR_* variable it does not know, suggesting the near name when there is one", () => {
    expect(() => bacaKonfigurasi({ TERUKUR_ZONA_WAKTUU: "Asia/Jakarta" })).toThrow(
      new Error(
        "Konfigurasi tidak valid: variabel tidak dikenal TERUKUR_ZONA_WAKTUU (maksud Anda TERUKUR_ZONA_WAKTU?)",
      ),
    );
    expect(() => bacaKonfigurasi({ TERUKUR_PORXY: "1" })).toThrow(
      new Error("Konfigurasi tidak valid: variabel tidak dikenal TERUKUR_PORXY (maksud Anda TERUKUR_PROXY?)"),
    );
    expect(() => bacaKonfigurasi({ TERUKUR_WARNA: "biru" })).toThrow(
      new Error("Konfigurasi tidak valid: variabel tidak dikenal TERUKUR_WARNA"),
    );
    expect(() => bacaKonfigurasi({ TERUKUR_DEMOO: "1", TERUKUR_WARNA: "biru" })).toThrow(
      new Error(
        "Konfigurasi tidak valid: variabel tidak dikenal TERUKUR_DEMOO (maksud Anda TERUKUR_DEMO?), TERUKUR_WARNA",
      ),
    );
    // names outside the TERUKUR_ family (the shell's own) and the test and CLI switches are left alone
    expect(bacaKonfigurasi({ HOME: "/root", TERUKUR_SANDI: "x", TERUKUR_TEST_DATABASE_URL: "y" }).port).toBe(
      3000,
    );
  });

  it("treats an empty variable as unset", () => {
    expect(bacaKonfigurasi({ TERUKUR_S3_KUNCI: "", TERUKUR_CADANGAN_FOLDER: "", PORT: "" })).toMatchObject({
      port: 3000,
      cadangan: null,
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

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { jalankanCli } from "../cli.ts";
import { VARIABEL_DIKENAL } from "../config.ts";
import { aturZonaWaktu, formatWaktuWita, ZONA_BAWAAN, zonaWaktuAktif } from "../platform/waktu-wita.ts";
import { perintahKonfigurasi } from "./konfigurasi.ts";

const folder = mkdtempSync(join(tmpdir(), "terukur-konfig-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function jalankan(argumen: string[], env: NodeJS.ProcessEnv) {
  const keluaran: string[] = [];
  const kode = await perintahKonfigurasi(argumen, env, (t) => keluaran.push(t));
  return { kode, teks: keluaran.join("\n") };
}

describe("terukur konfigurasi", () => {
  it("prints every effective setting with its source, the database password masked", async () => {
    const { kode, teks } = await jalankan([], {
      DATABASE_URL: "postgres://terukur:s3kr3t-panjang@db.lutim.go.id:5432/sakip",
      PORT: "8080",
    });
    expect(kode).toBe(0);
    expect(teks).not.toContain("s3kr3t-panjang");
    expect(teks).toMatch(
      /DATABASE_URL\s+postgres:\/\/terukur:\*\*\*@db\.lutim\.go\.id:5432\/sakip\s+lingkungan/,
    );
    expect(teks).toMatch(/PORT\s+8080\s+lingkungan/);
    expect(teks).toMatch(/DATA_DIR\s+\.\/data\s+bawaan/);
    expect(teks).toMatch(/TERUKUR_BATAS_HENTI\s+10\s+bawaan/);
  });

  it("as JSON, masking a password given as a query parameter too", async () => {
    const { teks } = await jalankan(["--json"], {
      DATABASE_URL: "postgresql://terukur@db/sakip?sslmode=require&password=rahasia",
      TERUKUR_DEMO: "0",
    });
    expect(JSON.parse(teks)).toEqual({
      PORT: "3000",
      DATA_DIR: "./data",
      DATABASE_URL: "postgresql://terukur@db/sakip?sslmode=require&password=***",
      TERUKUR_DEMO: "0",
      TERUKUR_PEMDA: "(kosong: satu-satunya pemda)",
      TERUKUR_LOG: "1",
      TERUKUR_BATAS_HENTI: "10",
      TERUKUR_BERKAS: "basisdata",
      TERUKUR_S3_ENDPOINT: "(kosong)",
      TERUKUR_S3_BUCKET: "(kosong)",
      TERUKUR_S3_REGION: "us-east-1",
      TERUKUR_S3_KUNCI: "(kosong)",
      TERUKUR_S3_RAHASIA: "(kosong)",
      TERUKUR_PROXY: "0",
      TERUKUR_ZONA_WAKTU: "Asia/Makassar",
      TERUKUR_CADANGAN_FOLDER: "(kosong: cadangan terjadwal mati)",
      TERUKUR_CADANGAN_JAM: "01:00",
      TERUKUR_CADANGAN_SIMPAN: "14",
    });
  });

  it("shows the S3 bucket, proxy, zone and backup settings, the S3 keys masked", async () => {
    const { teks } = await jalankan(["--json"], {
      DATA_DIR: "/srv/terukur",
      TERUKUR_BERKAS: "s3",
      TERUKUR_S3_ENDPOINT: "https://minio:kunci-di-url@s3.lutim.go.id:9000",
      TERUKUR_S3_BUCKET: "terukur-bukti",
      TERUKUR_S3_REGION: "ap-southeast-3",
      TERUKUR_S3_KUNCI: "AKIA-KUNCI-RAHASIA",
      TERUKUR_S3_RAHASIA: "rahasia-s3-panjang",
      TERUKUR_PROXY: "1",
      TERUKUR_ZONA_WAKTU: "Asia/Jayapura",
      TERUKUR_CADANGAN_FOLDER: "/srv/cadangan",
      TERUKUR_CADANGAN_JAM: "02:30",
      TERUKUR_CADANGAN_SIMPAN: "30",
    });
    for (const rahasia of ["AKIA-KUNCI-RAHASIA", "rahasia-s3-panjang", "kunci-di-url"])
      expect(teks).not.toContain(rahasia);
    expect(JSON.parse(teks)).toMatchObject({
      TERUKUR_BERKAS: "s3",
      TERUKUR_S3_ENDPOINT: "https://minio:***@s3.lutim.go.id:9000/",
      TERUKUR_S3_BUCKET: "terukur-bukti",
      TERUKUR_S3_REGION: "ap-southeast-3",
      TERUKUR_S3_KUNCI: "***",
      TERUKUR_S3_RAHASIA: "***",
      TERUKUR_PROXY: "1",
      TERUKUR_ZONA_WAKTU: "Asia/Jayapura",
      TERUKUR_CADANGAN_FOLDER: "/srv/cadangan",
      TERUKUR_CADANGAN_JAM: "02:30",
      TERUKUR_CADANGAN_SIMPAN: "30",
    });
  });

  it("the table names every variable the server reads, once", async () => {
    const { teks } = await jalankan([], {});
    for (const v of VARIABEL_DIKENAL) expect(teks.match(new RegExp(`^${v}\\s`, "gm")), v).toHaveLength(1);
    expect(teks).toMatch(/TERUKUR_ZONA_WAKTU\s+Asia\/Makassar\s+bawaan/);
  });

  it("refuses an unknown TERUKUR_* variable as the start does", async () => {
    await expect(jalankan([], { TERUKUR_BERKAS_: "folder" })).rejects.toThrow(
      "Konfigurasi tidak valid: variabel tidak dikenal TERUKUR_BERKAS_ (maksud Anda TERUKUR_BERKAS?)",
    );
  });

  it("refuses a bad value with the variable's name, as the start does", async () => {
    await expect(jalankan([], { TERUKUR_BATAS_HENTI: "0" })).rejects.toThrow(
      "Konfigurasi tidak valid: TERUKUR_BATAS_HENTI: TERUKUR_BATAS_HENTI harus antara 1 dan 300 detik",
    );
  });

  it("--periksa checks the data folder and says so", async () => {
    const { kode, teks } = await jalankan(["--periksa"], { DATA_DIR: join(folder, "data") });
    expect(kode).toBe(0);
    expect(teks).toContain("Folder data dapat ditulis dan basis data dapat dihubungi.");
  });
});

describe("the CLI entry sets the pemda's time zone from TERUKUR_ZONA_WAKTU", () => {
  afterEach(() => {
    delete process.env.TERUKUR_ZONA_WAKTU;
    aturZonaWaktu(ZONA_BAWAAN);
    vi.restoreAllMocks();
  });

  it("WIB for Asia/Jakarta; a zone that does not exist stops the command with its name", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const galat = vi.spyOn(console, "error").mockImplementation(() => {});
    process.env.TERUKUR_ZONA_WAKTU = "Asia/Jakarta";
    expect(await jalankanCli(["konfigurasi", "--json"])).toBe(0);
    expect(zonaWaktuAktif()).toBe("Asia/Jakarta");
    expect(formatWaktuWita(new Date("2027-01-10T15:59:00Z"))).toBe("10 Januari 2027 pukul 22.59 WIB");
    expect(JSON.parse(String(log.mock.calls[0]?.[0])).TERUKUR_ZONA_WAKTU).toBe("Asia/Jakarta");

    process.env.TERUKUR_ZONA_WAKTU = "WITA";
    expect(await jalankanCli(["konfigurasi"])).toBe(1);
    expect(galat).toHaveBeenCalledWith(
      "Konfigurasi tidak valid: TERUKUR_ZONA_WAKTU: TERUKUR_ZONA_WAKTU harus zona IANA, mis. Asia/Makassar, Asia/Jakarta, Asia/Jayapura",
    );
  });
});

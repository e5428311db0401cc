import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
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
    });
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

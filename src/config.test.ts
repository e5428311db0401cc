import { describe, expect, it } from "vitest";
import { bacaKonfigurasi } from "./config.ts";

describe("konfigurasi", () => {
  it("uses the defaults of a fresh install", () => {
    expect(bacaKonfigurasi({})).toEqual({
      port: 3000,
      dataDir: "./data",
      databaseUrl: null,
      muatDemo: true,
      kodePemda: null,
    });
  });

  it("reads PORT, DATA_DIR, DATABASE_URL, TERUKUR_DEMO and TERUKUR_PEMDA", () => {
    const k = bacaKonfigurasi({
      PORT: "8080",
      DATA_DIR: "/srv/terukur",
      DATABASE_URL: "postgres://u:p@localhost/terukur",
      TERUKUR_DEMO: "0",
      TERUKUR_PEMDA: "luwu-timur",
    });
    expect(k).toEqual({
      port: 8080,
      dataDir: "/srv/terukur",
      databaseUrl: "postgres://u:p@localhost/terukur",
      muatDemo: false,
      kodePemda: "luwu-timur",
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
});

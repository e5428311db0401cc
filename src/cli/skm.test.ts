import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { jalankanCli } from "../cli.ts";

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "terukur-skm-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});
afterEach(() => vi.restoreAllMocks());

async function jalankan(argumen: string[]) {
  const keluar: string[] = [];
  const galat: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...x: unknown[]) => void keluar.push(x.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...x: unknown[]) => void galat.push(x.join(" ")));
  const kode = await jalankanCli(argumen);
  return { kode, keluar: keluar.join("\n"), galat: galat.join("\n") };
}

// Three respondents; respondent 3 left U1 blank. Profile columns are ignored.
// U1: 4 + 3 = 7 over 2 → 3.5 → 87.50 B; U2–U8: 10 over 3 → 3.3333 → 83.33 B; U9: 4 + 3 + 2 = 9 over 3 → 75.00 C
// IKM = 25 × (3.5 + 7 × 10/3 + 3) / 9 = 2237.5 / 27 = 82.8703… → 82.87 B
const CSV = `No,Jenis Kelamin,U1,U2,U3,U4,U5,U6,U7,U8,U9
1,L,4,4,4,4,4,4,4,4,4
2,P,3,3,3,3,3,3,3,3,3
3,P,,3,3,3,3,3,3,3,2
`;

describe("terukur skm hitung --csv", () => {
  it("prints per-unsur totals, NRR, konversi, IKM and mutu as a table", async () => {
    const berkas = join(folder, "responden.csv");
    await writeFile(berkas, CSV);
    const { kode, keluar } = await jalankan(["skm", "hitung", "--csv", berkas]);
    expect(kode).toBe(0);
    expect(keluar).toContain("3 responden");
    expect(keluar).toMatch(/U1\s+Persyaratan\s+7\s+2\s+3,5000\s+87,50\s+B \(Baik\)\s+9/);
    expect(keluar).toMatch(/U2\s+Sistem, Mekanisme, dan Prosedur\s+10\s+3\s+3,3333\s+83,33\s+B \(Baik\)\s+2/);
    expect(keluar).toMatch(
      /U9\s+Penanganan Pengaduan, Saran dan Masukan\s+9\s+3\s+3,0000\s+75,00\s+C \(Kurang Baik\)\s+1/,
    );
    expect(keluar).toContain("IKM: 82,87 — mutu B (Baik)");
    expect(keluar).toContain("Unsur terendah: U9; tertinggi: U1");
  });

  it("prints JSON with --json (semicolon-separated file)", async () => {
    const berkas = join(folder, "responden-titik-koma.csv");
    await writeFile(berkas, CSV.replaceAll(",", ";"));
    const { kode, keluar } = await jalankan(["skm", "hitung", "--csv", berkas, "--json"]);
    expect(kode).toBe(0);
    const j = JSON.parse(keluar) as { responden: number; hasil: { ikm: string; mutu: { huruf: string } } };
    expect(j.responden).toBe(3);
    expect(j.hasil.ikm).toBe("82.87");
    expect(j.hasil.mutu.huruf).toBe("B");
  });

  it("reports row-level errors with the row number and exits 1", async () => {
    const berkas = join(folder, "salah.csv");
    await writeFile(berkas, `${CSV}4,L,4,4,5,4,4,4,4,4,4\n5,P,3,x,3,3,3,3,3,3,3\n6,L,,,,,,,,,\n`);
    const { kode, keluar, galat } = await jalankan(["skm", "hitung", "--csv", berkas]);
    expect(kode).toBe(1);
    expect(keluar).toBe("");
    expect(galat.split("\n")).toEqual([
      'baris 5: U3: nilai "5" harus 1 sampai 4 atau kosong',
      'baris 6: U2: nilai "x" harus 1 sampai 4 atau kosong',
      "baris 7: tidak ada unsur yang dijawab",
      `3 galat di ${berkas}; tidak ada hasil yang dihitung.`,
    ]);
  });

  it("refuses a file without the unsur columns", async () => {
    const berkas = join(folder, "tanpa-kolom.csv");
    await writeFile(berkas, "U1,U2\n4,4\n");
    const { kode, galat } = await jalankan(["skm", "hitung", "--csv", berkas]);
    expect(kode).toBe(1);
    expect(galat).toContain("baris 1: kolom U3, U4, U5, U6, U7, U8, U9 tidak ada di baris judul");
  });
});

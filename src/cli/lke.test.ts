import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { jalankanCli } from "../cli.ts";
import { BERKAS_PAKET_88_2021 } from "../modules/evaluation/lke-paket.ts";

let folder: string;
let kodeKriteria: string[];
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "terukur-lke-"));
  const paket = JSON.parse(await readFile(BERKAS_PAKET_88_2021, "utf8")) as { kriteria: { kode: string }[] };
  kodeKriteria = paket.kriteria.map((k) => k.kode);
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

async function berkas(nama: string, isi: string): Promise<string> {
  const jalur = join(folder, nama);
  await writeFile(jalur, isi);
  return jalur;
}

// The mixed sheet of lke-nilai.domain.test.ts (worked by hand there): komponen 22,65 · 18,90 · 12,71 · 12,83,
// nilai akhir 2817,8 / 42 = 67,0905 → 67,09 B.
const CAMPURAN: Record<string, string[]> = {
  "1.a": ["AA", "AA", "AA", "A", "A", "A"],
  "1.b": Array(11).fill("BB"),
  "1.c": ["B", "B", "B", "B", "CC", "CC", "CC", "CC"],
  "2.a": ["A", "BB", "B"],
  "2.b": Array(7).fill("A"),
  "2.c": ["C", "C", "C", "C", "C", "D", "D", "D", "D", "D"],
  "3.a": Array(6).fill("AA"),
  "3.b": ["A", "A", "A", "A", "A", "A", "A", "A", "E"],
  "3.c": ["BB", "BB", "BB", "BB", "BB", "BB", "A"],
  "4.a": ["BB", "BB", "B"],
  "4.b": Array(5).fill("CC"),
  "4.c": ["C", "C", "C", "D", "E"],
};

function csvCampuran(pemisah: string): string {
  const baris = Object.entries(CAMPURAN).flatMap(([s, d]) => d.map((j, i) => `${s}.${i + 1}${pemisah}${j}`));
  return `kriteria${pemisah}jawaban\n${baris.join("\n")}\n`;
}

describe("terukur lke hitung --csv", () => {
  it("mencetak bobot dan nilai per sub-komponen dan komponen, nilai akhir dan predikat (format Indonesia)", async () => {
    const jalur = await berkas("campuran.csv", csvCampuran(","));
    const { kode, keluar, galat } = await jalankan(["lke", "hitung", "--csv", jalur]);
    expect(galat).toBe("");
    expect(kode).toBe(0);
    expect(keluar).toContain(`LKE AKIP dari ${jalur}: 80 kriteria, paket permenpanrb-88-2021-pemda versi 1`);
    expect(keluar).toMatch(/\n1\s+Perencanaan Kinerja\s+30\s+22,65\n/);
    expect(keluar).toMatch(/\n1\.a\s+Dokumen Perencanaan Kinerja telah tersedia\s+6\s+95,00\s+5,70\n/);
    expect(keluar).toMatch(/\n2\s+Pengukuran Kinerja\s+30\s+18,90\n/);
    expect(keluar).toMatch(/\n3\s+Pelaporan Kinerja\s+15\s+12,71\n/);
    expect(keluar).toMatch(
      /\n3\.b\s+Dokumen Laporan Kinerja telah memenuhi Standar …\s+4,5\s+80,00\s+3,60\n/,
    );
    expect(keluar).toMatch(/\n3\.c\s+Pelaporan Kinerja telah memberikan dampak …\s+7,5\s+81,43\s+6,11\n/);
    expect(keluar).toMatch(/\n4\s+Evaluasi Akuntabilitas Kinerja Internal\s+25\s+12,83\n/);
    expect(keluar).toMatch(
      /\n4\.c\s+Implementasi SAKIP telah meningkat karena evaluasi …\s+12,5\s+36,00\s+4,50\n/,
    );
    expect(keluar.split("\n").at(-1)).toBe("Nilai akhir: 67,09 — predikat B (Baik)");
  });

  it("--json: angka sebagai bilangan JSON, bentuk tetap (titik koma dan BOM diterima)", async () => {
    const jalur = await berkas("campuran-titik-koma.csv", `\uFEFF${csvCampuran(";")}`);
    const { kode, keluar } = await jalankan(["lke", "hitung", "--csv", jalur, "--json"]);
    expect(kode).toBe(0);
    const j = JSON.parse(keluar);
    expect(Object.keys(j)).toEqual(["sumber", "paket", "komponen", "nilaiAkhir", "predikat"]);
    expect(j.sumber).toBe(jalur);
    expect(j.paket).toMatchObject({ id: "permenpanrb-88-2021-pemda", versi: 1 });
    expect(j.nilaiAkhir).toBe(67.09);
    expect(j.predikat).toEqual({ huruf: "B", sebutan: "Baik" });
    expect(
      j.komponen.map((k: { kode: string; bobot: number; nilai: number }) => [k.kode, k.bobot, k.nilai]),
    ).toEqual([
      ["1", 30, 22.65],
      ["2", 30, 18.9],
      ["3", 15, 12.71],
      ["4", 25, 12.83],
    ]);
    expect(j.komponen[2].subKomponen[2]).toEqual({
      kode: "3.c",
      nama: "Pelaporan Kinerja telah memberikan dampak …",
      bobot: 7.5,
      jumlahKriteria: 7,
      rataRataPersen: 81.43,
      nilai: 6.11,
    });
  });

  it("semua AA → 100,00 AA dan semua E → 0,00 D", async () => {
    const aa = await berkas("aa.csv", `kriteria,jawaban\n${kodeKriteria.map((k) => `${k},AA`).join("\n")}\n`);
    expect((await jalankan(["lke", "hitung", "--csv", aa])).keluar).toContain(
      "Nilai akhir: 100,00 — predikat AA (Sangat Memuaskan)",
    );
    const e = await berkas("e.csv", `kriteria,jawaban\n${kodeKriteria.map((k) => `${k},E`).join("\n")}\n`);
    expect((await jalankan(["lke", "hitung", "--csv", e])).keluar).toContain(
      "Nilai akhir: 0,00 — predikat D (Sangat Kurang)",
    );
  });

  it("menolak kriteria asing, jawaban di luar AA…E dan kriteria ganda dengan nomor baris; keluar 1, tanpa hasil", async () => {
    const baris = kodeKriteria.map((k) => `${k},A`);
    baris[4] = "1.a.5,X"; // line 6
    baris.push("9.9.9,A"); // line 82
    baris.push("1.a.1,BB"); // line 83, first on line 2
    const jalur = await berkas("salah.csv", `kriteria,jawaban\n${baris.join("\n")}\n`);
    const { kode, keluar, galat } = await jalankan(["lke", "hitung", "--csv", jalur]);
    expect(kode).toBe(1);
    expect(keluar).toBe("");
    expect(galat.split("\n")).toEqual([
      'baris 6: kriteria 1.a.5: jawaban "X" harus salah satu dari AA, A, BB, B, CC, C, D, E',
      'baris 82: kriteria "9.9.9" tidak ada di paket permenpanrb-88-2021-pemda',
      "baris 83: kriteria 1.a.1 sudah dijawab di baris 2",
      `3 galat di ${jalur}; tidak ada nilai yang dihitung.`,
    ]);
  });

  it("menolak lembar yang belum menjawab semua kriteria; keluar 1", async () => {
    const jalur = await berkas(
      "kurang.csv",
      `kriteria,jawaban\n${kodeKriteria
        .slice(0, 78)
        .map((k) => `${k},A`)
        .join("\n")}\n`,
    );
    const { kode, keluar, galat } = await jalankan(["lke", "hitung", "--csv", jalur]);
    expect(kode).toBe(1);
    expect(keluar).toBe("");
    expect(galat).toBe(
      "2 kriteria belum dijawab (4.c.4, 4.c.5). Setiap kriteria harus dijawab; jawab E bila sama sekali tidak ada upaya.",
    );
  });

  it("--paket: memakai paket lain, dan menolak paket yang bobotnya berjumlah 99", async () => {
    const isi = JSON.parse(await readFile(BERKAS_PAKET_88_2021, "utf8"));
    isi.id = "uji-99";
    isi.subKomponen[0].bobot = "5";
    isi.komponen[0].bobot = "29";
    const paket99 = await berkas("paket-99.json", JSON.stringify(isi));
    const jawaban = await berkas(
      "aa2.csv",
      `kriteria,jawaban\n${kodeKriteria.map((k) => `${k},AA`).join("\n")}\n`,
    );
    const { kode, keluar, galat } = await jalankan(["lke", "hitung", "--csv", jawaban, "--paket", paket99]);
    expect(kode).toBe(1);
    expect(keluar).toBe("");
    expect(galat).toBe(
      `${paket99}: Paket LKE uji-99 ditolak: Jumlah bobot sub-komponen harus tepat 100, bukan 99. ` +
        "Jumlah bobot komponen harus tepat 100, bukan 99.",
    );
    isi.id = "uji-lain";
    isi.subKomponen[1].bobot = "10";
    isi.komponen[0].bobot = "30";
    const paketLain = await berkas("paket-lain.json", JSON.stringify(isi));
    const sah = await jalankan(["lke", "hitung", "--csv", jawaban, "--paket", paketLain, "--json"]);
    expect(sah.kode).toBe(0);
    expect(JSON.parse(sah.keluar).paket.id).toBe("uji-lain");
  });

  it("pemakaian salah: tanpa --csv atau subperintah lain keluar 2; berkas yang tidak ada keluar 1", async () => {
    expect((await jalankan(["lke", "hitung"])).kode).toBe(2);
    expect((await jalankan(["lke", "nilai"])).galat).toContain(
      'Subperintah lke tidak dikenal: nilai; gunakan "lke hitung',
    );
    const hilang = await jalankan(["lke", "hitung", "--csv", join(folder, "tidak-ada.csv")]);
    expect(hilang.kode).toBe(1);
    expect(hilang.galat).toContain("Berkas jawaban tidak dapat dibaca");
  });
});

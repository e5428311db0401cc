import { spawnSync } from "node:child_process";
import { mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { jalankanCli } from "../cli.ts";
import { contohDokumen } from "../modules/reporting/contoh-dokumen.ts";
import { renderDokumen } from "../modules/reporting/dokumen.service.ts";
import { PESAN_KOSONG, PESAN_TERLALU_BESAR } from "../modules/review/berkas-reviu.domain.ts";
import type { HasilReviu } from "../modules/review/naskah.ts";

const AKAR = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const RUJUKAN = join(AKAR, "..", "shared", "reference", "lakip-kecamatan-malili-2024.txt");

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "terukur-reviu-"));
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

async function berkas(nama: string, isi: Uint8Array | string): Promise<string> {
  const jalur = join(folder, nama);
  await writeFile(jalur, isi);
  return jalur;
}

/** A real .docx (the sample report) with its first parts overwritten: the archive is whole, its content is not. */
async function docxIsiRusak(): Promise<Uint8Array> {
  const isi = new Uint8Array(await renderDokumen(contohDokumen(), "docx"));
  for (let i = 100; i < 6000; i++) isi[i] = (i * 31) % 256;
  return isi;
}

/** A 50 MB file that takes no disk space: one byte written at its end. */
async function berkasJarang(nama: string, ukuran: number): Promise<string> {
  const jalur = join(folder, nama);
  const f = await open(jalur, "w");
  await f.write(new Uint8Array([0x41]), 0, 1, ukuran - 1);
  await f.close();
  return jalur;
}

describe("terukur reviu on the reference report", () => {
  it("prints the summary at the top, then each finding with its location; exit 0", async () => {
    const { kode, keluar, galat } = await jalankan(["reviu", RUJUKAN]);
    expect(galat).toBe("");
    expect(kode).toBe(0);
    const baris = keluar.split("\n");
    expect(baris[0]).toBe("Reviu laporan kinerja: lakip-kecamatan-malili-2024.txt (teks)");
    expect(baris[1]).toMatch(/^Terbaca: \d+ bab, \d+ tabel, \d+ paragraf$/);
    const ringkas = /^Temuan: (\d+) — tinggi (\d+), sedang (\d+), rendah (\d+)$/.exec(baris[2] ?? "");
    expect(ringkas).not.toBeNull();
    const [total, tinggi, sedang, rendah] = (ringkas ?? []).slice(1).map(Number) as number[];
    expect(total).toBeGreaterThan(0);
    expect((tinggi ?? 0) + (sedang ?? 0) + (rendah ?? 0)).toBe(total);
    expect(baris[3]).toMatch(/^Per jenis: /);
    // every finding printed, numbered 1..total, each followed by its location
    const nomor = baris.filter((b) => /^\d+\. \[/.test(b)).map((b) => Number(b.split(".")[0]));
    expect(nomor).toEqual(Array.from({ length: total ?? 0 }, (_, i) => i + 1));
    expect(baris.filter((b) => b.startsWith("   Lokasi: "))).toHaveLength(total ?? 0);
    // a finding that compares numbers prints them in Indonesian format (thousands with dots)
    expect(keluar).toMatch(/ {3}Angka: tertulis -?[\d.]+(,\d{2})?/);
    expect(keluar).toMatch(/baris berkas \d+/);
    // the summary comes before the first severity section
    expect(keluar.indexOf("Temuan:")).toBeLessThan(keluar.indexOf("TINGKAT "));
  });

  it("--json gives the review with numeric stated, computed and difference", async () => {
    const { kode, keluar } = await jalankan(["reviu", RUJUKAN, "--json"]);
    expect(kode).toBe(0);
    const h = JSON.parse(keluar) as HasilReviu;
    expect(h.namaBerkas).toBe("lakip-kecamatan-malili-2024.txt");
    expect(h.temuan.length).toBe(h.ringkasan.tinggi + h.ringkasan.sedang + h.ringkasan.rendah);
    const berangka = h.temuan.filter((t) => t.stated !== undefined && t.computed !== undefined);
    expect(berangka.length).toBeGreaterThan(0);
    for (const t of berangka) {
      expect(typeof t.stated).toBe("number");
      expect(typeof t.computed).toBe("number");
      expect(typeof t.difference).toBe("number");
      expect(Number.isFinite(t.difference)).toBe(true);
    }
    const urutan = { tinggi: 0, sedang: 1, rendah: 2 } as const;
    const tingkat = h.temuan.map((t) => urutan[t.tingkat]);
    expect(tingkat).toEqual([...tingkat].sort((a, b) => a - b));
  });
});

describe("terukur reviu refuses bad input with one line and exit 1, and stays up", () => {
  it("refuses a non-document, an encrypted docx, a corrupt docx, an empty file and a 50 MB file", async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const png = new Uint8Array(2048);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const zipRusak = new Uint8Array(3000);
    zipRusak.set([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    for (let i = 6; i < zipRusak.length; i++) zipRusak[i] = (i * 7919) % 251;
    const kasus: [string, string, RegExp | string][] = [
      ["foto.png", await berkas("foto.png", png), /gambar PNG, bukan dokumen laporan/],
      ["terkunci.docx", await berkas("terkunci.docx", ole), /dilindungi kata sandi/],
      ["rusak.docx", await berkas("rusak.docx", zipRusak), /Berkas .docx rusak/],
      ["isi-rusak.docx", await berkas("isi-rusak.docx", await docxIsiRusak()), /Berkas .docx rusak/],
      ["kosong.txt", await berkas("kosong.txt", ""), PESAN_KOSONG],
      ["besar.docx", await berkasJarang("besar.docx", 50 * 1024 * 1024), /paling besar 20 MB/],
    ];
    for (const [nama, jalur, pesan] of kasus) {
      const { kode, keluar, galat } = await jalankan(["reviu", jalur]);
      expect(kode, nama).toBe(1);
      expect(keluar, nama).toBe("");
      expect(galat.split("\n"), nama).toHaveLength(1);
      expect(galat, nama).toMatch(pesan);
      expect(galat.startsWith(`${jalur}: `), nama).toBe(true);
    }
    // the 50 MB file was refused from its size: the reader would have called its zeros binary data
    const besar = await jalankan(["reviu", join(folder, "besar.docx")]);
    expect(besar.galat).toBe(`${join(folder, "besar.docx")}: ${PESAN_TERLALU_BESAR}`);
    // still up: the next review in the same process works
    expect((await jalankan(["reviu", RUJUKAN, "--json"])).kode).toBe(0);
  });

  it("says what is wrong with the command line: missing file 1, usage 2", async () => {
    const hilang = await jalankan(["reviu", join(folder, "tidak-ada.docx")]);
    expect(hilang.kode).toBe(1);
    expect(hilang.galat).toContain("Berkas tidak ditemukan atau tidak dapat dibuka");
    expect((await jalankan(["reviu"])).kode).toBe(2);
    expect((await jalankan(["reviu", "a.txt", "b.txt"])).kode).toBe(2);
    const opsi = await jalankan(["reviu", RUJUKAN, "--csv"]);
    expect(opsi.kode).toBe(2);
    expect(opsi.galat).toContain("Pemakaian: terukur reviu BERKAS [--json]");
    const folderBukan = await jalankan(["reviu", folder]);
    expect(folderBukan.kode).toBe(1);
    expect(folderBukan.galat).toContain("Bukan berkas");
  });

  it("a real terukur process refuses a 50 MB file with the message", async () => {
    const jalur = await berkasJarang("besar-proses.docx", 50 * 1024 * 1024);
    const hasil = spawnSync(process.execPath, [join(AKAR, "bin", "terukur.js"), "reviu", jalur], {
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, TERUKUR_LOG: "0" },
    });
    expect(hasil.stderr.trim()).toBe(`${jalur}: ${PESAN_TERLALU_BESAR}`);
    expect(hasil.status).toBe(1);
    expect(hasil.stdout).toBe("");
  }, 60_000);
});

import { createWriteStream, existsSync, statSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { bacaKonfigurasi, type Konfigurasi } from "../config.ts";
import { bacaAksesCadangan } from "../platform/cadangan/akses-lokal.ts";
import { periksaCadangan } from "../platform/cadangan/baca.ts";
import { tulisCadangan } from "../platform/cadangan/buat.ts";
import { JALUR_CADANGAN_LOKAL } from "../platform/cadangan/cadangan.routes.ts";
import type { Manifest } from "../platform/cadangan/format.ts";
import { pulihkanCadangan } from "../platform/cadangan/pulihkan.ts";
import { bukaBasisdata } from "../platform/db/database.ts";

const PEMAKAIAN = `Pemakaian:
  terukur cadangan buat --out BERKAS      menulis cadangan utuh (data, berkas, versi skema) saat server berjalan
  terukur cadangan pulihkan BERKAS        memulihkan cadangan ke basis data kosong (DATABASE_URL atau DATA_DIR)
  terukur cadangan periksa BERKAS         memeriksa cadangan (checksum, jumlah baris) tanpa memulihkan`;

function folderBerkas(k: Konfigurasi): string | null {
  return k.berkas.jenis === "folder" ? k.berkas.folder : null;
}

/** Asks the running server for the backup (embedded database held by it) and writes the stream to `tujuan`. */
async function mintaDariServer(k: Konfigurasi, tujuan: string): Promise<boolean> {
  const akses = bacaAksesCadangan(k.dataDir);
  if (!akses) return false;
  const jawab = await fetch(`http://127.0.0.1:${akses.port}${JALUR_CADANGAN_LOKAL}`, {
    method: "POST",
    headers: { authorization: `Bearer ${akses.token}` },
  }).catch((e: unknown) => {
    throw new Error(
      `Server Terukur (PID ${akses.pid}) memegang ${k.dataDir} tetapi tidak menjawab di port ${akses.port}: ${e instanceof Error ? e.message : String(e)}`,
    );
  });
  if (!jawab.ok || !jawab.body)
    throw new Error(`Server menolak membuat cadangan (HTTP ${jawab.status}): ${await jawab.text()}`);
  await pipeline(
    Readable.fromWeb(jawab.body as import("node:stream/web").ReadableStream),
    createWriteStream(tujuan),
  );
  return true;
}

async function buat(argumen: string[]): Promise<number> {
  const { values } = parseArgs({ args: argumen, options: { out: { type: "string" } }, strict: true });
  if (!values.out) throw new Error(`--out wajib diisi, mis. --out cadangan.jsonl.gz\n\n${PEMAKAIAN}`);
  const k = bacaKonfigurasi();
  const sementara = `${values.out}.${process.pid}.tmp`;
  const mulai = performance.now();
  try {
    let jalur = "langsung";
    if (!k.databaseUrl && (await mintaDariServer(k, sementara))) {
      jalur = "server berjalan";
    } else {
      if (!k.databaseUrl && !existsSync(join(k.dataDir, "pglite")))
        throw new Error(`Tidak ada basis data tertanam di ${k.dataDir} (atur DATA_DIR atau DATABASE_URL)`);
      const basis = await bukaBasisdata(k);
      try {
        await tulisCadangan(basis.db, createWriteStream(sementara), {
          mode: basis.mode,
          folderBerkas: folderBerkas(k),
        });
      } finally {
        await basis.tutup();
      }
    }
    // the file is read back whole before it takes its name: a cut stream never looks like a backup
    const manifest = await periksaCadangan(sementara);
    await rename(sementara, values.out);
    const { size } = statSync(values.out);
    console.log(
      `Cadangan ditulis: ${values.out} (${uraian(manifest)}; ${size} byte; ${Math.round(performance.now() - mulai)} ms; ${jalur})`,
    );
    return 0;
  } catch (e) {
    await rm(sementara, { force: true });
    throw e;
  }
}

function uraian(m: Manifest): string {
  const baris = Object.values(m.jumlahBaris).reduce((a, b) => a + b, 0);
  return (
    `${Object.keys(m.jumlahBaris).length} tabel, ${baris} baris, ${m.jumlahBerkas} berkas; skema ${m.migrasiTerakhir}; ` +
    `Terukur ${m.versiTerukur}; dibuat ${m.dibuatPada}; sha256 ${m.sha256}`
  );
}

async function pulihkan(argumen: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argumen, allowPositionals: true, strict: true });
  const berkas = positionals[0];
  if (!berkas || positionals.length > 1) throw new Error(`Sebutkan satu berkas cadangan\n\n${PEMAKAIAN}`);
  const k = bacaKonfigurasi();
  const h = await pulihkanCadangan({ berkas, lokasi: k, penyimpanan: k.berkas });
  const maju = h.migrasiMaju.length > 0 ? `; dimigrasikan maju: ${h.migrasiMaju.join(", ")}` : "";
  console.log(
    `Cadangan dipulihkan ke ${k.databaseUrl ? "PostgreSQL" : k.dataDir}: ${h.tabel} tabel, ${h.baris} baris, ${h.berkas} berkas ` +
      `(skema cadangan ${h.manifest.migrasiTerakhir}${maju}; ${h.ms} ms)`,
  );
  return 0;
}

async function periksa(argumen: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argumen, allowPositionals: true, strict: true });
  if (!positionals[0]) throw new Error(`Sebutkan berkas cadangan\n\n${PEMAKAIAN}`);
  console.log(`Cadangan utuh: ${uraian(await periksaCadangan(positionals[0]))}`);
  return 0;
}

/** `terukur cadangan buat|pulihkan|periksa` (issue 8 item 1): a consistent, versioned backup of one installation, and its restore. */
export async function perintahCadangan(argumen: string[]): Promise<number> {
  const [sub, ...sisa] = argumen;
  switch (sub) {
    case "buat":
      return buat(sisa);
    case "pulihkan":
      return pulihkan(sisa);
    case "periksa":
      return periksa(sisa);
    default:
      console.error(PEMAKAIAN);
      return 2;
  }
}

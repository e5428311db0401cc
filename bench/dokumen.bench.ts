import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { malili2024 } from "../seeds/malili-2024/data.ts";
import { muatDataset } from "../seeds/malili-2024/load.ts";
import { susunLkjip } from "../src/modules/reporting/lkjip.service.ts";
import type { Dokumen } from "../src/modules/reporting/model.ts";
import { renderDocx } from "../src/modules/reporting/render/docx.ts";
import { renderHtml } from "../src/modules/reporting/render/html.tsx";
import { renderPdf } from "../src/modules/reporting/render/pdf.ts";
import { bukaBasisdata } from "../src/platform/db/database.ts";
import { migrasiKeTerbaru } from "../src/platform/db/migrate.ts";
import type { Db } from "../src/platform/db/transaction.ts";
import { maliliDiperbesar } from "./malili-x10.ts";

/**
 * Document benchmark: the Malili 2024 LKjIP and a synthetic OPD ten times larger, timed per step (model from
 * the database, PDF, DOCX, HTML) and against the path a user would otherwise take to a PDF: our DOCX converted
 * by LibreOffice headless. Medians of several runs; prints the figures and the ratios.
 */

async function median<T>(
  n: number,
  kerja: () => Promise<T>,
): Promise<{ ms: number; pertama: number; hasil: T }> {
  const awal = performance.now();
  let hasil = await kerja();
  const pertama = performance.now() - awal;
  const waktu: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    hasil = await kerja();
    waktu.push(performance.now() - t0);
  }
  waktu.sort((a, b) => a - b);
  return { ms: waktu[Math.floor(waktu.length / 2)] ?? Number.NaN, pertama, hasil };
}

function halamanPdf(pdf: Uint8Array, folder: string): number {
  const berkas = join(folder, "hitung.pdf");
  writeFileSync(berkas, pdf);
  const info = spawnSync("pdfinfo", [berkas], { encoding: "utf8" }).stdout;
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

function libreOffice(docx: Uint8Array, folder: string): Uint8Array {
  const berkas = join(folder, "lkjip.docx");
  writeFileSync(berkas, docx);
  const r = spawnSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", folder, berkas], {
    env: { ...process.env, HOME: folder },
    timeout: 600_000,
  });
  if (r.status !== 0) throw new Error(`LibreOffice gagal: ${r.stderr}`);
  return readFileSync(join(folder, "lkjip.pdf"));
}

const f = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;

async function ukur(db: Db, label: string, pemdaId: number, opdId: number, folder: string) {
  const c = { pemdaId, opdId: null, pelaku: "bench" };
  const model = await median(5, () => susunLkjip(db, c, opdId, 2024, { kertas: "a4" }));
  const dok: Dokumen = model.hasil;
  const pdf = await median(5, () => renderPdf(dok));
  const docx = await median(3, () => renderDocx(dok));
  const html = await median(5, () => renderHtml(dok));
  const lo = await median(2, async () => libreOffice(docx.hasil, folder));
  const tabel = dok.isi.filter((b) => b.jenis === "tabel").length;
  const baris = dok.isi.reduce((n, b) => n + (b.jenis === "tabel" ? b.baris.length : 0), 0);
  console.log(
    `\n${label}: ${tabel} tabel, ${baris} baris tabel, PDF ${halamanPdf(pdf.hasil, folder)} halaman`,
  );
  console.log(`  model dari basis data ${f(model.ms)}`);
  console.log(
    `  PDF (Typst)           ${f(pdf.ms)}   ${(pdf.hasil.length / 1024).toFixed(0)} KiB (panggilan pertama ${pdf.pertama.toFixed(0)} ms)`,
  );
  console.log(`  DOCX                  ${f(docx.ms)}   ${(docx.hasil.length / 1024).toFixed(0)} KiB`);
  console.log(`  HTML                  ${f(html.ms)}   ${(html.hasil.length / 1024).toFixed(0)} KiB`);
  console.log(`  DOCX → PDF LibreOffice ${f(lo.ms)}   (${halamanPdf(lo.hasil, folder)} halaman)`);
  const kami = model.ms + Math.max(pdf.ms, pdf.pertama);
  const mereka = model.ms + docx.ms + lo.ms;
  console.log(
    `  jalur PDF kami (panggilan pertama) ${f(kami)} vs DOCX+LibreOffice ${f(mereka)}: rasio ${(kami / mereka).toFixed(3)} (${(mereka / kami).toFixed(1)}× lebih cepat)`,
  );
}

async function main() {
  const folder = mkdtempSync(join(tmpdir(), "terukur-bench-dok-"));
  const basis = await bukaBasisdata({ databaseUrl: null, dataDir: "memory://" });
  try {
    await migrasiKeTerbaru(basis.db);
    const asli = await muatDataset(basis.db, malili2024);
    const besar = await muatDataset(basis.db, maliliDiperbesar(10));
    console.log("basis data: pglite (in-memory); median 5 kali (DOCX 3, LibreOffice 2)");
    await ukur(basis.db, "LKjIP Kecamatan Malili 2024", asli.pemdaId, asli.opdId, folder);
    await ukur(basis.db, "LKjIP OPD sintetis ×10", besar.pemdaId, besar.opdId, folder);
    console.log(`\nmemori proses (RSS): ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB`);
  } finally {
    await basis.tutup();
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();

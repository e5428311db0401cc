import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";

/** Reading generated documents back as a person's tools would: poppler for PDF, the zip for DOCX, LibreOffice. */

let folder: string | null = null;
let nomor = 0;

function berkasBaru(akhiran: string, isi: Uint8Array): string {
  folder ??= mkdtempSync(join(tmpdir(), "terukur-baca-"));
  nomor += 1;
  const berkas = join(folder, `dok-${nomor}.${akhiran}`);
  writeFileSync(berkas, isi);
  return berkas;
}

/** True when LibreOffice is on PATH (CI installs it; a developer machine may not have it). */
export const adaSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;

/** A PDF's text as pdftotext lays it out, without Typst's invisible word joiners. */
export function teksPdf(pdf: Uint8Array, opsi: { layout?: boolean } = {}): string {
  const berkas = berkasBaru("pdf", pdf);
  const argumen = opsi.layout === false ? [berkas, "-"] : ["-layout", berkas, "-"];
  return execFileSync("pdftotext", argumen, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }).replace(
    /\u2060/g,
    "",
  );
}

/** Number of pages, from pdfinfo. */
export function jumlahHalamanPdf(pdf: Uint8Array): number {
  const info = execFileSync("pdfinfo", [berkasBaru("pdf", pdf)], { encoding: "utf8" });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** Share of pixels that are not near-white on each page (greyscale page images at 30 dpi from pdftoppm). */
export function tintaPerHalaman(pdf: Uint8Array): number[] {
  const berkas = berkasBaru("pdf", pdf);
  const awalan = `${berkas}-hal`;
  execFileSync("pdftoppm", ["-r", "30", "-gray", berkas, awalan]);
  const dir = join(berkas, "..");
  const namaAwal = awalan.slice(dir.length + 1);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${namaAwal}-`) && f.endsWith(".pgm"))
    .sort()
    .map((f) => {
      const data = readFileSync(join(dir, f));
      const kepala = data.toString("latin1", 0, 40).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
      if (!kepala) throw new Error(`bukan PGM: ${f}`);
      const piksel = data.subarray(kepala[0].length);
      let tinta = 0;
      for (const p of piksel) if (p < 240) tinta += 1;
      return tinta / piksel.length;
    });
}

/** The files of a zip (a .docx), read from its central directory. */
export function bukaZip(data: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(data);
  const akhir = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const jumlah = buf.readUInt16LE(akhir + 10);
  let p = buf.readUInt32LE(akhir + 16);
  const hasil = new Map<string, Buffer>();
  for (let i = 0; i < jumlah; i++) {
    const metode = buf.readUInt16LE(p + 10);
    const ukuran = buf.readUInt32LE(p + 20);
    const panjangNama = buf.readUInt16LE(p + 28);
    const panjangEkstra = buf.readUInt16LE(p + 30);
    const panjangKomentar = buf.readUInt16LE(p + 32);
    const lokal = buf.readUInt32LE(p + 42);
    const nama = buf.toString("utf8", p + 46, p + 46 + panjangNama);
    const mulai = lokal + 30 + buf.readUInt16LE(lokal + 26) + buf.readUInt16LE(lokal + 28);
    const isi = buf.subarray(mulai, mulai + ukuran);
    hasil.set(nama, metode === 8 ? inflateRawSync(isi) : Buffer.from(isi));
    p += 46 + panjangNama + panjangEkstra + panjangKomentar;
  }
  return hasil;
}

/** The visible text of a DOCX body: each paragraph's runs joined, one paragraph per line. */
export function teksDocx(docx: Uint8Array): string {
  const xml = bukaZip(docx).get("word/document.xml")?.toString("utf8") ?? "";
  return xml
    .split(/<\/w:p>/)
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1] ?? "")
        .join("")
        .replace(/&amp;/g, "&")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'"),
    )
    .filter((t) => t !== "")
    .join("\n");
}

/** Converts a DOCX to PDF with LibreOffice headless, as a user without Word would; throws with its output on failure. */
export function docxKePdf(docx: Uint8Array): Uint8Array {
  const berkas = berkasBaru("docx", docx);
  const dir = join(berkas, "..");
  const hasil = spawnSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, berkas], {
    env: { ...process.env, HOME: dir },
    timeout: 300_000,
    encoding: "utf8",
  });
  if (hasil.status !== 0)
    throw new Error(`LibreOffice gagal (${hasil.status}): ${hasil.stderr}${hasil.stdout}`);
  return readFileSync(berkas.replace(/\.docx$/, ".pdf"));
}

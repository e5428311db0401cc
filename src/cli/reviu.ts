import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { masalahUkuran } from "../modules/review/berkas-reviu.domain.ts";
import type { HasilReviu, TemuanReviu } from "../modules/review/naskah.ts";
import { reviuIsiBerkas } from "../modules/review/reviu.service.ts";
import {
  angkaTemuanTeks,
  jumlahTemuan,
  lokasiTeks,
  NAMA_JENIS,
  NAMA_TINGKAT,
  URUTAN_JENIS,
  URUTAN_TINGKAT,
} from "../modules/review/tampil-reviu.domain.ts";
import { GalatTerukur } from "../platform/errors.ts";

const PEMAKAIAN = "Pemakaian: terukur reviu BERKAS [--json]  (BERKAS: LKjIP .docx, .txt atau .md)";

/**
 * `terukur reviu FILE [--json]` (issue 7 item 1): reads a hand-written report, checks it and prints the
 * findings, summary first. No database is needed. The file is measured before it is read, so a 50 MB file
 * gets the message instead of filling memory. Exit 0 reviewed, 1 refused (one Indonesian line), 2 usage.
 */
export async function perintahReviu(argumen: string[]): Promise<number> {
  let nilai: { json?: boolean };
  let posisi: string[];
  try {
    const p = parseArgs({
      args: argumen,
      options: { json: { type: "boolean", default: false } },
      allowPositionals: true,
      strict: true,
    });
    nilai = p.values;
    posisi = p.positionals;
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${PEMAKAIAN}`);
    return 2;
  }
  const [berkas, ...lebih] = posisi;
  if (berkas === undefined || lebih.length > 0) {
    console.error(
      berkas === undefined ? `Sebutkan berkas laporan.\n${PEMAKAIAN}` : `Satu berkas saja.\n${PEMAKAIAN}`,
    );
    return 2;
  }
  let ukuran: number;
  try {
    const s = await stat(berkas);
    if (!s.isFile()) {
      console.error(`Bukan berkas: ${berkas}`);
      return 1;
    }
    ukuran = s.size;
  } catch {
    console.error(`Berkas tidak ditemukan atau tidak dapat dibuka: ${berkas}`);
    return 1;
  }
  const masalah = masalahUkuran(ukuran);
  if (masalah) {
    console.error(`${berkas}: ${masalah}`);
    return 1;
  }
  try {
    const isi = new Uint8Array(await readFile(berkas));
    const { hasil } = await reviuIsiBerkas(isi, basename(berkas));
    console.log(nilai.json ? JSON.stringify(hasil, null, 2) : cetakHasilReviu(hasil));
    return 0;
  } catch (e) {
    if (e instanceof GalatTerukur) {
      console.error(`${berkas}: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

function cetakTemuan(t: TemuanReviu, nomor: number): string[] {
  const baris = [`${nomor}. [${NAMA_JENIS[t.jenis]}] ${t.pesan}`, `   Lokasi: ${lokasiTeks(t.lokasi)}`];
  const angka = angkaTemuanTeks(t);
  if (angka) baris.push(`   Angka: ${angka}`);
  if (t.lokasi.kutipan) baris.push(`   Kutipan: "${t.lokasi.kutipan}"`);
  return baris;
}

/** The review as text: what was read, the counts by severity and kind, then every finding with its place. */
export function cetakHasilReviu(h: HasilReviu): string {
  const perJenis = URUTAN_JENIS.filter((j) => (h.ringkasan.perJenis[j] ?? 0) > 0).map(
    (j) => `${NAMA_JENIS[j].toLowerCase()} ${h.ringkasan.perJenis[j]}`,
  );
  const keluar = [
    `Reviu laporan kinerja: ${h.namaBerkas} (${h.format === "docx" ? "Word .docx" : "teks"})`,
    `Terbaca: ${h.terbaca.bab} bab, ${h.terbaca.tabel} tabel, ${h.terbaca.paragraf} paragraf`,
    `Temuan: ${jumlahTemuan(h)} — ${URUTAN_TINGKAT.map((t) => `${NAMA_TINGKAT[t].toLowerCase()} ${h.ringkasan[t]}`).join(", ")}`,
  ];
  if (perJenis.length > 0) keluar.push(`Per jenis: ${perJenis.join(", ")}`);
  let nomor = 0;
  for (const tingkat of URUTAN_TINGKAT) {
    const daftar = h.temuan.filter((t) => t.tingkat === tingkat);
    if (daftar.length === 0) continue;
    keluar.push("", `TINGKAT ${NAMA_TINGKAT[tingkat].toUpperCase()} (${daftar.length})`);
    for (const t of daftar) {
      nomor += 1;
      keluar.push(...cetakTemuan(t, nomor));
    }
  }
  if (jumlahTemuan(h) === 0)
    keluar.push("", "Tidak ada temuan: angka, predikat dan narasi yang diperiksa saling sesuai.");
  return keluar.join("\n");
}

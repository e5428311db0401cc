import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import {
  type BarisBerkas,
  type BarisTabel,
  type BarisUrutan,
  CadanganRusak,
  FORMAT_CADANGAN,
  type Manifest,
  VERSI_FORMAT,
} from "./format.ts";

/** One line of a backup as the loader sees it (the manifest is checked by the reader, not passed on). */
export type IsiCadangan = BarisTabel | BarisUrutan | BarisBerkas | { t: "baris"; nilai: (string | null)[] };

function rusak(pesan: string): CadanganRusak {
  return new CadanganRusak(`Berkas cadangan rusak atau terpotong: ${pesan}. Tidak ada yang dipulihkan.`);
}

function galatBaca(e: unknown): Error {
  if (e instanceof CadanganRusak) return e;
  const kode = (e as NodeJS.ErrnoException).code;
  if (kode === "ENOENT")
    return new CadanganRusak(`Berkas cadangan tidak ditemukan: ${(e as NodeJS.ErrnoException).path}`);
  if (kode === "Z_BUF_ERROR") return rusak("isi gzip berakhir sebelum waktunya");
  if (kode === "Z_DATA_ERROR") return rusak(`bukan gzip yang utuh (${(e as Error).message})`);
  return e instanceof Error ? e : new Error(String(e));
}

/**
 * Reads a backup line by line, checking as it goes (header first, rows only inside a table and as wide as
 * it, the manifest last) and at the end (the manifest's counts and sha256 against what was read). Every
 * line is handed to `terima` before the end is known, so a loader must run inside a transaction it rolls
 * back when this throws; `periksaCadangan` reads without loading.
 */
export async function bacaCadangan(
  berkas: string,
  terima: (isi: IsiCadangan) => Promise<void> | void = () => {},
): Promise<Manifest> {
  const hash = createHash("sha256");
  const masukan = createReadStream(berkas);
  const gunzip = createGunzip();
  let galatAliran: unknown = null;
  masukan.on("error", (e) => {
    galatAliran = e;
    gunzip.destroy(e);
  });
  masukan.pipe(gunzip);
  const baris = createInterface({ input: gunzip, crlfDelay: Number.POSITIVE_INFINITY });
  let nomor = 0;
  let tabel: BarisTabel | null = null;
  const jumlahBaris: Record<string, number> = {};
  let jumlahBerkas = 0;
  let manifest: Manifest | null = null;
  try {
    for await (const teks of baris) {
      nomor += 1;
      if (manifest) throw rusak(`ada isi sesudah manifest (baris ${nomor})`);
      let nilai: unknown;
      try {
        nilai = JSON.parse(teks);
      } catch {
        throw rusak(`baris ${nomor} bukan JSON`);
      }
      if (nomor === 1) {
        const k = nilai as { t?: string; format?: string; versiFormat?: number };
        if (k.t !== "kepala" || k.format !== FORMAT_CADANGAN)
          throw new CadanganRusak(`${berkas} bukan berkas cadangan Terukur.`);
        if (k.versiFormat !== VERSI_FORMAT)
          throw new CadanganRusak(
            `Format cadangan versi ${k.versiFormat} tidak dikenal oleh Terukur ini (mengenal versi ${VERSI_FORMAT}).`,
          );
        hash.update(`${teks}\n`);
        continue;
      }
      if (Array.isArray(nilai)) {
        if (!tabel) throw rusak(`baris ${nomor} berisi data di luar tabel`);
        if (nilai.length !== tabel.kolom.length || nilai.some((v) => v !== null && typeof v !== "string"))
          throw rusak(`baris ${nomor} tidak cocok dengan kolom tabel ${tabel.nama}`);
        jumlahBaris[tabel.nama] = (jumlahBaris[tabel.nama] ?? 0) + 1;
        hash.update(`${teks}\n`);
        await terima({ t: "baris", nilai: nilai as (string | null)[] });
        continue;
      }
      const isi = nilai as { t?: string };
      if (isi.t === "manifest") {
        manifest = nilai as Manifest;
        continue;
      }
      hash.update(`${teks}\n`);
      if (isi.t === "tabel") {
        const t = nilai as BarisTabel;
        if (!Array.isArray(t.kolom) || !Array.isArray(t.tipe) || t.kolom.length !== t.tipe.length)
          throw rusak(`kepala tabel pada baris ${nomor} tidak lengkap`);
        tabel = t;
        jumlahBaris[t.nama] = 0;
        await terima(t);
      } else if (isi.t === "urutan") {
        tabel = null;
        await terima(nilai as BarisUrutan);
      } else if (isi.t === "berkas") {
        tabel = null;
        jumlahBerkas += 1;
        await terima(nilai as BarisBerkas);
      } else {
        throw rusak(`baris ${nomor} tidak dikenal`);
      }
    }
    if (galatAliran) throw galatAliran;
  } catch (e) {
    throw galatBaca(e);
  } finally {
    masukan.destroy();
  }
  if (nomor === 0) throw rusak("berkas kosong");
  if (!manifest) throw rusak("manifest di akhir berkas tidak ada");
  if (manifest.sha256 !== hash.digest("hex")) throw rusak("sha256 isi tidak cocok dengan manifest");
  for (const [nama, n] of Object.entries(manifest.jumlahBaris)) {
    if ((jumlahBaris[nama] ?? 0) !== n)
      throw rusak(`tabel ${nama} berisi ${jumlahBaris[nama] ?? 0} baris, manifest ${n}`);
  }
  if (Object.keys(jumlahBaris).length !== Object.keys(manifest.jumlahBaris).length)
    throw rusak("daftar tabel tidak cocok dengan manifest");
  if (jumlahBerkas !== manifest.jumlahBerkas)
    throw rusak(`berisi ${jumlahBerkas} berkas, manifest ${manifest.jumlahBerkas}`);
  return manifest;
}

/** Reads a whole backup and checks it without loading anything: the manifest of a sound file, or a refusal. */
export function periksaCadangan(berkas: string): Promise<Manifest> {
  return bacaCadangan(berkas);
}

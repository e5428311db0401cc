import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Db } from "../db/transaction.ts";
import type { Log } from "../log.ts";
import { periksaKunci } from "./penyimpanan.ts";
import { penyimpananBasisdata } from "./penyimpanan-basisdata.ts";

/** How many keys are looked up in one query while finding what is not copied yet. */
const UKURAN_KELOMPOK = 500;

/** Every stored file under the folder as its key (path with "/"), skipping half-written temp files. */
async function daftarKunci(folder: string, awalan = ""): Promise<string[]> {
  let isi: import("node:fs").Dirent[];
  try {
    isi = await readdir(join(folder, awalan), { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw e;
  }
  const kunci: string[] = [];
  for (const d of isi) {
    const jalur = awalan ? `${awalan}/${d.name}` : d.name;
    if (d.isDirectory()) kunci.push(...(await daftarKunci(folder, jalur)));
    else if (d.isFile() && !d.name.endsWith(".tmp")) kunci.push(jalur);
  }
  return kunci;
}

function kunciSah(kunci: string): boolean {
  try {
    periksaKunci(kunci);
    return true;
  } catch {
    return false;
  }
}

/** What the copy did: files copied now, files the database already held, names that are not store keys. */
export type HasilSalin = { disalin: number; sudahAda: number; dilewati: string[] };

/**
 * Copies the files an earlier version kept in the data folder (DATA_DIR/berkas, the old default) into the
 * database store, so evidence uploaded before the upgrade still opens. Only keys the table lacks are read
 * and written (on conflict do nothing), so it is safe to run on every start and from two instances at once;
 * the folder is left as it was. One log line when something was copied.
 */
export async function salinBerkasLama(db: Db, folder: string, log: Log): Promise<HasilSalin> {
  const semua = await daftarKunci(folder);
  const dilewati = semua.filter((k) => !kunciSah(k));
  const kunci = semua.filter(kunciSah);
  const ada = new Set<string>();
  for (let i = 0; i < kunci.length; i += UKURAN_KELOMPOK) {
    const kelompok = kunci.slice(i, i + UKURAN_KELOMPOK);
    const baris = await db.selectFrom("berkas").select("kunci").where("kunci", "in", kelompok).execute();
    for (const b of baris) ada.add(b.kunci);
  }
  const tujuan = penyimpananBasisdata(db);
  let disalin = 0;
  for (const k of kunci) {
    if (ada.has(k)) continue;
    await tujuan.simpan(k, new Uint8Array(await readFile(join(folder, k))));
    disalin += 1;
  }
  if (disalin > 0 || dilewati.length > 0) {
    log.info({
      peristiwa: "berkas_lama_disalin",
      pesan: `${disalin} berkas dari folder ${folder} disalin ke basis data${dilewati.length > 0 ? `; ${dilewati.length} nama bukan kunci berkas dilewati` : ""}`,
      disalin,
      sudahAda: ada.size,
      dilewati: dilewati.length,
    });
  }
  return { disalin, sudahAda: ada.size, dilewati };
}

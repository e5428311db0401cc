import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/**
 * Where uploaded files (evidence) live, behind one interface so an installation can keep them in the
 * data folder, in the database or in a bucket without the modules knowing which.
 */
export interface PenyimpananBerkas {
  simpan(kunci: string, isi: Uint8Array): Promise<void>;
  /** null when nothing is stored under the key */
  baca(kunci: string): Promise<Uint8Array | null>;
  hapus(kunci: string): Promise<void>;
}

const KUNCI_SAH = /^[a-z0-9][a-z0-9/_.-]{0,200}$/;

/** Keys are made by Terukur (content hashes); anything that could climb out of the store is refused. */
export function periksaKunci(kunci: string): string {
  if (!KUNCI_SAH.test(kunci) || kunci.includes("..") || kunci.includes("//")) {
    throw new Error(`Kunci berkas tidak sah: ${kunci}`);
  }
  return kunci;
}

/** Files under a folder (by default DATA_DIR/berkas); a write lands whole or not at all (temp file + rename). */
export function penyimpananFolder(folder: string): PenyimpananBerkas {
  const jalur = (kunci: string) => join(folder, periksaKunci(kunci));
  return {
    async simpan(kunci, isi) {
      const tujuan = jalur(kunci);
      await mkdir(dirname(tujuan), { recursive: true });
      const sementara = `${tujuan}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(sementara, isi);
      await rename(sementara, tujuan);
    },
    async baca(kunci) {
      try {
        return new Uint8Array(await readFile(jalur(kunci)));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw e;
      }
    },
    async hapus(kunci) {
      await rm(jalur(kunci), { force: true });
    },
  };
}

/** Files in memory, for tests and for the in-memory database. */
export function penyimpananMemori(): PenyimpananBerkas {
  const isi = new Map<string, Uint8Array>();
  return {
    async simpan(kunci, data) {
      isi.set(periksaKunci(kunci), new Uint8Array(data));
    },
    async baca(kunci) {
      return isi.get(periksaKunci(kunci)) ?? null;
    },
    async hapus(kunci) {
      isi.delete(periksaKunci(kunci));
    },
  };
}

import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import type { Basisdata } from "../db/database.ts";
import { buatLog, logSenyap } from "../log.ts";
import { penyimpananFolder } from "./penyimpanan.ts";
import { penyimpananBasisdata } from "./penyimpanan-basisdata.ts";
import { pilihPenyimpanan, siapkanPenyimpanan } from "./pilih-penyimpanan.ts";
import { salinBerkasLama } from "./salin-berkas-lama.ts";

let b: Basisdata;
const folderUji = mkdtempSync(join(tmpdir(), "terukur-berkas-"));
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
  rmSync(folderUji, { recursive: true, force: true });
});

/** Every byte value twice, so an encoding slip (text, hex, escaping) would show. */
const SEMUA_BYTE = new Uint8Array(Array.from({ length: 512 }, (_, i) => i % 256));
const KUNCI = "bukti/ab/ab01";

describe("the database file store", () => {
  it("stores bytes exactly, once per key, and deletes them", () =>
    dalamRollback(b, async (trx) => {
      const s = penyimpananBasisdata(trx);
      expect(await s.baca(KUNCI)).toBeNull();
      await s.simpan(KUNCI, SEMUA_BYTE);
      await s.simpan(KUNCI, SEMUA_BYTE);
      expect(await s.baca(KUNCI)).toEqual(SEMUA_BYTE);
      const baris = await trx.selectFrom("berkas").select(["kunci", "ukuran"]).execute();
      expect(baris).toEqual([{ kunci: KUNCI, ukuran: 512 }]);
      // a byte array that is a window on a larger buffer is stored as the window only
      const jendela = new Uint8Array(SEMUA_BYTE.buffer, 10, 3);
      await s.simpan("bukti/cd/cd02", jendela);
      expect(Array.from((await s.baca("bukti/cd/cd02")) ?? [])).toEqual([10, 11, 12]);
      await s.hapus(KUNCI);
      expect(await s.baca(KUNCI)).toBeNull();
      await s.hapus(KUNCI);
    }));

  it("refuses a key that is not a store key", () =>
    dalamRollback(b, async (trx) => {
      const s = penyimpananBasisdata(trx);
      await expect(s.simpan("../etc/passwd", SEMUA_BYTE)).rejects.toThrow("Kunci berkas tidak sah");
      await expect(s.baca("Bukti/AB")).rejects.toThrow("Kunci berkas tidak sah");
    }));
});

describe("choosing the file store from the settings", () => {
  it("puts files in the table, the folder or the bucket the settings name", () =>
    dalamRollback(b, async (trx) => {
      await pilihPenyimpanan({ jenis: "basisdata" }, trx).simpan(KUNCI, SEMUA_BYTE);
      expect(await trx.selectFrom("berkas").select("kunci").execute()).toEqual([{ kunci: KUNCI }]);

      const folder = join(folderUji, "pilih");
      await pilihPenyimpanan({ jenis: "folder", folder }, trx).simpan("bukti/ef/ef03", SEMUA_BYTE);
      expect(readdirSync(join(folder, "bukti/ef"))).toEqual(["ef03"]);
      expect(await trx.selectFrom("berkas").select("kunci").execute()).toEqual([{ kunci: KUNCI }]);

      // nothing listens on port 9 of this machine: the S3 store is chosen and tries the endpoint it was given
      const s3 = pilihPenyimpanan(
        {
          jenis: "s3",
          endpoint: "http://127.0.0.1:9",
          bucket: "bukti",
          region: "us-east-1",
          kunci: "k",
          rahasia: "r",
        },
        trx,
      );
      await expect(s3.baca(KUNCI)).rejects.toThrow("fetch failed");
    }));
});

describe("files left in DATA_DIR/berkas by the earlier folder default", () => {
  it("are copied into the database once, logged, and open through the database store", () =>
    dalamRollback(b, async (trx) => {
      const dataDir = join(folderUji, "lama");
      const folder = join(dataDir, "berkas");
      const lama = penyimpananFolder(folder);
      await lama.simpan("bukti/11/1111", SEMUA_BYTE);
      await lama.simpan("bukti/22/2222", new Uint8Array([0, 255, 0]));
      await lama.simpan("lke/33/3333", new TextEncoder().encode("%PDF-1.4 bukti evaluasi"));
      // a half-written temp file and a stray file an operator dropped there are not store keys
      writeFileSync(join(folder, "bukti/11/1111.4242.1700000000000.tmp"), "separuh");
      mkdirSync(join(folder, "Catatan"), { recursive: true });
      writeFileSync(join(folder, "Catatan/BACA SAYA.txt"), "operator");
      // one of them the database already has (another instance copied it first)
      await penyimpananBasisdata(trx).simpan("bukti/22/2222", new Uint8Array([0, 255, 0]));

      const baris: Record<string, unknown>[] = [];
      const log = buatLog((x) => baris.push(JSON.parse(x)));
      const pertama = await salinBerkasLama(trx, folder, log);
      expect(pertama).toEqual({ disalin: 2, sudahAda: 1, dilewati: ["Catatan/BACA SAYA.txt"] });
      expect(baris).toHaveLength(1);
      expect(baris[0]).toMatchObject({
        tingkat: "info",
        peristiwa: "berkas_lama_disalin",
        disalin: 2,
        sudahAda: 1,
        dilewati: 1,
        pesan: `2 berkas dari folder ${folder} disalin ke basis data; 1 nama bukan kunci berkas dilewati`,
      });

      const db = await siapkanPenyimpanan({ berkas: { jenis: "basisdata" }, dataDir }, trx, log);
      expect(await db.baca("bukti/11/1111")).toEqual(SEMUA_BYTE);
      expect(await db.baca("lke/33/3333")).toEqual(new TextEncoder().encode("%PDF-1.4 bukti evaluasi"));
      const kunci = await trx.selectFrom("berkas").select("kunci").orderBy("kunci").execute();
      expect(kunci.map((k) => k.kunci)).toEqual(["bukti/11/1111", "bukti/22/2222", "lke/33/3333"]);
      // the second start (inside siapkanPenyimpanan) found everything copied: no copy, one more line only
      // for the stray name, and the folder is left as it was
      expect(baris.map((x) => x.disalin)).toEqual([2, 0]);
      expect(await salinBerkasLama(trx, folder, logSenyap)).toEqual({
        disalin: 0,
        sudahAda: 3,
        dilewati: ["Catatan/BACA SAYA.txt"],
      });
      expect(await lama.baca("bukti/11/1111")).toEqual(SEMUA_BYTE);
    }));

  it("is skipped for the folder store, and a data folder without files copies nothing", () =>
    dalamRollback(b, async (trx) => {
      const dataDir = join(folderUji, "tetap-folder");
      await penyimpananFolder(join(dataDir, "berkas")).simpan("bukti/44/4444", SEMUA_BYTE);
      const s = await siapkanPenyimpanan(
        { berkas: { jenis: "folder", folder: join(dataDir, "berkas") }, dataDir },
        trx,
        logSenyap,
      );
      expect(await s.baca("bukti/44/4444")).toEqual(SEMUA_BYTE);
      expect(await trx.selectFrom("berkas").select("kunci").execute()).toEqual([]);
      expect(await salinBerkasLama(trx, join(folderUji, "tidak-ada"), logSenyap)).toEqual({
        disalin: 0,
        sudahAda: 0,
        dilewati: [],
      });
    }));
});

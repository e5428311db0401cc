import { createHash } from "node:crypto";
import {
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { type MigrationProvider, sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { muatDemoJikaKosong } from "../seeds/demo.ts";
import { periksaCadangan } from "../src/platform/cadangan/baca.ts";
import { tulisCadangan } from "../src/platform/cadangan/buat.ts";
import { CadanganRusak, type Manifest } from "../src/platform/cadangan/format.ts";
import { jalankanCadanganHarian } from "../src/platform/cadangan/harian.ts";
import { namaCadanganHarian } from "../src/platform/cadangan/jadwal.domain.ts";
import { PulihDitolak, pulihkanCadangan } from "../src/platform/cadangan/pulihkan.ts";
import { type Basisdata, bukaBasisdata, type LokasiBasisdata } from "../src/platform/db/database.ts";
import { MigrasiSql, migrasiKeTerbaru } from "../src/platform/db/migrate.ts";
import { buatLog } from "../src/platform/log.ts";

/**
 * Issue 8 item 1: backup and restore. A source installation with the Malili demo is backed up, restored into
 * a fresh database (PostgreSQL when TERUKUR_TEST_DATABASE_URL names a server, a new embedded folder
 * otherwise), and backed up again: the two payloads hash the same, so every table's rows are equal.
 */

const URL_UJI = process.env.TERUKUR_TEST_DATABASE_URL || null;
const folder = mkdtempSync(join(tmpdir(), "terukur-cadangan-"));
const dibuat: string[] = [];

/** A fresh, empty target: a new database on the test server, or a new embedded data folder. */
async function tujuanBaru(nama: string): Promise<LokasiBasisdata> {
  if (!URL_UJI) return { databaseUrl: null, dataDir: join(folder, nama) };
  const namaDb = `terukur_cadangan_${nama.replace(/\W/g, "_")}_${process.pid}`;
  const klien = new pg.Client({ connectionString: URL_UJI });
  await klien.connect();
  await klien.query(`drop database if exists ${namaDb}`);
  await klien.query(`create database ${namaDb}`);
  await klien.end();
  dibuat.push(namaDb);
  const u = new URL(URL_UJI);
  u.pathname = `/${namaDb}`;
  return { databaseUrl: u.toString(), dataDir: join(folder, nama) };
}

/** An open, empty target for the checks that need no process boundary (in memory on PGlite: quicker). */
async function bukaTujuan(nama: string): Promise<{ lokasi: LokasiBasisdata; basis: Basisdata }> {
  const lokasi = URL_UJI ? await tujuanBaru(nama) : { databaseUrl: null, dataDir: "memory://" };
  const basis = await bukaBasisdata(lokasi);
  terbuka.push(basis);
  return { lokasi, basis };
}
const terbuka: Basisdata[] = [];

async function cadangkan(db: Basisdata, berkas: string, folderBerkas: string | null = null) {
  return tulisCadangan(db.db, createWriteStream(berkas), { mode: db.mode, folderBerkas });
}

/** Rewrites a backup's lines and gives it a correct manifest again, so only the content is wrong. */
function ubahCadangan(asal: string, tujuan: string, ubah: (baris: string[]) => string[]): void {
  const baris = gunzipSync(readFileSync(asal)).toString("utf8").trimEnd().split("\n");
  const manifest = JSON.parse(baris.pop() as string) as Manifest;
  const isi = ubah(baris);
  const teks = isi.map((b) => `${b}\n`).join("");
  manifest.sha256 = createHash("sha256").update(teks).digest("hex");
  writeFileSync(tujuan, gzipSync(`${teks}${JSON.stringify(manifest)}\n`));
}

let sumber: Basisdata;
const cadanganDemo = join(folder, "demo.jsonl.gz");
let hasilDemo: Awaited<ReturnType<typeof cadangkan>>;

beforeAll(async () => {
  sumber = await bukaBasisdata({ databaseUrl: null, dataDir: "memory://" });
  await migrasiKeTerbaru(sumber.db);
  await muatDemoJikaKosong(sumber.db);
  // a closed input window for the demo's realisations: the trigger would refuse inserting them now, and the
  // restore must load them as history all the same
  await sql`insert into jadwal_input (pemda_id, jenis_data, tahun, periode_jenis, periode_ke, dibuka_pada, ditutup_pada)
            select pemda_id, 'realisasi', tahun, periode_jenis, periode_ke, '2024-01-01', '2024-01-02'
            from realisasi_indikator group by 1, 3, 4, 5`.execute(sumber.db);
  hasilDemo = await cadangkan(sumber, cadanganDemo);
}, 120_000);

afterAll(async () => {
  await sumber?.tutup();
  for (const b of terbuka) await b.tutup();
  if (URL_UJI && dibuat.length > 0) {
    const klien = new pg.Client({ connectionString: URL_UJI });
    await klien.connect();
    for (const n of dibuat) await klien.query(`drop database if exists ${n} with (force)`);
    await klien.end();
  }
  rmSync(folder, { recursive: true, force: true });
});

describe("backup → restore round trip", () => {
  it("writes a manifest with the schema version, counts and checksum, and restores every row", async () => {
    const m = hasilDemo.manifest;
    expect(m.format).toBe("terukur-cadangan");
    expect(m.versiFormat).toBe(1);
    expect(m.migrasiTerakhir).toBe(Object.keys(await new MigrasiSql().getMigrations()).at(-1));
    expect(m.migrasi).toEqual(Object.keys(await new MigrasiSql().getMigrations()));
    expect(m.versiTerukur).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
    expect(m.jumlahBaris.pemda).toBe(1);
    expect(m.jumlahBaris.nomenklatur).toBe(89);
    expect(m.jumlahBaris.dpa_sub_kegiatan).toBe(66);
    expect(m.jumlahBaris.kysely_migration).toBeUndefined();
    expect((await periksaCadangan(cadanganDemo)).sha256).toBe(m.sha256);

    const lokasi = await tujuanBaru("pulih");
    const h = await pulihkanCadangan({ berkas: cadanganDemo, lokasi, penyimpanan: { jenis: "basisdata" } });
    expect(h.baris).toBe(Object.values(m.jumlahBaris).reduce((a, b) => a + b, 0));
    expect(h.migrasiMaju).toEqual([]);

    const pulih = await bukaBasisdata(lokasi);
    try {
      const ulang = await cadangkan(pulih, join(folder, "ulang.jsonl.gz"));
      // same text of every value of every row of every table, and the same sequence positions
      expect(ulang.manifest.jumlahBaris).toEqual(m.jumlahBaris);
      expect(ulang.manifest.sha256).toBe(m.sha256);
      // rupiah stay exact bigints and the restored triggers are on again
      const pagu = await sql<{ n: string }>`select sum(pagu)::text as n from dpa_sub_kegiatan`.execute(
        pulih.db,
      );
      const paguAsal = await sql<{ n: string }>`select sum(pagu)::text as n from dpa_sub_kegiatan`.execute(
        sumber.db,
      );
      expect(pagu.rows[0]?.n).toBe(paguAsal.rows[0]?.n);
      const mati = await sql<{ n: number }>`
        select count(*)::int as n from pg_trigger t join pg_class c on c.oid = t.tgrelid
        join pg_namespace s on s.oid = c.relnamespace
        where s.nspname = 'public' and not t.tgisinternal and t.tgenabled <> 'O'`.execute(pulih.db);
      expect(mati.rows[0]?.n).toBe(0);
      // a new row gets the next id after the restored ones
      const baru = await sql<{
        id: number;
      }>`insert into pemda (kode, nama, jenis) values ('baru', 'Baru', 'kota') returning id`.execute(
        pulih.db,
      );
      const maks = await sql<{
        id: number;
      }>`select max(id)::int as id from pemda where kode <> 'baru'`.execute(pulih.db);
      expect(baru.rows[0]?.id).toBeGreaterThan(maks.rows[0]?.id ?? 0);
    } finally {
      await pulih.tutup();
    }
  }, 180_000);

  it("refuses a database that holds data, naming what is there, and changes nothing", async () => {
    const { lokasi, basis: b } = await bukaTujuan("berisi");
    await migrasiKeTerbaru(b.db);
    await sql`insert into pemda (kode, nama, jenis) values ('lain', 'Kabupaten Lain', 'kabupaten')`.execute(
      b.db,
    );
    await expect(
      pulihkanCadangan({ berkas: cadanganDemo, lokasi, basis: b, penyimpanan: { jenis: "basisdata" } }),
    ).rejects.toThrow(/Basis data tujuan tidak kosong: berisi pemda \(1 baris\)\./);
    const n = await sql<{ n: number }>`select count(*)::int as n from opd`.execute(b.db);
    expect(n.rows[0]?.n).toBe(0);
  }, 120_000);

  it("restores into a database already migrated but empty (only the migrations' reference rows)", async () => {
    const { lokasi, basis: b } = await bukaTujuan("termigrasi");
    await migrasiKeTerbaru(b.db);
    const h = await pulihkanCadangan({
      berkas: cadanganDemo,
      lokasi,
      basis: b,
      penyimpanan: { jenis: "basisdata" },
    });
    expect(h.tabel).toBe(Object.keys(hasilDemo.manifest.jumlahBaris).length);
  }, 120_000);
});

describe("versions", () => {
  it("migrates a backup of an older schema (0006) forward to the latest", async () => {
    const semua = new MigrasiSql();
    const sampai6: MigrationProvider = {
      async getMigrations() {
        const m = await semua.getMigrations();
        return Object.fromEntries(Object.entries(m).filter(([n]) => n < "0007"));
      },
    };
    const lama = await bukaBasisdata({ databaseUrl: null, dataDir: "memory://" });
    await migrasiKeTerbaru(lama.db, sampai6);
    await sql`insert into pemda (kode, nama, jenis) values ('luwu-timur', 'Kabupaten Luwu Timur', 'kabupaten')`.execute(
      lama.db,
    );
    await sql`insert into opd (pemda_id, kode, nama, jenis) select id, 'malili', 'Kecamatan Malili', 'kecamatan' from pemda`.execute(
      lama.db,
    );
    const berkas = join(folder, "lama.jsonl.gz");
    const h = await cadangkan(lama, berkas);
    await lama.tutup();
    expect(h.manifest.migrasiTerakhir).toBe("0006_aplikasi_web");

    const { lokasi, basis: b } = await bukaTujuan("lama");
    const p = await pulihkanCadangan({ berkas, lokasi, basis: b, penyimpanan: { jenis: "basisdata" } });
    const setelah6 = Object.keys(await semua.getMigrations()).filter((n) => n >= "0007");
    expect(p.migrasiMaju).toEqual(setelah6);
    const opd = await sql<{ kode: string; verifikasi: number }>`
      select o.kode, (select count(*)::int from kysely_migration) as verifikasi from opd o`.execute(b.db);
    const kolomBaru = await sql<{ n: number }>`select count(*)::int as n from berkas`.execute(b.db);
    expect(opd.rows).toEqual([{ kode: "malili", verifikasi: 6 + setelah6.length }]);
    expect(kolomBaru.rows[0]?.n).toBe(0);
  }, 180_000);

  it("refuses a backup from a newer schema, naming both versions, before touching the target", async () => {
    const baru: MigrationProvider = {
      async getMigrations() {
        return {
          ...(await new MigrasiSql().getMigrations()),
          "0099_masa_depan": {
            up: async (db) => void (await sql`create table masa_depan (id int)`.execute(db)),
          },
        };
      },
    };
    const masaDepan = await bukaBasisdata({ databaseUrl: null, dataDir: "memory://" });
    await migrasiKeTerbaru(masaDepan.db, baru);
    const berkas = join(folder, "baru.jsonl.gz");
    await cadangkan(masaDepan, berkas);
    await masaDepan.tutup();
    const lokasi = { databaseUrl: null, dataDir: join(folder, "tak-tersentuh") };
    const janji = pulihkanCadangan({ berkas, lokasi, penyimpanan: { jenis: "basisdata" } });
    await expect(janji).rejects.toBeInstanceOf(PulihDitolak);
    await expect(janji).rejects.toThrow(
      "Cadangan ini dari versi yang lebih baru: Terukur 0.1.0, skema 0099_masa_depan; versi ini Terukur 0.1.0, skema 0008_pohon_kinerja",
    );
    expect(() => readdirSync(lokasi.dataDir)).toThrow(/ENOENT/);
  }, 120_000);
});

describe("damaged files", () => {
  it("refuses a truncated file, a non-gzip file and a changed row, with a message", async () => {
    const isi = readFileSync(cadanganDemo);
    const potong = join(folder, "potong.jsonl.gz");
    writeFileSync(potong, isi.subarray(0, Math.floor(isi.length / 2)));
    await expect(periksaCadangan(potong)).rejects.toThrow(
      "Berkas cadangan rusak atau terpotong: isi gzip berakhir sebelum waktunya. Tidak ada yang dipulihkan.",
    );
    const bukan = join(folder, "bukan.jsonl.gz");
    writeFileSync(bukan, "pemda,opd\n1,malili\n");
    await expect(periksaCadangan(bukan)).rejects.toThrow(/bukan gzip yang utuh/);

    // a figure changed inside an otherwise whole file: the checksum in the manifest no longer matches
    const baris = gunzipSync(isi).toString("utf8").split("\n");
    const i = baris.findIndex((b) => b.includes('"pagu"'));
    const tanpaKepala = baris.map((b, n) => (n === i + 1 ? b.replace(/"(\d+)"/, '"1$1"') : b)).join("\n");
    const ubah = join(folder, "ubah.jsonl.gz");
    writeFileSync(ubah, gzipSync(tanpaKepala));
    const janji = pulihkanCadangan({
      berkas: ubah,
      lokasi: await tujuanBaru("rusak"),
      penyimpanan: { jenis: "basisdata" },
    });
    await expect(janji).rejects.toBeInstanceOf(CadanganRusak);
    await expect(janji).rejects.toThrow("sha256 isi tidak cocok dengan manifest");
  }, 60_000);

  it("leaves nothing behind when a row fails to load (one transaction)", async () => {
    // a whole, correctly summed file whose last OPD points at a pemda that is not in it
    const salah = join(folder, "salah.jsonl.gz");
    ubahCadangan(cadanganDemo, salah, (baris) => {
      const i = baris.findIndex((b) => b.startsWith('{"t":"tabel","nama":"opd"'));
      const opd = JSON.parse(baris[i + 1] as string) as string[];
      opd[1] = "999";
      baris[i + 1] = JSON.stringify(opd);
      return baris;
    });
    const { lokasi, basis: b } = await bukaTujuan("setengah");
    await expect(
      pulihkanCadangan({ berkas: salah, lokasi, basis: b, penyimpanan: { jenis: "basisdata" } }),
    ).rejects.toThrow(/opd/);
    const n = await sql<{ pemda: number; nomenklatur: number }>`
      select (select count(*)::int from pemda) as pemda, (select count(*)::int from nomenklatur) as nomenklatur`.execute(
      b.db,
    );
    // the load was rolled back whole: the migrations' reference rows are still there, no demo row is
    expect(n.rows[0]).toEqual({ pemda: 0, nomenklatur: 89 });
    // and being still empty, the same target takes the sound backup
    await pulihkanCadangan({ berkas: cadanganDemo, lokasi, basis: b, penyimpanan: { jenis: "basisdata" } });
  }, 180_000);
});

describe("files of a folder store", () => {
  it("carries the files into a folder store or into the database store", async () => {
    const folderAsal = join(folder, "berkas-asal");
    mkdirSync(join(folderAsal, "ab"), { recursive: true });
    writeFileSync(join(folderAsal, "ab", "cdef.pdf"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 255, 10]));
    writeFileSync(join(folderAsal, "ab", "setengah.tmp"), "sedang ditulis");
    const berkas = join(folder, "dengan-berkas.jsonl.gz");
    const h = await cadangkan(sumber, berkas, folderAsal);
    expect(h.manifest.jumlahBerkas).toBe(1);

    const keFolder = join(folder, "berkas-tujuan");
    await pulihkanCadangan({
      berkas,
      ...(await bukaTujuan("kefolder")),
      penyimpanan: { jenis: "folder", folder: keFolder },
    });
    expect([...readFileSync(join(keFolder, "ab", "cdef.pdf"))]).toEqual([0x25, 0x50, 0x44, 0x46, 0, 255, 10]);

    const { lokasi, basis: b } = await bukaTujuan("kebasisdata");
    await pulihkanCadangan({ berkas, lokasi, basis: b, penyimpanan: { jenis: "basisdata" } });
    const r = await sql<{
      kunci: string;
      isi: Uint8Array;
      ukuran: number;
    }>`select kunci, isi, ukuran from berkas`.execute(b.db);
    expect(r.rows.map((x) => [x.kunci, [...x.isi], x.ukuran])).toEqual([
      ["ab/cdef.pdf", [0x25, 0x50, 0x44, 0x46, 0, 255, 10], 7],
    ]);
  }, 180_000);
});

describe("daily backup", () => {
  it("writes the day's file under a temp name, keeps the newest N and logs one line", async () => {
    const harian = join(folder, "harian");
    mkdirSync(harian, { recursive: true });
    for (const t of ["2025-01-01", "2025-01-02", "2025-01-03"])
      writeFileSync(join(harian, namaCadanganHarian(t)), "lama");
    writeFileSync(join(harian, "catatan.txt"), "milik operator");
    const baris: string[] = [];
    const hasil = await jalankanCadanganHarian(
      {
        db: sumber.db,
        mode: "pglite",
        pengaturan: { folder: harian, jam: "01:00", simpan: 2 },
        zonaWaktu: "Asia/Makassar",
        folderBerkas: null,
        log: buatLog((b) => baris.push(b)),
      },
      new Date("2025-01-03T17:00:00Z"), // 01:00 WITA on 4 January
      async () => {},
    );
    expect(readdirSync(harian).sort()).toEqual([
      "catatan.txt",
      "terukur-cadangan-2025-01-03.jsonl.gz",
      "terukur-cadangan-2025-01-04.jsonl.gz",
    ]);
    expect(hasil.status).toBe("ditulis");
    expect(
      (await periksaCadangan(join(harian, "terukur-cadangan-2025-01-04.jsonl.gz"))).jumlahBaris.pemda,
    ).toBe(1);
    expect(baris).toHaveLength(1);
    const log = JSON.parse(baris[0] as string);
    expect(log).toMatchObject({
      tingkat: "info",
      peristiwa: "cadangan_harian",
      status: "ditulis",
      dihapus: ["terukur-cadangan-2025-01-01.jsonl.gz", "terukur-cadangan-2025-01-02.jsonl.gz"],
    });
  }, 60_000);

  it.skipIf(!URL_UJI)(
    "on PostgreSQL skips the run while another server holds the backup lock",
    async () => {
      const lokasi = await tujuanBaru("kunci");
      const b = await bukaBasisdata(lokasi);
      await migrasiKeTerbaru(b.db);
      const lain = new pg.Client({ connectionString: lokasi.databaseUrl as string });
      await lain.connect();
      await lain.query("select pg_advisory_lock($1::bigint)", [String(0x6361_6461_6e67_616en)]);
      const harian = join(folder, "harian-pg");
      const baris: string[] = [];
      const opsi = {
        db: b.db,
        mode: "postgres" as const,
        pengaturan: { folder: harian, jam: "01:00", simpan: 3 },
        zonaWaktu: "Asia/Makassar",
        folderBerkas: null,
        log: buatLog((x) => baris.push(x)),
      };
      const h = await jalankanCadanganHarian(opsi, new Date("2025-01-03T17:00:00Z"), async () => {});
      expect(h.status).toBe("dilewati");
      await lain.end();
      const h2 = await jalankanCadanganHarian(opsi, new Date("2025-01-03T17:00:00Z"), async () => {});
      expect(h2.status).toBe("ditulis");
      await b.tutup();
      expect(readdirSync(harian)).toEqual(["terukur-cadangan-2025-01-04.jsonl.gz"]);
    },
    60_000,
  );
});

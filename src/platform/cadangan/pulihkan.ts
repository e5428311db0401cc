import { randomBytes } from "node:crypto";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { type Migration, type MigrationProvider, sql } from "kysely";
import type { Konfigurasi } from "../../config.ts";
import { type Basisdata, bukaBasisdata, type LokasiBasisdata } from "../db/database.ts";
import { MigrasiSql, migrasiKeTerbaru } from "../db/migrate.ts";
import type { Db } from "../db/transaction.ts";
import { periksaKunci } from "../storage/penyimpanan.ts";
import { bacaCadangan, periksaCadangan } from "./baca.ts";
import { aturSesiTeks } from "./buat.ts";
import { CadanganRusak, type Manifest, VERSI_TERUKUR } from "./format.ts";
import { bacaKatalog, hitungBaris, type InfoTabel, kutip, migrasiTerpasang } from "./katalog.ts";
import { urutkanBarisRujukDiri } from "./urutan.domain.ts";

/** What a restore did, for the command's last line. */
export type HasilPulih = {
  manifest: Manifest;
  tabel: number;
  baris: number;
  berkas: number;
  migrasiMaju: string[];
  ms: number;
};

/** A refusal before anything was written (a newer backup, a database that is not empty). */
export class PulihDitolak extends Error {}

/** The migrations this code knows, limited to those a backup had run: the target is migrated exactly that far. */
function penyediaSampai(penyedia: MigrationProvider, nama: readonly string[]): MigrationProvider {
  return {
    async getMigrations() {
      const semua = await penyedia.getMigrations();
      return Object.fromEntries(nama.map((n) => [n, semua[n] as Migration]));
    },
  };
}

/** Row counts a database has straight after these migrations (their seeded reference rows): "empty" means no more. */
async function barisBawaan(
  penyedia: MigrationProvider,
  migrasi: readonly string[],
): Promise<Record<string, number>> {
  if (migrasi.length === 0) return {};
  const sementara = await bukaBasisdata({ databaseUrl: null, dataDir: "memory://" });
  try {
    await migrasiKeTerbaru(sementara.db, penyediaSampai(penyedia, migrasi));
    return await hitungBaris(sementara.db, await bacaKatalog(sementara.db));
  } finally {
    await sementara.tutup();
  }
}

/** What the target already holds beyond a freshly migrated schema, as "tabel (n baris)" phrases. */
async function isiTujuan(db: Db, bawaan: Record<string, number>): Promise<string[]> {
  const jumlah = await hitungBaris(db, await bacaKatalog(db));
  return Object.entries(jumlah)
    .filter(([t, n]) => n !== (bawaan[t] ?? 0))
    .map(([t, n]) => `${t} (${n} baris)`);
}

async function berkasDiFolder(folder: string): Promise<number> {
  try {
    return (await readdir(folder, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).length;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw e;
  }
}

const BATAS_KUMPULAN_KARAKTER = 4 * 1024 * 1024;
const BATAS_KUMPULAN_BARIS = 500;

/**
 * Restores a backup into an empty database (issue 8 item 1), embedded or PostgreSQL, chosen by the same
 * settings as the server. Refuses, before touching anything, a damaged file, a backup from a newer schema
 * and a target that holds data. Then migrates the target to the backup's schema, loads every row in one
 * transaction (user triggers such as the approval locks and the closed-period check are disabled for the
 * load and enabled again inside it: they guard new changes, not history), sets the sequences, compares the
 * counts and the checksum, commits, and migrates forward to this code's schema.
 */
export async function pulihkanCadangan(o: {
  berkas: string;
  lokasi: LokasiBasisdata;
  /** an already open target (tests, an in-memory database); left open afterwards */
  basis?: Basisdata;
  penyimpanan: Konfigurasi["berkas"];
  penyedia?: MigrationProvider;
}): Promise<HasilPulih> {
  const mulai = performance.now();
  const penyedia = o.penyedia ?? new MigrasiSql();
  const manifest = await periksaCadangan(o.berkas);
  const dikenal = Object.keys(await penyedia.getMigrations()).sort();
  const asing = manifest.migrasi.filter((n) => !dikenal.includes(n));
  if (asing.length > 0) {
    throw new PulihDitolak(
      `Cadangan ini dari versi yang lebih baru: Terukur ${manifest.versiTerukur}, skema ${manifest.migrasiTerakhir}; ` +
        `versi ini Terukur ${VERSI_TERUKUR}, skema ${dikenal.at(-1) ?? "-"} (migrasi tidak dikenal: ${asing.join(", ")}). ` +
        "Pasang Terukur yang lebih baru untuk memulihkannya; basis data tidak diubah.",
    );
  }
  if (manifest.migrasi.some((n, i) => dikenal[i] !== n)) {
    throw new PulihDitolak(
      `Urutan migrasi cadangan (${manifest.migrasi.join(", ")}) tidak cocok dengan versi ini.`,
    );
  }
  if (manifest.jumlahBerkas > 0 && o.penyimpanan.jenis === "s3") {
    throw new PulihDitolak(
      `Cadangan berisi ${manifest.jumlahBerkas} berkas dari folder; pulihkan dengan TERUKUR_BERKAS=basisdata atau folder.`,
    );
  }

  const basis = o.basis ?? (await bukaBasisdata(o.lokasi));
  try {
    const terpasang = await migrasiTerpasang(basis.db);
    const lebih = terpasang.filter((n) => !manifest.migrasi.includes(n));
    if (lebih.length > 0) {
      throw new PulihDitolak(
        `Basis data tujuan sudah bermigrasi sampai ${terpasang.at(-1)}, lebih baru daripada cadangan (${manifest.migrasiTerakhir}). ` +
          "Pulihkan ke basis data baru yang kosong.",
      );
    }
    const folderTujuan = o.penyimpanan.jenis === "folder" ? o.penyimpanan.folder : null;
    const tolakBilaBerisi = async (db: Db, bawaan: Record<string, number>) => {
      const isi = await isiTujuan(db, bawaan);
      if (folderTujuan && manifest.jumlahBerkas > 0) {
        const n = await berkasDiFolder(folderTujuan);
        if (n > 0) isi.push(`folder berkas ${folderTujuan} (${n} berkas)`);
      }
      if (isi.length > 0) {
        throw new PulihDitolak(
          `Basis data tujuan tidak kosong: berisi ${isi.join(", ")}. Cadangan hanya dipulihkan ke basis data kosong ` +
            "(PostgreSQL: buat basis data baru; tertanam: DATA_DIR baru). Tidak ada yang diubah.",
        );
      }
    };
    const bawaanAwal = await barisBawaan(penyedia, terpasang);
    await tolakBilaBerisi(basis.db, bawaanAwal);

    await migrasiKeTerbaru(basis.db, penyediaSampai(penyedia, manifest.migrasi));
    // what the migrations just seeded into a target that had no schema is its own baseline; a target that
    // was part-migrated is compared with a scratch database migrated the same way
    const bawaanCadangan =
      terpasang.length === manifest.migrasi.length
        ? bawaanAwal
        : terpasang.length === 0
          ? await hitungBaris(basis.db, await bacaKatalog(basis.db))
          : await barisBawaan(penyedia, manifest.migrasi);
    const ditulis: string[] = [];
    const berkasNanti: { kunci: string; isi: Buffer }[] = [];
    let baris = 0;
    let tabelDimuat = 0;
    try {
      await basis.db.transaction().execute(async (trx) => {
        await aturSesiTeks(trx);
        // deferrable keys (tables that point at each other) are checked once, at commit
        await sql`set constraints all deferred`.execute(trx);
        const katalog = await bacaKatalog(trx);
        const peta = new Map(katalog.map((t) => [t.nama, t]));
        const daftar = katalog.map((t) => kutip(t.nama)).join(", ");
        if (daftar) await sql.raw(`lock table ${daftar} in access exclusive mode`).execute(trx);
        await tolakBilaBerisi(trx, bawaanCadangan);
        for (const t of katalog)
          await sql.raw(`alter table ${kutip(t.nama)} disable trigger user`).execute(trx);
        if (daftar) await sql.raw(`truncate ${daftar}`).execute(trx);
        const adaTabelBerkas = peta.has("berkas");

        let kini: { info: InfoTabel; kolom: string[]; sisipkan: string; rujukDiri: boolean } | null = null;
        let kumpulan: (string | null)[][] = [];
        let karakter = 0;
        const kirim = async () => {
          if (!kini || kumpulan.length === 0) return;
          const rows = kini.rujukDiri
            ? urutkanBarisRujukDiri(
                kumpulan,
                kini.info.rujukDiri.map((r) => ({
                  kolomRujuk: r.kolomRujuk.map((k) => kini?.kolom.indexOf(k) ?? -1),
                  kolomKunci: r.kolomKunci.map((k) => kini?.kolom.indexOf(k) ?? -1),
                })),
              )
            : kumpulan;
          await sql`${sql.raw(kini.sisipkan)} from json_array_elements(${JSON.stringify(rows)}::json) as r`.execute(
            trx,
          );
          baris += rows.length;
          kumpulan = [];
          karakter = 0;
        };
        await bacaCadangan(o.berkas, async (isi) => {
          if (isi.t === "baris") {
            kumpulan.push(isi.nilai);
            karakter += isi.nilai.reduce((s, v) => s + (v?.length ?? 4), 0);
            if (
              !kini?.rujukDiri &&
              (kumpulan.length >= BATAS_KUMPULAN_BARIS || karakter >= BATAS_KUMPULAN_KARAKTER)
            )
              await kirim();
            return;
          }
          await kirim();
          kini = null;
          if (isi.t === "tabel") {
            const info = peta.get(isi.nama);
            if (!info)
              throw new CadanganRusak(
                `Tabel ${isi.nama} dalam cadangan tidak ada pada skema ${manifest.migrasiTerakhir}.`,
              );
            const nilai = isi.kolom.map((k, i) => {
              const tipe = info.kolom.find((x) => x.nama === k)?.tipe;
              if (!tipe)
                throw new CadanganRusak(`Kolom ${isi.nama}.${k} dalam cadangan tidak ada pada skema.`);
              return tipe === "bytea" ? `decode(r->>${i}, 'base64')` : `(r->>${i})::${tipe}`;
            });
            kini = {
              info,
              kolom: isi.kolom,
              rujukDiri: info.rujukDiri.length > 0,
              sisipkan: `insert into ${kutip(isi.nama)} (${isi.kolom.map(kutip).join(", ")}) overriding system value select ${nilai.join(", ")}`,
            };
            tabelDimuat += 1;
          } else if (isi.t === "urutan") {
            await sql`select setval(${kutip(isi.nama)}::regclass, ${isi.nilai}::bigint, ${isi.dipanggil})`.execute(
              trx,
            );
          } else if (isi.t === "berkas") {
            const kunci = periksaKunci(isi.kunci);
            const data = Buffer.from(isi.isi, "base64");
            if (folderTujuan) {
              const tujuan = join(folderTujuan, kunci);
              await mkdir(dirname(tujuan), { recursive: true });
              const sementara = `${tujuan}.${randomBytes(4).toString("hex")}.tmp`;
              await writeFile(sementara, data);
              await rename(sementara, tujuan);
              ditulis.push(tujuan);
            } else if (adaTabelBerkas) {
              await sql`insert into berkas (kunci, isi, ukuran) values (${kunci}, ${data}, ${data.length})
                        on conflict (kunci) do nothing`.execute(trx);
            } else {
              berkasNanti.push({ kunci, isi: data });
            }
          }
        });
        await kirim();
        const jumlah = await hitungBaris(trx, katalog);
        for (const [t, n] of Object.entries(manifest.jumlahBaris)) {
          const ada = jumlah[t] ?? 0;
          // files of a folder store may have gone into the berkas table beside the rows it already had
          if (ada !== n && !(t === "berkas" && !folderTujuan && ada >= n))
            throw new CadanganRusak(
              `Tabel ${t} berisi ${ada} baris sesudah dimuat, cadangan ${n}. Tidak ada yang dipulihkan.`,
            );
        }
        // the deferred keys are checked now, so a broken reference fails here and nothing is kept, and no
        // check is left pending when the tables are altered back
        await sql`set constraints all immediate`.execute(trx);
        for (const t of katalog)
          await sql.raw(`alter table ${kutip(t.nama)} enable trigger user`).execute(trx);
      });
    } catch (e) {
      await Promise.all(ditulis.map((f) => rm(f, { force: true })));
      throw e;
    }
    const migrasiMaju = await migrasiKeTerbaru(basis.db, penyedia);
    if (berkasNanti.length > 0) {
      await basis.db.transaction().execute(async (trx) => {
        for (const b of berkasNanti)
          await sql`insert into berkas (kunci, isi, ukuran) values (${b.kunci}, ${b.isi}, ${b.isi.length})
                    on conflict (kunci) do nothing`.execute(trx);
      });
    }
    return {
      manifest,
      tabel: tabelDimuat,
      baris,
      berkas: manifest.jumlahBerkas,
      migrasiMaju,
      ms: Math.round(performance.now() - mulai),
    };
  } finally {
    if (!o.basis) await basis.tutup();
  }
}

import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { Transform, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { sql } from "kysely";
import type { Db } from "../db/transaction.ts";
import { FORMAT_CADANGAN, type Manifest, VERSI_FORMAT, VERSI_TERUKUR } from "./format.ts";
import { bacaKatalog, bacaUrutan, type InfoTabel, kutip, migrasiTerpasang } from "./katalog.ts";

/** What a backup run wrote: its manifest, its compressed size and how long it took. */
export type HasilCadangan = { manifest: Manifest; byte: number; ms: number };

/** Session settings under which every value's text is the same on any server (dates ISO, times UTC). */
export async function aturSesiTeks(db: Db): Promise<void> {
  await sql`set local timezone = 'UTC'`.execute(db);
  await sql`set local datestyle = 'ISO, YMD'`.execute(db);
  await sql`set local intervalstyle = 'postgres'`.execute(db);
  await sql`set local extra_float_digits = 3`.execute(db);
}

/** Rows fetched per round trip; fewer for tables holding file contents, so memory stays small. */
function ukuranAmbil(t: InfoTabel): number {
  return t.kolom.some((k) => k.tipe === "bytea") ? 4 : 500;
}

async function berkasFolder(folder: string): Promise<string[]> {
  let isi: string[];
  try {
    isi = (await readdir(folder, { recursive: true, withFileTypes: true }))
      .filter((d) => d.isFile() && !d.name.endsWith(".tmp"))
      .map((d) => relative(folder, join(d.parentPath, d.name)).split(sep).join("/"));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw e;
  }
  return isi.sort();
}

/**
 * Writes a backup of the whole installation to `tujuan` (issue 8 item 1). Every table is read inside one
 * REPEATABLE READ READ ONLY transaction, so the rows are one consistent moment even while the server keeps
 * writing (on PGlite the one connection is held for the duration). `folderBerkas` adds the files of a
 * folder store (TERUKUR_BERKAS=folder); files kept in the database come with their table.
 */
export async function tulisCadangan(
  db: Db,
  tujuan: Writable,
  opsi: { mode: "pglite" | "postgres"; folderBerkas: string | null },
): Promise<HasilCadangan> {
  const mulai = performance.now();
  const hash = createHash("sha256");
  let byte = 0;
  const hitung = new Transform({
    transform(potongan: Buffer, _enc, selesai) {
      byte += potongan.length;
      selesai(null, potongan);
    },
  });
  const gzip = createGzip({ level: 6 });
  const alir = pipeline(gzip, hitung, tujuan);
  alir.catch(() => {});
  const tulis = async (baris: string, masukHash = true) => {
    const teks = `${baris}\n`;
    if (masukHash) hash.update(teks);
    if (!gzip.write(teks)) {
      await new Promise<void>((terima, tolak) => {
        // a reader that goes away (the CLI interrupted) ends the wait, so the snapshot transaction is released
        const gagal = (e?: Error) => tolak(e ?? new Error("Penerima cadangan menutup aliran"));
        gzip.once("error", gagal);
        gzip.once("close", gagal);
        gzip.once("drain", () => {
          gzip.off("error", gagal);
          gzip.off("close", gagal);
          terima();
        });
      });
    }
  };

  try {
    const manifest = await db
      .transaction()
      .setIsolationLevel("repeatable read")
      .setAccessMode("read only")
      .execute(async (trx) => {
        await aturSesiTeks(trx);
        const migrasi = await migrasiTerpasang(trx);
        const tabel = await bacaKatalog(trx);
        await tulis(JSON.stringify({ t: "kepala", format: FORMAT_CADANGAN, versiFormat: VERSI_FORMAT }));
        const jumlahBaris: Record<string, number> = {};
        for (const t of tabel) {
          await tulis(
            JSON.stringify({
              t: "tabel",
              nama: t.nama,
              kolom: t.kolom.map((k) => k.nama),
              tipe: t.kolom.map((k) => k.tipe),
            }),
          );
          const pilih = t.kolom
            .map(
              (k, i) =>
                `${k.tipe === "bytea" ? `encode(${kutip(k.nama)}, 'base64')` : `${kutip(k.nama)}::text`} as c${i}`,
            )
            .join(", ");
          const urut = t.kunciUtama.length > 0 ? ` order by ${t.kunciUtama.map(kutip).join(", ")}` : "";
          await sql
            .raw(`declare cadangan_kursor no scroll cursor for select ${pilih} from ${kutip(t.nama)}${urut}`)
            .execute(trx);
          let n = 0;
          for (;;) {
            const r = await sql
              .raw<Record<string, string | null>>(`fetch ${ukuranAmbil(t)} from cadangan_kursor`)
              .execute(trx);
            for (const b of r.rows) await tulis(JSON.stringify(t.kolom.map((_, i) => b[`c${i}`] ?? null)));
            n += r.rows.length;
            if (r.rows.length === 0) break;
          }
          await sql`close cadangan_kursor`.execute(trx);
          jumlahBaris[t.nama] = n;
        }
        for (const nama of await bacaUrutan(trx)) {
          const r = await sql<{ nilai: string; dipanggil: boolean }>`
            select last_value::text as nilai, is_called as dipanggil from ${sql.raw(kutip(nama))}`.execute(
            trx,
          );
          const u = r.rows[0];
          if (u) await tulis(JSON.stringify({ t: "urutan", nama, nilai: u.nilai, dipanggil: u.dipanggil }));
        }
        let jumlahBerkas = 0;
        if (opsi.folderBerkas) {
          for (const kunci of await berkasFolder(opsi.folderBerkas)) {
            const isi = await readFile(join(opsi.folderBerkas, kunci));
            await tulis(JSON.stringify({ t: "berkas", kunci, isi: isi.toString("base64") }));
            jumlahBerkas += 1;
          }
        }
        const m: Manifest = {
          t: "manifest",
          format: FORMAT_CADANGAN,
          versiFormat: VERSI_FORMAT,
          migrasi,
          migrasiTerakhir: migrasi.at(-1) ?? null,
          versiTerukur: VERSI_TERUKUR,
          dibuatPada: new Date().toISOString(),
          basisdata: opsi.mode,
          jumlahBaris,
          jumlahBerkas,
          sha256: hash.digest("hex"),
        };
        return m;
      });
    await tulis(JSON.stringify(manifest), false);
    gzip.end();
    await alir;
    return { manifest, byte, ms: Math.round(performance.now() - mulai) };
  } catch (e) {
    gzip.destroy(e instanceof Error ? e : new Error(String(e)));
    throw e;
  }
}

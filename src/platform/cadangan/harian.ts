import { createWriteStream } from "node:fs";
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { sql } from "kysely";
import type { Db } from "../db/transaction.ts";
import { galatUntukLog, type Log } from "../log.ts";
import { tanggalWita } from "../waktu-wita.ts";
import { tulisCadangan } from "./buat.ts";
import { cadanganDihapus, namaCadanganHarian, waktuCadanganBerikutnya } from "./jadwal.domain.ts";

/**
 * The advisory lock key of the daily backup ("cadangan" in ASCII, any fixed bigint distinct from the
 * migration lock): with several servers in front of one PostgreSQL only the one holding it takes the backup.
 */
export const KUNCI_CADANGAN = 0x6361_6461_6e67_616en;

/**
 * How long the winner keeps the lock after the scheduled minute. Every server's timer fires at the same
 * wall-clock minute; a server whose clock is a little late must still find the lock taken, not released.
 */
export const JENDELA_KUNCI_MS = 10 * 60 * 1000;

/** What the schedule needs; the clock is injectable for tests. */
export type OpsiCadanganHarian = {
  db: Db;
  mode: "pglite" | "postgres";
  pengaturan: { folder: string; jam: string; simpan: number };
  zonaWaktu: string;
  folderBerkas: string | null;
  log: Log;
  jam?: () => Date;
};

/** What one run did (also what it logged). */
export type HasilHarian =
  | { status: "ditulis"; berkas: string; byte: number; ms: number; dihapus: string[] }
  | { status: "dilewati"; alasan: string };

/**
 * One daily backup now: under the advisory lock on PostgreSQL (skipped when another server holds it),
 * written to a temp name and renamed, then the oldest beyond `simpan` deleted; one JSON log line.
 */
export async function jalankanCadanganHarian(
  o: OpsiCadanganHarian,
  dijadwalkan: Date,
  tunggu: (ms: number) => Promise<void>,
): Promise<HasilHarian> {
  const kerja = async (): Promise<HasilHarian> => {
    const { folder, simpan } = o.pengaturan;
    await mkdir(folder, { recursive: true });
    const nama = namaCadanganHarian(tanggalWita(dijadwalkan, o.zonaWaktu));
    const tujuan = join(folder, nama);
    const sementara = `${tujuan}.tmp-${process.pid}`;
    try {
      const hasil = await tulisCadangan(o.db, createWriteStream(sementara), {
        mode: o.mode,
        folderBerkas: o.folderBerkas,
      });
      await rename(sementara, tujuan);
      const dihapus = cadanganDihapus(await readdir(folder), simpan);
      for (const n of dihapus) await rm(join(folder, n), { force: true });
      return { status: "ditulis", berkas: tujuan, byte: hasil.byte, ms: hasil.ms, dihapus };
    } catch (e) {
      await rm(sementara, { force: true });
      throw e;
    }
  };
  let hasil: HasilHarian;
  try {
    if (o.mode === "pglite") {
      hasil = await kerja();
    } else {
      hasil = await o.db.connection().execute(async (sambungan) => {
        const r = await sql<{
          dapat: boolean;
        }>`select pg_try_advisory_lock(${String(KUNCI_CADANGAN)}::bigint) as dapat`.execute(sambungan);
        if (!r.rows[0]?.dapat)
          return { status: "dilewati", alasan: "server lain sedang/sudah mengambil cadangan ini" } as const;
        try {
          const h = await kerja();
          const sisa = dijadwalkan.getTime() + JENDELA_KUNCI_MS - (o.jam ?? (() => new Date()))().getTime();
          if (sisa > 0) await tunggu(sisa);
          return h;
        } finally {
          await sql`select pg_advisory_unlock(${String(KUNCI_CADANGAN)}::bigint)`.execute(sambungan);
        }
      });
    }
  } catch (e) {
    o.log.galat({ peristiwa: "cadangan_harian_gagal", ...galatUntukLog(e) });
    throw e;
  }
  o.log.info({ peristiwa: "cadangan_harian", ...hasil });
  return hasil;
}

/**
 * Starts the daily backup (TERUKUR_CADANGAN_FOLDER set): a timer to the next TERUKUR_CADANGAN_JAM in the
 * pemda's zone, rescheduled after each run. `hentikan` cancels the timer and waits for a run in progress,
 * so the database is closed only after the backup's transaction ends.
 */
export function mulaiCadanganHarian(o: OpsiCadanganHarian): { hentikan(): Promise<void> } {
  const kini = o.jam ?? (() => new Date());
  let pewaktu: NodeJS.Timeout | undefined;
  let berjalan: Promise<unknown> = Promise.resolve();
  let berhenti = false;
  let bangunkan: (() => void) | null = null;
  const tunggu = (ms: number) =>
    new Promise<void>((terima) => {
      const t = setTimeout(terima, ms);
      bangunkan = () => {
        clearTimeout(t);
        terima();
      };
    });
  const jadwalkan = () => {
    if (berhenti) return;
    const berikut = waktuCadanganBerikutnya(kini(), o.pengaturan.jam, o.zonaWaktu);
    pewaktu = setTimeout(
      () => {
        berjalan = jalankanCadanganHarian(o, berikut, tunggu)
          .catch(() => {})
          .finally(jadwalkan);
      },
      Math.max(0, berikut.getTime() - kini().getTime()),
    );
  };
  jadwalkan();
  return {
    async hentikan() {
      berhenti = true;
      clearTimeout(pewaktu);
      (bangunkan as (() => void) | null)?.();
      await berjalan;
    },
  };
}

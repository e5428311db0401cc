import { createHash } from "node:crypto";
import { sql } from "kysely";
import type { Db } from "../db/transaction.ts";

/** How many requests a key may make per fixed window. */
export type AturanLaju = { maks: number; jendelaDetik: number };

/** The verdict for one request: allowed or not, how many remain, and when the window ends. */
export type HasilLaju = { boleh: boolean; sisa: number; ulangiDalamDetik: number };

/** Expired rows removed per call, so clean-up stays cheap and needs no scheduler. */
const HAPUS_PER_PANGGILAN = 100;

/**
 * A rate-limit key from its parts (e.g. "skm-alamat", an address), hashed with SHA-256 so no address or
 * device id is ever stored in clear ("anonim secara bawaan").
 */
export function kunciLaju(...bagian: string[]): string {
  return createHash("sha256").update(bagian.join("\u0000")).digest("hex");
}

/**
 * Counts one request against a key in PostgreSQL (fixed window, one atomic upsert), so the limit holds
 * across every server process; expired rows of other keys are deleted on the way. `sekarang` is for tests.
 */
export async function periksaBatasLaju(
  db: Db,
  kunci: string,
  aturan: AturanLaju & { sekarang?: Date },
): Promise<HasilLaju> {
  const waktu = aturan.sekarang ? sql`${aturan.sekarang.toISOString()}::timestamptz` : sql`clock_timestamp()`;
  const jendela = sql`make_interval(secs => ${aturan.jendelaDetik})`;
  const { rows } = await sql<{ jumlah: number; sisa_detik: number }>`
    with t as (select ${waktu} as n),
    u as (
      insert into batas_laju as b (kunci, jumlah, jendela_mulai, kedaluwarsa)
      select ${kunci}, 1, t.n, t.n + ${jendela} from t
      on conflict (kunci) do update set
        jumlah = case when b.kedaluwarsa <= excluded.jendela_mulai then 1 else b.jumlah + 1 end,
        jendela_mulai = case when b.kedaluwarsa <= excluded.jendela_mulai then excluded.jendela_mulai
                        else b.jendela_mulai end,
        kedaluwarsa = case when b.kedaluwarsa <= excluded.jendela_mulai then excluded.kedaluwarsa
                      else b.kedaluwarsa end
      returning b.jumlah, b.kedaluwarsa)
    select u.jumlah, greatest(0, ceil(extract(epoch from u.kedaluwarsa - t.n)))::int as sisa_detik
    from u, t`.execute(db);
  const baris = rows[0];
  if (!baris) throw new Error("batas_laju: upsert returned no row");
  await sql`
    with t as (select ${waktu} as n)
    delete from batas_laju where kedaluwarsa <= (select n from t) and kunci in (
      select kunci from batas_laju where kedaluwarsa <= (select n from t) limit ${HAPUS_PER_PANGGILAN})`.execute(
    db,
  );
  return {
    boleh: baris.jumlah <= aturan.maks,
    sisa: Math.max(0, aturan.maks - baris.jumlah),
    ulangiDalamDetik: baris.jumlah <= aturan.maks ? 0 : baris.sisa_detik,
  };
}

/**
 * Gives back one count taken by periksaBatasLaju, for a reservation that did not lead to a stored result
 * (e.g. the duplicate guard when the form was refused and the respondent must be allowed to correct it).
 */
export async function kembalikanBatasLaju(db: Db, kunci: string): Promise<void> {
  await db
    .updateTable("batas_laju")
    .set((eb) => ({ jumlah: eb("jumlah", "-", 1) }))
    .where("kunci", "=", kunci)
    .where("jumlah", ">", 0)
    .execute();
}

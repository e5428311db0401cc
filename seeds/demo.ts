import { sql } from "kysely";
import { type Db, dalamTransaksi } from "../src/platform/db/transaction.ts";
import { muatAkunDemo, SANDI_DEMO } from "./malili-2024/akun-demo.ts";
import { malili2024 } from "./malili-2024/data.ts";
import { muatDataset } from "./malili-2024/load.ts";

/** The advisory lock two instances starting together take around the demo load ("demo" in ASCII). */
const KUNCI_DEMO = 0x6465_6d6fn;

/**
 * Loads the Malili 2024 demo and its accounts on the first start of an empty database; returns what was
 * loaded, or null. Two servers starting at once on one PostgreSQL both find it empty: the transaction's
 * advisory lock makes the second wait, then look again and find the first one's demo.
 */
export async function muatDemoJikaKosong(db: Db): Promise<string | null> {
  const ada = await db.selectFrom("pemda").select("id").limit(1).executeTakeFirst();
  if (ada) return null;
  const akun = await dalamTransaksi(db, async (trx) => {
    await sql`select pg_advisory_xact_lock(${String(KUNCI_DEMO)}::bigint)`.execute(trx);
    const sudah = await trx.selectFrom("pemda").select("id").limit(1).executeTakeFirst();
    if (sudah) return null;
    const { pemdaId } = await muatDataset(trx, malili2024);
    return muatAkunDemo(trx, pemdaId);
  });
  if (!akun) return null;
  return `${malili2024.pemda.nama} — ${malili2024.opd.nama}; akun demo (kata sandi "${SANDI_DEMO}"): ${akun.join(", ")}`;
}

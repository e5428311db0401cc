import { type Db, dalamTransaksi } from "../src/platform/db/transaction.ts";
import { muatAkunDemo, SANDI_DEMO } from "./malili-2024/akun-demo.ts";
import { malili2024 } from "./malili-2024/data.ts";
import { muatDataset } from "./malili-2024/load.ts";

/** Loads the Malili 2024 demo and its accounts on the first start of an empty database; returns what was loaded, or null. */
export async function muatDemoJikaKosong(db: Db): Promise<string | null> {
  const ada = await db.selectFrom("pemda").select("id").limit(1).executeTakeFirst();
  if (ada) return null;
  const akun = await dalamTransaksi(db, async (trx) => {
    const { pemdaId } = await muatDataset(trx, malili2024);
    return muatAkunDemo(trx, pemdaId);
  });
  return `${malili2024.pemda.nama} — ${malili2024.opd.nama}; akun demo (kata sandi "${SANDI_DEMO}"): ${akun.join(", ")}`;
}

import type { Db } from "../src/platform/db/transaction.ts";
import { malili2024 } from "./malili-2024/data.ts";
import { muatDataset } from "./malili-2024/load.ts";

/** Loads the Malili 2024 demo on the first start of an empty database; returns what was loaded, or null. */
export async function muatDemoJikaKosong(db: Db): Promise<string | null> {
  const ada = await db.selectFrom("pemda").select("id").limit(1).executeTakeFirst();
  if (ada) return null;
  await muatDataset(db, malili2024);
  return `${malili2024.pemda.nama} — ${malili2024.opd.nama}`;
}

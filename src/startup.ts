import { muatDemoJikaKosong } from "../seeds/demo.ts";
import type { Konfigurasi } from "./config.ts";
import { type Basisdata, bukaBasisdata } from "./platform/db/database.ts";
import { migrasiKeTerbaru } from "./platform/db/migrate.ts";

/** Opens the configured database, migrates it (refusing a newer schema) and loads the demo into an empty one. */
export async function siapkanBasisdata(konfigurasi: Konfigurasi): Promise<Basisdata> {
  const basis = await bukaBasisdata(konfigurasi);
  try {
    await migrasiKeTerbaru(basis.db);
    if (konfigurasi.muatDemo) {
      const dimuat = await muatDemoJikaKosong(basis.db);
      if (dimuat) console.log(`Data demo dimuat: ${dimuat}`);
    }
    return basis;
  } catch (e) {
    await basis.tutup();
    throw e;
  }
}

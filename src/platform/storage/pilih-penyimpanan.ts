import { join } from "node:path";
import type { Konfigurasi } from "../../config.ts";
import type { Db } from "../db/transaction.ts";
import type { Log } from "../log.ts";
import { type PenyimpananBerkas, penyimpananFolder } from "./penyimpanan.ts";
import { penyimpananBasisdata } from "./penyimpanan-basisdata.ts";
import { penyimpananS3 } from "./penyimpanan-s3.ts";
import { salinBerkasLama } from "./salin-berkas-lama.ts";

/** The file store the settings name (TERUKUR_BERKAS): the database, a folder, or an S3-compatible bucket. */
export function pilihPenyimpanan(berkas: Konfigurasi["berkas"], db: Db): PenyimpananBerkas {
  switch (berkas.jenis) {
    case "basisdata":
      return penyimpananBasisdata(db);
    case "folder":
      return penyimpananFolder(berkas.folder);
    case "s3":
      return penyimpananS3(berkas);
  }
}

/**
 * The file store for a starting server: the chosen one, and with the database store (the default since
 * issue 8) the files an earlier version left in DATA_DIR/berkas copied in first, so nothing uploaded before
 * the upgrade goes missing.
 */
export async function siapkanPenyimpanan(
  k: Pick<Konfigurasi, "berkas" | "dataDir">,
  db: Db,
  log: Log,
): Promise<PenyimpananBerkas> {
  if (k.berkas.jenis === "basisdata" && k.dataDir !== "memory://") {
    await salinBerkasLama(db, join(k.dataDir, "berkas"), log);
  }
  return pilihPenyimpanan(k.berkas, db);
}

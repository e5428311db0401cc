import { buatAplikasi } from "../../src/app.ts";
import type { CadanganLokal } from "../../src/platform/cadangan/cadangan.routes.ts";
import type { Db } from "../../src/platform/db/transaction.ts";
import { type PenyimpananBerkas, penyimpananMemori } from "../../src/platform/storage/penyimpanan.ts";

/** The whole HTTP application over a test database, files kept in memory. */
export function aplikasiUji(
  db: Db,
  opsi: {
    kodePemda?: string | null;
    penyimpanan?: PenyimpananBerkas;
    proxyTepercaya?: boolean;
    cadanganLokal?: CadanganLokal;
  } = {},
) {
  return buatAplikasi({
    db,
    kodePemda: opsi.kodePemda ?? null,
    penyimpanan: opsi.penyimpanan ?? penyimpananMemori(),
    proxyTepercaya: opsi.proxyTepercaya ?? false,
    cadanganLokal: opsi.cadanganLokal ?? null,
  });
}

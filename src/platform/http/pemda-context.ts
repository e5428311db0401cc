import type { Db } from "../db/transaction.ts";
import { GalatTerukur } from "../errors.ts";
import type { Cakupan } from "../scope.ts";

/**
 * The public, read-only scope of an installation: the pemda it serves (named by TERUKUR_PEMDA, or the
 * only one there is). Signed-in roles narrow this further once accounts exist.
 */
export async function cakupanPublik(db: Db, kodePemda: string | null): Promise<Cakupan> {
  const q = db.selectFrom("pemda").select(["id", "kode"]).orderBy("id");
  const rows = kodePemda ? await q.where("kode", "=", kodePemda).execute() : await q.limit(2).execute();
  const pemda = rows[0];
  if (!pemda) {
    throw new GalatTerukur(
      "tidak_ditemukan",
      kodePemda ? `Pemda "${kodePemda}" tidak ditemukan` : "Belum ada pemda di basis data ini",
    );
  }
  if (!kodePemda && rows.length > 1) {
    throw new GalatTerukur("konflik", "Basis data ini melayani lebih dari satu pemda: atur TERUKUR_PEMDA");
  }
  return { pemdaId: pemda.id, opdId: null, pelaku: "publik" };
}

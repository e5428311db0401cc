import { sesiUji } from "../../../test/setup/sesi.ts";
import type { Peran } from "../../platform/db/schema.ts";
import type { Db } from "../../platform/db/transaction.ts";
import type { Pengguna } from "../auth/pengguna.ts";

/** A signed-in test person as the services see them (the account exists, so audit entries can name it). */
export async function penggunaUji(
  db: Db,
  opsi: { peran: Peran; opdKode?: string; unitKode?: string; namaPengguna?: string },
): Promise<Pengguna> {
  const s = await sesiUji(db, opsi);
  const a = await db
    .selectFrom("akun as a")
    .leftJoin("opd as o", "o.id", "a.opd_id")
    .select([
      "a.id",
      "a.nama_pengguna",
      "a.nama",
      "a.peran",
      "a.pemda_id",
      "a.opd_id",
      "o.kode",
      "a.unit_kerja_id",
    ])
    .where("a.id", "=", s.akunId)
    .executeTakeFirstOrThrow();
  return {
    akunId: a.id,
    namaPengguna: a.nama_pengguna,
    nama: a.nama,
    peran: a.peran,
    pemdaId: a.pemda_id,
    opdId: a.opd_id,
    opdKode: a.kode,
    unitKerjaId: a.unit_kerja_id,
    bahasa: "id",
  };
}

/** The id of the demo's realisation of an indicator (by code) for a whole year. */
export async function idRealisasi(db: Db, kodeIndikator: string, tahun: number): Promise<number> {
  const r = await db
    .selectFrom("realisasi_indikator as r")
    .innerJoin("indikator as i", "i.id", "r.indikator_id")
    .select("r.id")
    .where("i.kode", "=", kodeIndikator)
    .where("r.tahun", "=", tahun)
    .executeTakeFirstOrThrow();
  return r.id;
}

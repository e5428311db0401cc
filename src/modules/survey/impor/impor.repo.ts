/** Reads the import needs beside the core repository: the service units of an OPD, to file paper forms under one. */
import type { Db } from "../../../platform/db/transaction.ts";
import type { Cakupan } from "../../../platform/scope.ts";

/** The active service units of an OPD, oldest first: paper forms are filed under the first unless one is named. */
export function daftarUnitAktif(db: Db, cakupan: Cakupan, opdId: number) {
  return db
    .selectFrom("skm_unit_layanan")
    .select(["id", "kode", "nama"])
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId)
    .where("aktif", "=", true)
    .orderBy("id")
    .execute();
}

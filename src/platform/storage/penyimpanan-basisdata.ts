import type { Db } from "../db/transaction.ts";
import { type PenyimpananBerkas, periksaKunci } from "./penyimpanan.ts";

/** A byte array as the PostgreSQL driver sends it as bytea (a Buffer over the same memory, no copy). */
function keBuffer(isi: Uint8Array): Buffer {
  return Buffer.from(isi.buffer, isi.byteOffset, isi.byteLength);
}

/**
 * Files in the `berkas` table (the default): every server process in front of one PostgreSQL reads what
 * another wrote, and a database backup holds the evidence with the rows that point at it. Keys are content
 * hashes, so a second write of the same key is the same bytes and is skipped (on conflict do nothing).
 * A read fetches the one row's content and nothing else.
 */
export function penyimpananBasisdata(db: Db): PenyimpananBerkas {
  return {
    async simpan(kunci, isi) {
      await db
        .insertInto("berkas")
        .values({ kunci: periksaKunci(kunci), isi: keBuffer(isi), ukuran: isi.byteLength })
        .onConflict((oc) => oc.column("kunci").doNothing())
        .execute();
    },
    async baca(kunci) {
      const baris = await db
        .selectFrom("berkas")
        .select("isi")
        .where("kunci", "=", periksaKunci(kunci))
        .executeTakeFirst();
      if (!baris) return null;
      const isi = baris.isi;
      return new Uint8Array(isi.buffer, isi.byteOffset, isi.byteLength);
    },
    async hapus(kunci) {
      await db.deleteFrom("berkas").where("kunci", "=", periksaKunci(kunci)).execute();
    },
  };
}

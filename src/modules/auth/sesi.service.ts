import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../../platform/db/transaction.ts";
import type { Pengguna } from "./pengguna.ts";

/** How long a session lives without use; each use pushes it forward (a working day plus a night). */
export const UMUR_SESI_MS = 12 * 60 * 60 * 1000;
/** A session is touched at most this often, so reading pages does not write on every request. */
const JEDA_SENTUH_MS = 60 * 1000;

/** The stored form of a session token: a leaked table does not hand out sessions. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Opens a session for an account; the token goes into the cookie and is never stored as such. */
export async function buatSesi(
  db: Db,
  akunId: number,
  sekarang: Date = new Date(),
): Promise<{ token: string; csrf: string }> {
  const token = randomBytes(32).toString("base64url");
  const csrf = randomBytes(24).toString("base64url");
  await db
    .insertInto("sesi")
    .values({
      akun_id: akunId,
      token_hash: hashToken(token),
      csrf,
      dibuat_pada: sekarang,
      dipakai_pada: sekarang,
      kedaluwarsa: new Date(sekarang.getTime() + UMUR_SESI_MS),
    })
    .execute();
  return { token, csrf };
}

/**
 * The person behind a session token, or null when the token is unknown, expired, or its account was
 * deactivated. A used session is extended (sliding expiry).
 */
export async function bacaSesi(
  db: Db,
  token: string,
  sekarang: Date = new Date(),
): Promise<{ pengguna: Pengguna; csrf: string; sesiId: string } | null> {
  const b = await db
    .selectFrom("sesi as s")
    .innerJoin("akun as a", "a.id", "s.akun_id")
    .leftJoin("opd as o", "o.id", "a.opd_id")
    .select([
      "s.id as sesi_id",
      "s.csrf",
      "s.dipakai_pada",
      "s.kedaluwarsa",
      "a.id as akun_id",
      "a.nama_pengguna",
      "a.nama",
      "a.peran",
      "a.pemda_id",
      "a.opd_id",
      "o.kode as opd_kode",
      "a.unit_kerja_id",
      "a.bahasa",
      "a.aktif",
    ])
    .where("s.token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!b?.aktif || b.kedaluwarsa.getTime() <= sekarang.getTime()) return null;
  if (sekarang.getTime() - b.dipakai_pada.getTime() > JEDA_SENTUH_MS) {
    await db
      .updateTable("sesi")
      .set({ dipakai_pada: sekarang, kedaluwarsa: new Date(sekarang.getTime() + UMUR_SESI_MS) })
      .where("id", "=", b.sesi_id)
      .execute();
  }
  return {
    sesiId: b.sesi_id,
    csrf: b.csrf,
    pengguna: {
      akunId: b.akun_id,
      namaPengguna: b.nama_pengguna,
      nama: b.nama,
      peran: b.peran,
      pemdaId: b.pemda_id,
      opdId: b.opd_id,
      opdKode: b.opd_kode,
      unitKerjaId: b.unit_kerja_id,
      bahasa: b.bahasa,
    },
  };
}

/** Ends one session (sign-out on this browser). */
export async function akhiriSesi(db: Db, token: string): Promise<void> {
  await db.deleteFrom("sesi").where("token_hash", "=", hashToken(token)).execute();
}

/** Ends every session of an account (sign-out everywhere, and after a password change). */
export async function akhiriSemuaSesi(db: Db, akunId: number): Promise<number> {
  const r = await db.deleteFrom("sesi").where("akun_id", "=", akunId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Removes expired sessions; run now and then so the table stays small. */
export async function bersihkanSesiKedaluwarsa(db: Db, sekarang: Date = new Date()): Promise<number> {
  const r = await db.deleteFrom("sesi").where("kedaluwarsa", "<=", sekarang).executeTakeFirst();
  return Number(r.numDeletedRows);
}

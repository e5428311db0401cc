/**
 * Signs the checked rows a preview carries to its "Simpan" button, so the save writes exactly what was
 * previewed without a server-side table. The key is the session's CSRF token, the account and the OPD, which
 * any instance can recompute; a payload from another session, account or OPD, or one changed in the
 * browser, does not verify.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

/** What the signature is bound to besides the payload. */
export type KunciTanda = { csrf: string; akunId: number; opdId: number };

/** HMAC-SHA256 of the payload, hex. */
export function tandaiMuatan(muatan: string, k: KunciTanda): string {
  return createHmac("sha256", `${k.csrf}\u0000${k.akunId}\u0000${k.opdId}`)
    .update(muatan, "utf8")
    .digest("hex");
}

/** Whether a payload carries its own signature (compared in constant time). */
export function tandaSah(muatan: string, tanda: string, k: KunciTanda): boolean {
  const harus = Buffer.from(tandaiMuatan(muatan, k), "hex");
  const diberi = Buffer.from(/^[0-9a-f]{64}$/.test(tanda) ? tanda : "", "hex");
  return diberi.length === harus.length && timingSafeEqual(diberi, harus);
}

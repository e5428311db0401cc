import { hash, verify } from "@node-rs/argon2";

/** Hashes a password with argon2id (the library's default, OWASP's recommended parameters). */
export function hashSandi(sandi: string): Promise<string> {
  return hash(sandi);
}

/** Whether a password matches its stored hash; a malformed hash is a mismatch, never a crash. */
export async function cocokSandi(sandiHash: string, sandi: string): Promise<boolean> {
  try {
    return await verify(sandiHash, sandi);
  } catch {
    return false;
  }
}

let hashSamaran: Promise<string> | null = null;

/**
 * A hash no password is known for, verified against when the username is unknown, so an unknown name
 * takes about as long to refuse as a wrong password and names cannot be probed by timing.
 */
export function hashSamaranUntukWaktu(): Promise<string> {
  hashSamaran ??= hash(`samaran-${Math.random()}-${Date.now()}`);
  return hashSamaran;
}

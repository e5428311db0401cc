import { GalatTerukur } from "../errors.ts";

/** Turns a unique-key violation into an Indonesian "already exists" refusal; rethrows anything else. */
export async function tolakDuplikat<T>(
  kerja: () => Promise<T>,
  pesan: string,
  bidang: string | null = null,
): Promise<T> {
  try {
    return await kerja();
  } catch (e) {
    if (typeof e === "object" && e !== null && (e as { code?: string }).code === "23505") {
      throw new GalatTerukur("konflik", pesan, bidang);
    }
    throw e;
  }
}

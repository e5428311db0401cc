import { GalatTerukur } from "../errors.ts";

/** SQLSTATE raised by the lock triggers of migration 0006 for an approved (locked) row. */
export const SQLSTATE_TERKUNCI = "TK001";
/** SQLSTATE raised when a value is written outside its input schedule. */
export const SQLSTATE_PERIODE_DITUTUP = "TK002";

/**
 * Turns a refusal raised by the database's own guards (locks, closed periods) into the user's message,
 * so a write that slipped past a service check still ends in a clear answer and nothing written.
 */
export function galatDariBasisdata(err: unknown): GalatTerukur | null {
  const kode = (err as { code?: unknown } | null)?.code;
  if (kode === SQLSTATE_TERKUNCI) {
    return new GalatTerukur(
      "konflik",
      "Data ini sudah disetujui dan terkunci; ubah melalui revisi dengan alasan",
    );
  }
  if (kode === SQLSTATE_PERIODE_DITUTUP) {
    return new GalatTerukur("konflik", "Periode pengisian ini sudah ditutup atau belum dibuka", "periode");
  }
  return null;
}

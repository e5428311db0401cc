/** What changed in one audit entry: only the keys whose value differs before and after. Pure. */

/** One changed key of an audited row, with its value before and after (undefined: absent on that side). */
export type PerubahanKunci = { kunci: string; sebelum: unknown; sesudah: unknown };

function objekBiasa(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/**
 * The keys that changed between the stored before and after of an audit entry, so the log shows
 * "sebelum → sesudah" for what moved and not the whole row. A creation lists every key of the new value;
 * a value that is not an object is compared whole (key "").
 */
export function bedaKunci(sebelum: unknown, sesudah: unknown): PerubahanKunci[] {
  const a = sebelum ?? null;
  const b = sesudah ?? null;
  if (!objekBiasa(a) && !objekBiasa(b)) {
    return JSON.stringify(a) === JSON.stringify(b)
      ? []
      : [{ kunci: "", sebelum: a ?? undefined, sesudah: b ?? undefined }];
  }
  const kiri = objekBiasa(a) ? a : {};
  const kanan = objekBiasa(b) ? b : {};
  const kunci = [...new Set([...Object.keys(kiri), ...Object.keys(kanan)])];
  return kunci
    .filter((k) => JSON.stringify(kiri[k]) !== JSON.stringify(kanan[k]))
    .map((k) => ({ kunci: k, sebelum: kiri[k], sesudah: kanan[k] }));
}

/** A value of an audit entry as one short line for the table ("—" when absent). */
export function teksNilaiAudit(x: unknown): string {
  if (x === undefined || x === null) return "—";
  if (typeof x === "string") return x;
  const s = JSON.stringify(x);
  return s.length > 120 ? `${s.slice(0, 117)}…` : s;
}

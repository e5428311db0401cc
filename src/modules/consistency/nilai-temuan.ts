/**
 * The stated / computed / difference triple of a finding as exact machine strings, so no figure in a
 * finding ever passes through floating point (decisions.md "Money and numbers").
 */
import { desimal, keString, kurang, ringkas } from "../../platform/decimal.ts";

/** The three figure fields of a Temuan. */
export type NilaiTemuan = { dinyatakan: string | null; dihitung: string | null; selisih: string | null };

/** Whole-rupiah (or whole-count) triple; selisih = dinyatakan − dihitung. */
export function nilaiBulat(dinyatakan: bigint | number, dihitung: bigint | number): NilaiTemuan {
  const a = BigInt(dinyatakan);
  const b = BigInt(dihitung);
  return { dinyatakan: a.toString(), dihitung: b.toString(), selisih: (a - b).toString() };
}

/** Exact decimal triple from NUMERIC strings; trailing zeros dropped ("93.050" → "93.05"). */
export function nilaiDesimal(dinyatakan: string, dihitung: string): NilaiTemuan {
  const a = desimal(dinyatakan);
  const b = desimal(dihitung);
  return {
    dinyatakan: keString(ringkas(a)),
    dihitung: keString(ringkas(b)),
    selisih: keString(ringkas(kurang(a, b))),
  };
}

/** A stated figure with nothing to compare it with (e.g. a PK program the DPA does not have). */
export function nilaiTanpaPembanding(dinyatakan: bigint | string | null): NilaiTemuan {
  return { dinyatakan: dinyatakan === null ? null : dinyatakan.toString(), dihitung: null, selisih: null };
}

/** Small grouping helpers the rules share, so each rule reads its rows in one pass instead of nested scans. */

/** Rows grouped by a key, in input order. */
export function kelompokkan<T, K>(daftar: readonly T[], kunci: (x: T) => K): Map<K, T[]> {
  const peta = new Map<K, T[]>();
  for (const x of daftar) {
    const k = kunci(x);
    const kelompok = peta.get(k);
    if (kelompok === undefined) peta.set(k, [x]);
    else kelompok.push(x);
  }
  return peta;
}

/** Rows by id, for walking from a child to its parent. */
export function petaId<T extends { id: number }>(daftar: readonly T[]): Map<number, T> {
  return new Map(daftar.map((x) => [x.id, x]));
}

/** Exact sum of rupiah (or counts); zero for none. */
export function jumlahkanBigint(daftar: readonly bigint[]): bigint {
  let total = 0n;
  for (const x of daftar) total += x;
  return total;
}

/**
 * The order a restore inserts in, so every foreign key finds its target already there (issue 8 item 1):
 * tables after the tables they reference, and inside a self-referencing table (unit_kerja, wilayah) a
 * parent row before its children. Pure.
 */

/** A foreign key between two tables: `dari` references `ke`. */
export type RujukanTabel = { dari: string; ke: string };

/**
 * Tables ordered so each comes after every table it references (ties by name, so the order is stable).
 * A cycle between different tables cannot be loaded row by row and is refused, naming the tables.
 */
export function urutanTabel(tabel: readonly string[], rujukan: readonly RujukanTabel[]): string[] {
  const butuh = new Map<string, Set<string>>(tabel.map((t) => [t, new Set<string>()]));
  for (const r of rujukan)
    if (r.dari !== r.ke && butuh.has(r.dari) && butuh.has(r.ke)) butuh.get(r.dari)?.add(r.ke);
  const hasil: string[] = [];
  const sudah = new Set<string>();
  while (hasil.length < tabel.length) {
    const siap = [...butuh.keys()]
      .filter((t) => !sudah.has(t) && [...(butuh.get(t) ?? [])].every((k) => sudah.has(k)))
      .sort();
    if (siap.length === 0) {
      const sisa = [...butuh.keys()].filter((t) => !sudah.has(t)).sort();
      throw new Error(`Rujukan melingkar antartabel tidak dapat dicadangkan: ${sisa.join(", ")}`);
    }
    for (const t of siap) {
      sudah.add(t);
      hasil.push(t);
    }
  }
  return hasil;
}

/** A table's reference to itself: the row's columns at `kolomRujuk` name the row whose columns at `kolomKunci` match. */
export type RujukanDiri = { kolomRujuk: number[]; kolomKunci: number[] };

/**
 * Rows of a self-referencing table reordered so that a row comes after the row it points to (a null
 * reference, or one to a row not in the set, needs nothing). Rows are otherwise kept in their order.
 */
export function urutkanBarisRujukDiri<T extends readonly unknown[]>(
  baris: readonly T[],
  rujukan: readonly RujukanDiri[],
): T[] {
  const kunci = (b: T, kolom: number[]) => JSON.stringify(kolom.map((i) => b[i]));
  const ada = new Set<string>();
  for (const r of rujukan) for (const b of baris) ada.add(`${r.kolomKunci.join()}|${kunci(b, r.kolomKunci)}`);
  const dimuat = new Set<string>();
  const hasil: T[] = [];
  let tersisa = [...baris];
  while (tersisa.length > 0) {
    const tunda: T[] = [];
    for (const b of tersisa) {
      const siap = rujukan.every((r) => {
        if (r.kolomRujuk.some((i) => b[i] === null)) return true;
        const k = `${r.kolomKunci.join()}|${kunci(b, r.kolomRujuk)}`;
        return !ada.has(k) || dimuat.has(k);
      });
      if (!siap) {
        tunda.push(b);
        continue;
      }
      hasil.push(b);
      for (const r of rujukan) dimuat.add(`${r.kolomKunci.join()}|${kunci(b, r.kolomKunci)}`);
    }
    if (tunda.length === tersisa.length) throw new Error("Baris saling merujuk secara melingkar");
    tersisa = tunda;
  }
  return hasil;
}

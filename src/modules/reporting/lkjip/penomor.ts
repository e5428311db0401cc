/**
 * Caption numbers per chapter, in order of appearance ("Tabel 3.1", "Grafik 3.1", "Gambar 1.1"), as LKjIP
 * captions are numbered (PermenPANRB 53/2014 format; the reference report numbers its tables per bab).
 */

/** Hands out the next table, chart and figure number of one chapter. */
export type Penomor = { tabel(): string; grafik(): string; gambar(): string };

/** A fresh counter for chapter `bab` ("1" … "4", or "L" for the appendices). */
export function penomor(bab: string): Penomor {
  let tabel = 0;
  let grafik = 0;
  let gambar = 0;
  return {
    tabel: () => `Tabel ${bab}.${++tabel}`,
    grafik: () => `Grafik ${bab}.${++grafik}`,
    gambar: () => `Gambar ${bab}.${++gambar}`,
  };
}

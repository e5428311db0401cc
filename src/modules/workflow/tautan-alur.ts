import type { ObjekAlur } from "../../platform/db/schema.ts";

/** The addresses of the workflow endpoints, so screens that post to them agree with the routes. */
export const TAUTAN_ALUR = {
  /** POST a step (langkah, komentar, lanjut); GET the item's history */
  alur: (kode: string, objek: ObjekAlur, id: number) => `/opd/${kode}/alur/${objek}/${id}`,
  /** POST the opening of a revision (alasan, lanjut) */
  revisi: (kode: string, objek: ObjekAlur, id: number) => `/opd/${kode}/revisi/${objek}/${id}`,
} as const;

/** Adds one query parameter to a same-site address, keeping the ones already there. */
export function denganParameter(jalur: string, nama: string, nilai: string): string {
  const [dasar = "/", kueri = ""] = jalur.split("?", 2);
  const p = new URLSearchParams(kueri);
  p.delete("pesan");
  p.delete("galat");
  p.set(nama, nilai);
  return `${dasar}?${p.toString()}`;
}

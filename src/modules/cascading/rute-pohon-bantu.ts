/** Small readers the tree routes share: the year being worked on, ids in the path, optional form values. */
import type { DependensiAplikasi } from "../../app.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import type { Konteks } from "../../platform/http/konteks.ts";
import type { AksesOpd } from "../auth/akses-opd.ts";
import { tanggalHariIni } from "../dashboard/tanggal.ts";
import { tahunAwalPohon } from "./bahan-pohon.service.ts";

/** The year asked for (?tahun=), else the latest PK's year, else this year. */
export async function tahunPohon(c: Konteks, dep: DependensiAplikasi, a: AksesOpd): Promise<number> {
  const t = c.req.query("tahun") ?? "";
  if (/^\d{4}$/.test(t)) return Number(t);
  return tahunAwalPohon(dep.db, a.cakupan, a.opd.id, Number(tanggalHariIni().slice(0, 4)));
}

/** A positive id from the path, or "not found" (a typed path with letters is no record). */
export function idJalur(c: Konteks, nama: string, pesan: string): number {
  const id = c.req.param(nama) ?? "";
  if (!/^\d{1,9}$/.test(id)) throw new GalatTerukur("tidak_ditemukan", pesan);
  return Number(id);
}

/** A positive id from the query (?simpul=), or null when absent or not a number. */
export function idKueri(c: Konteks, nama: string): number | null {
  const v = c.req.query(nama) ?? "";
  return /^\d{1,9}$/.test(v) ? Number(v) : null;
}

/** An optional form value: empty means none. */
export function atauNull(v: string | undefined): string | null {
  const s = (v ?? "").trim();
  return s === "" ? null : s;
}

/** A redirect target with a short notice appended (?pesan=), keeping the address's own query. */
export function denganPesan(alamat: string, pesan: string, jangkar = ""): string {
  return `${alamat}${alamat.includes("?") ? "&" : "?"}pesan=${encodeURIComponent(pesan)}${jangkar}`;
}

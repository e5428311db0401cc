import type { DependensiAplikasi } from "../../app.ts";
import type { Konteks } from "../../platform/http/konteks.ts";
import type { Cakupan } from "../../platform/scope.ts";
import { tentukanOpd } from "../tenancy/tenancy.service.ts";
import type { Tindakan } from "./auth.policy.ts";
import { cakupanPengguna, type Pengguna } from "./pengguna.ts";
import { wajibBoleh } from "./sesi.middleware.ts";

/** The OPD named in a route (`:kode`), resolved inside the person's pemda, with what they act as. */
export type AksesOpd = {
  pengguna: Pengguna;
  cakupan: Cakupan;
  opd: { id: number; kode: string; nama: string };
};

/**
 * Resolves `:kode` and checks the person may do `tindakan` on that OPD, before anything else is read.
 * A person of another OPD gets the same refusal on the page and on the API.
 */
export async function aksesOpd(c: Konteks, dep: DependensiAplikasi, tindakan: Tindakan): Promise<AksesOpd> {
  const p = wajibBoleh(c, "lihat_opd");
  const cakupanPemda: Cakupan = { ...cakupanPengguna(p), opdId: null };
  const opd = await tentukanOpd(dep.db, cakupanPemda, c.req.param("kode") ?? "");
  wajibBoleh(c, tindakan, opd.id);
  return { pengguna: p, cakupan: cakupanPengguna(p), opd: { id: opd.id, kode: opd.kode, nama: opd.nama } };
}

/** Use case behind the staffing screen: the register as people read it, per unit. */
import type { Db } from "../../platform/db/transaction.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import * as repo from "./staffing.repo.ts";

/** One employee as the register shows them (no date of birth is kept, so none can leak). */
export type PegawaiLayar = Awaited<ReturnType<typeof repo.daftarPegawaiAktif>>[number];

/** A unit with its active employees, in display order. */
export type UnitPegawai = { kode: string; nama: string; pegawai: PegawaiLayar[] };

/**
 * The active register of an OPD grouped by unit kerja in display order, units without staff included.
 * Why: the screen lists people where they work and offers every unit to the entry forms.
 */
export async function registerPegawai(db: Db, cakupan: Cakupan, opdId: number): Promise<UnitPegawai[]> {
  const c = cakupanOpd(cakupan, opdId);
  const units = await repo.daftarUnitUrut(db, c, opdId);
  const pegawai = await repo.daftarPegawaiAktif(db, c, opdId);
  return units.map((u) => ({
    kode: u.kode,
    nama: u.nama,
    pegawai: pegawai.filter((p) => p.unit_kode === u.kode),
  }));
}

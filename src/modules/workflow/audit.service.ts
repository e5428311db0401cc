import { z } from "zod";
import type { Db } from "../../platform/db/transaction.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import type { Cakupan } from "../../platform/scope.ts";
import { validasi } from "../../platform/validation.ts";
import { awalHariWita } from "../../platform/waktu-wita.ts";

/** Entries per page of the audit screen. */
export const AUDIT_PER_HALAMAN = 50;

const teksOpsional = z
  .string()
  .trim()
  .optional()
  .transform((x) => (x ? x : undefined));

/** The audit screen's filters as read from the address (all optional; dates are WITA days, inclusive). */
export const skemaFilterAudit = z.object({
  opdKode: teksOpsional,
  tabel: teksOpsional,
  pelaku: teksOpsional,
  dari: teksOpsional,
  sampai: teksOpsional,
  halaman: z.coerce.number().int().min(1).catch(1).default(1),
});

/** One audit entry as the screen shows it. */
export type BarisAudit = {
  id: string;
  waktu: Date;
  pelaku: string;
  namaAkun: string | null;
  opdKode: string | null;
  opdNama: string | null;
  aksi: string;
  tabel: string;
  barisId: string | null;
  sebelum: unknown;
  sesudah: unknown;
};

/**
 * One page of the pemda's audit log, newest first, filtered by OPD, table, actor (part of the user name)
 * and WITA date range. Only the whole-pemda readers (admin pemda, evaluator) may read it.
 */
export async function bacaAudit(
  db: Db,
  cakupan: Cakupan,
  filter: z.input<typeof skemaFilterAudit>,
): Promise<{ baris: BarisAudit[]; halaman: number; adaBerikutnya: boolean }> {
  if (cakupan.opdId !== null) {
    throw new GalatTerukur("di_luar_cakupan", "Log audit hanya dapat dibaca oleh admin pemda dan evaluator.");
  }
  const f = validasi(skemaFilterAudit, filter);
  const dari = f.dari ? awalHariWita(f.dari) : null;
  if (f.dari && !dari) throw inputTidakValid("Tanggal awal tidak sah; tulis sebagai TTTT-BB-HH", "dari");
  const sampaiHari = f.sampai ? awalHariWita(f.sampai) : null;
  if (f.sampai && !sampaiHari)
    throw inputTidakValid("Tanggal akhir tidak sah; tulis sebagai TTTT-BB-HH", "sampai");
  if (dari && sampaiHari && sampaiHari < dari) {
    throw inputTidakValid("Tanggal akhir tidak boleh sebelum tanggal awal", "sampai");
  }
  let q = db
    .selectFrom("audit_log as l")
    .leftJoin("opd as o", "o.id", "l.opd_id")
    .leftJoin("akun as a", "a.id", "l.akun_id")
    .select([
      "l.id",
      "l.waktu",
      "l.pelaku",
      "l.aksi",
      "l.tabel",
      "l.baris_id",
      "l.data",
      "l.sebelum",
      "o.kode as opd_kode",
      "o.nama as opd_nama",
      "a.nama as nama_akun",
    ])
    .where("l.pemda_id", "=", cakupan.pemdaId);
  if (f.opdKode) q = q.where("o.kode", "=", f.opdKode);
  if (f.tabel) q = q.where("l.tabel", "=", f.tabel);
  if (f.pelaku) q = q.where("l.pelaku", "ilike", `%${f.pelaku.replace(/[\\%_]/g, (x) => `\\${x}`)}%`);
  if (dari) q = q.where("l.waktu", ">=", dari);
  if (sampaiHari) q = q.where("l.waktu", "<", new Date(sampaiHari.getTime() + 24 * 3600 * 1000));
  const baris = await q
    .orderBy("l.waktu", "desc")
    .orderBy("l.id", "desc")
    .limit(AUDIT_PER_HALAMAN + 1)
    .offset((f.halaman - 1) * AUDIT_PER_HALAMAN)
    .execute();
  return {
    halaman: f.halaman,
    adaBerikutnya: baris.length > AUDIT_PER_HALAMAN,
    baris: baris.slice(0, AUDIT_PER_HALAMAN).map((r) => ({
      id: String(r.id),
      waktu: r.waktu,
      pelaku: r.pelaku,
      namaAkun: r.nama_akun,
      opdKode: r.opd_kode,
      opdNama: r.opd_nama,
      aksi: r.aksi,
      tabel: r.tabel,
      barisId: r.baris_id === null ? null : String(r.baris_id),
      sebelum: r.sebelum,
      sesudah: r.data,
    })),
  };
}

/** The tables that appear in the pemda's audit log, for the filter's choices. */
export async function daftarTabelAudit(db: Db, cakupan: Cakupan): Promise<string[]> {
  const baris = await db
    .selectFrom("audit_log")
    .select("tabel")
    .distinct()
    .where("pemda_id", "=", cakupan.pemdaId)
    .orderBy("tabel")
    .execute();
  return baris.map((b) => b.tabel);
}

import { catatAudit } from "../../platform/db/audit.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import { formatRupiah } from "../../platform/number-format.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { validasi } from "../../platform/validation.ts";
import * as repo from "./budget.repo.ts";
import { skemaAnggaranKas } from "./budget.schemas.ts";

/**
 * Sets (or replaces) the monthly cash plan of a sub kegiatan, refusing a plan whose 12 months do not add
 * up to the pagu (regulations.md §7.3: Σ Rencana Penarikan Dana per bulan = pagu DPA).
 */
export async function aturAnggaranKas(
  db: Db,
  cakupan: Cakupan,
  subKegiatanId: number,
  bulanan: readonly (string | bigint)[],
): Promise<void> {
  const { bulanan: jumlahBulanan } = validasi(skemaAnggaranKas, { bulanan });
  await dalamTransaksi(db, async (trx) => {
    const sub = await repo.cariSubKegiatanById(trx, cakupan, subKegiatanId);
    if (!sub) throw new GalatTerukur("tidak_ditemukan", "Sub kegiatan DPA tidak ditemukan", "subKegiatanId");
    const c = cakupanOpd(cakupan, sub.opd_id);
    const total = jumlahBulanan.reduce((a, b) => a + b, 0n);
    if (total !== sub.pagu) {
      throw inputTidakValid(
        `Jumlah anggaran kas 12 bulan ${formatRupiah(total)} tidak sama dengan pagu sub kegiatan ${sub.kode} ${formatRupiah(sub.pagu)}`,
        "bulanan",
      );
    }
    const lama = await repo.daftarAnggaranKas(trx, c, sub.id);
    if (lama.length > 0) {
      await trx
        .deleteFrom("anggaran_kas")
        .where("pemda_id", "=", c.pemdaId)
        .where("dpa_sub_kegiatan_id", "=", sub.id)
        .execute();
    }
    await trx
      .insertInto("anggaran_kas")
      .values(
        jumlahBulanan.map((jumlah, i) => ({
          pemda_id: c.pemdaId,
          dpa_sub_kegiatan_id: sub.id,
          bulan: i + 1,
          jumlah,
        })),
      )
      .execute();
    await catatAudit(trx, c, lama.length > 0 ? "ubah" : "buat", "anggaran_kas", sub.id, {
      sebelum: lama.map((b) => b.jumlah),
      sesudah: jumlahBulanan,
    });
  });
}

/** The monthly cash plan of a sub kegiatan (January first), empty when none was set. */
export async function anggaranKasSubKegiatan(
  db: Db,
  cakupan: Cakupan,
  subKegiatanId: number,
): Promise<bigint[]> {
  const sub = await repo.cariSubKegiatanById(db, cakupan, subKegiatanId);
  if (!sub) throw new GalatTerukur("tidak_ditemukan", "Sub kegiatan DPA tidak ditemukan", "subKegiatanId");
  const c = cakupanOpd(cakupan, sub.opd_id);
  return (await repo.daftarAnggaranKas(db, c, sub.id)).map((b) => b.jumlah);
}

import type { z } from "zod";
import { catatAudit } from "../../platform/db/audit.ts";
import { antreTulis } from "../../platform/db/kunci-baris.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { validasi } from "../../platform/validation.ts";
import { tentukanIndikator } from "../planning/renstra.service.ts";
import { pastikanPeriodeTerbuka } from "../workflow/jadwal.service.ts";
import * as repo from "./performance.repo.ts";
import { skemaRealisasi } from "./performance.schemas.ts";
import { labelPeriode, type Periode, periksaPeriode } from "./periode.domain.ts";

/** How far before a Renstra starts past results may still be entered (history for trend tables). */
export const TAHUN_RIWAYAT_MAKSIMUM = 10;

const NAMA_JENIS = { bulan: "bulan", triwulan: "triwulan", semester: "semester", tahun: "tahun" } as const;

/**
 * Records (or corrects) an indicator's realisation for one period of one year. Past years before the
 * Renstra are accepted as ordinary history; a year after the Renstra, a value that is not a number, a
 * second granularity for the same year and a row already approved (locked) are refused.
 * A corrected row goes back to "draf" so it is verified again. A period outside the window the admin
 * set in the input schedule is refused before anything is written (the database refuses it too).
 */
export async function catatRealisasi(
  db: Db,
  cakupan: Cakupan,
  input: z.input<typeof skemaRealisasi>,
): Promise<number> {
  const d = validasi(skemaRealisasi, input);
  const periode = periksaPeriode(d.periode);
  if (!periode.ok) throw inputTidakValid(`periode: ${periode.pesan}`, "periode");
  return dalamTransaksi(db, async (trx) => {
    const i = await tentukanIndikator(trx, cakupan, d.indikatorId);
    const c = cakupanOpd(cakupan, i.opd_id);
    await antreTulis(trx, "realisasi_indikator", i.id);
    await pastikanPeriodeTerbuka(trx, c.pemdaId, "realisasi", d.tahun, d.periode);
    const periodeRenstra = `${i.renstra_tahun_awal}–${i.renstra_tahun_akhir}`;
    if (d.tahun > i.renstra_tahun_akhir) {
      throw inputTidakValid(
        `Tahun ${d.tahun} sesudah akhir periode Renstra ${periodeRenstra}; realisasinya dicatat pada Renstra berikutnya`,
        "tahun",
      );
    }
    if (d.tahun < i.renstra_tahun_awal - TAHUN_RIWAYAT_MAKSIMUM) {
      throw inputTidakValid(
        `Tahun ${d.tahun} lebih dari ${TAHUN_RIWAYAT_MAKSIMUM} tahun sebelum awal periode Renstra ${periodeRenstra}`,
        "tahun",
      );
    }
    if (d.evaluasiId !== null && !(await repo.cariEvaluasiHasil(trx, c, i.opd_id, d.evaluasiId))) {
      throw inputTidakValid(
        "Hasil evaluasi yang dirujuk tidak ditemukan untuk perangkat daerah ini",
        "evaluasiId",
      );
    }
    if (d.skmPeriodeId !== null) {
      const skm = await trx
        .selectFrom("skm_periode")
        .select("id")
        .where("id", "=", d.skmPeriodeId)
        .where("pemda_id", "=", c.pemdaId)
        .where("opd_id", "=", i.opd_id)
        .executeTakeFirst();
      if (!skm) {
        throw inputTidakValid(
          "Periode survei yang dirujuk tidak ditemukan untuk perangkat daerah ini",
          "skmPeriodeId",
        );
      }
    }
    const tahunIni = await repo.daftarRealisasiTahun(trx, c, i.id, d.tahun);
    const lain = tahunIni.find((r) => r.periode_jenis !== d.periode.jenis);
    if (lain) {
      throw new GalatTerukur(
        "konflik",
        `Realisasi indikator ${i.kode} tahun ${d.tahun} sudah dicatat per ${NAMA_JENIS[lain.periode_jenis]}; ` +
          `tidak dapat dicampur dengan realisasi per ${NAMA_JENIS[d.periode.jenis]}`,
        "periode",
      );
    }
    const lama = tahunIni.find((r) => r.periode_ke === d.periode.ke);
    if (lama?.status === "disetujui") {
      throw new GalatTerukur(
        "konflik",
        `Realisasi ${labelPeriode(d.periode)} ${d.tahun} indikator ${i.kode} sudah disetujui dan terkunci`,
        "nilai",
      );
    }
    const isi = {
      nilai: d.nilai,
      sumber: d.sumber,
      catatan: d.catatan,
      bukti_ref: d.buktiRef,
      evaluasi_id: d.evaluasiId,
      skm_periode_id: d.skmPeriodeId,
    };
    const baru = lama
      ? await trx
          .updateTable("realisasi_indikator")
          .set({ ...isi, status: "draf" })
          .where("id", "=", lama.id)
          .returningAll()
          .executeTakeFirstOrThrow()
      : await trx
          .insertInto("realisasi_indikator")
          .values({
            pemda_id: c.pemdaId,
            opd_id: i.opd_id,
            indikator_id: i.id,
            tahun: d.tahun,
            periode_jenis: d.periode.jenis,
            periode_ke: d.periode.ke,
            ...isi,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
    // the row before and after, so the audit log shows exactly which values changed
    await catatAudit(
      trx,
      c,
      lama ? "ubah" : "buat",
      "realisasi_indikator",
      baru.id,
      baru,
      c.opdId,
      lama ?? null,
    );
    return baru.id;
  });
}

/** One realisation row of an indicator as a period value (NUMERIC string, null when recorded empty). */
export type RealisasiPeriode = { tahun: number; periode: Periode; nilai: string | null };

/**
 * Every realisation row of an indicator, all years, unsummed. Why: the quarterly evaluation of the Renja
 * (Permendagri 86/2017) needs each quarter's own rows and every earlier year of the Renstra.
 */
export async function daftarRealisasiPeriode(
  db: Db,
  cakupan: Cakupan,
  indikatorId: number,
): Promise<RealisasiPeriode[]> {
  const i = await tentukanIndikator(db, cakupan, indikatorId);
  const baris = await repo.daftarRealisasiIndikator(db, cakupanOpd(cakupan, i.opd_id), i.id);
  return baris.map((b) => ({
    tahun: b.tahun,
    periode: { jenis: b.periode_jenis, ke: b.periode_ke },
    nilai: b.nilai,
  }));
}

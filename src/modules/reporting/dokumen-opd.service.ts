/**
 * Use cases of the documents screen: the approval record of an OPD's publishable documents (dokumen_opd,
 * created the first time the screen needs it) and what the screen shows for one year.
 */
import { catatAudit } from "../../platform/db/audit.ts";
import type { DokumenOpdTable } from "../../platform/db/schema.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { periksaOpd } from "../consistency/consistency.service.ts";
import { ringkasTemuan } from "../consistency/temuan.ts";
import { bacaPenilaianLke } from "../evaluation/lke-penilaian.service.ts";
import { cariRenstraAktif } from "../planning/renstra.service.ts";
import { daftarPeriodeSkm } from "../survey/survey.service.ts";

/** The kinds whose approval and publication are tracked (migration 0006), in the order the screen lists them. */
export const JENIS_TERBITAN = ["lkjip", "pk", "iku", "renstra"] as const;

/** One publishable kind. */
export type JenisTerbitan = DokumenOpdTable["jenis"];

/** The approval record of one document of an OPD and year. */
export type BarisDokumenOpd = {
  id: number;
  pemda_id: number;
  opd_id: number;
  jenis: JenisTerbitan;
  tahun: number;
  status: "draf" | "diajukan" | "diverifikasi" | "disetujui";
  revisi: number;
};

/**
 * The approval record of a document, created (draf, revision 0, audited) the first time anyone needs it, so the
 * workflow and publication have a row to act on without a separate "create document" step.
 */
export async function pastikanDokumenOpd(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  jenis: JenisTerbitan,
  tahun: number,
): Promise<BarisDokumenOpd> {
  const c = cakupanOpd(cakupan, opdId);
  const opd = await db
    .selectFrom("opd")
    .select("id")
    .where("id", "=", opdId)
    .where("pemda_id", "=", c.pemdaId)
    .executeTakeFirst();
  if (!opd) throw new GalatTerukur("tidak_ditemukan", "Perangkat daerah tidak ditemukan", "opd");
  const ada = await cariDokumenOpd(db, opdId, jenis, tahun);
  if (ada) return ada;
  return dalamTransaksi(db, async (trx) => {
    const baru = await trx
      .insertInto("dokumen_opd")
      .values({ pemda_id: c.pemdaId, opd_id: opdId, jenis, tahun })
      .onConflict((oc) => oc.columns(["opd_id", "jenis", "tahun"]).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!baru) {
      const lain = await cariDokumenOpd(trx, opdId, jenis, tahun);
      if (!lain) throw new Error("dokumen_opd hilang setelah konflik sisip");
      return lain;
    }
    await catatAudit(trx, c, "buat", "dokumen_opd", baru.id, baru, opdId);
    return baru;
  });
}

function cariDokumenOpd(db: Db, opdId: number, jenis: JenisTerbitan, tahun: number) {
  return db
    .selectFrom("dokumen_opd")
    .selectAll()
    .where("opd_id", "=", opdId)
    .where("jenis", "=", jenis)
    .where("tahun", "=", tahun)
    .executeTakeFirst();
}

/**
 * The year the screen opens on when none is asked for: the latest year with a Perjanjian Kinerja, or the
 * current year. Why: the demo is 2024 while the clock says later; a new OPD starts on this year.
 */
export async function tahunBawaanDokumen(db: Db, cakupan: Cakupan, opdId: number): Promise<number> {
  const c = cakupanOpd(cakupan, opdId);
  const r = await db
    .selectFrom("perjanjian_kinerja")
    .select((eb) => eb.fn.max("tahun").as("tahun"))
    .where("pemda_id", "=", c.pemdaId)
    .where("opd_id", "=", opdId)
    .executeTakeFirst();
  return r?.tahun ?? new Date().getFullYear();
}

/** A published snapshot as the documents screen lists it (no bytes). */
export type TerbitRingkas = { id: number; revisi: number; diterbitkanPada: Date; sha256: string };

/** A publishable document of the year with its approval record and its publications, newest first. */
export type TerbitanTahun = { dokumen: BarisDokumenOpd; terbit: TerbitRingkas[] };

/** A report of the SKM that can be generated for the year: its label and the quarter the address names. */
export type LaporanSkmTersedia = { label: string; triwulan: number | null };

/** Everything the documents screen shows for one OPD and year. */
export type RingkasanDokumenTahun = {
  tahun: number;
  renstra: { tahunAwal: number; tahunAkhir: number } | null;
  /** error-level consistency findings of the year; null when the check cannot run (e.g. no Renstra) */
  galat: number | null;
  terbitan: TerbitanTahun[];
  skm: LaporanSkmTersedia[];
  /** the year's LKE assessment status; the LHE downloads only when it is final */
  lke: "mandiri" | "evaluasi" | "final" | null;
};

const ROMAWI = ["", "I", "II", "III", "IV"];

/**
 * What the documents screen needs for one OPD and year: the Renstra in force, the consistency galat count
 * (an LKjIP with galat comes out as DRAF), the approval record and publications of LKjIP, PK, IKU and the
 * Renstra (by its first year), the SKM reports that exist, and whether the year's LHE can be generated.
 */
export async function ringkasanDokumenTahun(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
): Promise<RingkasanDokumenTahun> {
  const c = cakupanOpd(cakupan, opdId);
  const renstra = await cariRenstraAktif(db, c, opdId, tahun);
  let galat: number | null = null;
  try {
    galat = ringkasTemuan(await periksaOpd(db, c, opdId, tahun)).galat;
  } catch (e) {
    if (!(e instanceof GalatTerukur)) throw e;
  }
  const terbitan: TerbitanTahun[] = [];
  for (const jenis of JENIS_TERBITAN) {
    if (jenis === "renstra" && !renstra) continue;
    const t = jenis === "renstra" && renstra ? renstra.tahun_awal : tahun;
    const dokumen = await pastikanDokumenOpd(db, c, opdId, jenis, t);
    const terbit = await db
      .selectFrom("dokumen_terbit")
      .select(["id", "revisi", "diterbitkan_pada as diterbitkanPada", "sha256"])
      .where("pemda_id", "=", c.pemdaId)
      .where("dokumen_opd_id", "=", dokumen.id)
      .orderBy("revisi", "desc")
      .execute();
    terbitan.push({ dokumen, terbit });
  }
  const penilaian = await bacaPenilaianLke(db, c, opdId, tahun, { buktiOtomatis: false });
  const periode = (await daftarPeriodeSkm(db, c, opdId)).filter((p) => p.tahun === tahun);
  const skm: LaporanSkmTersedia[] = [];
  for (const p of periode) {
    if (p.periode_jenis === "tahun" || periode.length === 1) {
      skm.push({ label: `${tahun}`, triwulan: null });
    } else if (p.periode_jenis === "triwulan") {
      skm.push({
        label: `Triwulan ${ROMAWI[p.periode_ke] ?? p.periode_ke} ${tahun}`,
        triwulan: p.periode_ke,
      });
    }
  }
  return {
    tahun,
    renstra: renstra ? { tahunAwal: renstra.tahun_awal, tahunAkhir: renstra.tahun_akhir } : null,
    galat,
    terbitan,
    skm,
    lke: penilaian?.status ?? null,
  };
}

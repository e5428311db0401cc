import { z } from "zod";
import { catatAudit } from "../../platform/db/audit.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { bandingkan, desimal } from "../../platform/decimal.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { validasi } from "../../platform/validation.ts";
import { tentukanUnit } from "../tenancy/tenancy.service.ts";
import { kolomPaspor } from "./kolom-paspor.ts";
import { skemaIndikatorBaru, skemaTargetTahunan } from "./planning.schemas.ts";
import { aturTarget, tentukanIndikator } from "./renstra.service.ts";

/**
 * The passport of an indicator as it may be edited after creation: everything but its code, level and
 * place in the tree, which other rows (PK, realisations, imports) use to find it.
 */
export const skemaPasporIndikator = skemaIndikatorBaru.omit({
  kode: true,
  tingkat: true,
  tujuanKode: true,
  sasaranKode: true,
  urutan: true,
});

/** One year's target as typed in the Renstra editor: empty cells clear the target of that year. */
export type IsianTargetTahun = { tahun: number; target: string; targetAtas: string };

async function pasporSebelum(db: Db, indikatorId: number) {
  return db.selectFrom("indikator").selectAll().where("id", "=", indikatorId).executeTakeFirstOrThrow();
}

/**
 * Saves an edited indicator passport (PermenPANRB 53/2014 manual IKU) with the value before in the audit,
 * so an evaluator can see who changed a definition or a formula and from what.
 */
export async function ubahPasporIndikator(
  db: Db,
  cakupan: Cakupan,
  indikatorId: number,
  input: z.input<typeof skemaPasporIndikator>,
): Promise<void> {
  const d = validasi(skemaPasporIndikator, input);
  await dalamTransaksi(db, async (trx) => {
    const i = await tentukanIndikator(trx, cakupan, indikatorId);
    const c = cakupanOpd(cakupan, i.opd_id);
    const unit = d.penanggungJawabUnitKode
      ? await tentukanUnit(trx, c, i.opd_id, d.penanggungJawabUnitKode, "penanggungJawabUnitKode")
      : null;
    const sebelum = await pasporSebelum(trx, i.id);
    await trx
      .updateTable("indikator")
      .set({
        ...kolomPaspor(d, unit?.id ?? null),
      })
      .where("id", "=", i.id)
      .where("pemda_id", "=", c.pemdaId)
      .execute();
    await catatAudit(trx, c, "ubah", "indikator", i.id, d, c.opdId, sebelum);
  });
}

/** Marks or unmarks an indicator as IKU; the IKU table of LKjIP Bab III lists exactly the marked ones. */
export async function aturIku(db: Db, cakupan: Cakupan, indikatorId: number, iku: boolean): Promise<void> {
  const nilai = validasi(z.boolean({ error: "IKU harus ya atau tidak" }), iku);
  await dalamTransaksi(db, async (trx) => {
    const i = await tentukanIndikator(trx, cakupan, indikatorId);
    const c = cakupanOpd(cakupan, i.opd_id);
    if (i.iku === nilai) return;
    await trx
      .updateTable("indikator")
      .set({ iku: nilai })
      .where("id", "=", i.id)
      .where("pemda_id", "=", c.pemdaId)
      .execute();
    await catatAudit(trx, c, "ubah", "indikator", i.id, { iku: nilai }, c.opdId, { iku: i.iku });
  });
}

function sama(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return bandingkan(desimal(a), desimal(b)) === 0;
}

/**
 * Sets the targets of several years of one indicator in one transaction (the editor's row of year
 * inputs). Unchanged years are left alone so the audit shows only real changes; a refusal names the
 * cell (`target-2024`, `targetAtas-2024`) and writes nothing.
 */
export async function aturTargetBeberapaTahun(
  db: Db,
  cakupan: Cakupan,
  indikatorId: number,
  daftar: readonly IsianTargetTahun[],
): Promise<number> {
  return dalamTransaksi(db, async (trx) => {
    const i = await tentukanIndikator(trx, cakupan, indikatorId);
    const lama = await trx
      .selectFrom("indikator_target")
      .select(["tahun", "target", "target_atas"])
      .where("indikator_id", "=", i.id)
      .where("pemda_id", "=", i.pemda_id)
      .execute();
    const lamaPer = new Map(lama.map((t) => [t.tahun, t]));
    let diubah = 0;
    for (const baris of daftar) {
      const sebelum = lamaPer.get(baris.tahun);
      let d: z.output<typeof skemaTargetTahunan>;
      try {
        d = validasi(skemaTargetTahunan, baris);
      } catch (e) {
        throw namaiSel(e, baris.tahun);
      }
      if (!sebelum && d.target === null && d.targetAtas === null) continue;
      if (sebelum && sama(sebelum.target, d.target) && sama(sebelum.target_atas, d.targetAtas)) continue;
      try {
        await aturTarget(trx, cakupan, i.id, baris);
      } catch (e) {
        throw namaiSel(e, baris.tahun);
      }
      diubah += 1;
    }
    return diubah;
  });
}

function namaiSel(e: unknown, tahun: number): unknown {
  if (!(e instanceof GalatTerukur)) return e;
  const bidang = e.bidang === "targetAtas" ? `targetAtas-${tahun}` : `target-${tahun}`;
  const pesan =
    e.bidang && e.message.startsWith(`${e.bidang}: `) ? e.message.slice(e.bidang.length + 2) : e.message;
  return new GalatTerukur(e.jenis, `Tahun ${tahun}: ${pesan}`, bidang);
}

import type { z } from "zod";
import { catatAudit } from "../../platform/db/audit.ts";
import { tolakDuplikat } from "../../platform/db/constraint-errors.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { bandingkan, desimal } from "../../platform/decimal.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd, pastikanOpdDalamCakupan } from "../../platform/scope.ts";
import { validasi } from "../../platform/validation.ts";
import { tentukanUnit } from "../tenancy/tenancy.service.ts";
import { kolomPaspor } from "./kolom-paspor.ts";
import * as repo from "./planning.repo.ts";
import {
  skemaIndikatorBaru,
  skemaRenstraBaru,
  skemaSasaranBaru,
  skemaTargetTahunan,
  skemaTujuanBaru,
} from "./planning.schemas.ts";

/** "2021–2026", the way documents name a planning period. */
export function labelPeriodeRenstra(r: { tahun_awal: number; tahun_akhir: number }): string {
  return `${r.tahun_awal}–${r.tahun_akhir}`;
}

/** Resolves an OPD id of the caller's pemda within the caller's scope, refusing an unknown one. */
export async function tentukanOpdById(db: Db, cakupan: Cakupan, opdId: number) {
  const c = cakupanOpd(cakupan, opdId);
  const opd = await repo.cariOpd(db, c, opdId);
  if (!opd) throw new GalatTerukur("tidak_ditemukan", "Perangkat daerah tidak ditemukan", "opdId");
  return opd;
}

/** Resolves a Renstra id, refusing one that does not exist or belongs to an OPD outside the caller's scope. */
export async function tentukanRenstra(db: Db, cakupan: Cakupan, renstraId: number) {
  const r = await repo.cariRenstraById(db, cakupan, renstraId);
  if (!r) throw new GalatTerukur("tidak_ditemukan", "Renstra tidak ditemukan", "renstraId");
  pastikanOpdDalamCakupan(cakupan, r.opd_id);
  return r;
}

/**
 * Resolves an indicator id with its Renstra period, refusing one that does not exist or belongs to an OPD
 * outside the caller's scope. Why: every write on an indicator (target, realisasi) starts here.
 */
export async function tentukanIndikator(db: Db, cakupan: Cakupan, indikatorId: number) {
  const i = await repo.cariIndikatorById(db, cakupan, indikatorId);
  if (!i) throw new GalatTerukur("tidak_ditemukan", "Indikator tidak ditemukan", "indikatorId");
  pastikanOpdDalamCakupan(cakupan, i.opd_id);
  return i;
}

/** The Renstra of an OPD in force in a year, or undefined; the anchor of PK, IKU and LKjIP of that year. */
export async function cariRenstraAktif(db: Db, cakupan: Cakupan, opdId: number, tahun: number) {
  return repo.cariRenstraMeliputi(db, cakupanOpd(cakupan, opdId), opdId, tahun);
}

/** An indicator of a Renstra by its code, or undefined; how imports, PK and seeds name indicators. */
export async function cariIndikatorByKode(db: Db, cakupan: Cakupan, renstraId: number, kode: string) {
  const r = await tentukanRenstra(db, cakupan, renstraId);
  return repo.cariIndikatorByKode(db, cakupan, r.id, kode.trim());
}

/** A sasaran of a Renstra by its code, or undefined; how narratives and imports name sasaran. */
export async function cariSasaranByKode(db: Db, cakupan: Cakupan, renstraId: number, kode: string) {
  const r = await tentukanRenstra(db, cakupan, renstraId);
  return repo.cariSasaranByKode(db, cakupan, r.id, kode.trim());
}

/** Every indicator of a Renstra in display order, with its tujuan and sasaran codes. */
export async function daftarIndikator(db: Db, cakupan: Cakupan, renstraId: number) {
  const r = await tentukanRenstra(db, cakupan, renstraId);
  return repo.daftarIndikator(db, cakupan, r.id);
}

/** Creates an OPD's Renstra header, optionally derived from the pemda's RPJMD; periods of one OPD may not overlap. */
export async function buatRenstra(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  input: z.input<typeof skemaRenstraBaru>,
): Promise<number> {
  const c = cakupanOpd(cakupan, opdId);
  const d = validasi(skemaRenstraBaru, input);
  return dalamTransaksi(db, async (trx) => {
    await tentukanOpdById(trx, c, opdId);
    let rpjmdId: number | null = null;
    if (d.rpjmdTahunAwal !== null) {
      const rpjmd = await repo.cariRpjmdByTahunAwal(trx, c, d.rpjmdTahunAwal);
      if (!rpjmd)
        throw inputTidakValid(`RPJMD mulai tahun ${d.rpjmdTahunAwal} tidak ditemukan`, "rpjmdTahunAwal");
      rpjmdId = rpjmd.id;
    }
    const [bertumpuk] = await repo.daftarRenstraBertumpuk(trx, c, opdId, d.tahunAwal, d.tahunAkhir);
    if (bertumpuk) {
      throw new GalatTerukur(
        "konflik",
        `Periode ${d.tahunAwal}–${d.tahunAkhir} bertumpuk dengan Renstra ${labelPeriodeRenstra(bertumpuk)} yang sudah ada`,
        "tahunAwal",
      );
    }
    const { id } = await trx
      .insertInto("renstra")
      .values({
        pemda_id: c.pemdaId,
        opd_id: opdId,
        rpjmd_id: rpjmdId,
        nama: d.nama,
        tahun_awal: d.tahunAwal,
        tahun_akhir: d.tahunAkhir,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await catatAudit(trx, c, "buat", "renstra", id, d);
    return id;
  });
}

/** Adds a tujuan to a Renstra, linked to an RPJMD tujuan when the Renstra derives from an RPJMD. */
export async function tambahTujuan(
  db: Db,
  cakupan: Cakupan,
  renstraId: number,
  input: z.input<typeof skemaTujuanBaru>,
): Promise<number> {
  const d = validasi(skemaTujuanBaru, input);
  return dalamTransaksi(db, async (trx) => {
    const r = await tentukanRenstra(trx, cakupan, renstraId);
    const c = cakupanOpd(cakupan, r.opd_id);
    let rpjmdTujuanId: number | null = null;
    if (d.rpjmdTujuanKode !== null) {
      if (r.rpjmd_id === null)
        throw inputTidakValid("Renstra ini tidak terhubung ke RPJMD", "rpjmdTujuanKode");
      const t = await repo.cariRpjmdTujuanByKode(trx, c, r.rpjmd_id, d.rpjmdTujuanKode);
      if (!t) throw inputTidakValid(`Tujuan RPJMD "${d.rpjmdTujuanKode}" tidak ditemukan`, "rpjmdTujuanKode");
      rpjmdTujuanId = t.id;
    }
    const { id } = await tolakDuplikat(
      () =>
        trx
          .insertInto("tujuan")
          .values({
            pemda_id: c.pemdaId,
            opd_id: r.opd_id,
            renstra_id: r.id,
            rpjmd_tujuan_id: rpjmdTujuanId,
            kode: d.kode,
            uraian: d.uraian,
            urutan: d.urutan,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      `Tujuan dengan kode "${d.kode}" sudah ada di Renstra ini`,
      "kode",
    );
    await catatAudit(trx, c, "buat", "tujuan", id, d);
    return id;
  });
}

/** Adds a sasaran under a tujuan of the same Renstra, linked to an RPJMD sasaran where given. */
export async function tambahSasaran(
  db: Db,
  cakupan: Cakupan,
  renstraId: number,
  input: z.input<typeof skemaSasaranBaru>,
): Promise<number> {
  const d = validasi(skemaSasaranBaru, input);
  return dalamTransaksi(db, async (trx) => {
    const r = await tentukanRenstra(trx, cakupan, renstraId);
    const c = cakupanOpd(cakupan, r.opd_id);
    const tujuan = await repo.cariTujuanByKode(trx, c, r.id, d.tujuanKode);
    if (!tujuan)
      throw inputTidakValid(`Tujuan "${d.tujuanKode}" tidak ditemukan di Renstra ini`, "tujuanKode");
    let rpjmdSasaranId: number | null = null;
    if (d.rpjmdSasaranKode !== null) {
      if (r.rpjmd_id === null)
        throw inputTidakValid("Renstra ini tidak terhubung ke RPJMD", "rpjmdSasaranKode");
      const s = await repo.cariRpjmdSasaranByKode(trx, c, r.rpjmd_id, d.rpjmdSasaranKode);
      if (!s)
        throw inputTidakValid(`Sasaran RPJMD "${d.rpjmdSasaranKode}" tidak ditemukan`, "rpjmdSasaranKode");
      rpjmdSasaranId = s.id;
    }
    const { id } = await tolakDuplikat(
      () =>
        trx
          .insertInto("sasaran")
          .values({
            pemda_id: c.pemdaId,
            opd_id: r.opd_id,
            renstra_id: r.id,
            tujuan_id: tujuan.id,
            rpjmd_sasaran_id: rpjmdSasaranId,
            kode: d.kode,
            uraian: d.uraian,
            urutan: d.urutan,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      `Sasaran dengan kode "${d.kode}" sudah ada di Renstra ini`,
      "kode",
    );
    await catatAudit(trx, c, "buat", "sasaran", id, d);
    return id;
  });
}

/**
 * Adds an indicator with its passport to a tujuan or a sasaran of a Renstra. A sasaran-level indicator
 * must name its sasaran (its tujuan follows from it): an indicator without a sasaran cannot be measured
 * against anything in LKjIP Bab III, so it is refused here rather than flagged later.
 */
export async function tambahIndikator(
  db: Db,
  cakupan: Cakupan,
  renstraId: number,
  input: z.input<typeof skemaIndikatorBaru>,
): Promise<number> {
  const d = validasi(skemaIndikatorBaru, input);
  return dalamTransaksi(db, async (trx) => {
    const r = await tentukanRenstra(trx, cakupan, renstraId);
    const c = cakupanOpd(cakupan, r.opd_id);
    let tujuanId: number;
    let sasaranId: number | null = null;
    if (d.tingkat === "tujuan") {
      if (d.tujuanKode === null)
        throw inputTidakValid("Indikator tingkat tujuan harus menyebut tujuannya", "tujuanKode");
      if (d.sasaranKode !== null) {
        throw inputTidakValid("Indikator tingkat tujuan tidak menyebut sasaran", "sasaranKode");
      }
      const t = await repo.cariTujuanByKode(trx, c, r.id, d.tujuanKode);
      if (!t) throw inputTidakValid(`Tujuan "${d.tujuanKode}" tidak ditemukan di Renstra ini`, "tujuanKode");
      tujuanId = t.id;
    } else {
      if (d.sasaranKode === null) {
        throw inputTidakValid("Indikator tingkat sasaran harus menyebut sasarannya", "sasaranKode");
      }
      const s = await repo.cariSasaranByKode(trx, c, r.id, d.sasaranKode);
      if (!s)
        throw inputTidakValid(`Sasaran "${d.sasaranKode}" tidak ditemukan di Renstra ini`, "sasaranKode");
      if (d.tujuanKode !== null) {
        const t = await repo.cariTujuanByKode(trx, c, r.id, d.tujuanKode);
        if (!t || t.id !== s.tujuan_id) {
          throw inputTidakValid(
            `Sasaran "${d.sasaranKode}" tidak berada di bawah tujuan "${d.tujuanKode}"`,
            "tujuanKode",
          );
        }
      }
      tujuanId = s.tujuan_id;
      sasaranId = s.id;
    }
    const unit = d.penanggungJawabUnitKode
      ? await tentukanUnit(trx, c, r.opd_id, d.penanggungJawabUnitKode, "penanggungJawabUnitKode")
      : null;
    const { id } = await tolakDuplikat(
      () =>
        trx
          .insertInto("indikator")
          .values({
            pemda_id: c.pemdaId,
            opd_id: r.opd_id,
            renstra_id: r.id,
            tingkat: d.tingkat,
            tujuan_id: tujuanId,
            sasaran_id: sasaranId,
            kode: d.kode,
            ...kolomPaspor(d, unit?.id ?? null),
            urutan: d.urutan,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      `Indikator dengan kode "${d.kode}" sudah ada di Renstra ini`,
      "kode",
    );
    await catatAudit(trx, c, "buat", "indikator", id, d);
    return id;
  });
}

/**
 * Sets an indicator's target for one year of its Renstra (one row per year; setting it again replaces it).
 * A year outside the Renstra period is refused: targets beyond it belong to the next Renstra.
 */
export async function aturTarget(
  db: Db,
  cakupan: Cakupan,
  indikatorId: number,
  input: z.input<typeof skemaTargetTahunan>,
): Promise<number> {
  const d = validasi(skemaTargetTahunan, input);
  if (d.targetAtas !== null) {
    if (d.target === null)
      throw inputTidakValid("Batas atas target diisi tetapi target belum diisi", "target");
    if (bandingkan(desimal(d.targetAtas), desimal(d.target)) < 0) {
      throw inputTidakValid("Batas atas target tidak boleh lebih kecil dari target", "targetAtas");
    }
  }
  return dalamTransaksi(db, async (trx) => {
    const i = await tentukanIndikator(trx, cakupan, indikatorId);
    const c = cakupanOpd(cakupan, i.opd_id);
    if (d.tahun < i.renstra_tahun_awal || d.tahun > i.renstra_tahun_akhir) {
      throw inputTidakValid(
        `Tahun ${d.tahun} di luar periode Renstra ${i.renstra_tahun_awal}–${i.renstra_tahun_akhir}`,
        "tahun",
      );
    }
    const lama = await trx
      .selectFrom("indikator_target")
      .select("id")
      .where("indikator_id", "=", i.id)
      .where("tahun", "=", d.tahun)
      .executeTakeFirst();
    const { id } = await trx
      .insertInto("indikator_target")
      .values({
        pemda_id: c.pemdaId,
        indikator_id: i.id,
        tahun: d.tahun,
        target: d.target,
        target_atas: d.targetAtas,
      })
      .onConflict((oc) =>
        oc.columns(["indikator_id", "tahun"]).doUpdateSet({ target: d.target, target_atas: d.targetAtas }),
      )
      .returning("id")
      .executeTakeFirstOrThrow();
    await catatAudit(trx, c, lama ? "ubah" : "buat", "indikator_target", id, { indikatorId: i.id, ...d });
    return id;
  });
}

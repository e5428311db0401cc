import type { z } from "zod";
import { catatAudit } from "../../platform/db/audit.ts";
import { tolakDuplikat } from "../../platform/db/constraint-errors.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { bandingkan, desimal } from "../../platform/decimal.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd, pastikanOpdDalamCakupan } from "../../platform/scope.ts";
import { validasi } from "../../platform/validation.ts";
import { cariDpa, paguProgram } from "../budget/budget.service.ts";
import { pastikanLevel } from "../budget/kode-nomenklatur.domain.ts";
import { tentukanUnit } from "../tenancy/tenancy.service.ts";
import { pastikanPeriodeTerbuka } from "../workflow/jadwal.service.ts";
import * as repo from "./planning.repo.ts";
import { skemaPkBaru, skemaPkIndikator, skemaPkProgram, skemaRencanaAksi } from "./planning.schemas.ts";
import { labelPeriodeRenstra, tentukanOpdById } from "./renstra.service.ts";

/** A PK is scheduled as one yearly period (jadwal_input jenis_data perjanjian_kinerja, periode tahun 1). */
const PERIODE_PK = { jenis: "tahun", ke: 1 } as const;

function pastikanRentangTarget(target: string | null, targetAtas: string | null): void {
  if (targetAtas === null) return;
  if (target === null) throw inputTidakValid("Batas atas target diisi tetapi target belum diisi", "target");
  if (bandingkan(desimal(targetAtas), desimal(target)) < 0) {
    throw inputTidakValid("Batas atas target tidak boleh lebih kecil dari target", "targetAtas");
  }
}

/** Resolves a PK id, refusing one that does not exist or belongs to an OPD outside the caller's scope. */
export async function tentukanPk(db: Db, cakupan: Cakupan, pkId: number) {
  const pk = await repo.cariPkById(db, cakupan, pkId);
  if (!pk) throw new GalatTerukur("tidak_ditemukan", "Perjanjian Kinerja tidak ditemukan", "pkId");
  pastikanOpdDalamCakupan(cakupan, pk.opd_id);
  return pk;
}

/** The PKs of an OPD for a year (every tier), for the PK page and the LKjIP appendix. */
export async function daftarPk(db: Db, cakupan: Cakupan, opdId: number, tahun: number) {
  return repo.daftarPk(db, cakupanOpd(cakupan, opdId), opdId, tahun);
}

/** The OPD head's PK of a year (tingkat pimpinan_opd), or undefined: its targets are the year's commitment. */
export async function cariPkPimpinan(db: Db, cakupan: Cakupan, opdId: number, tahun: number) {
  const semua = await daftarPk(db, cakupan, opdId, tahun);
  return semua.find((p) => p.tingkat === "pimpinan_opd");
}

/**
 * Records a Perjanjian Kinerja (PermenPANRB 53/2014) between two officials for one unit and year. It rests
 * on the DPA of that year and jenis, which must already exist: the PK's programs and budgets come from it.
 */
export async function buatPk(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  input: z.input<typeof skemaPkBaru>,
): Promise<number> {
  const c = cakupanOpd(cakupan, opdId);
  const d = validasi(skemaPkBaru, input);
  return dalamTransaksi(db, async (trx) => {
    await tentukanOpdById(trx, c, opdId);
    await pastikanPeriodeTerbuka(trx, c.pemdaId, "perjanjian_kinerja", d.tahun, PERIODE_PK);
    const unit = await tentukanUnit(trx, c, opdId, d.unitKode, "unitKode");
    const dpa = await cariDpa(trx, c, opdId, d.tahun, d.dpaJenis);
    if (!dpa) {
      throw inputTidakValid(
        `DPA ${d.dpaJenis} tahun ${d.tahun} belum ada; masukkan DPA sebelum menyusun Perjanjian Kinerja`,
        "dpaJenis",
      );
    }
    const { id } = await tolakDuplikat(
      () =>
        trx
          .insertInto("perjanjian_kinerja")
          .values({
            pemda_id: c.pemdaId,
            opd_id: opdId,
            tahun: d.tahun,
            tingkat: d.tingkat,
            unit_kerja_id: unit.id,
            dpa_id: dpa.id,
            pihak_pertama_nama: d.pihakPertama.nama,
            pihak_pertama_jabatan: d.pihakPertama.jabatan,
            pihak_pertama_nip: d.pihakPertama.nip,
            pihak_kedua_nama: d.pihakKedua.nama,
            pihak_kedua_jabatan: d.pihakKedua.jabatan,
            pihak_kedua_nip: d.pihakKedua.nip,
            tempat: d.tempat,
            tanggal: d.tanggal,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      `Perjanjian Kinerja ${unit.nama} tahun ${d.tahun} sudah ada`,
      "unitKode",
    );
    await catatAudit(trx, c, "buat", "perjanjian_kinerja", id, d);
    return id;
  });
}

/**
 * Adds an indicator with its target for the year to a PK. The indicator must be one of the OPD's Renstra
 * covering the PK year: a PK commits to the plan, it does not invent new measures.
 */
export async function tambahPkIndikator(
  db: Db,
  cakupan: Cakupan,
  pkId: number,
  input: z.input<typeof skemaPkIndikator>,
): Promise<number> {
  const d = validasi(skemaPkIndikator, input);
  pastikanRentangTarget(d.target, d.targetAtas);
  return dalamTransaksi(db, async (trx) => {
    const pk = await tentukanPk(trx, cakupan, pkId);
    const c = cakupanOpd(cakupan, pk.opd_id);
    await pastikanPeriodeTerbuka(trx, c.pemdaId, "perjanjian_kinerja", pk.tahun, PERIODE_PK);
    const renstra = await repo.cariRenstraMeliputi(trx, c, pk.opd_id, pk.tahun);
    if (!renstra) {
      throw inputTidakValid(
        `Belum ada Renstra yang meliputi tahun ${pk.tahun} untuk perangkat daerah ini`,
        "indikatorKode",
      );
    }
    const indikator = await repo.cariIndikatorByKode(trx, c, renstra.id, d.indikatorKode);
    if (!indikator) {
      throw inputTidakValid(
        `Indikator "${d.indikatorKode}" tidak ditemukan di Renstra ${labelPeriodeRenstra(renstra)}`,
        "indikatorKode",
      );
    }
    const { id } = await tolakDuplikat(
      () =>
        trx
          .insertInto("pk_indikator")
          .values({
            pemda_id: c.pemdaId,
            pk_id: pk.id,
            indikator_id: indikator.id,
            target: d.target,
            target_atas: d.targetAtas,
            urutan: d.urutan,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      `Indikator "${d.indikatorKode}" sudah ada di Perjanjian Kinerja ini`,
      "indikatorKode",
    );
    await catatAudit(trx, c, "buat", "pk_indikator", id, d);
    return id;
  });
}

/**
 * Adds a program to a PK. Without anggaran the budget follows the program's pagu in the PK's DPA (stored
 * once, read from the DPA), and a program the DPA does not have is refused; with anggaran the figure is the
 * one printed in a signed PK and is kept as written for the consistency checker to compare with the DPA.
 */
export async function tambahPkProgram(
  db: Db,
  cakupan: Cakupan,
  pkId: number,
  input: z.input<typeof skemaPkProgram>,
): Promise<number> {
  const d = validasi(skemaPkProgram, input);
  const kode = pastikanLevel(d.kode, "program");
  if (!kode.ok) throw inputTidakValid(`kode: ${kode.pesan}`, "kode");
  return dalamTransaksi(db, async (trx) => {
    const pk = await tentukanPk(trx, cakupan, pkId);
    const c = cakupanOpd(cakupan, pk.opd_id);
    await pastikanPeriodeTerbuka(trx, c.pemdaId, "perjanjian_kinerja", pk.tahun, PERIODE_PK);
    if (d.anggaran === null) {
      const pagu = await paguProgram(trx, c, pk.dpa_id, kode.kode);
      if (pagu === null) {
        throw inputTidakValid(
          `Program ${kode.kode} tidak ada di DPA ${pk.dpa_jenis} tahun ${pk.tahun}; anggarannya tidak dapat diambil dari DPA`,
          "kode",
        );
      }
    }
    const { id } = await tolakDuplikat(
      () =>
        trx
          .insertInto("pk_program")
          .values({
            pemda_id: c.pemdaId,
            pk_id: pk.id,
            kode: kode.kode,
            anggaran: d.anggaran,
            keterangan: d.keterangan,
            urutan: d.urutan,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      `Program ${kode.kode} sudah ada di Perjanjian Kinerja ini`,
      "kode",
    );
    await catatAudit(trx, c, "buat", "pk_program", id, d);
    return id;
  });
}

/** Sets one quarter of a PK indicator's rencana aksi (target and planned action); setting it again replaces it. */
export async function aturRencanaAksi(
  db: Db,
  cakupan: Cakupan,
  pkIndikatorId: number,
  input: z.input<typeof skemaRencanaAksi>,
): Promise<number> {
  const d = validasi(skemaRencanaAksi, input);
  return dalamTransaksi(db, async (trx) => {
    const k = await repo.cariPkIndikatorById(trx, cakupan, pkIndikatorId);
    if (!k)
      throw new GalatTerukur(
        "tidak_ditemukan",
        "Indikator Perjanjian Kinerja tidak ditemukan",
        "pkIndikatorId",
      );
    const c = cakupanOpd(cakupan, k.opd_id);
    await pastikanPeriodeTerbuka(trx, c.pemdaId, "perjanjian_kinerja", k.tahun, PERIODE_PK);
    const lama = await trx
      .selectFrom("rencana_aksi")
      .selectAll()
      .where("pk_indikator_id", "=", k.id)
      .where("triwulan", "=", d.triwulan)
      .executeTakeFirst();
    const { id } = await trx
      .insertInto("rencana_aksi")
      .values({
        pemda_id: c.pemdaId,
        pk_indikator_id: k.id,
        triwulan: d.triwulan,
        target: d.target,
        uraian: d.uraian,
      })
      .onConflict((oc) =>
        oc.columns(["pk_indikator_id", "triwulan"]).doUpdateSet({ target: d.target, uraian: d.uraian }),
      )
      .returning("id")
      .executeTakeFirstOrThrow();
    await catatAudit(
      trx,
      c,
      lama ? "ubah" : "buat",
      "rencana_aksi",
      id,
      { pk_indikator_id: k.id, triwulan: d.triwulan, target: d.target, uraian: d.uraian },
      c.opdId,
      lama
        ? {
            pk_indikator_id: lama.pk_indikator_id,
            triwulan: lama.triwulan,
            target: lama.target,
            uraian: lama.uraian,
          }
        : null,
    );
    return id;
  });
}

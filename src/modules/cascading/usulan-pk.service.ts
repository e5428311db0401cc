/**
 * Proposes a PK from the pohon kinerja and applies the proposal through the planning module's PK service
 * (issue 9 item 2: "the PK of each level proposed from its nodes", so a PK can no longer disagree with the
 * tree). Levels: pimpinan_opd ↔ strategis, eselon_iii ↔ taktis, eselon_iv ↔ operasional.
 */
import { catatAudit } from "../../platform/db/audit.ts";
import { galatDariBasisdata } from "../../platform/db/galat-basisdata.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { bandingkan, desimal } from "../../platform/decimal.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { tambahPkIndikator, tambahPkProgram, tentukanPk } from "../planning/pk.service.ts";
import * as planningRepo from "../planning/planning.repo.ts";
import { pastikanPeriodeTerbuka } from "../workflow/jadwal.service.ts";
import * as repo from "./pohon.repo.ts";
import {
  type BahanUsulanPk,
  LEVEL_MENURUT_TINGKAT_PK,
  susunUsulanPk,
  type UsulanPk,
} from "./usulan-pk.domain.ts";

const PESAN_TERKUNCI =
  "Perjanjian Kinerja ini sudah disetujui dan terkunci; ubah melalui revisi dengan alasan";

async function kumpulkanBahan(db: Db, cakupan: Cakupan, opdId: number, tahun: number, pkId: number) {
  const c = cakupanOpd(cakupan, opdId);
  const pk = await tentukanPk(db, c, pkId);
  if (pk.opd_id !== opdId || pk.tahun !== tahun)
    throw inputTidakValid(
      `Perjanjian Kinerja ini bukan milik perangkat daerah ini untuk tahun ${tahun}`,
      "pkId",
    );
  if (pk.tingkat === "kepala_daerah")
    throw inputTidakValid(
      "Perjanjian Kinerja kepala daerah belum dapat diusulkan dari pohon kinerja perangkat daerah",
      "pkId",
    );
  const tingkat = pk.tingkat;
  const level = LEVEL_MENURUT_TINGKAT_PK[tingkat];
  const simpul = await db
    .selectFrom("pohon_kinerja")
    .select(["id", "kondisi"])
    .where("pemda_id", "=", c.pemdaId)
    .where("opd_id", "=", opdId)
    .where("level", "=", level)
    .where("unit_kerja_id", "=", pk.unit_kerja_id)
    .where("tahun_awal", "<=", tahun)
    .where("tahun_akhir", ">=", tahun)
    .orderBy("urutan")
    .orderBy("id")
    .execute();
  const ids = simpul.map((s) => s.id);
  const indikator = await repo.daftarIndikatorTarget(db, c, ids);
  const anggaran = await repo.daftarAnggaran(db, c, ids);
  const pkIndikator = await planningRepo.daftarPkIndikator(db, c, pk.id);
  const pkProgram = await planningRepo.daftarPkProgram(db, c, pk.id);
  const programDpa = await db
    .selectFrom("dpa_program")
    .select(["kode", "nama"])
    .where("pemda_id", "=", c.pemdaId)
    .where("dpa_id", "=", pk.dpa_id)
    .execute();
  const bahan: BahanUsulanPk = {
    pk: {
      id: pk.id,
      opdId,
      tahun,
      tingkat,
      status: pk.status,
      unitKerja: { id: pk.unit_kerja_id, nama: pk.unit_nama },
    },
    simpul: simpul.map((s) => {
      const milik = indikator.filter((i) => i.pohon_id === s.id);
      const unik = [...new Map(milik.map((i) => [i.id, i])).values()];
      return {
        id: s.id,
        kondisi: s.kondisi,
        indikator: unik.map((i) => ({
          id: i.id,
          indikatorId: i.indikator_id,
          kode: i.indikator_kode,
          nama: i.nama,
          satuan: i.satuan,
          target: milik.find((t) => t.id === i.id && t.tahun === tahun)?.target ?? null,
        })),
        anggaran: anggaran
          .filter((a) => a.pohon_id === s.id)
          .map((a) => ({ opdId: a.opd_id, kode: a.kode_anggaran })),
      };
    }),
    pkIndikator: pkIndikator.map((k) => ({
      id: k.id,
      indikatorId: k.indikator_id,
      kode: k.indikator_kode,
      nama: k.indikator_nama,
      target: k.target,
    })),
    pkProgram: pkProgram.map((p) => ({ id: p.id, kode: p.kode })),
    programDpa: new Map(programDpa.map((p) => [p.kode, p.nama])),
  };
  return { c, pk, bahan };
}

/**
 * The PK proposed from the nodes its unit owns at its level: their Renstra indicators with the node's target of
 * the PK year and the programs funding them, each marked with how it differs from the PK now.
 */
export async function usulanPk(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
  pkId: number,
): Promise<UsulanPk> {
  const { bahan } = await kumpulkanBahan(db, cakupan, opdId, tahun, pkId);
  return susunUsulanPk(bahan);
}

/**
 * Writes the proposal into the PK in one transaction: new indicators and programs through the PK service,
 * differing targets set to the node's, and what the PK has beyond the tree removed (with its rencana aksi).
 * An approved PK is refused (its approval lock). Returns the proposal as it stands afterwards.
 */
export async function terapkanUsulanPk(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
  pkId: number,
): Promise<UsulanPk> {
  try {
    return await dalamTransaksi(db, async (trx) => {
      const { c, pk, bahan } = await kumpulkanBahan(trx, cakupan, opdId, tahun, pkId);
      if (pk.status === "disetujui") throw new GalatTerukur("konflik", PESAN_TERKUNCI, "pkId");
      await pastikanPeriodeTerbuka(trx, c.pemdaId, "perjanjian_kinerja", pk.tahun, { jenis: "tahun", ke: 1 });
      const usulan = susunUsulanPk(bahan);
      for (const [urutan, i] of usulan.indikator.entries()) {
        if (i.target === null || i.kode === null) continue;
        if (i.status === "baru") {
          await tambahPkIndikator(trx, c, pk.id, {
            indikatorKode: i.kode,
            target: i.target,
            targetAtas: null,
            urutan,
          });
        } else if (i.status === "target_berbeda") {
          const lama = await trx
            .selectFrom("pk_indikator")
            .selectAll()
            .where("pk_id", "=", pk.id)
            .where("indikator_id", "=", i.indikatorId as number)
            .executeTakeFirstOrThrow();
          const targetAtas =
            lama.target_atas !== null && bandingkan(desimal(lama.target_atas), desimal(i.target)) < 0
              ? null
              : lama.target_atas;
          await trx
            .updateTable("pk_indikator")
            .set({ target: i.target, target_atas: targetAtas })
            .where("id", "=", lama.id)
            .execute();
          await catatAudit(
            trx,
            c,
            "ubah",
            "pk_indikator",
            lama.id,
            { target: i.target, target_atas: targetAtas, sumber: "pohon_kinerja" },
            c.opdId,
            { target: lama.target, target_atas: lama.target_atas },
          );
        }
      }
      for (const p of usulan.program) {
        if (p.status === "baru")
          await tambahPkProgram(trx, c, pk.id, { kode: p.kode, anggaran: null, keterangan: null });
      }
      for (const k of usulan.hanyaDiPk.indikator) {
        const aksi = await trx
          .selectFrom("rencana_aksi")
          .selectAll()
          .where("pk_indikator_id", "=", k.pkIndikatorId)
          .execute();
        await trx.deleteFrom("rencana_aksi").where("pk_indikator_id", "=", k.pkIndikatorId).execute();
        await trx.deleteFrom("pk_indikator").where("id", "=", k.pkIndikatorId).execute();
        await catatAudit(trx, c, "hapus", "pk_indikator", k.pkIndikatorId, null, c.opdId, {
          ...k,
          rencanaAksi: aksi.map((a) => ({ triwulan: a.triwulan, target: a.target, uraian: a.uraian })),
          sumber: "pohon_kinerja",
        });
      }
      for (const p of usulan.hanyaDiPk.program) {
        const lama = await trx
          .selectFrom("pk_program")
          .selectAll()
          .where("id", "=", p.pkProgramId)
          .executeTakeFirstOrThrow();
        await trx.deleteFrom("pk_program").where("id", "=", p.pkProgramId).execute();
        await catatAudit(trx, c, "hapus", "pk_program", p.pkProgramId, null, c.opdId, {
          ...lama,
          sumber: "pohon_kinerja",
        });
      }
      const sesudah = await kumpulkanBahan(trx, c, opdId, tahun, pkId);
      return susunUsulanPk(sesudah.bahan);
    });
  } catch (e) {
    throw galatDariBasisdata(e) ?? e;
  }
}

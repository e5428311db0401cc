import type { z } from "zod";
import { catatAudit } from "../../platform/db/audit.ts";
import { tolakDuplikat } from "../../platform/db/constraint-errors.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { validasi } from "../../platform/validation.ts";
import * as repo from "./budget.repo.ts";
import { skemaDpaBaru, skemaKegiatanDpa, skemaProgramDpa, skemaSubKegiatanDpa } from "./budget.schemas.ts";
import { parseKode } from "./kode-nomenklatur.domain.ts";
import { keluaranBaku } from "./nomenklatur.repo.ts";

/** A DPA row as stored. */
export type Dpa = NonNullable<Awaited<ReturnType<typeof repo.cariDpa>>>;

function pastikanAnak(kode: string, kodeInduk: string, namaInduk: "program" | "kegiatan"): void {
  const hasil = parseKode(kode);
  if (!hasil.ok || hasil.induk !== kodeInduk) {
    throw inputTidakValid(`Kode ${kode} bukan bagian dari ${namaInduk} ${kodeInduk}`, "kode");
  }
}

/** Registers the DPA murni or perubahan of an OPD for a year (PP 12/2019, Permendagri 77/2020). */
export async function buatDpa(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  input: z.input<typeof skemaDpaBaru>,
): Promise<number> {
  const c = cakupanOpd(cakupan, opdId);
  const d = validasi(skemaDpaBaru, input);
  return dalamTransaksi(db, async (trx) => {
    const { id } = await tolakDuplikat(
      () =>
        trx
          .insertInto("dpa")
          .values({
            pemda_id: c.pemdaId,
            opd_id: opdId,
            tahun: d.tahun,
            jenis: d.jenis,
            nomor: d.nomor,
            tanggal_pengesahan: d.tanggalPengesahan,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      `DPA ${d.jenis} tahun ${d.tahun} sudah ada untuk perangkat daerah ini`,
      "jenis",
    );
    await catatAudit(trx, c, "buat", "dpa", id, d);
    return id;
  });
}

/** The DPA murni or perubahan of an OPD for a year, or null when none was registered. */
export async function cariDpa(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
  jenis: "murni" | "perubahan",
): Promise<Dpa | null> {
  const c = cakupanOpd(cakupan, opdId);
  return (await repo.cariDpa(db, c, opdId, tahun, jenis)) ?? null;
}

/** The DPA in force for a year: the perubahan when it exists, otherwise the murni (null when neither). */
export async function dpaBerlaku(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
): Promise<Dpa | null> {
  const c = cakupanOpd(cakupan, opdId);
  return (await repo.dpaBerlaku(db, c, opdId, tahun)) ?? null;
}

/** Code and name of every program of a DPA, in code order. Why: the PK lampiran names the programs of its own DPA. */
export async function daftarProgramDpa(
  db: Db,
  cakupan: Cakupan,
  dpaId: number,
): Promise<{ kode: string; nama: string }[]> {
  const dpa = await repo.cariDpaById(db, cakupan, dpaId);
  if (!dpa) throw new GalatTerukur("tidak_ditemukan", "DPA tidak ditemukan", "dpaId");
  return repo.daftarProgramDpa(db, cakupanOpd(cakupan, dpa.opd_id), dpa.id);
}

/** Adds a program to a DPA, optionally linked to the Renstra sasaran it serves. */
export async function tambahProgramDpa(
  db: Db,
  cakupan: Cakupan,
  dpaId: number,
  input: z.input<typeof skemaProgramDpa>,
): Promise<number> {
  const d = validasi(skemaProgramDpa, input);
  return dalamTransaksi(db, async (trx) => {
    const dpa = await repo.cariDpaById(trx, cakupan, dpaId);
    if (!dpa) throw new GalatTerukur("tidak_ditemukan", "DPA tidak ditemukan", "dpaId");
    const c = cakupanOpd(cakupan, dpa.opd_id);
    if (d.sasaranId !== null && !(await repo.cariSasaranOpd(trx, c, dpa.opd_id, d.sasaranId))) {
      throw inputTidakValid("Sasaran tidak ditemukan di perangkat daerah ini", "sasaranId");
    }
    const { id } = await tolakDuplikat(
      () =>
        trx
          .insertInto("dpa_program")
          .values({
            pemda_id: c.pemdaId,
            opd_id: dpa.opd_id,
            dpa_id: dpa.id,
            sasaran_id: d.sasaranId,
            kode: d.kode,
            nama: d.nama,
            indikator_keluaran: d.indikatorKeluaran,
            target: d.target,
            satuan: d.satuan,
            pagu_dinyatakan: d.paguDinyatakan,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      `Program ${d.kode} sudah ada di DPA ini`,
      "kode",
    );
    await catatAudit(trx, c, "buat", "dpa_program", id, d);
    return id;
  });
}

/** Adds a kegiatan under a DPA program; its code must extend the program's code. */
export async function tambahKegiatanDpa(
  db: Db,
  cakupan: Cakupan,
  programId: number,
  input: z.input<typeof skemaKegiatanDpa>,
): Promise<number> {
  const d = validasi(skemaKegiatanDpa, input);
  return dalamTransaksi(db, async (trx) => {
    const program = await repo.cariProgramById(trx, cakupan, programId);
    if (!program) throw new GalatTerukur("tidak_ditemukan", "Program DPA tidak ditemukan", "programId");
    const c = cakupanOpd(cakupan, program.opd_id);
    pastikanAnak(d.kode, program.kode, "program");
    const { id } = await tolakDuplikat(
      () =>
        trx
          .insertInto("dpa_kegiatan")
          .values({
            pemda_id: c.pemdaId,
            opd_id: program.opd_id,
            dpa_program_id: program.id,
            kode: d.kode,
            nama: d.nama,
            indikator_keluaran: d.indikatorKeluaran,
            target: d.target,
            satuan: d.satuan,
            pagu_dinyatakan: d.paguDinyatakan,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      `Kegiatan ${d.kode} sudah ada di program ${program.kode}`,
      "kode",
    );
    await catatAudit(trx, c, "buat", "dpa_kegiatan", id, d);
    return id;
  });
}

/** Adds a sub kegiatan with its pagu under a DPA kegiatan; its code must extend the kegiatan's code. */
export async function tambahSubKegiatanDpa(
  db: Db,
  cakupan: Cakupan,
  kegiatanId: number,
  input: z.input<typeof skemaSubKegiatanDpa>,
): Promise<number> {
  const d = validasi(skemaSubKegiatanDpa, input);
  return dalamTransaksi(db, async (trx) => {
    const kegiatan = await repo.cariKegiatanById(trx, cakupan, kegiatanId);
    if (!kegiatan) throw new GalatTerukur("tidak_ditemukan", "Kegiatan DPA tidak ditemukan", "kegiatanId");
    const c = cakupanOpd(cakupan, kegiatan.opd_id);
    pastikanAnak(d.kode, kegiatan.kode, "kegiatan");
    const indikatorKeluaran =
      d.indikatorKeluaran ?? (await indikatorDariNomenklatur(trx, c, kegiatan.dpa_program_id, d.kode));
    const { id } = await tolakDuplikat(
      () =>
        trx
          .insertInto("dpa_sub_kegiatan")
          .values({
            pemda_id: c.pemdaId,
            opd_id: kegiatan.opd_id,
            dpa_kegiatan_id: kegiatan.id,
            kode: d.kode,
            nama: d.nama,
            indikator_keluaran: indikatorKeluaran,
            target: d.target,
            satuan: d.satuan,
            pagu: d.pagu,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      `Sub kegiatan ${d.kode} sudah ada di kegiatan ${kegiatan.kode}`,
      "kode",
    );
    await catatAudit(trx, c, "buat", "dpa_sub_kegiatan", id, d);
    return id;
  });
}

/** The master indicator of a sub kegiatan code in the nomenclature in force at the start of its DPA year. */
async function indikatorDariNomenklatur(
  db: Db,
  cakupan: Cakupan,
  programId: number,
  kode: string,
): Promise<string | null> {
  const dpa = await db
    .selectFrom("dpa_program as p")
    .innerJoin("dpa as d", "d.id", "p.dpa_id")
    .select("d.tahun")
    .where("p.pemda_id", "=", cakupan.pemdaId)
    .where("p.id", "=", programId)
    .executeTakeFirst();
  if (!dpa) return null;
  const baku = await keluaranBaku(db, kode, `${dpa.tahun}-12-31`);
  return baku?.indikator ?? null;
}

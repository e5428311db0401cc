import type { z } from "zod";
import { catatAudit } from "../../platform/db/audit.ts";
import { tolakDuplikat } from "../../platform/db/constraint-errors.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { inputTidakValid } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { validasi } from "../../platform/validation.ts";
import * as repo from "./evaluation.repo.ts";
import { bacaPaketLke } from "./lke-paket.ts";
import { skemaRekomendasiBaru } from "./rekomendasi.schemas.ts";

/** A recommendation row as stored. */
export type Rekomendasi = Awaited<ReturnType<typeof repo.daftarRekomendasi>>[number];

/** An LKE komponen a recommendation may address: code and name from the regulation pack. */
export type KomponenRekomendasi = { kode: string; nama: string };

let komponenBawaan: Promise<KomponenRekomendasi[]> | null = null;

/**
 * The komponen of the default LKE pack (PermenPANRB 88/2021), read once per process. Why: the recommendation
 * form offers them and the service refuses any other code.
 */
export function daftarKomponenRekomendasi(): Promise<KomponenRekomendasi[]> {
  komponenBawaan ??= bacaPaketLke().then((p) => p.komponen.map((k) => ({ kode: k.kode, nama: k.nama })));
  return komponenBawaan;
}

/** The id of an OPD's LKE assessment of a year, or null when none was started. */
async function idPenilaianTahun(db: Db, c: Cakupan, opdId: number, tahun: number): Promise<number | null> {
  const r = await db
    .selectFrom("lke_penilaian")
    .select("id")
    .where("pemda_id", "=", c.pemdaId)
    .where("opd_id", "=", opdId)
    .where("tahun", "=", tahun)
    .executeTakeFirst();
  return r?.id ?? null;
}

/**
 * Records one recommendation of an evaluation with its follow-up plan and status, linked to that year's LKE
 * assessment when there is one and to the komponen it addresses; the LHE groups recommendations by komponen and
 * the LKjIP section "Tindak lanjut hasil rekomendasi" is generated from these rows.
 */
export async function tambahRekomendasi(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  input: z.input<typeof skemaRekomendasiBaru>,
): Promise<number> {
  const c = cakupanOpd(cakupan, opdId);
  const d = validasi(skemaRekomendasiBaru, input);
  if (d.komponenKode !== null) {
    const komponen = await daftarKomponenRekomendasi();
    if (!komponen.some((k) => k.kode === d.komponenKode)) {
      throw inputTidakValid(
        `Komponen "${d.komponenKode}" tidak ada di LKE; pilih salah satu dari ${komponen.map((k) => k.kode).join(", ")}`,
        "komponenKode",
      );
    }
  }
  return dalamTransaksi(db, async (trx) => {
    const penilaianId = await idPenilaianTahun(trx, c, opdId, d.tahunEvaluasi);
    const { id } = await tolakDuplikat(
      () =>
        trx
          .insertInto("rekomendasi")
          .values({
            pemda_id: c.pemdaId,
            opd_id: opdId,
            tahun_evaluasi: d.tahunEvaluasi,
            nomor: d.nomor,
            uraian: d.uraian,
            rencana_aksi: d.rencanaAksi,
            penanggung_jawab: d.penanggungJawab,
            tenggat: d.tenggat,
            status: d.status,
            progres: d.progres,
            komponen_kode: d.komponenKode,
            lke_penilaian_id: penilaianId,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      `Rekomendasi nomor ${d.nomor} hasil evaluasi tahun ${d.tahunEvaluasi} sudah ada`,
      "nomor",
    );
    await catatAudit(trx, c, "buat", "rekomendasi", id, { ...d, lkePenilaianId: penilaianId });
    return id;
  });
}

/** The recommendations of an OPD, of one evaluation year when given, by year and number. */
export async function daftarRekomendasi(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahunEvaluasi?: number,
): Promise<Rekomendasi[]> {
  const c = cakupanOpd(cakupan, opdId);
  return repo.daftarRekomendasi(db, c, opdId, tahunEvaluasi ?? null);
}

import type { z } from "zod";
import { catatAudit } from "../../platform/db/audit.ts";
import { tolakDuplikat } from "../../platform/db/constraint-errors.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import type { Cakupan } from "../../platform/scope.ts";
import { validasi } from "../../platform/validation.ts";
import { skemaRpjmdBaru } from "./planning.schemas.ts";

function cariGanda(daftar: readonly (string | number)[]): string | number | null {
  const dilihat = new Set<string | number>();
  for (const x of daftar) {
    if (dilihat.has(x)) return x;
    dilihat.add(x);
  }
  return null;
}

/**
 * Records the pemda's RPJMD (visi → misi → tujuan → sasaran) in one transaction; only a pemda-wide caller
 * (Bappeda, admin pemda) may, because the RPJMD belongs to the whole pemda.
 */
export async function buatRpjmd(
  db: Db,
  cakupan: Cakupan,
  input: z.input<typeof skemaRpjmdBaru>,
): Promise<number> {
  if (cakupan.opdId !== null) {
    throw new GalatTerukur("di_luar_cakupan", "Hanya admin pemda atau Bappeda yang dapat menyusun RPJMD.");
  }
  const d = validasi(skemaRpjmdBaru, input);
  const misiGanda = cariGanda(d.misi.map((m) => m.nomor));
  if (misiGanda !== null)
    throw inputTidakValid(`Misi nomor ${misiGanda} tercantum lebih dari sekali`, "misi");
  const tujuanGanda = cariGanda(d.tujuan.map((t) => t.kode));
  if (tujuanGanda !== null)
    throw inputTidakValid(`Tujuan "${tujuanGanda}" tercantum lebih dari sekali`, "tujuan");
  const sasaranGanda = cariGanda(d.sasaran.map((s) => s.kode));
  if (sasaranGanda !== null)
    throw inputTidakValid(`Sasaran "${sasaranGanda}" tercantum lebih dari sekali`, "sasaran");
  for (const t of d.tujuan) {
    if (!d.misi.some((m) => m.nomor === t.misiNomor)) {
      throw inputTidakValid(`Tujuan "${t.kode}" merujuk misi nomor ${t.misiNomor} yang tidak ada`, "tujuan");
    }
  }
  for (const s of d.sasaran) {
    if (!d.tujuan.some((t) => t.kode === s.tujuanKode)) {
      throw inputTidakValid(`Sasaran "${s.kode}" merujuk tujuan "${s.tujuanKode}" yang tidak ada`, "sasaran");
    }
  }

  return dalamTransaksi(db, async (trx) => {
    const { id } = await tolakDuplikat(
      () =>
        trx
          .insertInto("rpjmd")
          .values({
            pemda_id: cakupan.pemdaId,
            tahun_awal: d.tahunAwal,
            tahun_akhir: d.tahunAkhir,
            visi: d.visi,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      `RPJMD mulai tahun ${d.tahunAwal} sudah ada`,
      "tahunAwal",
    );
    const idMisi = new Map<number, number>();
    for (const m of d.misi) {
      const baris = await trx
        .insertInto("rpjmd_misi")
        .values({ pemda_id: cakupan.pemdaId, rpjmd_id: id, nomor: m.nomor, uraian: m.uraian })
        .returning("id")
        .executeTakeFirstOrThrow();
      idMisi.set(m.nomor, baris.id);
    }
    const idTujuan = new Map<string, number>();
    for (const t of d.tujuan) {
      const baris = await trx
        .insertInto("rpjmd_tujuan")
        .values({
          pemda_id: cakupan.pemdaId,
          rpjmd_id: id,
          misi_id: idMisi.get(t.misiNomor) ?? null,
          kode: t.kode,
          uraian: t.uraian,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      idTujuan.set(t.kode, baris.id);
    }
    for (const s of d.sasaran) {
      const tujuanId = idTujuan.get(s.tujuanKode);
      if (tujuanId === undefined) throw inputTidakValid(`Tujuan "${s.tujuanKode}" tidak ada`, "sasaran");
      await trx
        .insertInto("rpjmd_sasaran")
        .values({ pemda_id: cakupan.pemdaId, tujuan_id: tujuanId, kode: s.kode, uraian: s.uraian })
        .execute();
    }
    await catatAudit(trx, cakupan, "buat", "rpjmd", id, d, null);
    return id;
  });
}

/** The RPJMD as Bab II of an LKjIP quotes it: period, visi, misi in order, tujuan with their misi. */
export type BacaanRpjmd = {
  id: number;
  tahunAwal: number;
  tahunAkhir: number;
  visi: string;
  misi: { nomor: number; uraian: string }[];
  tujuan: { id: number; kode: string; uraian: string; misiNomor: number | null }[];
};

/**
 * One RPJMD of the caller's pemda with its misi and tujuan, or undefined. Why: an OPD's Renstra and LKjIP
 * quote the pemda's visi and misi (PermenPANRB 53/2014, Bab II) from the one stored RPJMD.
 */
export async function bacaRpjmd(db: Db, cakupan: Cakupan, rpjmdId: number): Promise<BacaanRpjmd | undefined> {
  const r = await db
    .selectFrom("rpjmd")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("id", "=", rpjmdId)
    .executeTakeFirst();
  if (!r) return undefined;
  const [misi, tujuan] = await Promise.all([
    db
      .selectFrom("rpjmd_misi")
      .select(["id", "nomor", "uraian"])
      .where("pemda_id", "=", cakupan.pemdaId)
      .where("rpjmd_id", "=", r.id)
      .orderBy("nomor")
      .execute(),
    db
      .selectFrom("rpjmd_tujuan")
      .select(["id", "kode", "uraian", "misi_id"])
      .where("pemda_id", "=", cakupan.pemdaId)
      .where("rpjmd_id", "=", r.id)
      .orderBy("kode")
      .execute(),
  ]);
  const nomorMisi = new Map(misi.map((m) => [m.id, m.nomor]));
  return {
    id: r.id,
    tahunAwal: r.tahun_awal,
    tahunAkhir: r.tahun_akhir,
    visi: r.visi,
    misi: misi.map((m) => ({ nomor: m.nomor, uraian: m.uraian })),
    tujuan: tujuan.map((t) => ({
      id: t.id,
      kode: t.kode,
      uraian: t.uraian,
      misiNomor: t.misi_id === null ? null : (nomorMisi.get(t.misi_id) ?? null),
    })),
  };
}

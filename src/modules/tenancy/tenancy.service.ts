import type { z } from "zod";
import { catatAudit } from "../../platform/db/audit.ts";
import { tolakDuplikat } from "../../platform/db/constraint-errors.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { validasi } from "../../platform/validation.ts";
import * as repo from "./tenancy.repo.ts";
import {
  skemaOpdBaru,
  skemaPemdaBaru,
  skemaPenduduk,
  skemaUnitKerjaBaru,
  skemaWilayahBaru,
} from "./tenancy.schemas.ts";

/** Creates a tenant; the only write without a pemda scope, done by the installer or the first admin. */
export async function buatPemda(
  db: Db,
  pelaku: string,
  input: z.input<typeof skemaPemdaBaru>,
): Promise<number> {
  const data = validasi(skemaPemdaBaru, input);
  return dalamTransaksi(db, async (trx) => {
    const { id } = await tolakDuplikat(
      () => trx.insertInto("pemda").values(data).returning("id").executeTakeFirstOrThrow(),
      `Pemda dengan kode "${data.kode}" sudah ada`,
      "kode",
    );
    await catatAudit(trx, { pemdaId: id, opdId: null, pelaku }, "buat", "pemda", id, data);
    return id;
  });
}

/** Adds a perangkat daerah to the pemda; only a pemda-wide caller may. */
export async function buatOpd(
  db: Db,
  cakupan: Cakupan,
  input: z.input<typeof skemaOpdBaru>,
): Promise<number> {
  if (cakupan.opdId !== null) {
    throw new GalatTerukur("di_luar_cakupan", "Hanya admin pemda yang dapat menambah perangkat daerah.");
  }
  const d = validasi(skemaOpdBaru, input);
  return dalamTransaksi(db, async (trx) => {
    const { id } = await tolakDuplikat(
      () =>
        trx
          .insertInto("opd")
          .values({
            pemda_id: cakupan.pemdaId,
            kode: d.kode,
            nama: d.nama,
            jenis: d.jenis,
            alamat: d.alamat,
            pimpinan_nama: d.pimpinanNama,
            pimpinan_jabatan: d.pimpinanJabatan,
            pimpinan_nip: d.pimpinanNip,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      `Perangkat daerah dengan kode "${d.kode}" sudah ada`,
      "kode",
    );
    await catatAudit(trx, cakupan, "buat", "opd", id, d, id);
    return id;
  });
}

/** Resolves an OPD code within the caller's scope, refusing an unknown one by name. */
export async function tentukanOpd(db: Db, cakupan: Cakupan, kode: string) {
  const opd = await repo.cariOpdByKode(db, cakupan, kode);
  if (!opd) throw new GalatTerukur("tidak_ditemukan", `Perangkat daerah "${kode}" tidak ditemukan`, "opd");
  cakupanOpd(cakupan, opd.id);
  return opd;
}

/** Resolves a unit code of an OPD, refusing an unknown one by name. */
export async function tentukanUnit(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  kode: string,
  bidang = "unitKode",
) {
  const unit = await repo.cariUnitByKode(db, cakupan, opdId, kode);
  if (!unit) throw inputTidakValid(`Unit kerja "${kode}" tidak ditemukan di perangkat daerah ini`, bidang);
  return unit;
}

/** Adds a unit kerja (sekretariat, subbagian, seksi …) under its parent unit. */
export async function buatUnitKerja(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  input: z.input<typeof skemaUnitKerjaBaru>,
): Promise<number> {
  const c = cakupanOpd(cakupan, opdId);
  const d = validasi(skemaUnitKerjaBaru, input);
  return dalamTransaksi(db, async (trx) => {
    const induk = d.indukKode ? await tentukanUnit(trx, c, opdId, d.indukKode, "indukKode") : null;
    const { id } = await tolakDuplikat(
      () =>
        trx
          .insertInto("unit_kerja")
          .values({
            pemda_id: c.pemdaId,
            opd_id: opdId,
            induk_id: induk?.id ?? null,
            kode: d.kode,
            nama: d.nama,
            jenis: d.jenis,
            urutan: d.urutan,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      `Unit kerja dengan kode "${d.kode}" sudah ada`,
      "kode",
    );
    await catatAudit(trx, c, "buat", "unit_kerja", id, d);
    return id;
  });
}

/** Adds a desa/kelurahan (or the kecamatan's own area) with its counts. */
export async function buatWilayah(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  input: z.input<typeof skemaWilayahBaru>,
): Promise<number> {
  const c = cakupanOpd(cakupan, opdId);
  const d = validasi(skemaWilayahBaru, input);
  return dalamTransaksi(db, async (trx) => {
    const induk = d.indukKode ? await repo.cariWilayahByKode(trx, c, opdId, d.indukKode) : null;
    if (d.indukKode && !induk)
      throw inputTidakValid(`Wilayah induk "${d.indukKode}" tidak ditemukan`, "indukKode");
    const { id } = await tolakDuplikat(
      () =>
        trx
          .insertInto("wilayah")
          .values({
            pemda_id: c.pemdaId,
            opd_id: opdId,
            induk_id: induk?.id ?? null,
            kode: d.kode,
            nama: d.nama,
            jenis: d.jenis,
            luas_km2: d.luasKm2,
            jumlah_dusun: d.jumlahDusun,
            jumlah_rt: d.jumlahRt,
            urutan: d.urutan,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      `Wilayah dengan kode "${d.kode}" sudah ada`,
      "kode",
    );
    await catatAudit(trx, c, "buat", "wilayah", id, d);
    return id;
  });
}

/** Records one year's population of a wilayah by sex. */
export async function catatPenduduk(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  input: z.input<typeof skemaPenduduk>,
): Promise<number> {
  const c = cakupanOpd(cakupan, opdId);
  const d = validasi(skemaPenduduk, input);
  return dalamTransaksi(db, async (trx) => {
    const w = await repo.cariWilayahByKode(trx, c, opdId, d.wilayahKode);
    if (!w) throw inputTidakValid(`Wilayah "${d.wilayahKode}" tidak ditemukan`, "wilayahKode");
    const { id } = await tolakDuplikat(
      () =>
        trx
          .insertInto("wilayah_penduduk")
          .values({
            pemda_id: c.pemdaId,
            wilayah_id: w.id,
            tahun: d.tahun,
            laki_laki: d.lakiLaki,
            perempuan: d.perempuan,
            sumber: d.sumber,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      `Penduduk ${w.nama} tahun ${d.tahun} sudah tercatat`,
      "tahun",
    );
    await catatAudit(trx, c, "buat", "wilayah_penduduk", id, d);
    return id;
  });
}

/** The pemda of the caller's scope, for page headers and documents. */
export async function infoPemda(db: Db, cakupan: Cakupan) {
  const p = await db
    .selectFrom("pemda")
    .select(["id", "kode", "nama", "jenis"])
    .where("id", "=", cakupan.pemdaId)
    .executeTakeFirst();
  if (!p) throw new GalatTerukur("tidak_ditemukan", "Pemda tidak ditemukan");
  return p;
}

/** The OPDs the caller may see, by name. */
export function daftarOpdTerlihat(db: Db, cakupan: Cakupan) {
  return repo.daftarOpd(db, cakupan);
}

/** The unit hierarchy of an OPD in display order; LKjIP Bab I draws the struktur organisasi from it. */
export function daftarUnitKerja(db: Db, cakupan: Cakupan, opdId: number) {
  return repo.daftarUnit(db, cakupanOpd(cakupan, opdId), opdId);
}

/**
 * The wilayah of an OPD with one year's population; LKjIP Bab I counts its desa and kelurahan from these
 * rows instead of a typed total.
 */
export function daftarWilayahOpd(db: Db, cakupan: Cakupan, opdId: number, tahun: number) {
  return repo.daftarWilayah(db, cakupanOpd(cakupan, opdId), opdId, tahun);
}

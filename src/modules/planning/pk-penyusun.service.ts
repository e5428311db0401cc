import type { Db } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd, pastikanOpdDalamCakupan } from "../../platform/scope.ts";
import { cariDpa, daftarProgramDpa, paguProgram } from "../budget/budget.service.ts";
import { daftarUnitKerja, infoPemda } from "../tenancy/tenancy.service.ts";
import { daftarPk } from "./pk.service.ts";
import { type BacaanPk, bacaPk, bacaPohonRenstra } from "./planning.read.ts";
import * as repo from "./planning.repo.ts";
import { cariRenstraAktif } from "./renstra.service.ts";

/** Workflow state of a PK (migration 0006): only a draft can be changed; an approved one is locked. */
export type StatusPk = "draf" | "diajukan" | "diverifikasi" | "disetujui";

/** A PK as the builder shows it: what bacaPk reads plus its workflow state. */
export type PkLayar = BacaanPk & { status: StatusPk; revisi: number };

/** A Renstra indicator offered to a PK with the Renstra target of the PK year beside it. */
export type PilihanIndikatorPk = {
  kode: string;
  nama: string;
  satuan: string;
  target: string | null;
  targetAtas: string | null;
};

/** A DPA of the year with its programs and their pagu, so the builder shows the budget a PK program follows. */
export type DpaPk = {
  id: number;
  jenis: "murni" | "perubahan";
  program: { kode: string; nama: string; pagu: bigint | null }[];
};

/** One signatory as the create form prefills it. */
export type PihakUsulan = { nama: string; jabatan: string; nip: string };

/** Everything the PK builder page of one OPD and year needs, read in one place. */
export type BahanPenyusunPk = {
  tahun: number;
  pk: PkLayar[];
  renstra: { id: number; nama: string; tahunAwal: number; tahunAkhir: number } | null;
  indikator: PilihanIndikatorPk[];
  dpa: DpaPk[];
  unit: { kode: string; nama: string; jenis: string }[];
  usulan: { pihakPertama: PihakUsulan; pihakKedua: PihakUsulan; tempat: string };
};

const JABATAN_KEPALA_DAERAH = { kabupaten: "Bupati", kota: "Wali Kota", provinsi: "Gubernur" } as const;

function wilayahPemda(nama: string): string {
  return nama.replace(/^(Kabupaten|Kota|Provinsi)\s+/i, "");
}

/**
 * The PKs of a year with their state, the Renstra indicators with that year's targets, the DPAs with program
 * budgets and the signatories to prefill (the OPD head as first party, the head of the pemda as second;
 * names the database does not know are taken from the latest PK of the OPD head, else left empty).
 */
export async function bahanPenyusunPk(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
): Promise<BahanPenyusunPk> {
  const c = cakupanOpd(cakupan, opdId);
  const opd = await db
    .selectFrom("opd")
    .select(["pimpinan_nama", "pimpinan_jabatan", "pimpinan_nip"])
    .where("pemda_id", "=", c.pemdaId)
    .where("id", "=", opdId)
    .executeTakeFirst();
  if (!opd) throw new GalatTerukur("tidak_ditemukan", "Perangkat daerah tidak ditemukan");
  const [baris, renstra, unit, pemda] = await Promise.all([
    daftarPk(db, c, opdId, tahun),
    cariRenstraAktif(db, c, opdId, tahun),
    daftarUnitKerja(db, c, opdId),
    infoPemda(db, c),
  ]);
  const pk: PkLayar[] = [];
  for (const p of baris) pk.push({ ...(await bacaPk(db, c, p.id)), status: p.status, revisi: p.revisi });

  const indikator: PilihanIndikatorPk[] = [];
  if (renstra) {
    const pohon = await bacaPohonRenstra(db, c, renstra.id);
    const semua = pohon.tujuan.flatMap((t) => [...t.indikator, ...t.sasaran.flatMap((s) => s.indikator)]);
    for (const i of semua) {
      const t = i.target.find((x) => x.tahun === tahun);
      indikator.push({
        kode: i.kode,
        nama: i.nama,
        satuan: i.satuan,
        target: t?.target ?? null,
        targetAtas: t?.targetAtas ?? null,
      });
    }
  }

  const dpa: DpaPk[] = [];
  for (const jenis of ["murni", "perubahan"] as const) {
    const d = await cariDpa(db, c, opdId, tahun, jenis);
    if (!d) continue;
    const program = [];
    for (const p of await daftarProgramDpa(db, c, d.id)) {
      program.push({ ...p, pagu: await paguProgram(db, c, d.id, p.kode) });
    }
    dpa.push({ id: d.id, jenis, program });
  }

  const terakhir = await db
    .selectFrom("perjanjian_kinerja")
    .select(["pihak_kedua_nama", "pihak_kedua_jabatan", "pihak_kedua_nip", "tempat"])
    .where("pemda_id", "=", c.pemdaId)
    .where("opd_id", "=", opdId)
    .where("tingkat", "=", "pimpinan_opd")
    .orderBy("tahun", "desc")
    .orderBy("id", "desc")
    .executeTakeFirst();

  return {
    tahun,
    pk,
    renstra: renstra
      ? { id: renstra.id, nama: renstra.nama, tahunAwal: renstra.tahun_awal, tahunAkhir: renstra.tahun_akhir }
      : null,
    indikator,
    dpa,
    unit: unit.map((u) => ({ kode: u.kode, nama: u.nama, jenis: u.jenis })),
    usulan: {
      pihakPertama: {
        nama: opd.pimpinan_nama ?? "",
        jabatan: opd.pimpinan_jabatan ?? "",
        nip: opd.pimpinan_nip ?? "",
      },
      pihakKedua: {
        nama: terakhir?.pihak_kedua_nama ?? "",
        jabatan:
          terakhir?.pihak_kedua_jabatan ??
          `${JABATAN_KEPALA_DAERAH[pemda.jenis]} ${wilayahPemda(pemda.nama)}`,
        nip: terakhir?.pihak_kedua_nip ?? "",
      },
      tempat: terakhir?.tempat ?? "",
    },
  };
}

/** The latest year with a PK for the OPD, or null: the PK and rencana aksi pages open on it by default. */
export async function tahunPkTerakhir(db: Db, cakupan: Cakupan, opdId: number): Promise<number | null> {
  const c = cakupanOpd(cakupan, opdId);
  const baris = await db
    .selectFrom("perjanjian_kinerja")
    .select((eb) => eb.fn.max<number | null>("tahun").as("tahun"))
    .where("pemda_id", "=", c.pemdaId)
    .where("opd_id", "=", opdId)
    .executeTakeFirst();
  return baris?.tahun ?? null;
}

/**
 * Resolves a PK indicator id with its PK's year, refusing one that does not exist or belongs to another OPD,
 * before a rencana aksi form is read (the page to return to is the PK's year).
 */
export async function tentukanPkIndikator(db: Db, cakupan: Cakupan, pkIndikatorId: number) {
  const k = await repo.cariPkIndikatorById(db, cakupan, pkIndikatorId);
  if (!k) throw new GalatTerukur("tidak_ditemukan", "Indikator Perjanjian Kinerja tidak ditemukan");
  pastikanOpdDalamCakupan(cakupan, k.opd_id);
  return { id: k.id, pkId: k.pk_id, tahun: k.tahun, opdId: k.opd_id };
}

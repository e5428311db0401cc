import type { Db } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { tentukanOpdById } from "../planning/renstra.service.ts";
import { hasilPeriode } from "./hasil.service.ts";
import { daftarPeriodeSkm } from "./periode.service.ts";
import { namaPeriode } from "./publik/nama-periode.ts";
import type { Mutu } from "./skm.domain.ts";
import * as repo from "./survey.repo.ts";

/** A service unit or service type as the management screen lists it. */
export type KodeNama = { kode: string; nama: string; aktif: boolean };

/** One survey period as the management screen lists it, with its result so far. */
export type PeriodeKelola = {
  id: number;
  nama: string;
  tahun: number;
  periodeJenis: "triwulan" | "semester" | "tahun";
  periodeKe: number;
  mulai: string;
  selesai: string;
  jumlahPengguna: number | null;
  kodeSekaliPakai: boolean;
  kuesioner: string;
  indikator: { kode: string; nama: string } | null;
  responden: number;
  ikm: string | null;
  mutu: Mutu | null;
  /** one-time codes generated and not used yet */
  kodeTersisa: number;
  /** the IKU realisation this period's IKM was written to, if applied */
  realisasi: { nilai: string | null; status: string } | null;
};

/** Everything the survey management screen of one OPD shows. */
export type LayarSurveiKelola = {
  unit: KodeNama[];
  jenis: KodeNama[];
  periode: PeriodeKelola[];
  /** the OPD's Renstra indicators a period may be bound to (by code; the period's year picks the Renstra) */
  indikator: { kode: string; nama: string; renstra: string }[];
  /** the standard questionnaire and the pemda's own versions */
  kuesioner: { kode: string; nama: string; khusus: boolean }[];
};

/**
 * Reads the survey set-up of an OPD for its management screen: units, service types, periods with response
 * count, IKM, mutu, bound IKU and applied realisation, the indicators and questionnaires a new period may use.
 * Why: issue 5 item 1 — one screen to set the survey up and see where each period stands.
 */
export async function layarSurveiKelola(db: Db, cakupan: Cakupan, opdId: number): Promise<LayarSurveiKelola> {
  const c = cakupanOpd(cakupan, opdId);
  await tentukanOpdById(db, c, opdId);
  const unit = await db
    .selectFrom("skm_unit_layanan")
    .select(["kode", "nama", "aktif"])
    .where("pemda_id", "=", c.pemdaId)
    .where("opd_id", "=", opdId)
    .orderBy("id")
    .execute();
  const jenis = (await repo.daftarJenisLayanan(db, c, opdId, false)).map((j) => ({
    kode: j.kode,
    nama: j.nama,
    aktif: j.aktif,
  }));
  const indikator = await db
    .selectFrom("indikator as i")
    .innerJoin("renstra as r", "r.id", "i.renstra_id")
    .select(["i.kode", "i.nama", "r.tahun_awal", "r.tahun_akhir"])
    .where("i.pemda_id", "=", c.pemdaId)
    .where("i.opd_id", "=", opdId)
    .orderBy("r.tahun_awal", "desc")
    .orderBy("i.urutan")
    .orderBy("i.id")
    .execute();
  const kuesioner = await db
    .selectFrom("skm_kuesioner")
    .select(["kode", "nama", "pemda_id"])
    .where((eb) => eb.or([eb("pemda_id", "=", c.pemdaId), eb("pemda_id", "is", null)]))
    .orderBy("pemda_id", "desc")
    .orderBy("id")
    .execute();

  const daftar = await daftarPeriodeSkm(db, c, opdId);
  const periode: PeriodeKelola[] = [];
  for (const p of daftar) {
    const h = await hasilPeriode(db, c, p.id);
    const ind =
      p.indikator_id === null
        ? undefined
        : await db
            .selectFrom("indikator")
            .select(["kode", "nama"])
            .where("id", "=", p.indikator_id)
            .executeTakeFirst();
    const kode = await db
      .selectFrom("skm_kode_sekali")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("periode_id", "=", p.id)
      .where("dipakai_pada", "is", null)
      .executeTakeFirstOrThrow();
    const real = await db
      .selectFrom("realisasi_indikator")
      .select(["nilai", "status"])
      .where("pemda_id", "=", c.pemdaId)
      .where("skm_periode_id", "=", p.id)
      .orderBy("id", "desc")
      .executeTakeFirst();
    periode.push({
      id: p.id,
      nama: namaPeriode({ tahun: p.tahun, periodeJenis: p.periode_jenis, periodeKe: p.periode_ke }),
      tahun: p.tahun,
      periodeJenis: p.periode_jenis,
      periodeKe: p.periode_ke,
      mulai: p.mulai,
      selesai: p.selesai,
      jumlahPengguna: p.jumlah_pengguna,
      kodeSekaliPakai: p.kode_sekali_pakai,
      kuesioner: h.kuesioner.nama,
      indikator: ind ?? null,
      responden: h.responden,
      ikm: h.hasil?.ikm ?? null,
      mutu: h.hasil?.mutu ?? null,
      kodeTersisa: Number(kode.n),
      realisasi: real ? { nilai: real.nilai, status: real.status } : null,
    });
  }
  const kodeIndikator = new Set<string>();
  return {
    unit,
    jenis,
    periode,
    indikator: indikator
      .filter((i) => !kodeIndikator.has(i.kode) && kodeIndikator.add(i.kode))
      .map((i) => ({ kode: i.kode, nama: i.nama, renstra: `${i.tahun_awal}–${i.tahun_akhir}` })),
    kuesioner: kuesioner.map((k) => ({ kode: k.kode, nama: k.nama, khusus: k.pemda_id !== null })),
  };
}

/** Most codes on one printed page, so the page stays light (about 24 A4 sheets of 42 cells). */
export const KODE_PER_HALAMAN = 1000;

/**
 * A survey period of this OPD with one page of its unused one-time codes in the order they were made and how many
 * are unused in all, refused as not found when the period belongs to another OPD. Why: the codes are printed on
 * service receipts (issue 5 item 2).
 */
export async function kodeBelumDipakai(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  periodeId: number,
  halaman = 1,
) {
  const p = await periodeOpd(db, cakupan, opdId, periodeId);
  const dasar = db
    .selectFrom("skm_kode_sekali")
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("periode_id", "=", p.id)
    .where("dipakai_pada", "is", null);
  const { n } = await dasar.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
  const kode = await dasar
    .select("kode")
    .orderBy("id")
    .limit(KODE_PER_HALAMAN)
    .offset((Math.max(1, halaman) - 1) * KODE_PER_HALAMAN)
    .execute();
  return {
    periode: {
      id: p.id,
      nama: namaPeriode({ tahun: p.tahun, periodeJenis: p.periode_jenis, periodeKe: p.periode_ke }),
    },
    total: Number(n),
    kode: kode.map((k) => k.kode),
  };
}

/**
 * A survey period by id that belongs to the OPD of the address, else "not found" (never another OPD's period).
 * Why: routes name the OPD and the period separately; both must agree before anything is read or written.
 */
export async function periodeOpd(db: Db, cakupan: Cakupan, opdId: number, periodeId: number) {
  const c = cakupanOpd(cakupan, opdId);
  const p = Number.isSafeInteger(periodeId) ? await repo.cariPeriodeById(db, c, periodeId) : undefined;
  if (!p || p.opd_id !== opdId) {
    throw new GalatTerukur("tidak_ditemukan", "Periode survei tidak ditemukan", "periodeId");
  }
  return p;
}

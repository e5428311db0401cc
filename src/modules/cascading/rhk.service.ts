/**
 * Use cases of each employee's rencana hasil kerja (issue 9 item 5, PermenPANRB 6/2022): reading every active
 * employee's RHK as the pohon kinerja of a year gives it, and adding an RHK node for an employee under a node.
 */
import { z } from "zod";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { validasi } from "../../platform/validation.ts";
import { skemaAngka, skemaTahun } from "../planning/planning.schemas.ts";
import { registerPegawai } from "../staffing/pegawai-layar.service.ts";
import { daftarUnitKerja } from "../tenancy/tenancy.service.ts";
import type { SimpulPohon } from "./pohon.model.ts";
import { aturTargetSimpul, bacaPohonOpd, tambahIndikatorSimpul, tambahSimpul } from "./pohon.service.ts";
import { type HasilRhk, type PegawaiRhk, turunkanRhk } from "./rhk.domain.ts";

/** A node an RHK may be added under: an OPD node of the year's tree, with its depth for indenting. */
export type SimpulIndukRhk = { id: number; level: SimpulPohon["level"]; kondisi: string; kedalaman: number };

/** Every employee's RHK for a year, the nodes without an owner, and the nodes a new RHK may hang under. */
export type DaftarRhk = HasilRhk & { tahun: number; adaPohon: boolean; simpulInduk: SimpulIndukRhk[] };

function rataSimpulOpd(akar: readonly SimpulPohon[]): SimpulIndukRhk[] {
  const hasil: SimpulIndukRhk[] = [];
  const kunjungi = (s: SimpulPohon, kedalaman: number) => {
    const milikOpd = s.opdId !== null;
    if (milikOpd) hasil.push({ id: s.id, level: s.level, kondisi: s.kondisi, kedalaman });
    const anak = [...s.anak].sort((x, y) => x.urutan - y.urutan || x.id - y.id);
    for (const a of anak) kunjungi(a, milikOpd ? kedalaman + 1 : kedalaman);
  };
  for (const a of akar) kunjungi(a, 0);
  return hasil;
}

function kumpulkanIdIndikator(akar: readonly SimpulPohon[]): number[] {
  const ids = new Set<number>();
  const kunjungi = (s: SimpulPohon) => {
    for (const i of s.indikator) if (i.indikatorId !== null) ids.add(i.indikatorId);
    for (const a of s.anak) kunjungi(a);
  };
  for (const a of akar) kunjungi(a);
  return [...ids];
}

async function pegawaiAktif(db: Db, c: Cakupan, opdId: number): Promise<PegawaiRhk[]> {
  const [unit, register] = await Promise.all([daftarUnitKerja(db, c, opdId), registerPegawai(db, c, opdId)]);
  const unitPerKode = new Map(unit.map((u) => [u.kode, u]));
  return register.flatMap((u) =>
    u.pegawai.map((p) => ({
      id: p.id,
      nama: p.nama,
      nip: p.nip,
      jabatan: p.jabatan,
      jenisJabatan: p.jenis_jabatan,
      eselon: p.eselon,
      unitKerjaId: unitPerKode.get(u.kode)?.id ?? 0,
      unitNama: u.nama,
    })),
  );
}

/** The codes of the Renstra indicators the tree names (the PK indicators an RHK traces to). */
async function kodeIndikator(db: Db, c: Cakupan, opdId: number, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const baris = await db
    .selectFrom("indikator")
    .select(["id", "kode"])
    .where("pemda_id", "=", c.pemdaId)
    .where("opd_id", "=", opdId)
    .where("id", "in", ids)
    .execute();
  return new Map(baris.map((b) => [b.id, b.kode]));
}

/**
 * Every active employee of an OPD with the RHK the year's pohon kinerja gives them (PermenPANRB 6/2022: RHK,
 * the superior's RHK it intervenes, indikator kinerja individu and target), those without any listed too.
 * Why: the planner sees whose SKP is not yet tied to the tree (LKE 1.b.11) and exports the rest to e-Kinerja.
 */
export async function daftarRhk(db: Db, cakupan: Cakupan, opdId: number, tahun: number): Promise<DaftarRhk> {
  const c = cakupanOpd(cakupan, opdId);
  const th = validasi(skemaTahun, tahun);
  const [pohon, pegawai] = await Promise.all([bacaPohonOpd(db, c, opdId, th), pegawaiAktif(db, c, opdId)]);
  const akar = pohon?.akar ?? [];
  const kode = await kodeIndikator(db, c, opdId, kumpulkanIdIndikator(akar));
  return {
    ...turunkanRhk(akar, pegawai, kode, th),
    tahun: th,
    adaPohon: pohon !== null,
    simpulInduk: rataSimpulOpd(akar),
  };
}

const teksWajib = (nama: string) =>
  z
    .string({ error: `${nama} wajib diisi` })
    .trim()
    .min(1, `${nama} wajib diisi`)
    .max(2000, `${nama} terlalu panjang (paling banyak 2.000 huruf)`);
const idWajib = (pesan: string) =>
  z.union([z.number(), z.string()], { error: pesan }).transform((v, ctx) => {
    const n = typeof v === "number" ? v : /^\d{1,9}$/.test(v.trim()) ? Number(v.trim()) : Number.NaN;
    if (Number.isSafeInteger(n) && n > 0) return n;
    ctx.addIssue({ code: "custom", message: pesan });
    return z.NEVER;
  });

/** A new RHK: the employee, the node whose RHK it intervenes, its statement and one indicator with target. */
export const skemaRhkBaru = z.object({
  tahun: z.coerce.number({ error: "Tahun harus angka" }).pipe(skemaTahun),
  pegawaiId: idWajib("Pilih pegawai"),
  indukId: idWajib("Pilih RHK atasan yang diintervensi"),
  kondisi: teksWajib("Rencana hasil kerja"),
  indikator: teksWajib("Indikator kinerja individu"),
  satuan: teksWajib("Satuan").max(100, "Satuan terlalu panjang"),
  target: skemaAngka("Target"),
});

/** P1's service names an indicator's name "nama"; the RHK form calls it "indikator". */
function bidangForm(bidang: string | null): string | null {
  return bidang === "nama" ? "indikator" : bidang;
}

/**
 * Adds an RHK for an employee under a node of the year's tree: an individu node owned by the employee
 * (PermenPANRB 6/2022: the RHK intervenes the superior's RHK) with one indikator kinerja individu and its target,
 * all in one transaction. Refused at the field: an employee not active in this OPD, a parent outside this OPD's
 * tree of the year, and whatever the tree's own rules refuse (an employee of another unit). Returns the node id.
 */
export async function tambahRhk(db: Db, cakupan: Cakupan, opdId: number, input: unknown): Promise<number> {
  const c = cakupanOpd(cakupan, opdId);
  const v = validasi(skemaRhkBaru, input);
  const daftar = await daftarRhk(db, c, opdId, v.tahun);
  if (!daftar.pegawai.some((p) => p.pegawai.id === v.pegawaiId)) {
    throw inputTidakValid("Pegawai ini bukan pegawai aktif perangkat daerah ini", "pegawaiId");
  }
  if (!daftar.simpulInduk.some((s) => s.id === v.indukId)) {
    throw inputTidakValid(
      `Simpul atasan harus simpul pohon kinerja perangkat daerah ini untuk tahun ${v.tahun}`,
      "indukId",
    );
  }
  try {
    return await dalamTransaksi(db, async (trx) => {
      const id = await tambahSimpul(trx, c, {
        opdId,
        tahun: v.tahun,
        indukId: v.indukId,
        level: "individu",
        jenisHasil: "output",
        kondisi: v.kondisi,
        pegawaiId: v.pegawaiId,
      });
      const indikatorId = await tambahIndikatorSimpul(trx, c, id, { nama: v.indikator, satuan: v.satuan });
      await aturTargetSimpul(trx, c, indikatorId, { tahun: v.tahun, target: v.target });
      return id;
    });
  } catch (e) {
    if (e instanceof GalatTerukur && e.bidang !== bidangForm(e.bidang)) {
      const bidang = bidangForm(e.bidang);
      const pesan = e.message.startsWith(`${e.bidang}: `)
        ? e.message.slice(`${e.bidang}: `.length)
        : e.message;
      throw new GalatTerukur(e.jenis, pesan, bidang);
    }
    throw e;
  }
}

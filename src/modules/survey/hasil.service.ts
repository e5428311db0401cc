import type { Db } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { tentukanOpdById } from "../planning/renstra.service.ts";
import {
  type AgregatUnsur,
  type HasilSkm,
  hitungSkm,
  type Mutu,
  sampelMinimum,
  type UnsurHitung,
} from "./skm.domain.ts";
import * as repo from "./survey.repo.ts";

/** At most this many suggestions are returned with a result (oldest first); the report lists them. */
export const BATAS_SARAN = 1000;

/** One group of respondents (a service type, a sex, an age band …) with its own IKM where computable. */
export type HasilKelompok = {
  kode: string | null;
  nama: string;
  responden: number;
  ikm: string | null;
  mutu: Mutu | null;
};

/** The full result of one survey period, as the results page, the SKM report and the CLI show it. */
export type HasilPeriode = {
  periode: {
    id: number;
    tahun: number;
    periodeJenis: "triwulan" | "semester" | "tahun";
    periodeKe: number;
    mulai: string;
    selesai: string;
    jumlahPengguna: number | null;
    indikatorId: number | null;
    kodeSekaliPakai: boolean;
  };
  opd: { id: number; kode: string; nama: string };
  kuesioner: {
    id: number;
    kode: string;
    nama: string;
    sumber: string;
    unsur: (UnsurHitung & { pertanyaan: string })[];
  };
  responden: number;
  /** null when nothing can be computed yet (no response, or an unsur nobody answered); see alasanTanpaHasil. */
  hasil: HasilSkm | null;
  alasanTanpaHasil: string | null;
  perJenisLayanan: HasilKelompok[];
  perKelompok: {
    jenisKelamin: HasilKelompok[];
    pendidikan: HasilKelompok[];
    pekerjaan: HasilKelompok[];
    usia: HasilKelompok[];
  };
  sampel: { jumlahPengguna: number; minimum: number; cukup: boolean } | null;
  saran: string[];
};

const NAMA_JENIS_KELAMIN: Record<string, string> = { L: "Laki-laki", P: "Perempuan" };
const URUTAN_PENDIDIKAN = ["SD", "SMP", "SMA", "D1-D3", "D4-S1", "S2-S3", "lainnya"];
const URUTAN_PEKERJAAN = ["PNS", "TNI/POLRI", "swasta", "wirausaha", "pelajar/mahasiswa", "lainnya"];
const URUTAN_USIA = ["10-19", "20-29", "30-39", "40-49", "50-59", "60+"];
const TIDAK_DIISI = "Tidak diisi";

function coba(
  unsur: UnsurHitung[],
  agregat: Map<string, AgregatUnsur>,
): { hasil: HasilSkm | null; alasan: string | null } {
  try {
    return { hasil: hitungSkm(unsur, agregat), alasan: null };
  } catch (e) {
    if (e instanceof GalatTerukur) return { hasil: null, alasan: e.message };
    throw e;
  }
}

/** The unsur of a questionnaire in asking order with their exact weights. */
export async function unsurKuesioner(db: Db, kuesionerId: number) {
  const baris = await repo.daftarUnsur(db, kuesionerId);
  return baris.map((u) => ({
    id: u.id,
    kunci: u.kunci,
    nama: u.nama,
    pertanyaan: u.pertanyaan,
    bobot: { pembilang: u.bobot_pembilang, penyebut: u.bobot_penyebut },
  }));
}

/**
 * The result of one survey period: per-unsur totals, NRR, konversi, mutu and rank, the IKM, the same per service
 * type and respondent group, the sample check against Krejcie & Morgan and the suggestions. Sums and counts come
 * from one grouping-sets SQL aggregate, never from loading the answers. Why: PermenPANRB 14/2017 Lampiran and
 * decisions.md "SKM / IKM"; issue 5 item 3.
 */
export async function hasilPeriode(db: Db, cakupan: Cakupan, periodeId: number): Promise<HasilPeriode> {
  const p = await repo.cariPeriodeById(db, cakupan, periodeId);
  if (!p) throw new GalatTerukur("tidak_ditemukan", "Periode survei tidak ditemukan", "periodeId");
  const c = cakupanOpd(cakupan, p.opd_id);
  const opd = await tentukanOpdById(db, c, p.opd_id);
  const kuesioner = await repo.cariKuesionerById(db, p.kuesioner_id);
  const unsur = await unsurKuesioner(db, kuesioner.id);
  const kunciUnsur = new Map(unsur.map((u) => [u.id, u.kunci]));
  const agregat = await repo.agregatJawaban(db, c, p.id);
  const responden = await repo.hitungResponden(db, c, p.id);
  const jenisLayanan = await repo.daftarJenisLayanan(db, c, p.opd_id, false);
  const saran = await repo.daftarSaran(db, c, p.id, BATAS_SARAN);

  const kunciGrup = (dimensi: string, nilai: string | null) => `${dimensi}\u0000${nilai ?? ""}`;
  const perGrup = new Map<string, Map<string, AgregatUnsur>>();
  for (const a of agregat) {
    const k = kunciGrup(a.dimensi, a.nilai);
    let m = perGrup.get(k);
    if (!m) {
      m = new Map();
      perGrup.set(k, m);
    }
    const kunci = kunciUnsur.get(a.unsur_id);
    if (kunci) m.set(kunci, { jumlah: BigInt(a.jumlah), responden: a.responden });
  }
  const jumlahResponden = new Map(responden.map((r) => [kunciGrup(r.dimensi, r.nilai), r.responden]));
  const total = jumlahResponden.get(kunciGrup("semua", null)) ?? 0;

  const keseluruhan =
    total === 0
      ? { hasil: null, alasan: "Belum ada respons pada periode ini." }
      : coba(unsur, perGrup.get(kunciGrup("semua", null)) ?? new Map());

  const kelompok = (
    dimensi: repo.DimensiSkm,
    daftar: { kode: string | null; nilai: string | null; nama: string }[],
  ) =>
    daftar
      .map((g): HasilKelompok => {
        const k = kunciGrup(dimensi, g.nilai);
        const n = jumlahResponden.get(k) ?? 0;
        const h = n > 0 ? coba(unsur, perGrup.get(k) ?? new Map()).hasil : null;
        return { kode: g.kode, nama: g.nama, responden: n, ikm: h?.ikm ?? null, mutu: h?.mutu ?? null };
      })
      .filter((g) => g.responden > 0 || g.kode !== null);
  const dariDaftar = (nilai: readonly string[], nama: (v: string) => string = (v) => v) => [
    ...nilai.map((v) => ({ kode: v, nilai: v, nama: nama(v) })),
    { kode: null, nilai: null, nama: TIDAK_DIISI },
  ];

  return {
    periode: {
      id: p.id,
      tahun: p.tahun,
      periodeJenis: p.periode_jenis,
      periodeKe: p.periode_ke,
      mulai: p.mulai,
      selesai: p.selesai,
      jumlahPengguna: p.jumlah_pengguna,
      indikatorId: p.indikator_id,
      kodeSekaliPakai: p.kode_sekali_pakai,
    },
    opd: { id: opd.id, kode: opd.kode, nama: opd.nama },
    kuesioner: {
      id: kuesioner.id,
      kode: kuesioner.kode,
      nama: kuesioner.nama,
      sumber: kuesioner.sumber,
      unsur: unsur.map(({ kunci, nama, pertanyaan, bobot }) => ({ kunci, nama, pertanyaan, bobot })),
    },
    responden: total,
    hasil: keseluruhan.hasil,
    alasanTanpaHasil: keseluruhan.alasan,
    perJenisLayanan: kelompok("jenis_layanan", [
      ...jenisLayanan.map((j) => ({ kode: j.kode, nilai: String(j.id), nama: j.nama })),
      { kode: null, nilai: null, nama: TIDAK_DIISI },
    ]),
    perKelompok: {
      jenisKelamin: kelompok(
        "jenis_kelamin",
        dariDaftar(["L", "P"], (v) => NAMA_JENIS_KELAMIN[v] ?? v),
      ),
      pendidikan: kelompok("pendidikan", dariDaftar(URUTAN_PENDIDIKAN)),
      pekerjaan: kelompok("pekerjaan", dariDaftar(URUTAN_PEKERJAAN)),
      usia: kelompok(
        "usia",
        dariDaftar(URUTAN_USIA, (v) => (v === "60+" ? "60 tahun ke atas" : `${v.replace("-", "–")} tahun`)),
      ),
    },
    sampel:
      p.jumlah_pengguna === null
        ? null
        : {
            jumlahPengguna: p.jumlah_pengguna,
            minimum: sampelMinimum(p.jumlah_pengguna),
            cukup: total >= sampelMinimum(p.jumlah_pengguna),
          },
    saran: saran.map((s) => s.saran ?? "").filter((s) => s !== ""),
  };
}

/** One period's point of the IKM trend. */
export type TitikTren = {
  periodeId: number;
  tahun: number;
  periodeJenis: "triwulan" | "semester" | "tahun";
  periodeKe: number;
  mulai: string;
  selesai: string;
  responden: number;
  ikm: string | null;
  mutu: Mutu | null;
};

/**
 * The IKM of every survey period of an OPD in time order, from one aggregate over all its answers. Why: issue 5
 * item 3 (trend across periods); the LKjIP compares the IKM with earlier years.
 */
export async function trenSkm(db: Db, cakupan: Cakupan, opdId: number): Promise<TitikTren[]> {
  const c = cakupanOpd(cakupan, opdId);
  await tentukanOpdById(db, c, opdId);
  const periode = await repo.daftarPeriode(db, c, opdId);
  const agregat = await repo.agregatPerPeriode(db, c, opdId);
  const responden = await repo.hitungRespondenPerPeriode(db, c, opdId);
  const unsurPer = new Map<number, Awaited<ReturnType<typeof unsurKuesioner>>>();
  for (const kid of new Set(periode.map((p) => p.kuesioner_id)))
    unsurPer.set(kid, await unsurKuesioner(db, kid));
  const nPer = new Map(responden.map((r) => [r.periode_id, Number(r.responden)]));
  return periode.map((p): TitikTren => {
    const unsur = unsurPer.get(p.kuesioner_id) ?? [];
    const kunci = new Map(unsur.map((u) => [u.id, u.kunci]));
    const m = new Map<string, AgregatUnsur>();
    for (const a of agregat) {
      const k = a.periode_id === p.id ? kunci.get(a.unsur_id) : undefined;
      if (k) m.set(k, { jumlah: BigInt(a.jumlah), responden: a.responden });
    }
    const n = nPer.get(p.id) ?? 0;
    const h = n > 0 ? coba(unsur, m).hasil : null;
    return {
      periodeId: p.id,
      tahun: p.tahun,
      periodeJenis: p.periode_jenis,
      periodeKe: p.periode_ke,
      mulai: p.mulai,
      selesai: p.selesai,
      responden: n,
      ikm: h?.ikm ?? null,
      mutu: h?.mutu ?? null,
    };
  });
}

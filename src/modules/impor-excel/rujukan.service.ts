/**
 * Loads what a sheet is built from and checked against: the Renstra of a year with its indicators and targets,
 * a year's realisations with their status, a DPA version's lines and the nomenclature in force.
 */
import type { Db } from "../../platform/db/transaction.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { cariDpa } from "../budget/budget.service.ts";
import { labelPeriode } from "../performance/periode.domain.ts";
import { TAHUN_RIWAYAT_MAKSIMUM } from "../performance/realisasi.service.ts";
import type { LevelDpa, RujukanDpa } from "./dpa.domain.ts";
import { type KodePeriode, periodeDariKode } from "./impor.domain.ts";
import * as repo from "./impor.repo.ts";
import type { IndikatorRealisasi, RujukanRealisasi } from "./realisasi.domain.ts";
import type { RujukanTarget, TargetTersimpan } from "./target.domain.ts";

type Renstra = Awaited<ReturnType<typeof repo.daftarRenstraOpd>>[number];

/**
 * The Renstra a year belongs to: the one covering it; for a year before every Renstra the first one (past
 * results are history); for a year after every Renstra the last one, so its codes still resolve and the
 * year is refused with the reason.
 */
export function pilihRenstra(daftar: readonly Renstra[], tahun: number): Renstra | null {
  const meliputi = daftar.find((r) => r.tahun_awal <= tahun && tahun <= r.tahun_akhir);
  if (meliputi) return meliputi;
  const sesudah = daftar.find((r) => r.tahun_awal > tahun);
  return sesudah ?? daftar[daftar.length - 1] ?? null;
}

/** The indicators and targets of the Renstra of a year (null when the OPD has no Renstra). */
export async function rujukanTarget(db: Db, cakupan: Cakupan, opdId: number, tahun: number) {
  const c = cakupanOpd(cakupan, opdId);
  const renstra = pilihRenstra(await repo.daftarRenstraOpd(db, c, opdId), tahun);
  if (!renstra) return null;
  const [indikator, target] = await Promise.all([
    repo.daftarIndikatorRenstra(db, c, renstra.id),
    repo.daftarTargetRenstra(db, c, renstra.id),
  ]);
  const perKode = new Map<string, Map<number, TargetTersimpan>>();
  for (const t of target) {
    const m = perKode.get(t.kode) ?? new Map<number, TargetTersimpan>();
    m.set(t.tahun, { target: t.target, targetAtas: t.target_atas });
    perKode.set(t.kode, m);
  }
  const rujukan: RujukanTarget = {
    tahunAwal: renstra.tahun_awal,
    tahunAkhir: renstra.tahun_akhir,
    indikator: new Map(
      indikator.map((i) => [
        i.kode,
        { nama: i.nama, satuan: i.satuan, target: perKode.get(i.kode) ?? new Map() },
      ]),
    ),
  };
  return { renstra, indikator, rujukan };
}

const NAMA_JENIS: Record<string, string> = {
  bulan: "bulan",
  triwulan: "triwulan",
  semester: "semester",
  tahun: "tahun",
};

/** A year's realisations of one period with their status, and why the year cannot be imported (if so). */
export async function rujukanRealisasi(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
  kodePeriode: KodePeriode,
) {
  const c = cakupanOpd(cakupan, opdId);
  const periode = periodeDariKode(kodePeriode);
  const renstra = pilihRenstra(await repo.daftarRenstraOpd(db, c, opdId), tahun);
  const indikator = renstra ? await repo.daftarIndikatorRenstra(db, c, renstra.id) : [];
  const baris = renstra ? await repo.daftarRealisasiTahun(db, c, renstra.id, tahun) : [];
  let galatTahun: string | null = null;
  if (!renstra) galatTahun = "perangkat daerah ini belum mempunyai Renstra";
  else if (tahun > renstra.tahun_akhir) {
    galatTahun = `tahun ${tahun} sesudah akhir periode Renstra ${renstra.tahun_awal}–${renstra.tahun_akhir}`;
  } else if (tahun < renstra.tahun_awal - TAHUN_RIWAYAT_MAKSIMUM) {
    galatTahun = `tahun ${tahun} lebih dari ${TAHUN_RIWAYAT_MAKSIMUM} tahun sebelum Renstra ${renstra.tahun_awal}–${renstra.tahun_akhir}`;
  }
  const peta = new Map<string, IndikatorRealisasi>();
  for (const i of indikator) {
    const milik = baris.filter((b) => b.indikator_id === i.id);
    const lain = milik.find((b) => b.periode_jenis !== periode.jenis);
    const kini = milik.find((b) => b.periode_jenis === periode.jenis && b.periode_ke === periode.ke);
    peta.set(i.kode, {
      nama: i.nama,
      satuan: i.satuan,
      jenisLain: lain ? (NAMA_JENIS[lain.periode_jenis] ?? lain.periode_jenis) : null,
      tersimpan: kini
        ? { nilai: kini.nilai, sumber: kini.sumber, catatan: kini.catatan, status: kini.status }
        : null,
    });
  }
  const rujukan: RujukanRealisasi = {
    tahun,
    labelPeriode: labelPeriode(periode),
    galatTahun,
    indikator: peta,
  };
  return {
    renstra,
    indikator,
    rujukan,
    baris: baris.filter((b) => b.periode_jenis === periode.jenis && b.periode_ke === periode.ke),
  };
}

function levelDari(t: string): LevelDpa | null {
  return t === "program" || t === "kegiatan" || t === "sub_kegiatan" ? t : null;
}

/** A DPA version's lines (empty when it is not registered yet) and the nomenclature codes in force for its year. */
export async function rujukanDpa(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
  jenis: "murni" | "perubahan",
) {
  const c = cakupanOpd(cakupan, opdId);
  const dpa = await cariDpa(db, c, opdId, tahun, jenis);
  const baris = dpa ? await repo.daftarBarisDpa(db, c, dpa.id) : { program: [], kegiatan: [], sub: [] };
  const nomenklatur = await repo.daftarNomenklaturBerlaku(db, `${tahun}-12-31`);
  type Tersimpan = { level: LevelDpa; nama: string; pagu: bigint | null };
  const tersimpan = new Map<string, Tersimpan>();
  for (const p of baris.program) tersimpan.set(p.kode, { level: "program", nama: p.nama, pagu: null });
  for (const k of baris.kegiatan) tersimpan.set(k.kode, { level: "kegiatan", nama: k.nama, pagu: null });
  for (const s of baris.sub) tersimpan.set(s.kode, { level: "sub_kegiatan", nama: s.nama, pagu: s.pagu });
  const baku = new Map<string, { level: LevelDpa; nama: string }>();
  for (const n of nomenklatur) {
    const level = levelDari(n.tingkat);
    if (level) baku.set(n.kode, { level, nama: n.nama });
  }
  const rujukan: RujukanDpa = { tahun, tersimpan, nomenklatur: baku };
  return { dpa, baris, rujukan };
}

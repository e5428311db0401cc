/**
 * Reads the pohon kinerja into the nested read model every screen, document and check uses (pohon.model.ts):
 * an OPD's tree of one plan period with the pemda nodes above it, or the pemda-level nodes alone.
 */
import type { Db } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import * as planningRepo from "../planning/planning.repo.ts";
import type { FaktorKeberhasilan, PohonKinerjaOpd, SimpulPohon } from "./pohon.model.ts";
import * as repo from "./pohon.repo.ts";

type Baris = repo.BarisSimpul;

function urut(a: { urutan: number; id: number }, b: { urutan: number; id: number }): number {
  return a.urutan - b.urutan || a.id - b.id;
}

/** Loads the indicators, targets, funding and support of a set of node rows: three queries for any size. */
async function lengkapi(
  db: Db,
  cakupan: Cakupan,
  baris: readonly Baris[],
): Promise<Map<number, SimpulPohon>> {
  const ids = baris.map((b) => b.id);
  const [indikator, anggaran, dukungan] = [
    await repo.daftarIndikatorTarget(db, cakupan, ids),
    await repo.daftarAnggaran(db, cakupan, ids),
    await repo.daftarDukungan(db, cakupan, ids),
  ];
  const simpul = new Map<number, SimpulPohon>();
  for (const b of [...baris].sort(urut)) {
    simpul.set(b.id, {
      id: b.id,
      indukId: b.induk_id,
      opdId: b.opd_id,
      level: b.level,
      jenisHasil: b.jenis_hasil,
      kondisi: b.kondisi,
      urutan: b.urutan,
      rpjmdSasaranId: b.rpjmd_sasaran_id,
      sasaranId: b.sasaran_id,
      unitKerja: b.unit_kerja_id === null ? null : { id: b.unit_kerja_id, nama: b.unit_nama ?? "" },
      pegawai:
        b.pegawai_id === null
          ? null
          : {
              id: b.pegawai_id,
              nama: b.pegawai_nama ?? "",
              nip: b.pegawai_nip ?? null,
              jabatan: b.pegawai_jabatan ?? "",
            },
      faktorKeberhasilan:
        b.faktor_keberhasilan_id === null
          ? null
          : { id: b.faktor_keberhasilan_id, uraian: b.faktor_uraian ?? "" },
      indikator: [],
      anggaran: [],
      dukungan: [],
      anak: [],
    });
  }
  for (const i of indikator) {
    const s = simpul.get(i.pohon_id);
    if (!s) continue;
    let k = s.indikator.find((x) => x.id === i.id);
    if (!k) {
      k = { id: i.id, indikatorId: i.indikator_id, nama: i.nama, satuan: i.satuan, target: {} };
      s.indikator.push(k);
    }
    if (i.tahun !== null && i.target !== null) k.target[i.tahun] = i.target;
  }
  for (const a of anggaran) {
    simpul
      .get(a.pohon_id)
      ?.anggaran.push({ opdId: a.opd_id, opdKode: a.opd_kode, kode: a.kode_anggaran, nama: a.nama });
  }
  for (const d of dukungan) {
    simpul.get(d.pohon_id)?.dukungan.push({
      opdId: d.opd_id,
      opdKode: d.opd_kode,
      opdNama: d.opd_nama,
      peran: d.peran,
      porsi: d.porsi,
    });
  }
  return simpul;
}

/** Hangs each node under its parent when the parent is loaded; returns the others (roots) in order. */
function rangkai(simpul: Map<number, SimpulPohon>): SimpulPohon[] {
  const akar: SimpulPohon[] = [];
  for (const s of simpul.values()) {
    const induk = s.indukId === null ? undefined : simpul.get(s.indukId);
    if (induk) induk.anak.push(s);
    else akar.push(s);
  }
  return akar;
}

/**
 * An OPD's tree for the plan period covering `tahun` (its nodes with tahun_awal ≤ tahun ≤ tahun_akhir): the
 * pemda nodes its nodes hang under, with only this OPD's branches, then its nodes without a parent (orphans).
 * The period is that of its nodes, else of the Renstra covering the year; null when it has neither.
 */
export async function bacaPohonOpd(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
): Promise<PohonKinerjaOpd | null> {
  const c = cakupanOpd(cakupan, opdId);
  const opd = await repo.cariOpdById(db, c, opdId);
  if (!opd) throw new GalatTerukur("tidak_ditemukan", "Perangkat daerah tidak ditemukan", "opdId");
  const milik = await repo.daftarSimpulOpd(db, c, opdId, tahun);
  let periode: { awal: number; akhir: number };
  if (milik.length > 0) {
    periode = {
      awal: Math.min(...milik.map((m) => m.tahun_awal)),
      akhir: Math.max(...milik.map((m) => m.tahun_akhir)),
    };
  } else {
    const renstra = await planningRepo.cariRenstraMeliputi(db, c, opdId, tahun);
    if (!renstra) return null;
    periode = { awal: renstra.tahun_awal, akhir: renstra.tahun_akhir };
  }
  const idMilik = new Set(milik.map((m) => m.id));
  const indukLuar = [
    ...new Set(milik.map((m) => m.induk_id).filter((i): i is number => i !== null && !idMilik.has(i))),
  ];
  const idAtas = (await repo.idLeluhur(db, c, indukLuar)).filter((i) => !idMilik.has(i));
  const atas = await repo.daftarSimpulById(db, c, idAtas);
  const simpul = await lengkapi(db, c, [...atas, ...milik]);
  const akar = rangkai(simpul);
  const akarAtas = akar.filter((s) => !idMilik.has(s.id));
  const yatim = akar.filter((s) => idMilik.has(s.id));
  const faktor = await repo.daftarFaktor(db, c, opdId, [...simpul.keys()]);
  return {
    opd: { id: opd.id, kode: opd.kode, nama: opd.nama },
    tahunAwal: periode.awal,
    tahunAkhir: periode.akhir,
    akar: [...akarAtas, ...yatim],
    faktorKeberhasilan: faktor.map(
      (f): FaktorKeberhasilan => ({ id: f.id, pohonId: f.pohon_id, uraian: f.uraian, urutan: f.urutan }),
    ),
  };
}

/** The pemda-level nodes whose period covers `tahun`, nested among themselves; the screens offer them as parents. */
export async function bacaPohonPemda(db: Db, cakupan: Cakupan, tahun: number): Promise<SimpulPohon[]> {
  const baris = await repo.daftarSimpulPemda(db, cakupan, tahun);
  return rangkai(await lengkapi(db, cakupan, baris));
}

/**
 * Loads the demo's pohon kinerja (pohon-demo-data.ts) through the cascading services, so the tree is validated
 * like a planner's input (levels, owners, RHK units, budget codes in the DPA, crosscutting). Statements,
 * indicators and targets of the strategic nodes are read from the Renstra just loaded, not retyped.
 */
import {
  aturDukungan,
  aturTargetSimpul,
  tambahFaktorKeberhasilan,
  tambahIndikatorSimpul,
  tambahSimpul,
  tautkanAnggaran,
} from "../../src/modules/cascading/pohon.service.ts";
import { bacaPohonRenstra } from "../../src/modules/planning/planning.read.ts";
import { cariRenstraAktif } from "../../src/modules/planning/renstra.service.ts";
import { registerPegawai } from "../../src/modules/staffing/pegawai-layar.service.ts";
import { daftarUnitKerja } from "../../src/modules/tenancy/tenancy.service.ts";
import type { Db } from "../../src/platform/db/transaction.ts";
import type { Cakupan } from "../../src/platform/scope.ts";
import {
  pohonMalili,
  type SeedIndikatorPohon,
  type SeedPohon,
  type SeedSimpulPohon,
} from "./pohon-demo-data.ts";
import type { SeedDataset } from "./types.ts";

const JENIS_HASIL = {
  taktis: "intermediate_outcome",
  operasional: "output",
  individu: "output",
} as const;

function ambil<K, V>(peta: ReadonlyMap<K, V>, kunci: K, apa: string): V {
  const nilai = peta.get(kunci);
  if (nilai === undefined) throw new Error(`Pohon demo: ${apa} "${String(kunci)}" tidak ada di dataset`);
  return nilai;
}

/**
 * Builds the OPD's tree for the plan period covering `pohon.tahun`: pemda nodes (in the pemda scope), then each
 * strategic branch. Crosscutting support is recorded only for an OPD the dataset holds (the benchmarks load
 * copies of the demo without the other OPDs).
 */
export async function muatPohonDemo(
  db: Db,
  c: Cakupan,
  opdId: number,
  ds: SeedDataset,
  pohon: SeedPohon = pohonMalili,
): Promise<void> {
  const pemda: Cakupan = { pemdaId: c.pemdaId, opdId: null, pelaku: c.pelaku };
  const renstra = await cariRenstraAktif(db, c, opdId, pohon.tahun);
  if (renstra === undefined) throw new Error(`Pohon demo: tidak ada Renstra yang meliputi ${pohon.tahun}`);
  const rencana = await bacaPohonRenstra(db, c, renstra.id);
  const sasaran = new Map(rencana.tujuan.flatMap((t) => t.sasaran).map((s) => [s.kode, s]));
  const unit = new Map((await daftarUnitKerja(db, c, opdId)).map((u) => [u.kode, u.id]));
  const pegawai = new Map(
    (await registerPegawai(db, c, opdId)).flatMap((u) => u.pegawai).map((p) => [p.nama, p.id]),
  );
  const tujuanRpjmd = new Map(ds.pemda.rpjmd.tujuan.map((t) => [t.kode, t.uraian]));
  const opdLain = new Set(ds.pemda.opdLain.map((o) => o.kode));

  const isiIndikator = async (simpulId: number, daftar: readonly SeedIndikatorPohon[]) => {
    for (const [urutan, ind] of daftar.entries()) {
      const id = await tambahIndikatorSimpul(db, c, simpulId, { nama: ind.nama, satuan: ind.satuan, urutan });
      for (const [tahun, target] of Object.entries(ind.target)) {
        await aturTargetSimpul(db, c, id, { tahun: Number(tahun), target });
      }
    }
  };

  const muatSimpul = async (
    s: SeedSimpulPohon,
    indukId: number,
    urutan: number,
    faktor: ReadonlyMap<string, number>,
  ): Promise<void> => {
    const id = await tambahSimpul(db, c, {
      opdId,
      tahun: pohon.tahun,
      indukId,
      level: s.level,
      jenisHasil: JENIS_HASIL[s.level],
      kondisi: s.kondisi,
      unitKerjaId: ambil(unit, s.unitKode, "unit kerja"),
      pegawaiId: s.pegawaiNama === null ? null : ambil(pegawai, s.pegawaiNama, "pegawai"),
      faktorKeberhasilanId: s.faktor === null ? null : ambil(faktor, s.faktor, "faktor keberhasilan"),
      urutan,
    });
    await isiIndikator(id, s.indikator);
    for (const kode of s.anggaran) await tautkanAnggaran(db, c, id, { opdKode: ds.opd.kode, kode });
    for (const [i, anak] of s.anak.entries()) await muatSimpul(anak, id, i, faktor);
  };

  const simpulPemda = new Map<string, number>();
  for (const [urutan, kode] of pohon.pemdaTujuanKode.entries()) {
    const id = await tambahSimpul(db, pemda, {
      opdId: null,
      tahun: pohon.tahun,
      indukId: null,
      level: "strategis_pemda",
      jenisHasil: "outcome",
      kondisi: ambil(tujuanRpjmd, kode, "tujuan RPJMD"),
      urutan,
    });
    simpulPemda.set(kode, id);
  }

  for (const [urutan, st] of pohon.strategis.entries()) {
    const sas = ambil(sasaran, st.sasaranKode, "sasaran Renstra");
    const id = await tambahSimpul(db, c, {
      opdId,
      tahun: pohon.tahun,
      indukId: ambil(simpulPemda, st.pemdaTujuanKode, "simpul pemda"),
      level: "strategis",
      jenisHasil: "outcome",
      kondisi: sas.uraian,
      sasaranId: sas.id,
      unitKerjaId: ambil(unit, st.unitKode, "unit kerja"),
      pegawaiId: ambil(pegawai, st.pegawaiNama, "pegawai"),
      urutan,
    });
    for (const [i, ind] of sas.indikator.entries()) {
      const idInd = await tambahIndikatorSimpul(db, c, id, {
        indikatorId: ind.id,
        nama: ind.nama,
        satuan: ind.satuan,
        urutan: i,
      });
      for (const t of ind.target) {
        if (t.target !== null) await aturTargetSimpul(db, c, idInd, { tahun: t.tahun, target: t.target });
      }
    }
    const faktor = new Map<string, number>();
    for (const [i, f] of st.faktor.entries()) {
      faktor.set(f.kunci, await tambahFaktorKeberhasilan(db, c, id, { uraian: f.uraian, urutan: i }));
    }
    for (const d of st.dukungan) {
      if (!opdLain.has(d.opdKode)) continue;
      await aturDukungan(db, c, id, d);
    }
    for (const [i, anak] of st.anak.entries()) await muatSimpul(anak, id, i, faktor);
  }
}

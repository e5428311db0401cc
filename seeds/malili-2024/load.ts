import {
  aturAnggaranKas,
  buatDpa,
  catatRealisasiAnggaran,
  tambahKegiatanDpa,
  tambahProgramDpa,
  tambahSubKegiatanDpa,
} from "../../src/modules/budget/budget.service.ts";
import { catatHasilEvaluasi, tambahRekomendasi } from "../../src/modules/evaluation/evaluation.service.ts";
import { tulisNarasi } from "../../src/modules/performance/narasi.service.ts";
import { catatRealisasi } from "../../src/modules/performance/realisasi.service.ts";
import {
  aturRencanaAksi,
  buatPk,
  tambahPkIndikator,
  tambahPkProgram,
} from "../../src/modules/planning/pk.service.ts";
import {
  aturTarget,
  buatRenstra,
  tambahIndikator,
  tambahSasaran,
  tambahTujuan,
} from "../../src/modules/planning/renstra.service.ts";
import { buatRpjmd } from "../../src/modules/planning/rpjmd.service.ts";
import { aturKebutuhanAnjab, tambahPegawai } from "../../src/modules/staffing/staffing.service.ts";
import {
  buatJenisLayanan,
  buatPeriodeSkm,
  buatUnitLayanan,
} from "../../src/modules/survey/survey.service.ts";
import {
  buatOpd,
  buatPemda,
  buatUnitKerja,
  buatWilayah,
  catatPenduduk,
} from "../../src/modules/tenancy/tenancy.service.ts";
import { type Db, dalamTransaksi } from "../../src/platform/db/transaction.ts";
import type { Cakupan } from "../../src/platform/scope.ts";
import { muatLkeDemo } from "./lke-demo.ts";
import { muatPohonDemo } from "./pohon-demo.ts";
import type { SeedDataset, SeedIndikator, SeedOpd } from "./types.ts";

const PELAKU = "demo";

/**
 * Loads a dataset through the ordinary services in one transaction, so the demo is validated exactly
 * like user input and a failure leaves nothing behind. Returns the pemda and OPD ids.
 */
export async function muatDataset(
  db: Db,
  ds: SeedDataset,
  hariIni: Date = new Date(),
): Promise<{ pemdaId: number; opdId: number }> {
  return dalamTransaksi(db, async (trx) => {
    const pemdaId = await buatPemda(trx, PELAKU, {
      kode: ds.pemda.kode,
      nama: ds.pemda.nama,
      jenis: ds.pemda.jenis,
    });
    const admin: Cakupan = { pemdaId, opdId: null, pelaku: PELAKU };
    const r = ds.pemda.rpjmd;
    await buatRpjmd(trx, admin, {
      tahunAwal: r.tahunAwal,
      tahunAkhir: r.tahunAkhir,
      visi: r.visi,
      misi: r.misi,
      tujuan: r.tujuan,
      sasaran: r.sasaran,
    });
    const opdId = await buatOpd(trx, admin, {
      kode: ds.opd.kode,
      nama: ds.opd.nama,
      jenis: ds.opd.jenis,
      alamat: ds.opd.alamat,
      pimpinanNama: ds.opd.pimpinan.nama,
      pimpinanJabatan: ds.opd.pimpinan.jabatan,
      pimpinanNip: ds.opd.pimpinan.nip,
    });
    for (const lain of ds.pemda.opdLain) await buatOpd(trx, admin, lain);
    const c: Cakupan = { pemdaId, opdId, pelaku: PELAKU };
    await muatOrganisasi(trx, c, opdId, ds.opd);
    const sasaranId = await muatRenstra(trx, c, opdId, ds);
    await muatAnggaran(trx, c, opdId, ds.opd, sasaranId);
    await muatPk(trx, c, opdId, ds.opd);
    for (const n of ds.opd.narasi) await tulisNarasi(trx, c, opdId, n);
    for (const e of ds.opd.evaluasi) await catatHasilEvaluasi(trx, c, opdId, e);
    for (const rek of ds.opd.rekomendasi) await tambahRekomendasi(trx, c, opdId, rek);
    await muatSurvei(trx, c, opdId, ds.opd, hariIni.getFullYear());
    await muatLkeDemo(trx, c, opdId);
    await muatPohonDemo(trx, c, opdId, ds);
    return { pemdaId, opdId };
  });
}

/**
 * Service units and types, and a yearly survey period of the current year on the 14/2017 questionnaire, bound to
 * the IKM IKU only when the Renstra covers that year (a survey outside the Renstra has no IKU to feed).
 */
async function muatSurvei(db: Db, c: Cakupan, opdId: number, opd: SeedOpd, tahun: number) {
  if (!opd.survei) return;
  for (const u of opd.survei.unitLayanan) await buatUnitLayanan(db, c, opdId, u);
  for (const j of opd.survei.jenisLayanan) await buatJenisLayanan(db, c, opdId, j);
  const tercakup = opd.renstra.tahunAwal <= tahun && tahun <= opd.renstra.tahunAkhir;
  await buatPeriodeSkm(db, c, opdId, {
    tahun,
    periodeJenis: "tahun",
    periodeKe: 1,
    mulai: `${tahun}-01-01`,
    selesai: `${tahun}-12-31`,
    jumlahPengguna: null,
    indikatorKode: tercakup ? opd.survei.indikatorIkmKode : null,
    kuesionerKode: "permenpanrb-14-2017",
  });
}

async function muatOrganisasi(db: Db, c: Cakupan, opdId: number, opd: SeedOpd) {
  for (const [urutan, u] of opd.units.entries()) {
    await buatUnitKerja(db, c, opdId, {
      kode: u.kode,
      nama: u.nama,
      jenis: u.jenis,
      indukKode: u.indukKode,
      urutan,
    });
  }
  const tahunAnjab = Math.max(...opd.pk.map((p) => p.tahun));
  for (const u of opd.units) {
    for (const [jenisJabatan, jumlah] of [
      ["struktural", u.kebutuhanStruktural],
      ["pelaksana", u.kebutuhanPelaksana],
    ] as const) {
      await aturKebutuhanAnjab(db, c, opdId, { unitKode: u.kode, tahun: tahunAnjab, jenisJabatan, jumlah });
    }
  }
  for (const p of opd.pegawai) await tambahPegawai(db, c, opdId, p);
  for (const [urutan, w] of opd.wilayah.entries()) {
    await buatWilayah(db, c, opdId, {
      kode: w.kode,
      nama: w.nama,
      jenis: w.jenis,
      indukKode: w.indukKode,
      luasKm2: w.luasKm2,
      jumlahDusun: w.jumlahDusun,
      jumlahRt: w.jumlahRt,
      urutan,
    });
    for (const p of w.penduduk) await catatPenduduk(db, c, opdId, { wilayahKode: w.kode, ...p });
  }
}

/** Renstra tree, targets and realisations; returns sasaran ids by code for the DPA programs. */
async function muatRenstra(db: Db, c: Cakupan, opdId: number, ds: SeedDataset): Promise<Map<string, number>> {
  const rs = ds.opd.renstra;
  const renstraId = await buatRenstra(db, c, opdId, {
    nama: rs.nama,
    tahunAwal: rs.tahunAwal,
    tahunAkhir: rs.tahunAkhir,
    rpjmdTahunAwal: ds.pemda.rpjmd.tahunAwal,
  });
  const sasaranId = new Map<string, number>();
  const tahunDievaluasi = new Set(ds.opd.evaluasi.map((e) => e.tahun));
  const muatIndikator = async (
    ind: SeedIndikator,
    urutan: number,
    tujuanKode: string,
    sasaranKode: string | null,
  ) => {
    const { targets, realisasi, ...paspor } = ind;
    const id = await tambahIndikator(db, c, renstraId, {
      ...paspor,
      tingkat: sasaranKode ? "sasaran" : "tujuan",
      tujuanKode,
      sasaranKode,
      urutan,
    });
    for (const t of targets) await aturTarget(db, c, id, t);
    for (const r of realisasi) {
      if (ind.sumberOtomatis === "nilai_lakip" && tahunDievaluasi.has(r.tahun)) continue;
      await catatRealisasi(db, c, { indikatorId: id, ...r });
    }
  };
  for (const [i, t] of rs.tujuan.entries()) {
    await tambahTujuan(db, c, renstraId, {
      kode: t.kode,
      uraian: t.uraian,
      rpjmdTujuanKode: t.rpjmdTujuanKode,
      urutan: i,
    });
    for (const [j, ind] of t.indikator.entries()) await muatIndikator(ind, j, t.kode, null);
    for (const [j, s] of t.sasaran.entries()) {
      const id = await tambahSasaran(db, c, renstraId, {
        kode: s.kode,
        tujuanKode: t.kode,
        uraian: s.uraian,
        rpjmdSasaranKode: s.rpjmdSasaranKode,
        urutan: j,
      });
      sasaranId.set(s.kode, id);
      for (const [k, ind] of s.indikator.entries()) await muatIndikator(ind, k, t.kode, s.kode);
    }
  }
  return sasaranId;
}

async function muatAnggaran(db: Db, c: Cakupan, opdId: number, opd: SeedOpd, sasaranId: Map<string, number>) {
  for (const d of opd.dpa) {
    const dpaId = await buatDpa(db, c, opdId, {
      tahun: d.tahun,
      jenis: d.jenis,
      nomor: d.nomor,
      tanggalPengesahan: d.tanggalPengesahan,
    });
    for (const p of d.program) {
      const programId = await tambahProgramDpa(db, c, dpaId, {
        kode: p.kode,
        nama: p.nama,
        sasaranId: p.sasaranKode ? (sasaranId.get(p.sasaranKode) ?? null) : null,
        indikatorKeluaran: p.indikatorKeluaran,
        target: p.target,
        satuan: p.satuan,
        paguDinyatakan: p.paguDinyatakan,
      });
      for (const k of p.kegiatan) {
        const { subKegiatan, ...kegiatan } = k;
        const kegiatanId = await tambahKegiatanDpa(db, c, programId, kegiatan);
        for (const s of subKegiatan) {
          const { realisasiAnggaran, anggaranKas, ...sub } = s;
          const subId = await tambahSubKegiatanDpa(db, c, kegiatanId, sub);
          if (anggaranKas.length > 0) await aturAnggaranKas(db, c, subId, anggaranKas);
          for (const ra of realisasiAnggaran) {
            await catatRealisasiAnggaran(db, c, subId, {
              periode: ra.periode,
              jumlah: ra.jumlah,
              catatan: null,
            });
          }
        }
      }
    }
  }
}

async function muatPk(db: Db, c: Cakupan, opdId: number, opd: SeedOpd) {
  for (const pk of opd.pk) {
    const pkId = await buatPk(db, c, opdId, {
      tahun: pk.tahun,
      tingkat: pk.tingkat,
      unitKode: pk.unitKode,
      dpaJenis: pk.dpaJenis,
      pihakPertama: pk.pihakPertama,
      pihakKedua: pk.pihakKedua,
      tempat: pk.tempat,
      tanggal: pk.tanggal,
    });
    const pkIndikatorId = new Map<string, number>();
    for (const [urutan, i] of pk.indikator.entries()) {
      pkIndikatorId.set(i.indikatorKode, await tambahPkIndikator(db, c, pkId, { ...i, urutan }));
    }
    for (const [urutan, p] of pk.program.entries()) await tambahPkProgram(db, c, pkId, { ...p, urutan });
    for (const ra of pk.rencanaAksi) {
      const id = pkIndikatorId.get(ra.indikatorKode);
      if (id === undefined)
        throw new Error(`Rencana aksi untuk indikator ${ra.indikatorKode} yang tidak ada di PK`);
      await aturRencanaAksi(db, c, id, { triwulan: ra.triwulan, target: ra.target, uraian: ra.uraian });
    }
  }
}

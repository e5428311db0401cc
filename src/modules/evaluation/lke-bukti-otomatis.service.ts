/**
 * Gathers the facts behind the automatic LKE evidence (lke-bukti-otomatis.domain.ts) by asking the modules
 * that own them through their services: planning (Renstra, PK, indicators), budget (DPA), performance
 * (realisations), reporting (publication) and evaluation (recommendations).
 */
import type { Db } from "../../platform/db/transaction.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { cariDpa } from "../budget/dpa.service.ts";
import { daftarRealisasiPeriode } from "../performance/realisasi.service.ts";
import { cariPkPimpinan } from "../planning/pk.service.ts";
import { cariRenstraAktif, daftarIndikator, tentukanOpdById } from "../planning/renstra.service.ts";
import { dokumenTerbitOpd } from "../reporting/publikasi.service.ts";
import { type BuktiOtomatis, buktiOtomatisLke, type FaktaBuktiLke } from "./lke-bukti-otomatis.domain.ts";
import { statusDokumenOpd } from "./lke-penilaian.repo.ts";
import { daftarRekomendasi } from "./rekomendasi.service.ts";

/** The facts of one OPD and year. Why separate from the domain: the rules stay pure and table-tested. */
export async function kumpulkanFaktaBuktiLke(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
): Promise<FaktaBuktiLke> {
  const c = cakupanOpd(cakupan, opdId);
  const opd = await tentukanOpdById(db, c, opdId);

  const renstraBaris = await cariRenstraAktif(db, c, opdId, tahun);
  let renstra: FaktaBuktiLke["renstra"] = null;
  const iku: FaktaBuktiLke["iku"] = [];
  if (renstraBaris) {
    // the approval record of the Renstra (dokumen_opd, by its first year); published implies approved
    const status = await statusDokumenOpd(db, c, opdId, "renstra", renstraBaris.tahun_awal);
    renstra = {
      nama: renstraBaris.nama,
      tahunAwal: renstraBaris.tahun_awal,
      tahunAkhir: renstraBaris.tahun_akhir,
      disetujui: status === "disetujui",
    };
    for (const i of await daftarIndikator(db, c, renstraBaris.id)) {
      // an IKU fed by the yearly evaluation score cannot be measured per quarter
      if (!i.iku || i.sumber_otomatis === "nilai_lakip") continue;
      const periode = await daftarRealisasiPeriode(db, c, i.id);
      const triwulanTerisi = periode
        .filter((p) => p.tahun === tahun && p.periode.jenis === "triwulan" && p.nilai !== null)
        .map((p) => p.periode.ke);
      iku.push({ kode: i.kode, nama: i.nama, triwulanTerisi });
    }
  }

  const pkBaris = await cariPkPimpinan(db, c, opdId, tahun);
  let tanggalPengesahanDpa: string | null = null;
  if (pkBaris) {
    const dpa = await cariDpa(db, c, opdId, tahun, pkBaris.dpa_jenis);
    tanggalPengesahanDpa = dpa?.tanggal_pengesahan ?? null;
  }

  const terbitan = await dokumenTerbitOpd(db, { ...c, opdId: null }, opd.kode);
  const lkjip = terbitan.dokumen.find((d) => d.jenis === "lkjip" && d.tahun === tahun);
  const semuaTerbit = lkjip ? [lkjip.terkini, ...lkjip.riwayat] : [];
  const pertama = semuaTerbit.reduce<Date | null>(
    (awal, t) => (awal === null || t.diterbitkanPada < awal ? t.diterbitkanPada : awal),
    null,
  );

  const sebelumnya = (await daftarRekomendasi(db, c, opdId)).filter((r) => r.tahun_evaluasi < tahun);
  const tahunTerakhir = Math.max(...sebelumnya.map((r) => r.tahun_evaluasi));
  const rekTerakhir = sebelumnya.filter((r) => r.tahun_evaluasi === tahunTerakhir);

  return {
    opdKode: opd.kode,
    tahun,
    renstra,
    pk: pkBaris ? { tanggal: pkBaris.tanggal, status: pkBaris.status } : null,
    tanggalPengesahanDpa,
    iku,
    lkjipTerbitPada: pertama,
    rekomendasi:
      rekTerakhir.length === 0
        ? null
        : {
            tahunEvaluasi: tahunTerakhir,
            jumlah: rekTerakhir.length,
            selesai: rekTerakhir.filter((r) => r.status === "selesai" && r.verifikasi !== "dikembalikan")
              .length,
          },
  };
}

/** The automatic evidence of an OPD's year per criterion code. */
export async function buktiOtomatisPenilaian(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
): Promise<Map<string, BuktiOtomatis[]>> {
  return buktiOtomatisLke(await kumpulkanFaktaBuktiLke(db, cakupan, opdId, tahun));
}

/**
 * The evaluator's kabupaten view of one evaluation year (issue 6 item 6): per OPD of the pemda the final LKE
 * score (or a score recorded without an LKE), its predikat and rank, the self-assessment score, the status of the
 * assessment, and how far that year's recommendations are followed up (accepted by the Inspektorat ÷ all,
 * overdue).
 */
import { sql } from "kysely";
import type { Db } from "../../platform/db/transaction.ts";
import { type Desimal, desimal } from "../../platform/decimal.ts";
import type { Cakupan } from "../../platform/scope.ts";
import { daftarOpdTerlihat } from "../tenancy/tenancy.service.ts";
import { riwayatEvaluasi } from "./hasil-evaluasi.service.ts";
import { type NilaiUrutLke, peringkat, persenTuntas } from "./lke-kabupaten.domain.ts";
import type { PredikatLke } from "./lke-nilai.domain.ts";
import { bacaPenilaianLke } from "./lke-penilaian.service.ts";
import { predikatNilaiSakip } from "./nilai-sakip.domain.ts";
import { daftarRekomendasi } from "./rekomendasi.service.ts";
import { terlambat } from "./tindak-lanjut.domain.ts";

/** Where an OPD's assessment of the year stands; "tercatat": a score recorded without an LKE in Terukur. */
export type StatusLkeKabupaten = "belum" | "mandiri" | "evaluasi" | "final" | "tercatat";

/** One OPD's row. */
export type BarisLkeKabupaten = {
  opd: { kode: string; nama: string };
  status: StatusLkeKabupaten;
  nilai: string | null;
  predikat: PredikatLke | null;
  peringkat: number | null;
  nilaiMandiri: string | null;
  rekomendasi: { jumlah: number; diterima: number; terlambat: number; persen: Desimal | null };
  urut: NilaiUrutLke;
};

/**
 * The year the view opens on: the latest year any OPD of the pemda has an LKE assessment for, else last year.
 * Why: evaluation runs a year behind the calendar.
 */
export async function tahunAwalLkeKabupaten(db: Db, cakupan: Cakupan, tahunIni: number): Promise<number> {
  const r = await db
    .selectFrom("lke_penilaian")
    .select(sql<number | null>`max(tahun)`.as("tahun"))
    .where("pemda_id", "=", cakupan.pemdaId)
    .executeTakeFirst();
  return r?.tahun ?? tahunIni - 1;
}

/** Every OPD of the pemda for an evaluation year, ranked by final score (ties share a rank). */
export async function tabelLkeKabupaten(
  db: Db,
  cakupan: Cakupan,
  tahun: number,
  hariIni: string,
): Promise<BarisLkeKabupaten[]> {
  const daftarOpd = await daftarOpdTerlihat(db, cakupan);
  const baris: Omit<BarisLkeKabupaten, "peringkat" | "urut">[] = [];
  for (const o of daftarOpd) {
    const [penilaian, riwayat, rekomendasi] = await Promise.all([
      bacaPenilaianLke(db, cakupan, o.id, tahun, { buktiOtomatis: false }),
      riwayatEvaluasi(db, cakupan, o.id),
      daftarRekomendasi(db, cakupan, o.id, tahun),
    ]);
    const tercatat = riwayat.find((e) => e.tahun === tahun) ?? null;
    const final = penilaian?.status === "final" ? penilaian.hasilEvaluator : null;
    const nilai = final?.nilaiAkhir ?? tercatat?.nilai ?? null;
    const diterima = rekomendasi.filter((r) => r.verifikasi === "diterima").length;
    baris.push({
      opd: { kode: o.kode, nama: o.nama },
      status: penilaian?.status ?? (tercatat ? "tercatat" : "belum"),
      nilai,
      predikat: nilai === null ? null : predikatNilaiSakip(desimal(nilai)),
      nilaiMandiri: penilaian?.hasilMandiri?.nilaiAkhir ?? null,
      rekomendasi: {
        jumlah: rekomendasi.length,
        diterima,
        terlambat: rekomendasi.filter((r) => terlambat(r, hariIni)).length,
        persen: persenTuntas(diterima, rekomendasi.length),
      },
    });
  }
  const rank = peringkat(baris.map((b) => b.nilai));
  return baris.map((b, i) => ({
    ...b,
    peringkat: rank[i] ?? null,
    urut: {
      nama: b.opd.nama,
      peringkat: rank[i] ?? null,
      nilai: b.nilai === null ? null : desimal(b.nilai),
      mandiri: b.nilaiMandiri === null ? null : desimal(b.nilaiMandiri),
      tuntas: b.rekomendasi.persen,
      terlambat: b.rekomendasi.terlambat,
    },
  }));
}

import { randomInt } from "node:crypto";
import type { z } from "zod";
import { catatAudit } from "../../platform/db/audit.ts";
import { tolakDuplikat } from "../../platform/db/constraint-errors.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { validasi } from "../../platform/validation.ts";
import { cariIndikatorByKode, cariRenstraAktif, tentukanOpdById } from "../planning/renstra.service.ts";
import { periksaBobot } from "./skm.domain.ts";
import * as repo from "./survey.repo.ts";
import { skemaKuesionerKhusus, skemaPeriodeSkm, skemaUnitAtauJenis } from "./survey.schemas.ts";

/** Unit codes that would collide with the public survey's own paths (/s/hasil/…). */
const KODE_UNIT_TERCADANG = ["hasil"];

async function tambahKodeNamaOpd(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  input: z.input<typeof skemaUnitAtauJenis>,
  tabel: "skm_unit_layanan" | "skm_jenis_layanan",
  sebutan: string,
): Promise<number> {
  const c = cakupanOpd(cakupan, opdId);
  const d = validasi(skemaUnitAtauJenis, input);
  return dalamTransaksi(db, async (trx) => {
    await tentukanOpdById(trx, c, opdId);
    const { id } = await tolakDuplikat(
      () =>
        trx
          .insertInto(tabel)
          .values({ pemda_id: c.pemdaId, opd_id: opdId, kode: d.kode, nama: d.nama })
          .returning("id")
          .executeTakeFirstOrThrow(),
      `${sebutan} dengan kode "${d.kode}" sudah ada`,
      "kode",
    );
    await catatAudit(trx, c, "buat", tabel, id, d);
    return id;
  });
}

/** Adds a service unit (loket) of an OPD; its code goes into the QR code of the public form (issue 5 item 2). */
export async function buatUnitLayanan(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  input: z.input<typeof skemaUnitAtauJenis>,
): Promise<number> {
  if (typeof input.kode === "string" && KODE_UNIT_TERCADANG.includes(input.kode.trim())) {
    throw inputTidakValid(
      `kode: "${input.kode.trim()}" dipakai oleh alamat halaman survei; pilih kode lain`,
      "kode",
    );
  }
  return tambahKodeNamaOpd(db, cakupan, opdId, input, "skm_unit_layanan", "Unit layanan");
}

/** Adds a service type of an OPD (KTP, KK …), by which results are broken down (issue 5 item 3). */
export function buatJenisLayanan(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  input: z.input<typeof skemaUnitAtauJenis>,
): Promise<number> {
  return tambahKodeNamaOpd(db, cakupan, opdId, input, "skm_jenis_layanan", "Jenis layanan");
}

/**
 * Adds a pemda's own questionnaire version; refused unless the weights sum to exactly 1. Why: PermenPANRB 14/2017
 * lets units add unsur or reweight them "dengan catatan jumlah bobot seluruh unsur tetap 1".
 */
export async function buatKuesionerKhusus(
  db: Db,
  cakupan: Cakupan,
  input: z.input<typeof skemaKuesionerKhusus>,
): Promise<number> {
  if (cakupan.opdId !== null) {
    throw new GalatTerukur("di_luar_cakupan", "Hanya admin pemda yang dapat menambah kuesioner.");
  }
  const d = validasi(skemaKuesionerKhusus, input);
  const kunci = new Set<string>();
  for (const u of d.unsur) {
    if (kunci.has(u.kunci)) throw inputTidakValid(`unsur: kunci ${u.kunci} tertulis dua kali`, "unsur");
    kunci.add(u.kunci);
  }
  const bobot = periksaBobot(d.unsur);
  if (!bobot.ok) throw inputTidakValid(`unsur: ${bobot.pesan}`, "unsur");
  return dalamTransaksi(db, async (trx) => {
    const { id } = await tolakDuplikat(
      () =>
        trx
          .insertInto("skm_kuesioner")
          .values({
            pemda_id: cakupan.pemdaId,
            kode: d.kode,
            nama: d.nama,
            sumber: d.sumber,
            berlaku_mulai: d.berlakuMulai ?? new Date().toISOString().slice(0, 10),
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      `Kuesioner dengan kode "${d.kode}" sudah ada`,
      "kode",
    );
    await trx
      .insertInto("skm_unsur")
      .values(
        d.unsur.map((u, i) => ({
          kuesioner_id: id,
          kunci: u.kunci,
          urutan: i + 1,
          nama: u.nama,
          pertanyaan: u.pertanyaan,
          bobot_pembilang: u.bobot.pembilang,
          bobot_penyebut: u.bobot.penyebut,
          label_1: u.label[0],
          label_2: u.label[1],
          label_3: u.label[2],
          label_4: u.label[3],
          wajib: u.wajib,
        })),
      )
      .execute();
    await catatAudit(trx, cakupan, "buat", "skm_kuesioner", id, d);
    return id;
  });
}

/**
 * Opens a survey period of an OPD with its questionnaire, stated number of service users (for the Krejcie & Morgan
 * check) and, optionally, the IKU indicator of the Renstra in force that year which its IKM feeds. Why: PermenPANRB
 * 14/2017 Pasal 1 (at least yearly; triwulan/semester allowed) and issue 5 item 4 (IKM → IKU).
 */
export async function buatPeriodeSkm(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  input: z.input<typeof skemaPeriodeSkm>,
): Promise<number> {
  const c = cakupanOpd(cakupan, opdId);
  const d = validasi(skemaPeriodeSkm, input);
  if (Number(d.mulai.slice(0, 4)) !== d.tahun && Number(d.selesai.slice(0, 4)) !== d.tahun) {
    throw inputTidakValid(`mulai: periode survei tahun ${d.tahun} harus berada di tahun ${d.tahun}`, "mulai");
  }
  return dalamTransaksi(db, async (trx) => {
    await tentukanOpdById(trx, c, opdId);
    const kuesioner = await repo.cariKuesionerByKode(trx, c, d.kuesionerKode);
    if (!kuesioner) {
      throw inputTidakValid(`kuesionerKode: kuesioner "${d.kuesionerKode}" tidak ditemukan`, "kuesionerKode");
    }
    let indikatorId: number | null = null;
    if (d.indikatorKode !== null) {
      const renstra = await cariRenstraAktif(trx, c, opdId, d.tahun);
      if (!renstra) {
        throw inputTidakValid(
          `indikatorKode: tidak ada Renstra perangkat daerah ini yang meliputi tahun ${d.tahun}`,
          "indikatorKode",
        );
      }
      const indikator = await cariIndikatorByKode(trx, c, renstra.id, d.indikatorKode);
      if (!indikator) {
        throw inputTidakValid(
          `indikatorKode: indikator "${d.indikatorKode}" tidak ada dalam Renstra ${renstra.tahun_awal}–${renstra.tahun_akhir}`,
          "indikatorKode",
        );
      }
      indikatorId = indikator.id;
    }
    const { id } = await tolakDuplikat(
      () =>
        trx
          .insertInto("skm_periode")
          .values({
            pemda_id: c.pemdaId,
            opd_id: opdId,
            kuesioner_id: kuesioner.id,
            tahun: d.tahun,
            periode_jenis: d.periodeJenis,
            periode_ke: d.periodeKe,
            mulai: d.mulai,
            selesai: d.selesai,
            jumlah_pengguna: d.jumlahPengguna,
            indikator_id: indikatorId,
            kode_sekali_pakai: d.kodeSekaliPakai,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      `Periode survei ${d.periodeJenis} ${d.periodeKe} tahun ${d.tahun} sudah ada`,
      "periodeKe",
    );
    await catatAudit(trx, c, "buat", "skm_periode", id, { ...d, indikatorId });
    return id;
  });
}

/** Characters of one-time codes: no 0/O, 1/I/L, 2/Z, 5/S, 8/B, so a code read off a receipt is typed right. */
export const HURUF_KODE_SEKALI = "34679ACDEFGHJKMNPQRTUVWXY";

/** Length of a one-time code. */
export const PANJANG_KODE_SEKALI = 8;

/** Most codes generated in one call (one print run of receipts). */
export const KODE_SEKALI_MAKS = 10000;

function kodeAcak(): string {
  let k = "";
  for (let i = 0; i < PANJANG_KODE_SEKALI; i++) k += HURUF_KODE_SEKALI[randomInt(HURUF_KODE_SEKALI.length)];
  return k;
}

/**
 * Generates `jumlah` random one-time codes for a period, to print on service receipts; each admits one response.
 * Why: issue 5 abuse control ("optional one-time codes printed on the service receipt").
 */
export async function buatKodeSekali(
  db: Db,
  cakupan: Cakupan,
  periodeId: number,
  jumlah: number,
): Promise<string[]> {
  if (!Number.isInteger(jumlah) || jumlah < 1 || jumlah > KODE_SEKALI_MAKS) {
    throw inputTidakValid(`jumlah: jumlah kode harus bilangan bulat 1 sampai ${KODE_SEKALI_MAKS}`, "jumlah");
  }
  const p = await repo.cariPeriodeById(db, cakupan, periodeId);
  if (!p) throw new GalatTerukur("tidak_ditemukan", "Periode survei tidak ditemukan", "periodeId");
  const c = cakupanOpd(cakupan, p.opd_id);
  return dalamTransaksi(db, async (trx) => {
    const kode = new Set<string>();
    while (kode.size < jumlah) kode.add(kodeAcak());
    const daftar = [...kode];
    const dibuat: string[] = [];
    for (let i = 0; i < daftar.length; i += 1000) {
      const baris = await trx
        .insertInto("skm_kode_sekali")
        .values(daftar.slice(i, i + 1000).map((k) => ({ pemda_id: c.pemdaId, periode_id: p.id, kode: k })))
        .onConflict((oc) => oc.columns(["periode_id", "kode"]).doNothing())
        .returning("kode")
        .execute();
      dibuat.push(...baris.map((b) => b.kode));
    }
    while (dibuat.length < jumlah) {
      const b = await trx
        .insertInto("skm_kode_sekali")
        .values({ pemda_id: c.pemdaId, periode_id: p.id, kode: kodeAcak() })
        .onConflict((oc) => oc.columns(["periode_id", "kode"]).doNothing())
        .returning("kode")
        .executeTakeFirst();
      if (b) dibuat.push(b.kode);
    }
    await catatAudit(trx, c, "buat", "skm_kode_sekali", p.id, { periodeId: p.id, jumlah });
    return dibuat;
  });
}

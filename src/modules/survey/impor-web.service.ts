/**
 * The browser side of the paper-questionnaire import (issue 5 item 5): what the upload form offers (the OPD's
 * survey periods and active service units), the preview of an uploaded sheet with its signed payload, and the
 * save of that payload. The checks and the writing are the survey import's own (pratinjauImpor/simpanImpor).
 */
import type { Db } from "../../platform/db/transaction.ts";
import { inputTidakValid } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { daftarUnitAktif } from "./impor/impor.repo.ts";
import { type BerkasImpor, type PratinjauImpor, pratinjauImpor, simpanImpor } from "./impor/impor.service.ts";
import { bacaUnggahan, buangKolomAbaian, tabelKeCsv } from "./impor-web-berkas.ts";
import type { MuatanImporSurvei } from "./impor-web-muatan.ts";
import { namaPeriode } from "./publik/nama-periode.ts";
import * as repo from "./survey.repo.ts";

/** A survey period as the upload form lists it. */
export type PeriodeImpor = {
  id: number;
  nama: string;
  mulai: string;
  selesai: string;
  kuesionerId: number;
  kodeSekaliPakai: boolean;
};

/** What the upload form lets the perencana choose. */
export type PilihanImpor = { periode: PeriodeImpor[]; unit: { kode: string; nama: string }[] };

/** The OPD's survey periods (latest first) and active service units. Why: the form offers only what can be imported into. */
export async function pilihanImporSurvei(db: Db, cakupan: Cakupan, opdId: number): Promise<PilihanImpor> {
  const c = cakupanOpd(cakupan, opdId);
  const [periode, unit] = await Promise.all([
    repo.daftarPeriode(db, c, opdId),
    daftarUnitAktif(db, c, opdId),
  ]);
  return {
    periode: periode.reverse().map((p) => ({
      id: p.id,
      nama: namaPeriode({ tahun: p.tahun, periodeJenis: p.periode_jenis, periodeKe: p.periode_ke }),
      mulai: p.mulai,
      selesai: p.selesai,
      kuesionerId: p.kuesioner_id,
      kodeSekaliPakai: p.kode_sekali_pakai,
    })),
    unit: unit.map((u) => ({ kode: u.kode, nama: u.nama })),
  };
}

/** The period chosen in the form, refused (field "periode") unless it is one of this OPD's. */
export async function periodeTerpilih(db: Db, cakupan: Cakupan, opdId: number, teks: string | undefined) {
  const id = /^\d{1,9}$/.test(teks ?? "") ? Number(teks) : null;
  const p = id === null ? undefined : await repo.cariPeriodeById(db, cakupanOpd(cakupan, opdId), id);
  if (p === undefined || p.opd_id !== opdId) {
    throw inputTidakValid("Pilih periode survei perangkat daerah ini.", "periode");
  }
  return p;
}

async function unitTerpilih(db: Db, cakupan: Cakupan, opdId: number, teks: string | undefined) {
  const kode = (teks ?? "").trim();
  if (kode === "") return null;
  const ada = (await daftarUnitAktif(db, cakupanOpd(cakupan, opdId), opdId)).some((u) => u.kode === kode);
  if (!ada)
    throw inputTidakValid(`Unit layanan "${kode}" tidak ditemukan di perangkat daerah ini.`, "kodeUnit");
  return kode;
}

const berkasDariMuatan = (m: MuatanImporSurvei): BerkasImpor => ({
  nama: m.nama,
  isi: new TextEncoder().encode(m.csv),
});

/**
 * Checks an uploaded sheet against a period of the OPD and returns the preview with the payload "Simpan" will
 * post, writing nothing. The preview is computed from the payload itself, so what is saved is what was shown.
 */
export async function pratinjauUnggahan(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  masukan: { periode?: string; kodeUnit?: string; berkas: BerkasImpor | null },
): Promise<{ pratinjau: PratinjauImpor; muatan: MuatanImporSurvei }> {
  const periode = await periodeTerpilih(db, cakupan, opdId, masukan.periode);
  const kodeUnit = await unitTerpilih(db, cakupan, opdId, masukan.kodeUnit);
  if (masukan.berkas === null)
    throw inputTidakValid("Pilih berkas .xlsx atau .csv untuk diunggah.", "berkas");
  const tabel = await bacaUnggahan(masukan.berkas);
  const unsur = await repo.daftarUnsur(db, periode.kuesioner_id);
  const muatan: MuatanImporSurvei = {
    periodeId: periode.id,
    kodeUnit,
    nama: `${masukan.berkas.nama.replace(/\.[^./\\]*$/, "") || "kuesioner"}.csv`,
    csv: tabelKeCsv(buangKolomAbaian(tabel, unsur)),
  };
  const pratinjau = await pratinjauImpor(
    db,
    cakupanOpd(cakupan, opdId),
    periode.id,
    berkasDariMuatan(muatan),
  );
  return { pratinjau, muatan };
}

/**
 * Saves a verified payload: every row in one transaction, or nothing (simpanImpor). Why a separate step: the
 * perencana confirms after seeing the preview, and the period must still be this OPD's.
 */
export async function simpanUnggahan(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  m: MuatanImporSurvei,
): Promise<{ tersimpan: number; periode: string }> {
  const periode = await periodeTerpilih(db, cakupan, opdId, String(m.periodeId));
  const hasil = await simpanImpor(
    db,
    cakupanOpd(cakupan, opdId),
    periode.id,
    berkasDariMuatan(m),
    m.kodeUnit === null ? {} : { kodeUnit: m.kodeUnit },
  );
  const nama = namaPeriode({
    tahun: periode.tahun,
    periodeJenis: periode.periode_jenis,
    periodeKe: periode.periode_ke,
  });
  return { tersimpan: hasil.tersimpan, periode: nama };
}

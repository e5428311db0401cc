import type { Db } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { validasi } from "../../platform/validation.ts";
import * as repo from "./survey.repo.ts";
import { skemaTanggal } from "./survey.schemas.ts";

/** One unsur as the public form asks it: key, name, question, the four answer labels (1–4) and whether required. */
export type UnsurFormulir = {
  kunci: string;
  nama: string;
  pertanyaan: string;
  label: [string, string, string, string];
  wajib: boolean;
};

/** Everything the public form of one service unit needs on one date. */
export type FormulirUnit = {
  unit: { id: number; kode: string; nama: string };
  opd: { id: number; kode: string; nama: string };
  pemda: { id: number; kode: string; nama: string };
  periode: {
    id: number;
    tahun: number;
    periodeJenis: "triwulan" | "semester" | "tahun";
    periodeKe: number;
    mulai: string;
    selesai: string;
  } | null;
  kuesioner: { kode: string; nama: string } | null;
  unsur: UnsurFormulir[];
  jenisLayanan: { kode: string; nama: string }[];
  perluKodeSekali: boolean;
};

/**
 * Resolves the service unit named by a public code (the QR code carries it). Public: no caller scope; an unknown
 * or inactive unit and a code shared by two pemda are refused. Why: the form is reached without an account.
 */
export async function tentukanUnitPublik(db: Db, kodeUnit: string) {
  const unit = await repo.cariUnitPublik(db, kodeUnit.trim());
  const [u, lain] = unit;
  if (!u) throw new GalatTerukur("tidak_ditemukan", `Unit layanan "${kodeUnit}" tidak ditemukan`, "kodeUnit");
  if (lain) {
    throw new GalatTerukur(
      "konflik",
      `Kode unit layanan "${kodeUnit}" dipakai lebih dari satu pemda`,
      "kodeUnit",
    );
  }
  return u;
}

/**
 * The public form of a service unit on a date: the unit with its OPD and pemda, the survey period in force (or
 * null, then the form says the survey is closed), the questionnaire's unsur in asking order with their labels
 * (PermenPANRB 14/2017 Lampiran), the OPD's service types and whether a one-time code is required.
 */
export async function formulirUnit(db: Db, kodeUnit: string, tanggal: string): Promise<FormulirUnit> {
  const t = validasi(skemaTanggal, tanggal);
  const u = await tentukanUnitPublik(db, kodeUnit);
  const periode = await repo.cariPeriodeAktif(db, u.pemda_id, u.opd_id, t);
  const kuesioner = periode ? await repo.cariKuesionerById(db, periode.kuesioner_id) : null;
  const unsur = kuesioner ? await repo.daftarUnsur(db, kuesioner.id) : [];
  const jenisLayanan = await repo.daftarJenisLayananPublik(db, u.pemda_id, u.opd_id);
  return {
    unit: { id: u.id, kode: u.kode, nama: u.nama },
    opd: { id: u.opd_id, kode: u.opd_kode, nama: u.opd_nama },
    pemda: { id: u.pemda_id, kode: u.pemda_kode, nama: u.pemda_nama },
    periode: periode
      ? {
          id: periode.id,
          tahun: periode.tahun,
          periodeJenis: periode.periode_jenis,
          periodeKe: periode.periode_ke,
          mulai: periode.mulai,
          selesai: periode.selesai,
        }
      : null,
    kuesioner: kuesioner ? { kode: kuesioner.kode, nama: kuesioner.nama } : null,
    unsur: unsur.map((x) => ({
      kunci: x.kunci,
      nama: x.nama,
      pertanyaan: x.pertanyaan,
      label: [x.label_1, x.label_2, x.label_3, x.label_4],
      wajib: x.wajib,
    })),
    jenisLayanan,
    perluKodeSekali: periode?.kode_sekali_pakai ?? false,
  };
}

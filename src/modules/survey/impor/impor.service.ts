/**
 * Import of paper questionnaires (issue 5 item 5): a sheet with one row per respondent is checked row by row and
 * previewed with the provisional IKM before anything is written; saving writes every row in one transaction
 * through the same validation as the public form (sumber "impor"), or nothing at all.
 */
import { type Db, dalamTransaksi } from "../../../platform/db/transaction.ts";
import { GalatTerukur, inputTidakValid } from "../../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../../platform/scope.ts";
import { kirimRespons } from "../respons.service.ts";
import { type AgregatUnsur, type HasilSkm, hitungSkm } from "../skm.domain.ts";
import * as repo from "../survey.repo.ts";
import { type BarisImpor, type GalatBaris, periksaBaris } from "./baris.domain.ts";
import { type BerkasImpor, bacaBerkas } from "./berkas.ts";
import { daftarUnitAktif } from "./impor.repo.ts";

/** Row shapes re-exported so callers (CLI, pages) need only this entry point. */
export type { BarisImpor, GalatBaris } from "./baris.domain.ts";
/** The uploaded file shape, re-exported for the same reason. */
export type { BerkasImpor } from "./berkas.ts";

/** What the preview shows: how many rows are valid, every row error, the first rows as read, the provisional result. */
export type PratinjauImpor = {
  barisSah: number;
  galat: GalatBaris[];
  contoh: BarisImpor[];
  /** hitungSkm of the valid rows; null when no unsur has an answer yet */
  hasilSementara: HasilSkm | null;
};

/** How many parsed rows the preview shows. */
export const JUMLAH_CONTOH = 5;

async function siapkan(db: Db, cakupan: Cakupan, periodeId: number, berkas: BerkasImpor) {
  const periode = await repo.cariPeriodeById(db, cakupan, periodeId);
  if (!periode)
    throw new GalatTerukur("tidak_ditemukan", `Periode survei ${periodeId} tidak ditemukan`, "periode");
  const c = cakupanOpd(cakupan, periode.opd_id);
  const [unsur, jenisLayanan, tabel] = await Promise.all([
    repo.daftarUnsur(db, periode.kuesioner_id),
    repo.daftarJenisLayanan(db, c, periode.opd_id),
    bacaBerkas(berkas),
  ]);
  const { sah, galat } = periksaBaris(tabel, unsur, jenisLayanan, periode);
  if (periode.kode_sekali_pakai && sah.length > 0) {
    galat.push({
      baris: 1,
      kolom: "-",
      pesan:
        "Periode ini mewajibkan kode sekali pakai dari struk layanan; kuesioner kertas tidak dapat diimpor ke dalamnya.",
    });
  }
  return { periode, c, unsur, sah, galat };
}

function hasilDari(
  unsur: readonly { kunci: string; nama: string; bobot_pembilang: number; bobot_penyebut: number }[],
  baris: readonly BarisImpor[],
): HasilSkm | null {
  const agregat = new Map<string, AgregatUnsur>(unsur.map((u) => [u.kunci, { jumlah: 0, responden: 0 }]));
  for (const b of baris) {
    for (const [kunci, nilai] of Object.entries(b.jawaban)) {
      const a = agregat.get(kunci);
      if (a !== undefined && nilai !== null) {
        a.jumlah = Number(a.jumlah) + nilai;
        a.responden += 1;
      }
    }
  }
  if ([...agregat.values()].some((a) => a.responden === 0)) return null;
  return hitungSkm(
    unsur.map((u) => ({
      kunci: u.kunci,
      nama: u.nama,
      bobot: { pembilang: u.bobot_pembilang, penyebut: u.bobot_penyebut },
    })),
    agregat,
  );
}

/** Checks a file against a period and shows what would be stored, writing nothing. Why: staff must see errors first. */
export async function pratinjauImpor(
  db: Db,
  cakupan: Cakupan,
  periodeId: number,
  berkas: BerkasImpor,
): Promise<PratinjauImpor> {
  const { unsur, sah, galat } = await siapkan(db, cakupan, periodeId, berkas);
  return {
    barisSah: sah.length,
    galat,
    contoh: sah.slice(0, JUMLAH_CONTOH),
    hasilSementara: hasilDari(unsur, sah),
  };
}

/**
 * Stores every row of a file in one transaction through kirimRespons (sumber "impor"), or refuses with the row
 * errors and stores nothing. Rows are filed under the OPD's first active service unit unless `kodeUnit` names one;
 * a row without a date takes the period's last day. Why: a half-imported stack of paper forms cannot be told apart.
 */
export async function simpanImpor(
  db: Db,
  cakupan: Cakupan,
  periodeId: number,
  berkas: BerkasImpor,
  opsi: { kodeUnit?: string } = {},
): Promise<{ tersimpan: number }> {
  const { periode, c, sah, galat } = await siapkan(db, cakupan, periodeId, berkas);
  if (galat.length > 0) {
    const contoh = galat
      .slice(0, 3)
      .map((g) => `baris ${g.baris} kolom ${g.kolom}: ${g.pesan}`)
      .join("; ");
    throw inputTidakValid(
      `Impor ditolak, tidak ada yang disimpan: ${galat.length} galat pada berkas (${contoh}${galat.length > 3 ? "; …" : ""}).`,
      "berkas",
    );
  }
  if (sah.length === 0) throw inputTidakValid("Berkas tidak memuat satu baris responden pun.", "berkas");
  const unit = await daftarUnitAktif(db, c, periode.opd_id);
  const pilihan = opsi.kodeUnit === undefined ? unit[0] : unit.find((u) => u.kode === opsi.kodeUnit);
  if (pilihan === undefined) {
    throw inputTidakValid(
      opsi.kodeUnit === undefined
        ? "Perangkat daerah ini belum memiliki unit layanan aktif; buat unit layanan terlebih dahulu."
        : `Unit layanan "${opsi.kodeUnit}" tidak ditemukan di perangkat daerah ini.`,
      "kodeUnit",
    );
  }
  return dalamTransaksi(db, async (trx) => {
    for (const b of sah) {
      let hasil: { periodeId: number };
      try {
        hasil = await kirimRespons(trx, {
          kodeUnit: pilihan.kode,
          tanggal: b.tanggal ?? periode.selesai,
          jawaban: b.jawaban,
          jenisLayananKode: b.jenisLayananKode,
          jenisKelamin: b.jenisKelamin,
          usia: b.usia,
          pendidikan: b.pendidikan as never,
          pekerjaan: b.pekerjaan as never,
          saran: b.saran,
          sumber: "impor",
        });
      } catch (e) {
        if (e instanceof GalatTerukur) {
          throw new GalatTerukur(
            e.jenis,
            `Impor ditolak pada baris ${b.baris}, tidak ada yang disimpan: ${e.message}`,
            "berkas",
          );
        }
        throw e;
      }
      if (hasil.periodeId !== periode.id) {
        throw inputTidakValid(
          `Impor ditolak pada baris ${b.baris}, tidak ada yang disimpan: tanggal ${b.tanggal ?? periode.selesai} jatuh pada periode survei lain yang lebih pendek; isi kolom tanggal atau pilih periode itu.`,
          "tanggal",
        );
      }
    }
    return { tersimpan: sah.length };
  });
}

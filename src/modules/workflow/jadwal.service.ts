import type { z } from "zod";
import { catatAudit } from "../../platform/db/audit.ts";
import type { JadwalInputTable } from "../../platform/db/schema.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import type { Cakupan } from "../../platform/scope.ts";
import { validasi } from "../../platform/validation.ts";
import { dariIsianWita, formatWaktuWita } from "../../platform/waktu-wita.ts";
import { labelPeriode, type Periode } from "../performance/periode.domain.ts";
import { skemaJadwal } from "./jadwal.schemas.ts";

/** The kind of data a schedule governs. */
export type JenisDataJadwal = JadwalInputTable["jenis_data"];

/** One input window as the schedule screen lists it. */
export type JadwalInput = {
  id: number;
  jenisData: JenisDataJadwal;
  tahun: number;
  periode: Periode;
  dibukaPada: Date;
  ditutupPada: Date;
};

/** The admin's scope only: schedules belong to the pemda, not to an OPD. */
function pastikanPemda(cakupan: Cakupan): void {
  if (cakupan.opdId !== null) {
    throw new GalatTerukur("di_luar_cakupan", "Jadwal input hanya dapat diatur oleh admin pemda.");
  }
}

function labelJadwal(jenisData: JenisDataJadwal, tahun: number, periode: Periode): string {
  if (jenisData === "perjanjian_kinerja") return `Perjanjian Kinerja ${tahun}`;
  return periode.jenis === "tahun" ? `tahunan ${tahun}` : `${labelPeriode(periode)} ${tahun}`;
}

async function cariJadwal(db: Db, pemdaId: number, jenisData: JenisDataJadwal, tahun: number, p: Periode) {
  return db
    .selectFrom("jadwal_input")
    .select(["dibuka_pada", "ditutup_pada"])
    .where("pemda_id", "=", pemdaId)
    .where("jenis_data", "=", jenisData)
    .where("tahun", "=", tahun)
    .where("periode_jenis", "=", p.jenis)
    .where("periode_ke", "=", p.ke)
    .executeTakeFirst();
}

/**
 * Whether values of this period may be written now: true when the admin set no window for it (history
 * entered before schedules existed stays editable) or when now is inside the window.
 */
export async function periodeTerbuka(
  db: Db,
  pemdaId: number,
  jenisData: JenisDataJadwal,
  tahun: number,
  periode: Periode,
  sekarang: Date = new Date(),
): Promise<boolean> {
  const j = await cariJadwal(db, pemdaId, jenisData, tahun, periode);
  return !j || (sekarang >= j.dibuka_pada && sekarang < j.ditutup_pada);
}

/**
 * Refuses a write outside the period's window before anything is written, with a message saying when it
 * closed or when it opens, at the field "periode". The database refuses the same for realisations (TK002).
 */
export async function pastikanPeriodeTerbuka(
  db: Db,
  pemdaId: number,
  jenisData: JenisDataJadwal,
  tahun: number,
  periode: Periode,
  sekarang: Date = new Date(),
): Promise<void> {
  const j = await cariJadwal(db, pemdaId, jenisData, tahun, periode);
  if (!j) return;
  const label = labelJadwal(jenisData, tahun, periode);
  if (sekarang < j.dibuka_pada) {
    throw new GalatTerukur(
      "konflik",
      `Periode ${label} belum dibuka; pengisian dibuka pada ${formatWaktuWita(j.dibuka_pada)}`,
      "periode",
    );
  }
  if (sekarang >= j.ditutup_pada) {
    throw new GalatTerukur(
      "konflik",
      `Periode ${label} ditutup sejak ${formatWaktuWita(j.ditutup_pada)}`,
      "periode",
    );
  }
}

/** Every schedule of the pemda, newest year first, for the admin's screen. */
export async function daftarJadwal(db: Db, cakupan: Cakupan): Promise<JadwalInput[]> {
  const baris = await db
    .selectFrom("jadwal_input")
    .selectAll()
    .where("pemda_id", "=", cakupan.pemdaId)
    .orderBy("tahun", "desc")
    .orderBy("jenis_data")
    .orderBy("periode_jenis")
    .orderBy("periode_ke")
    .execute();
  return baris.map((j) => ({
    id: j.id,
    jenisData: j.jenis_data,
    tahun: j.tahun,
    periode: { jenis: j.periode_jenis, ke: j.periode_ke },
    dibukaPada: j.dibuka_pada,
    ditutupPada: j.ditutup_pada,
  }));
}

/** One schedule of the pemda by id, for the change form. */
export async function cariJadwalById(db: Db, cakupan: Cakupan, id: number): Promise<JadwalInput | null> {
  return (await daftarJadwal(db, cakupan)).find((j) => j.id === id) ?? null;
}

function periodeDariIsian(nilai: string): Periode {
  const [jenis, ke] = nilai.split("-");
  return { jenis: jenis === "tahun" ? "tahun" : "triwulan", ke: Number(ke) };
}

/**
 * Sets the input window of one period (admin pemda). With an id it changes that schedule; without, it
 * creates the period's schedule or replaces the window of the one already set. Times are read as WITA.
 */
export async function simpanJadwal(
  db: Db,
  cakupan: Cakupan,
  input: z.input<typeof skemaJadwal>,
  id: number | null = null,
): Promise<number> {
  pastikanPemda(cakupan);
  const d = validasi(skemaJadwal, input);
  const dibuka = dariIsianWita(d.dibukaPada);
  if (!dibuka) throw inputTidakValid("Waktu dibuka bukan tanggal dan jam yang sah", "dibukaPada");
  const ditutup = dariIsianWita(d.ditutupPada);
  if (!ditutup) throw inputTidakValid("Waktu ditutup bukan tanggal dan jam yang sah", "ditutupPada");
  if (ditutup <= dibuka) throw inputTidakValid("Waktu ditutup harus sesudah waktu dibuka", "ditutupPada");
  const periode = periodeDariIsian(d.periode);
  if (d.jenisData === "perjanjian_kinerja" && periode.jenis !== "tahun") {
    throw inputTidakValid(
      "Jadwal Perjanjian Kinerja berlaku untuk satu tahun; pilih periode tahunan",
      "periode",
    );
  }
  const isi = {
    pemda_id: cakupan.pemdaId,
    jenis_data: d.jenisData,
    tahun: d.tahun,
    periode_jenis: periode.jenis,
    periode_ke: periode.ke,
    dibuka_pada: dibuka,
    ditutup_pada: ditutup,
  };
  return dalamTransaksi(db, async (trx) => {
    const lama = id
      ? await trx
          .selectFrom("jadwal_input")
          .selectAll()
          .where("pemda_id", "=", cakupan.pemdaId)
          .where("id", "=", id)
          .executeTakeFirst()
      : await trx
          .selectFrom("jadwal_input")
          .selectAll()
          .where("pemda_id", "=", cakupan.pemdaId)
          .where("jenis_data", "=", isi.jenis_data)
          .where("tahun", "=", isi.tahun)
          .where("periode_jenis", "=", isi.periode_jenis)
          .where("periode_ke", "=", isi.periode_ke)
          .executeTakeFirst();
    if (id && !lama) throw new GalatTerukur("tidak_ditemukan", "Jadwal input tidak ditemukan");
    if (lama) {
      const bentrok = await trx
        .selectFrom("jadwal_input")
        .select("id")
        .where("pemda_id", "=", cakupan.pemdaId)
        .where("jenis_data", "=", isi.jenis_data)
        .where("tahun", "=", isi.tahun)
        .where("periode_jenis", "=", isi.periode_jenis)
        .where("periode_ke", "=", isi.periode_ke)
        .where("id", "<>", lama.id)
        .executeTakeFirst();
      if (bentrok) {
        throw new GalatTerukur(
          "konflik",
          "Jadwal untuk periode ini sudah ada; ubah jadwal tersebut",
          "periode",
        );
      }
      await trx.updateTable("jadwal_input").set(isi).where("id", "=", lama.id).execute();
      await catatAudit(trx, cakupan, "ubah", "jadwal_input", lama.id, isi, null, lama);
      return lama.id;
    }
    const baru = await trx.insertInto("jadwal_input").values(isi).returning("id").executeTakeFirstOrThrow();
    await catatAudit(trx, cakupan, "buat", "jadwal_input", baru.id, isi, null);
    return baru.id;
  });
}

/** Removes a schedule (admin pemda): its period is open again until a new window is set. */
export async function hapusJadwal(db: Db, cakupan: Cakupan, id: number): Promise<void> {
  pastikanPemda(cakupan);
  await dalamTransaksi(db, async (trx) => {
    const lama = await trx
      .deleteFrom("jadwal_input")
      .where("pemda_id", "=", cakupan.pemdaId)
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirst();
    if (!lama) throw new GalatTerukur("tidak_ditemukan", "Jadwal input tidak ditemukan");
    await catatAudit(trx, cakupan, "hapus", "jadwal_input", id, null, null, lama);
  });
}

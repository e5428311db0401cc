import type { z } from "zod";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import { validasi } from "../../platform/validation.ts";
import { tentukanUnitPublik } from "./formulir.service.ts";
import * as repo from "./survey.repo.ts";
import { skemaRespons } from "./survey.schemas.ts";

/** What a submission from the form, a kiosk or an import row carries. */
export type InputRespons = z.input<typeof skemaRespons>;

/**
 * Stores one respondent's questionnaire in one transaction, or refuses with a message naming the field and stores
 * nothing: no survey period in force on the date, an answer that is not a whole number 1–4, a required unsur left
 * blank, an unknown unsur key, oversized suggestion text, a profile value outside its list, an unknown service
 * type, and — when the period requires one-time codes — a missing, unknown or already used code (marked used
 * atomically). Blank optional answers are simply not stored (PermenPANRB 14/2017: NRR over answers given).
 * Anonymous: no name and no address are kept (issue 5).
 */
export async function kirimRespons(
  db: Db,
  input: InputRespons,
): Promise<{ responsId: string; periodeId: number }> {
  const d = validasi(skemaRespons, input);
  return dalamTransaksi(db, async (trx) => {
    const unit = await tentukanUnitPublik(trx, d.kodeUnit);
    const periode = await repo.cariPeriodeAktif(trx, unit.pemda_id, unit.opd_id, d.tanggal);
    if (!periode) {
      throw new GalatTerukur(
        "konflik",
        `Tidak ada periode survei yang berjalan untuk ${unit.nama} pada tanggal ${d.tanggal}`,
        "tanggal",
      );
    }
    const unsur = await repo.daftarUnsur(trx, periode.kuesioner_id);
    const dikenal = new Set(unsur.map((u) => u.kunci));
    for (const kunci of Object.keys(d.jawaban)) {
      if (!dikenal.has(kunci)) {
        throw inputTidakValid(
          `jawaban.${kunci}: unsur "${kunci}" tidak ada dalam kuesioner ini`,
          `jawaban.${kunci}`,
        );
      }
    }
    const baris: { unsur_id: number; nilai: number }[] = [];
    for (const u of unsur) {
      const nilai = d.jawaban[u.kunci];
      if (nilai === null || nilai === undefined) {
        if (u.wajib) {
          throw inputTidakValid(`jawaban.${u.kunci}: unsur ${u.nama} wajib dijawab`, `jawaban.${u.kunci}`);
        }
        continue;
      }
      if (!Number.isInteger(nilai) || nilai < 1 || nilai > 4) {
        throw inputTidakValid(
          `jawaban.${u.kunci}: jawaban harus bilangan bulat 1 sampai 4; tertulis ${nilai}`,
          `jawaban.${u.kunci}`,
        );
      }
      baris.push({ unsur_id: u.id, nilai });
    }
    if (baris.length === 0)
      throw inputTidakValid("jawaban: paling sedikit satu unsur harus dijawab", "jawaban");

    let jenisLayananId: number | null = null;
    if (d.jenisLayananKode) {
      const jl = await repo.cariJenisLayananPublik(trx, unit.pemda_id, unit.opd_id, d.jenisLayananKode);
      if (!jl) {
        throw inputTidakValid(
          `jenisLayananKode: jenis layanan "${d.jenisLayananKode}" tidak dikenal di ${unit.opd_nama}`,
          "jenisLayananKode",
        );
      }
      jenisLayananId = jl.id;
    }

    if (periode.kode_sekali_pakai) {
      if (!d.kodeSekali) {
        throw inputTidakValid("kodeSekali: kode sekali pakai dari struk layanan wajib diisi", "kodeSekali");
      }
      const dipakai = await repo.pakaiKodeSekali(trx, periode.id, d.kodeSekali);
      if (!dipakai) {
        const ada = await repo.adaKodeSekali(trx, periode.id, d.kodeSekali);
        throw inputTidakValid(
          ada
            ? `kodeSekali: kode ${d.kodeSekali} sudah dipakai; setiap kode hanya berlaku untuk satu isian`
            : `kodeSekali: kode ${d.kodeSekali} tidak dikenal untuk periode survei ini`,
          "kodeSekali",
        );
      }
    }

    const { id } = await trx
      .insertInto("skm_respons")
      .values({
        pemda_id: unit.pemda_id,
        opd_id: unit.opd_id,
        periode_id: periode.id,
        unit_layanan_id: unit.id,
        jenis_layanan_id: jenisLayananId,
        jenis_kelamin: d.jenisKelamin,
        usia: d.usia,
        pendidikan: d.pendidikan,
        pekerjaan: d.pekerjaan,
        saran: d.saran,
        sumber: d.sumber,
        sidik: d.sidik,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("skm_jawaban")
      .values(baris.map((b) => ({ respons_id: id, ...b })))
      .execute();
    return { responsId: String(id), periodeId: periode.id };
  });
}

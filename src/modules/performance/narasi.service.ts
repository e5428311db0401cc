import type { z } from "zod";
import { catatAudit } from "../../platform/db/audit.ts";
import { antreTulis } from "../../platform/db/kunci-baris.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { inputTidakValid } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { validasi } from "../../platform/validation.ts";
import { parseKode } from "../budget/kode-nomenklatur.domain.ts";
import {
  cariRenstraAktif,
  cariSasaranByKode,
  labelPeriodeRenstra,
  tentukanOpdById,
} from "../planning/renstra.service.ts";
import * as repo from "./performance.repo.ts";
import { skemaNarasi } from "./performance.schemas.ts";

/**
 * Writes one narrative paragraph of the report (analysis, faktor pendukung, hambatan …) in its slot: the
 * OPD, a sasaran of the Renstra in force that year, or a program/kegiatan/sub kegiatan code. Writing the same
 * slot again replaces the text. Narratives are the only typed prose; every number beside them is computed.
 */
export async function tulisNarasi(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  input: z.input<typeof skemaNarasi>,
): Promise<number> {
  const c = cakupanOpd(cakupan, opdId);
  const d = validasi(skemaNarasi, input);
  if (d.sasaranKode !== null && d.kodeAnggaran !== null) {
    throw inputTidakValid(
      "Narasi melekat pada satu sasaran atau satu kode anggaran, tidak keduanya",
      "kodeAnggaran",
    );
  }
  let kodeAnggaran: string | null = null;
  if (d.kodeAnggaran !== null) {
    const kode = parseKode(d.kodeAnggaran);
    if (!kode.ok) throw inputTidakValid(`kodeAnggaran: ${kode.pesan}`, "kodeAnggaran");
    if (kode.level !== "program" && kode.level !== "kegiatan" && kode.level !== "sub_kegiatan") {
      throw inputTidakValid(
        `kodeAnggaran: Narasi anggaran melekat pada program, kegiatan atau sub kegiatan; ${kode.kode} adalah kode ${kode.level}`,
        "kodeAnggaran",
      );
    }
    kodeAnggaran = kode.kode;
  }
  return dalamTransaksi(db, async (trx) => {
    await tentukanOpdById(trx, c, opdId);
    // a paragraph's slot is looked up, then inserted or updated: two writers of one OPD take turns
    await antreTulis(trx, "narasi", opdId);
    let sasaranId: number | null = null;
    if (d.sasaranKode !== null) {
      const renstra = await cariRenstraAktif(trx, c, opdId, d.tahun);
      if (!renstra) throw inputTidakValid(`Belum ada Renstra yang meliputi tahun ${d.tahun}`, "sasaranKode");
      const sasaran = await cariSasaranByKode(trx, c, renstra.id, d.sasaranKode);
      if (!sasaran) {
        throw inputTidakValid(
          `Sasaran "${d.sasaranKode}" tidak ditemukan di Renstra ${labelPeriodeRenstra(renstra)}`,
          "sasaranKode",
        );
      }
      sasaranId = sasaran.id;
    }
    const slot = { tahun: d.tahun, sasaranId, kodeAnggaran, jenis: d.jenis, urutan: d.urutan };
    const lama = await repo.cariNarasiSlot(trx, c, opdId, slot);
    const { id } = lama
      ? await trx
          .updateTable("narasi")
          .set({ isi: d.isi })
          .where("id", "=", lama.id)
          .returning("id")
          .executeTakeFirstOrThrow()
      : await trx
          .insertInto("narasi")
          .values({
            pemda_id: c.pemdaId,
            opd_id: opdId,
            tahun: d.tahun,
            sasaran_id: sasaranId,
            kode_anggaran: kodeAnggaran,
            jenis: d.jenis,
            urutan: d.urutan,
            isi: d.isi,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
    await catatAudit(trx, c, lama ? "ubah" : "buat", "narasi", id, d);
    return id;
  });
}

/** The kinds of narrative in the order they appear in an LKjIP (PermenPANRB 53/2014 outline). */
export const URUTAN_JENIS_NARASI = skemaNarasi.shape.jenis.options;

/**
 * Every narrative of an OPD for a year in report order (kind, then urutan), for the report generator to
 * place by kind, sasaran and budget code.
 */
export async function daftarNarasi(db: Db, cakupan: Cakupan, opdId: number, tahun: number) {
  const baris = await repo.daftarNarasi(db, cakupanOpd(cakupan, opdId), opdId, tahun);
  const posisi = (j: (typeof URUTAN_JENIS_NARASI)[number]) => URUTAN_JENIS_NARASI.indexOf(j);
  return baris.sort((a, b) => posisi(a.jenis) - posisi(b.jenis) || a.urutan - b.urutan || a.id - b.id);
}

import type { z } from "zod";
import type { skemaIndikatorBaru } from "./planning.schemas.ts";

type Paspor = Omit<
  z.output<typeof skemaIndikatorBaru>,
  "kode" | "tingkat" | "tujuanKode" | "sasaranKode" | "urutan" | "penanggungJawabUnitKode"
>;

/**
 * The passport of an indicator as columns of `indikator`, one mapping for adding and for editing, so a new
 * passport field cannot be saved by one and forgotten by the other.
 */
export function kolomPaspor(d: Paspor, unitId: number | null) {
  return {
    nama: d.nama,
    satuan: d.satuan,
    definisi_operasional: d.definisiOperasional,
    formula: d.formula,
    sumber_data: d.sumberData,
    penanggung_jawab_unit_id: unitId,
    penanggung_jawab_teks: d.penanggungJawabTeks,
    polaritas: d.polaritas,
    rumus_negatif: d.rumusNegatif,
    agregasi: d.agregasi,
    presisi: d.presisi,
    baseline: d.baseline,
    baseline_tahun: d.baselineTahun,
    kondisi_akhir: d.kondisiAkhir,
    iku: d.iku,
    sumber_otomatis: d.sumberOtomatis,
  };
}

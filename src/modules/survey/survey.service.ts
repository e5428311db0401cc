/**
 * The survey module's use cases (SKM, PermenPANRB 14/2017), one job per file, exported from here so routes, the
 * CLI, the importer and the report call one entry point.
 */
export {
  type FormulirUnit,
  formulirUnit,
  tentukanUnitPublik,
  type UnsurFormulir,
} from "./formulir.service.ts";
export {
  BATAS_SARAN,
  type HasilKelompok,
  type HasilPeriode,
  hasilPeriode,
  type TitikTren,
  trenSkm,
  unsurKuesioner,
} from "./hasil.service.ts";
export { labelPeriodeSkm, terapkanIkmKeIku } from "./ikm-iku.service.ts";
export {
  buatJenisLayanan,
  buatKodeSekali,
  buatKuesionerKhusus,
  buatPeriodeSkm,
  buatUnitLayanan,
  HURUF_KODE_SEKALI,
  PANJANG_KODE_SEKALI,
} from "./penyiapan.service.ts";
export { cariPeriodeSkm, daftarPeriodeSkm } from "./periode.service.ts";
export { type InputRespons, kirimRespons } from "./respons.service.ts";
export {
  type AgregatUnsur,
  type HasilSkm,
  type HasilUnsur,
  hitungSkm,
  type Mutu,
  mutuDariNilai,
  periksaBobot,
  sampelMinimum,
  UNSUR_PERMENPANRB_14_2017,
  type UnsurHitung,
} from "./skm.domain.ts";
export { PANJANG_SARAN_MAKS, PILIHAN_PROFIL, USIA } from "./survey.schemas.ts";

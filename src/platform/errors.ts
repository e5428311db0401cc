/** Every failure a user can cause, by kind; the HTTP layer maps each kind to one status in one place. */
export type JenisGalat =
  | "input_tidak_valid"
  | "tidak_ditemukan"
  | "di_luar_cakupan"
  | "konflik"
  | "skema"
  | "belum_masuk"
  | "terlalu_sering";

/** A refusal with an Indonesian message and, where it has one, the field that went wrong. */
export class GalatTerukur extends Error {
  readonly jenis: JenisGalat;
  readonly bidang: string | null;
  constructor(jenis: JenisGalat, pesan: string, bidang: string | null = null) {
    super(pesan);
    this.name = "GalatTerukur";
    this.jenis = jenis;
    this.bidang = bidang;
  }
}

/** Shorthand for the most common refusal: bad input at a named field. */
export function inputTidakValid(pesan: string, bidang: string | null = null): GalatTerukur {
  return new GalatTerukur("input_tidak_valid", pesan, bidang);
}

/** HTTP status per kind of failure, kept beside the kinds so a new kind cannot go unmapped. */
export const STATUS_HTTP: Record<JenisGalat, number> = {
  input_tidak_valid: 400,
  tidak_ditemukan: 404,
  di_luar_cakupan: 403,
  konflik: 409,
  skema: 503,
  belum_masuk: 401,
  terlalu_sering: 429,
};

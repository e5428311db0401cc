/**
 * Reads an LKE regulation pack from a JSON file: parse → zod shape → pack rules (lke-paket.domain.ts).
 * Any pack file is accepted on the same terms, so a later regulation version is a new file, not new code.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import { validasi } from "../../platform/validation.ts";
import { type PaketLke, susunPaketLke } from "./lke-paket.domain.ts";
import { skemaBerkasPaketLke } from "./lke-paket.schemas.ts";

/** The PermenPANRB 88/2021 (Pemda) pack shipped in packs/lke/; the default of `terukur lke hitung`. */
export const BERKAS_PAKET_88_2021: string = fileURLToPath(
  new URL("../../../packs/lke/permenpanrb-88-2021.json", import.meta.url),
);

/**
 * Parses pack text (the file's content) into a sound pack or refuses it with a message naming the file.
 * Why separate from reading: tests and a future upload screen hand text, not paths.
 */
export function uraiPaketLke(teks: string, nama: string): PaketLke {
  let mentah: unknown;
  try {
    mentah = JSON.parse(teks.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw inputTidakValid(
      `Paket LKE ${nama} bukan JSON yang sah: ${e instanceof Error ? e.message : String(e)}`,
      "paket",
    );
  }
  try {
    return susunPaketLke(validasi(skemaBerkasPaketLke, mentah));
  } catch (e) {
    if (e instanceof GalatTerukur)
      throw new GalatTerukur(e.jenis, `${nama}: ${e.message}`, e.bidang ?? "paket");
    throw e;
  }
}

/** Loads and checks a pack file (default: the 88/2021 pack); a missing file is refused in Indonesian. */
export async function bacaPaketLke(berkas: string = BERKAS_PAKET_88_2021): Promise<PaketLke> {
  let teks: string;
  try {
    teks = await readFile(berkas, "utf8");
  } catch {
    throw new GalatTerukur("tidak_ditemukan", `Berkas paket LKE tidak dapat dibaca: ${berkas}`, "paket");
  }
  return uraiPaketLke(teks, berkas);
}

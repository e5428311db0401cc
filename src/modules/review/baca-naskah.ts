import { GalatTerukur } from "../../platform/errors.ts";
import { bacaDocx } from "./baca-docx.ts";
import { bacaTeks } from "./baca-teks.ts";
import { kenaliBerkas } from "./jenis-berkas.ts";
import type { NaskahLaporan } from "./naskah.ts";
import { susunNaskah } from "./susun-naskah.ts";

/**
 * Reads a hand-written (or Terukur-generated) report for review (issue 7 item 1; reviu per PermenPANRB
 * 53/2014 Lampiran III): .docx or text/Markdown told apart by content, never by name. Refuses what it cannot
 * read with GalatTerukur("input_tidak_valid", …, "berkas"); never hangs on hostile input (sizes are capped).
 */
export async function bacaNaskah(isi: Uint8Array, namaBerkas: string): Promise<NaskahLaporan> {
  const jenis = kenaliBerkas(isi);
  const naskah: NaskahLaporan =
    jenis.jenis === "docx"
      ? { namaBerkas, format: "docx", blok: susunNaskah(bacaDocx(isi)) }
      : { namaBerkas, format: "teks", blok: susunNaskah(bacaTeks(jenis.teks)) };
  if (naskah.blok.length === 0) {
    throw new GalatTerukur("input_tidak_valid", "Dokumen tidak berisi teks yang dapat direviu.", "berkas");
  }
  return naskah;
}

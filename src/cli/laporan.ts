import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { bacaKonfigurasi } from "../config.ts";
import { FORMAT_DOKUMEN, type FormatDokumen } from "../modules/reporting/dokumen.schemas.ts";
import { dokumenOpd, namaBerkasDokumen, renderDokumen } from "../modules/reporting/dokumen.service.ts";
import { cakupanPublik } from "../platform/http/pemda-context.ts";
import { siapkanBasisdata } from "../startup.ts";

/**
 * `terukur laporan --opd KODE --tahun TAHUN --jenis lkjip|pk|iku|evaluasi-triwulan [--triwulan N]
 *  --format pdf,docx,html --out FOLDER [--kertas a4|f4]`: writes the generated documents to files.
 */
export async function perintahLaporan(argumen: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argumen,
    options: {
      opd: { type: "string" },
      tahun: { type: "string" },
      jenis: { type: "string", default: "lkjip" },
      triwulan: { type: "string" },
      format: { type: "string", default: "pdf" },
      out: { type: "string", default: "." },
      kertas: { type: "string", default: "a4" },
    },
    strict: true,
  });
  if (!values.opd) throw new Error("--opd wajib diisi, mis. --opd malili");
  const format = (values.format ?? "pdf").split(",").map((f) => f.trim());
  const salah = format.filter((f) => !FORMAT_DOKUMEN.includes(f as FormatDokumen));
  if (salah.length > 0)
    throw new Error(`--format tidak dikenal: ${salah.join(", ")} (pilih pdf, docx, html)`);
  const konfigurasi = bacaKonfigurasi();
  const basis = await siapkanBasisdata(konfigurasi);
  try {
    const cakupan = await cakupanPublik(basis.db, konfigurasi.kodePemda);
    const { opd, permintaan, dokumen } = await dokumenOpd(basis.db, cakupan, values.opd, {
      jenis: values.jenis,
      tahun: values.tahun,
      triwulan: values.triwulan,
      kertas: values.kertas,
    });
    const folder = values.out ?? ".";
    mkdirSync(folder, { recursive: true });
    for (const f of format as FormatDokumen[]) {
      const berkas = join(folder, namaBerkasDokumen(opd.kode, permintaan, f));
      writeFileSync(berkas, await renderDokumen(dokumen, f));
      console.log(`${berkas}${dokumen.draf ? " (DRAF: ada temuan galat pada pemeriksaan konsistensi)" : ""}`);
    }
    return 0;
  } finally {
    await basis.tutup();
  }
}

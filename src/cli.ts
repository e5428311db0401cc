import { perintahLaporan } from "./cli/laporan.ts";
import { perintahPeriksa } from "./cli/periksa.ts";

const BANTUAN = `Terukur — sistem SAKIP

Pemakaian:
  terukur periksa --opd KODE --tahun TAHUN [--json]
      Memeriksa konsistensi data satu perangkat daerah untuk satu tahun.
  terukur laporan --opd KODE --tahun TAHUN --jenis lkjip|pk|iku|evaluasi-triwulan [--triwulan N]
                  --format pdf,docx,html --out FOLDER [--kertas a4|f4]
      Menyusun dokumen dari data tersimpan (LKjIP, Perjanjian Kinerja, matriks IKU, evaluasi triwulan).

Basis data dipilih seperti saat server berjalan: DATABASE_URL bila diisi, selain itu folder DATA_DIR (bawaan ./data).`;

/** The command line: one verb per file under src/cli/, dispatched here; returns the exit code. */
export async function jalankanCli(argumen: string[]): Promise<number> {
  const [perintah, ...sisa] = argumen;
  try {
    switch (perintah) {
      case "periksa":
        return await perintahPeriksa(sisa);
      case "laporan":
        return await perintahLaporan(sisa);
      case undefined:
      case "bantuan":
      case "--help":
      case "-h":
        console.log(BANTUAN);
        return 0;
      default:
        console.error(`Perintah tidak dikenal: ${perintah}\n\n${BANTUAN}`);
        return 2;
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return 1;
  }
}

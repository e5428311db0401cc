/**
 * Compiles Typst source to PDF with the Typst compiler bundled in @myriaddreamin/typst-ts-node-compiler.
 * One compiler is kept for the process (creating it scans fonts; reusing it keeps Typst's caches warm).
 * Pictures are given as in-memory files; compiler errors become one Indonesian Error.
 */
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { NodeCompiler as NodeCompilerT } from "@myriaddreamin/typst-ts-node-compiler";

// The package is CommonJS with re-exported native bindings, which ESM named imports cannot see.
const { NodeCompiler } = createRequire(import.meta.url)(
  "@myriaddreamin/typst-ts-node-compiler",
) as typeof import("@myriaddreamin/typst-ts-node-compiler");

/** The repository's fonts/ folder: the only fonts the generated source names. */
export const FOLDER_FONTA = fileURLToPath(new URL("../../../../fonts/", import.meta.url));

/** A file the source refers to, held in memory: the path is absolute inside the virtual workspace. */
export type BerkasMaya = { jalur: string; isi: Uint8Array };

/** A compiled PDF and the compiler's warnings (kept so tests can insist there are none). */
export type HasilKompilasi = { pdf: Uint8Array; peringatan: string[] };

type Diagnostik = { message?: unknown; severity?: unknown; path?: unknown; range?: unknown };

// Nothing is read from here: every file is mapped in memory, and the folder need not exist.
const RUANG_KERJA = join(tmpdir(), "terukur-typst");

let kompilator: NodeCompilerT | null = null;
let jumlahKompilasi = 0;

function ambilKompilator(): NodeCompilerT {
  kompilator ??= NodeCompiler.create({ workspace: RUANG_KERJA, fontArgs: [{ fontPaths: [FOLDER_FONTA] }] });
  return kompilator;
}

function pesanDiagnostik(daftar: unknown): string[] {
  if (!Array.isArray(daftar)) return [];
  return daftar.map((d: Diagnostik) => {
    const pesan = typeof d.message === "string" ? d.message : JSON.stringify(d);
    return typeof d.range === "string" && d.range ? `${pesan} (${d.range})` : pesan;
  });
}

/**
 * Compiles `sumber` with `berkas` as in-memory files and returns the PDF; why: one place owns the native
 * compiler, its font set and its diagnostics. Throws "Gagal menyusun PDF: …" listing every error.
 */
export function kompilasiTypst(sumber: string, berkas: BerkasMaya[] = []): HasilKompilasi {
  const k = ambilKompilator();
  k.resetShadow();
  try {
    for (const b of berkas) k.mapShadow(join(RUANG_KERJA, b.jalur), Buffer.from(b.isi));
    const hasil = k.compile({ mainFileContent: sumber });
    const dokumen = hasil.result;
    if (hasil.hasError() || dokumen === null) {
      const diagnostik = hasil.takeDiagnostics() ?? hasil.takeError();
      const pesan = pesanDiagnostik(diagnostik?.shortDiagnostics);
      throw new Error(
        `Gagal menyusun PDF: ${pesan.length > 0 ? pesan.join("; ") : "kesalahan tidak dikenal"}`,
      );
    }
    const peringatan = pesanDiagnostik(hasil.takeWarnings()?.shortDiagnostics);
    const pdf = k.pdf(dokumen);
    return { pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), peringatan };
  } finally {
    k.resetShadow();
    // Typst memoises aggressively; trimming now and then keeps a long-running server from growing.
    jumlahKompilasi += 1;
    if (jumlahKompilasi % 20 === 0) k.evictCache(10);
  }
}

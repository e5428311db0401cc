import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../seeds/malili-2024/data.ts";
import { muatDataset } from "../seeds/malili-2024/load.ts";
import { dokumenOpd, renderDokumen } from "../src/modules/reporting/dokumen.service.ts";
import type { Basisdata } from "../src/platform/db/database.ts";
import { bukaDbUji, dalamRollback } from "./setup/db.ts";
import { teksDocx, teksPdf } from "./setup/dokumen-baca.ts";

/**
 * Issue 9, second "Done when": the Malili tree document (its own document kind, on A3 for the wall) shows every
 * sasaran, programme and unit of the reference with its indicators, read back from the PDF and the Word file.
 */

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

/** Whitespace folded, so a name wrapped over two lines of a table cell still matches. */
const lipat = (s: string) => s.replace(/\s+/g, " ");

function ukuranHalamanPdf(pdf: Uint8Array): string[] {
  const berkas = join(mkdtempSync(join(tmpdir(), "terukur-pohon-")), "pohon.pdf");
  writeFileSync(berkas, pdf);
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "99", berkas], { encoding: "utf8" });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map(
    (m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`,
  );
}

const PROGRAM = ["7.01.01", "7.01.02", "7.01.03", "7.01.04", "7.01.05", "7.01.06"];

describe("the Malili pohon kinerja document", () => {
  it(
    "names every sasaran, programme and unit with its indicators, on A3, in PDF and Word",
    () =>
      dalamRollback(b, async (trx) => {
        const { pemdaId } = await muatDataset(trx, malili2024);
        const { dokumen } = await dokumenOpd(trx, { pemdaId, opdId: null, pelaku: "uji" }, "malili", {
          jenis: "pohon-kinerja",
          tahun: "2024",
          kertas: "a3",
        });
        const pdf = await renderDokumen(dokumen, "pdf");
        const docx = await renderDokumen(dokumen, "docx");
        const teks = { pdf: lipat(teksPdf(pdf, { layout: false })), docx: lipat(teksDocx(docx)) };

        const sasaran = malili2024.opd.renstra.tujuan.flatMap((t) => t.sasaran);
        expect(sasaran).toHaveLength(2);
        for (const [format, isi] of Object.entries(teks)) {
          for (const s of sasaran) {
            expect(isi, `${format}: sasaran ${s.kode}`).toContain(lipat(s.uraian));
            for (const i of s.indikator)
              expect(isi, `${format}: indikator ${i.kode}`).toContain(lipat(i.nama));
          }
          for (const kode of PROGRAM) expect(isi, `${format}: program ${kode}`).toContain(kode);
          for (const u of malili2024.opd.units)
            expect(isi, `${format}: unit ${u.kode}`).toContain(lipat(u.nama));
        }

        // A3 portrait pages, the diagram on an A3 landscape page
        const ukuran = ukuranHalamanPdf(pdf);
        expect(ukuran.length).toBeGreaterThanOrEqual(2);
        expect(new Set(ukuran)).toEqual(new Set(["842x1191", "1191x842"]));
      }),
    240_000,
  );
});

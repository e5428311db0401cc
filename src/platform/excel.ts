/**
 * The one module behind which exceljs is used (design brief, stack): reading the first worksheet of an
 * .xlsx into cells, and writing simple workbooks (a header row, data rows, a list validation on a column).
 */
import ExcelJS from "exceljs";

/** A cell as read: text, or a number when the spreadsheet stored a number (so 1.234 is not misread as 1234). */
export type SelMentah = string | number;

/** One sheet to write: its name, header row, rows, optional column widths and list validations. */
export type LembarTulis = {
  nama: string;
  kepala?: readonly string[];
  baris: readonly (readonly (string | number | null)[])[];
  lebar?: readonly number[];
  /** a list validation on a column (1-based) of the data rows, whose allowed values are a range formula */
  validasiDaftar?: { kolom: number; rumus: string; sampaiBaris: number; pesan: string }[];
  /** columns (1-based) whose cells are stored as text, so codes like 7.01.01 are not turned into numbers */
  kolomTeks?: readonly number[];
};

function selMentah(nilai: ExcelJS.CellValue): SelMentah {
  if (nilai === null || nilai === undefined) return "";
  if (typeof nilai === "number") return nilai;
  if (nilai instanceof Date) return nilai.toISOString().slice(0, 10);
  if (typeof nilai === "object") {
    if ("result" in nilai) return selMentah((nilai.result ?? null) as ExcelJS.CellValue);
    if ("richText" in nilai) return nilai.richText.map((r) => r.text).join("");
    if ("text" in nilai) return String(nilai.text);
    if ("error" in nilai) return String(nilai.error);
    return "";
  }
  return String(nilai);
}

async function bukaBuku(isi: Uint8Array): Promise<ExcelJS.Workbook> {
  const buku = new ExcelJS.Workbook();
  await buku.xlsx.load(Buffer.from(isi) as unknown as ArrayBuffer);
  return buku;
}

/**
 * The first sheet's cells (row 1 is the header), empty cells as "" up to the widest row; numbers stay
 * numbers, dates become "YYYY-MM-DD", formulas their cached result. Throws on a file exceljs cannot open.
 */
export async function bacaSelXlsx(isi: Uint8Array): Promise<SelMentah[][]> {
  const buku = await bukaBuku(isi);
  const lembar = buku.worksheets[0];
  if (lembar === undefined) return [];
  const lebar = lembar.columnCount;
  const hasil: SelMentah[][] = [];
  for (let r = 1; r <= lembar.rowCount; r++) {
    const row = lembar.getRow(r);
    const sel: SelMentah[] = [];
    for (let k = 1; k <= lebar; k++) sel.push(selMentah(row.getCell(k).value));
    hasil.push(sel);
  }
  return hasil;
}

/** The first sheet's rows as text (numbers in their plain JavaScript text), for readers that want text only. */
export async function bacaXlsx(isi: Uint8Array): Promise<string[][]> {
  return (await bacaSelXlsx(isi)).map((baris) => baris.map((s) => String(s)));
}

/** Writes a workbook of the given sheets (the first is the one imports read) and returns its bytes. */
export async function tulisXlsx(daftar: readonly LembarTulis[]): Promise<Uint8Array> {
  const buku = new ExcelJS.Workbook();
  buku.creator = "Terukur";
  for (const l of daftar) {
    const lembar = buku.addWorksheet(l.nama);
    if (l.kepala) {
      const kepala = lembar.addRow([...l.kepala]);
      kepala.font = { bold: true };
      lembar.views = [{ state: "frozen", ySplit: 1 }];
    }
    const kolomTeks = new Set(l.kolomTeks ?? []);
    for (const b of l.baris) {
      const row = lembar.addRow(b.map((v) => (v === null ? null : v)));
      for (const k of kolomTeks) row.getCell(k).numFmt = "@";
    }
    l.lebar?.forEach((w, i) => {
      lembar.getColumn(i + 1).width = w;
    });
    for (const v of l.validasiDaftar ?? []) {
      for (let r = 2; r <= v.sampaiBaris; r++) {
        lembar.getCell(r, v.kolom).dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [v.rumus],
          showErrorMessage: true,
          errorStyle: "warning",
          error: v.pesan,
        };
      }
    }
  }
  return new Uint8Array(await buku.xlsx.writeBuffer());
}

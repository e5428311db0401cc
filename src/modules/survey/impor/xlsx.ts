/**
 * Reads the first worksheet of an .xlsx into rows of text, so a spreadsheet and a CSV reach the same row
 * checks. Dates become "YYYY-MM-DD", numbers their plain JavaScript text, formulas their cached result.
 */
import ExcelJS from "exceljs";

function teksSel(nilai: ExcelJS.CellValue): string {
  if (nilai === null || nilai === undefined) return "";
  if (nilai instanceof Date) return nilai.toISOString().slice(0, 10);
  if (typeof nilai === "object") {
    if ("result" in nilai) return teksSel((nilai.result ?? null) as ExcelJS.CellValue);
    if ("richText" in nilai) return nilai.richText.map((r) => r.text).join("");
    if ("text" in nilai) return String(nilai.text);
    if ("error" in nilai) return String(nilai.error);
    return "";
  }
  return String(nilai);
}

/** The first sheet's rows (row 1 is the header), with empty cells as "" up to the widest row. */
export async function bacaXlsx(isi: Uint8Array): Promise<string[][]> {
  const buku = new ExcelJS.Workbook();
  await buku.xlsx.load(Buffer.from(isi) as unknown as ArrayBuffer);
  const lembar = buku.worksheets[0];
  if (lembar === undefined) return [];
  const lebar = lembar.columnCount;
  const hasil: string[][] = [];
  for (let r = 1; r <= lembar.rowCount; r++) {
    const row = lembar.getRow(r);
    const sel: string[] = [];
    for (let k = 1; k <= lebar; k++) sel.push(teksSel(row.getCell(k).value));
    hasil.push(sel);
  }
  return hasil;
}

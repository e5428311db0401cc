/**
 * Reads the first worksheet of an .xlsx into rows of text, so a spreadsheet and a CSV reach the same row
 * checks. The reading itself lives in platform/excel.ts, the one module that uses exceljs.
 */
export { bacaXlsx } from "../../../platform/excel.ts";

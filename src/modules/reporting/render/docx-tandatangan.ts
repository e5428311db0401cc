import {
  AlignmentType,
  BorderStyle,
  type FileChild,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from "docx";
import type { BlokTandaTangan, Penandatangan } from "../model.ts";

/** Empty lines left for the wet signature and stamp. */
const BARIS_RUANG_TTD = 4;

const tanpaGaris = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;

function baris(teks: string, opsi: { tebal?: boolean; garisBawah?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0, line: 260, lineRule: "auto" },
    keepNext: true,
    keepLines: true,
    children: [
      new TextRun({
        text: teks,
        bold: opsi.tebal,
        underline: opsi.garisBawah ? { type: UnderlineType.SINGLE } : undefined,
      }),
    ],
  });
}

function isiPenandatangan(p: Penandatangan, tempatTanggal: string | null): Paragraph[] {
  return [
    baris(tempatTanggal ?? ""),
    baris(p.jabatan),
    ...Array.from({ length: BARIS_RUANG_TTD }, () => baris("")),
    baris(p.nama, { tebal: true, garisBawah: true }),
    ...(p.pangkat ? [baris(p.pangkat)] : []),
    ...(p.nip ? [baris(`NIP. ${p.nip}`)] : []),
  ];
}

/**
 * Signature blocks as a borderless table, so two signers stand side by side and one signer sits on the right half,
 * with the place and date above the last column; the row never breaks across pages.
 */
export function blokTandaTangan(b: BlokTandaTangan, lebarTeks: number, halamanBaru: boolean): FileChild[] {
  const tempatTanggal = `${b.tempat}, ${b.tanggal ?? "...................."}`;
  const penandatangan: (Penandatangan | null)[] =
    b.penandatangan.length === 1 ? [null, ...b.penandatangan] : b.penandatangan;
  const n = Math.max(penandatangan.length, 1);
  const lebar = Array.from(
    { length: n },
    (_, i) => Math.floor(lebarTeks / n) + (i === n - 1 ? lebarTeks % n : 0),
  );
  const sel = penandatangan.map(
    (p, i) =>
      new TableCell({
        width: { size: lebar[i] ?? 0, type: WidthType.DXA },
        children: p === null ? [baris("")] : isiPenandatangan(p, i === n - 1 ? tempatTanggal : null),
      }),
  );
  return [
    new Paragraph({
      pageBreakBefore: halamanBaru,
      spacing: { before: 120, after: 0 },
      keepNext: true,
      children: [],
    }),
    new Table({
      rows: [new TableRow({ cantSplit: true, children: sel })],
      width: { size: lebarTeks, type: WidthType.DXA },
      columnWidths: lebar,
      layout: TableLayoutType.FIXED,
      borders: {
        top: tanpaGaris,
        bottom: tanpaGaris,
        left: tanpaGaris,
        right: tanpaGaris,
        insideHorizontal: tanpaGaris,
        insideVertical: tanpaGaris,
      },
    }),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  ];
}

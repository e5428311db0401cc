/**
 * The RHK export for an e-Kinerja operator (issue 9 item 5): one row per RHK indicator, in the columns that
 * docs/rhk-ekspor.md explains, as a CSV for Indonesian spreadsheets (semicolons, decimal comma, UTF-8 with a
 * BOM) and as an .xlsx. Pure apart from exceljs writing the workbook.
 */
import { desimal, keNumber, keString, ringkas } from "../../platform/decimal.ts";
import { tulisXlsx } from "../../platform/excel.ts";
import { keCsv } from "../evaluation/lke-kabupaten.domain.ts";
import type { HasilRhk } from "./rhk.domain.ts";

/** The export's columns in order; docs/rhk-ekspor.md documents each one. */
export const KOLOM_EKSPOR_RHK = [
  "NIP",
  "Nama",
  "Jabatan",
  "Unit Kerja",
  "RHK Atasan yang Diintervensi",
  "Rencana Hasil Kerja (RHK)",
  "Aspek",
  "Indikator Kinerja Individu",
  "Target",
  "Satuan",
  "Periode",
  "Kode Indikator PK",
  "Kode Anggaran",
] as const;

/** One export row; the target stays an exact decimal string ("66.5") until a format writes it. */
export type BarisEksporRhk = {
  nip: string;
  nama: string;
  jabatan: string;
  unit: string;
  rhkAtasan: string;
  rhk: string;
  aspek: string;
  indikator: string;
  target: string | null;
  satuan: string;
  periode: number;
  kodePk: string;
  kodeAnggaran: string;
};

/**
 * The rows: per employee in register order, per RHK, per indicator; an RHK without an indicator gives one row
 * with the indicator columns empty (so the operator sees what is missing). Employees without an RHK and
 * nodes without an owner have nothing to key in and give no row.
 */
export function barisEksporRhk(hasil: HasilRhk, tahun: number): BarisEksporRhk[] {
  const baris: BarisEksporRhk[] = [];
  for (const { pegawai: p, rhk } of hasil.pegawai) {
    for (const r of rhk) {
      const umum = {
        nip: p.nip ?? "",
        nama: p.nama,
        jabatan: p.jabatan,
        unit: p.unitNama,
        rhkAtasan: r.rhkAtasan ?? "",
        rhk: r.rhk,
        periode: tahun,
        kodeAnggaran: r.kodeAnggaran.join(", "),
      };
      if (r.indikator.length === 0) {
        baris.push({ ...umum, aspek: "", indikator: "", target: null, satuan: "", kodePk: "" });
      }
      for (const i of r.indikator) {
        baris.push({
          ...umum,
          aspek: i.aspek,
          indikator: i.nama,
          target: i.target,
          satuan: i.satuan,
          kodePk: i.kodePk.join(", "),
        });
      }
    }
  }
  return baris;
}

/** A target as the CSV writes it: the exact value with a decimal comma and no thousands mark ("1250,5"). */
export function targetCsv(target: string | null): string {
  return target === null ? "" : keString(ringkas(desimal(target))).replace(".", ",");
}

function sel(b: BarisEksporRhk): (string | number | null)[] {
  return [
    b.nip,
    b.nama,
    b.jabatan,
    b.unit,
    b.rhkAtasan,
    b.rhk,
    b.aspek,
    b.indikator,
    b.target,
    b.satuan,
    b.periode,
    b.kodePk,
    b.kodeAnggaran,
  ];
}

/** The CSV: semicolon-separated, decimal comma, UTF-8 with a byte-order mark so Excel reads names right. */
export function eksporRhkCsv(baris: readonly BarisEksporRhk[]): string {
  return keCsv(
    KOLOM_EKSPOR_RHK,
    baris.map((b) => {
      const s = sel(b);
      s[8] = targetCsv(b.target);
      return s;
    }),
  );
}

/** The workbook: one sheet "RHK", the target as a number, NIP and codes kept as text. */
export function eksporRhkXlsx(baris: readonly BarisEksporRhk[]): Promise<Uint8Array> {
  return tulisXlsx([
    {
      nama: "RHK",
      kepala: KOLOM_EKSPOR_RHK,
      baris: baris.map((b) => {
        const s = sel(b);
        s[8] = b.target === null ? null : keNumber(desimal(b.target));
        return s;
      }),
      lebar: [22, 28, 30, 30, 48, 48, 12, 40, 10, 14, 9, 18, 24],
      kolomTeks: [1, 12, 13],
    },
  ]);
}

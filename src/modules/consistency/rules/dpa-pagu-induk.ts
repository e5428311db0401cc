/**
 * A program or kegiatan total typed from a printed document must equal the sum of its sub kegiatan pagu
 * (design brief principle 1: the sub kegiatan pagu is the stored figure; totals are computed). Catches
 * Malili 2024's Administrasi Umum printed as Rp 637.632.100 against a sub kegiatan sum of Rp 637.602.100.
 */
import { formatRupiah } from "../../../platform/number-format.ts";
import type { AturanKonsistensi } from "../aturan.ts";
import type { DataPemeriksaan } from "../data-pemeriksaan.ts";
import { nilaiBulat } from "../nilai-temuan.ts";
import { bangunPohonDpa } from "../pohon-dpa.ts";
import type { Temuan } from "../temuan.ts";

const ID = "dpa-pagu-induk";

function pesan(tingkat: "program" | "kegiatan", dinyatakan: bigint, dihitung: bigint): string {
  return `Pagu ${tingkat} tertulis ${formatRupiah(dinyatakan)}, sedangkan jumlah pagu sub kegiatannya ${formatRupiah(dihitung)} (selisih ${formatRupiah(dinyatakan - dihitung)}).`;
}

/** Compares every stated program and kegiatan pagu in the year's DPAs with the sum of its sub kegiatan. */
export function periksaDpaPaguInduk(data: DataPemeriksaan): Temuan[] {
  const pohon = bangunPohonDpa(data);
  const dpaTahunIni = new Set(data.dpa.filter((d) => d.tahun === data.tahun).map((d) => d.id));
  const temuan: Temuan[] = [];
  for (const prog of data.program) {
    if (!dpaTahunIni.has(prog.dpaId)) continue;
    if (prog.paguDinyatakan !== null) {
      const dihitung = pohon.paguProgram(prog.id);
      if (dihitung !== prog.paguDinyatakan) {
        temuan.push({
          aturan: ID,
          tingkat: "galat",
          lokasi: pohon.lokasiProgram(prog),
          pesan: pesan("program", prog.paguDinyatakan, dihitung),
          ...nilaiBulat(prog.paguDinyatakan, dihitung),
        });
      }
    }
    for (const keg of pohon.kegiatanPerProgram.get(prog.id) ?? []) {
      if (keg.paguDinyatakan === null) continue;
      const dihitung = pohon.paguKegiatan(keg.id);
      if (dihitung === keg.paguDinyatakan) continue;
      temuan.push({
        aturan: ID,
        tingkat: "galat",
        lokasi: pohon.lokasiKegiatan(keg),
        pesan: pesan("kegiatan", keg.paguDinyatakan, dihitung),
        ...nilaiBulat(keg.paguDinyatakan, dihitung),
      });
    }
  }
  return temuan;
}

/** Registry entry. */
export const aturanDpaPaguInduk: AturanKonsistensi = {
  id: ID,
  judul: "Pagu program dan kegiatan sama dengan jumlah sub kegiatan",
  uraian:
    "Pagu program dan kegiatan yang dicatat dari dokumen cetak dibandingkan dengan jumlah pagu sub kegiatan di bawahnya pada DPA tahun ini.",
  periksa: periksaDpaPaguInduk,
};

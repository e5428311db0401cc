/**
 * The monthly cash plan (anggaran kas, Permendagri 77/2020 Bab VI) distributes exactly the pagu of the
 * sub kegiatan; months that do not add up make the quarterly targets of the realisation table wrong.
 */
import { formatRupiah } from "../../../platform/number-format.ts";
import type { AturanKonsistensi } from "../aturan.ts";
import type { DataPemeriksaan } from "../data-pemeriksaan.ts";
import { jumlahkanBigint, kelompokkan } from "../indeks.ts";
import { nilaiBulat } from "../nilai-temuan.ts";
import { bangunPohonDpa } from "../pohon-dpa.ts";
import type { Temuan } from "../temuan.ts";

const ID = "anggaran-kas-vs-pagu";

/** Per sub kegiatan of the year's DPAs that has a cash plan: galat when its months do not sum to the pagu. */
export function periksaAnggaranKasVsPagu(data: DataPemeriksaan): Temuan[] {
  const pohon = bangunPohonDpa(data);
  const temuan: Temuan[] = [];
  const kasPerSub = kelompokkan(data.anggaranKas, (k) => k.subKegiatanId);
  for (const sub of data.subKegiatan) {
    const kas = kasPerSub.get(sub.id);
    if (kas === undefined) continue;
    if (pohon.dpaSubKegiatan(sub)?.tahun !== data.tahun) continue;
    const jumlah = jumlahkanBigint(kas.map((k) => k.jumlah));
    if (jumlah === sub.pagu) continue;
    temuan.push({
      aturan: ID,
      tingkat: "galat",
      lokasi: pohon.lokasiSubKegiatan(sub),
      pesan: `Anggaran kas (${kas.length} bulan terisi) berjumlah ${formatRupiah(jumlah)}, tidak sama dengan pagu ${formatRupiah(sub.pagu)} (selisih ${formatRupiah(jumlah - sub.pagu)}).`,
      ...nilaiBulat(jumlah, sub.pagu),
    });
  }
  return temuan;
}

/** Registry entry. */
export const aturanAnggaranKasVsPagu: AturanKonsistensi = {
  id: ID,
  judul: "Anggaran kas sama dengan pagu",
  uraian: "Jumlah anggaran kas bulanan setiap sub kegiatan dibandingkan dengan pagu sub kegiatan itu.",
  periksa: periksaAnggaranKasVsPagu,
};

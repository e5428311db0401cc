/**
 * Spending cannot exceed the pagu of a sub kegiatan (PP 12/2019 Pasal 53: the DPA is the ceiling of
 * spending), and one realisation stored at two granularities must agree (design brief principle 1).
 */
import { formatRupiah } from "../../../platform/number-format.ts";
import type { AturanKonsistensi } from "../aturan.ts";
import type { DataPemeriksaan, RealisasiAnggaranPeriksa } from "../data-pemeriksaan.ts";
import { jumlahkanBigint, kelompokkan } from "../indeks.ts";
import { nilaiBulat } from "../nilai-temuan.ts";
import { bangunPohonDpa } from "../pohon-dpa.ts";
import type { Temuan } from "../temuan.ts";

const ID = "realisasi-melebihi-pagu";

const NAMA_PERIODE: Record<RealisasiAnggaranPeriksa["periodeJenis"], string> = {
  bulan: "per bulan",
  triwulan: "per triwulan",
  semester: "per semester",
  tahun: "tahunan",
};

/**
 * Per sub kegiatan of the year's DPAs and per period kind (each kind partitions the year): galat when the
 * sum exceeds the pagu; peringatan when two kinds give different totals.
 */
export function periksaRealisasiMelebihiPagu(data: DataPemeriksaan): Temuan[] {
  const pohon = bangunPohonDpa(data);
  const subTahunIni = new Map(
    data.subKegiatan.filter((s) => pohon.dpaSubKegiatan(s)?.tahun === data.tahun).map((s) => [s.id, s]),
  );
  const temuan: Temuan[] = [];
  for (const [subId, baris] of kelompokkan(data.realisasiAnggaran, (r) => r.subKegiatanId)) {
    const sub = subTahunIni.get(subId);
    if (sub === undefined) continue;
    const lokasi = pohon.lokasiSubKegiatan(sub);
    const total = [...kelompokkan(baris, (r) => r.periodeJenis)].map(
      ([jenis, rs]) => [jenis, jumlahkanBigint(rs.map((r) => r.jumlah))] as const,
    );
    for (const [jenis, jumlah] of total) {
      if (jumlah <= sub.pagu) continue;
      temuan.push({
        aturan: ID,
        tingkat: "galat",
        lokasi,
        pesan: `Realisasi anggaran ${NAMA_PERIODE[jenis]} berjumlah ${formatRupiah(jumlah)}, melebihi pagu ${formatRupiah(sub.pagu)} sebesar ${formatRupiah(jumlah - sub.pagu)}.`,
        ...nilaiBulat(jumlah, sub.pagu),
      });
    }
    const [pertama, ...lain] = total;
    const beda = lain.find(([, j]) => pertama !== undefined && j !== pertama[1]);
    if (pertama !== undefined && beda !== undefined) {
      temuan.push({
        aturan: ID,
        tingkat: "peringatan",
        lokasi,
        pesan: `Realisasi anggaran tercatat ${NAMA_PERIODE[pertama[0]]} (${formatRupiah(pertama[1])}) dan ${NAMA_PERIODE[beda[0]]} (${formatRupiah(beda[1])}) dengan jumlah berbeda; simpan realisasi pada satu jenis periode saja.`,
        ...nilaiBulat(beda[1], pertama[1]),
      });
    }
  }
  return temuan;
}

/** Registry entry. */
export const aturanRealisasiMelebihiPagu: AturanKonsistensi = {
  id: ID,
  judul: "Realisasi anggaran tidak melebihi pagu",
  uraian:
    "Jumlah realisasi anggaran setiap sub kegiatan dibandingkan dengan pagunya; realisasi yang dicatat pada dua jenis periode dengan jumlah berbeda juga dilaporkan.",
  periksa: periksaRealisasiMelebihiPagu,
};

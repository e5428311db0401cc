/**
 * A program budget in the PK must be the program's pagu in the DPA the PK refers to (PermenPANRB 53/2014:
 * the PK lists programs with their anggaran from the DPA). Catches Malili 2024's Program Koordinasi
 * Ketentraman Rp 14.088.150 in the PK against Rp 18.859.150 in the DPA.
 */
import { formatRupiah } from "../../../platform/number-format.ts";
import type { AturanKonsistensi } from "../aturan.ts";
import type { DataPemeriksaan } from "../data-pemeriksaan.ts";
import { labelPk } from "../lokasi.ts";
import { nilaiBulat, nilaiTanpaPembanding } from "../nilai-temuan.ts";
import { bangunPohonDpa, labelDpa } from "../pohon-dpa.ts";
import type { Temuan } from "../temuan.ts";

const ID = "pk-anggaran-vs-dpa";

/**
 * Per PK program: missing from the referenced DPA (galat), or a stated budget differing from the sum of the
 * program's sub kegiatan pagu (galat). For the PK of the OPD head, a DPA program absent from the PK is a
 * peringatan. A PK whose DPA is not among the OPD's is left to rule pk-dpa-tahun.
 */
export function periksaPkAnggaranVsDpa(data: DataPemeriksaan): Temuan[] {
  const pohon = bangunPohonDpa(data);
  const temuan: Temuan[] = [];
  for (const pk of data.pk) {
    const dpa = pohon.dpa.get(pk.dpaId);
    if (dpa === undefined) continue;
    const programDpa = pohon.programPerDpa.get(dpa.id) ?? [];
    const programPk = data.pkProgram.filter((x) => x.pkId === pk.id);
    for (const pp of programPk) {
      const prog = programDpa.find((p) => p.kode === pp.kode);
      if (prog === undefined) {
        temuan.push({
          aturan: ID,
          tingkat: "galat",
          lokasi: `${labelPk(data, pk)} › Program ${pp.kode}`,
          pesan: `Program ${pp.kode} tercantum di PK tetapi tidak ada di ${labelDpa(dpa)} yang menjadi acuan PK.`,
          ...nilaiTanpaPembanding(pp.anggaran),
        });
        continue;
      }
      if (pp.anggaran === null) continue;
      const pagu = pohon.paguProgram(prog.id);
      if (pp.anggaran !== pagu) {
        temuan.push({
          aturan: ID,
          tingkat: "galat",
          lokasi: `${labelPk(data, pk)} › ${prog.kode} ${prog.nama}`,
          pesan: `Anggaran program di PK ${formatRupiah(pp.anggaran)} berbeda dengan jumlah pagu sub kegiatannya di ${labelDpa(dpa)} ${formatRupiah(pagu)} (selisih ${formatRupiah(pp.anggaran - pagu)}).`,
          ...nilaiBulat(pp.anggaran, pagu),
        });
      }
    }
    if (pk.tingkat !== "pimpinan_opd") continue;
    for (const prog of programDpa) {
      if (programPk.some((pp) => pp.kode === prog.kode)) continue;
      temuan.push({
        aturan: ID,
        tingkat: "peringatan",
        lokasi: `${labelPk(data, pk)} › ${prog.kode} ${prog.nama}`,
        pesan: `Program ini ada di ${labelDpa(dpa)} dengan pagu ${formatRupiah(pohon.paguProgram(prog.id))} tetapi tidak tercantum di Perjanjian Kinerja pimpinan perangkat daerah.`,
      });
    }
  }
  return temuan;
}

/** Registry entry. */
export const aturanPkAnggaranVsDpa: AturanKonsistensi = {
  id: ID,
  judul: "Anggaran program di PK sama dengan DPA",
  uraian:
    "Anggaran setiap program dalam Perjanjian Kinerja dibandingkan dengan jumlah pagu sub kegiatan program itu pada DPA yang dirujuk PK; program PK yang tidak ada di DPA juga dilaporkan.",
  periksa: periksaPkAnggaranVsDpa,
};

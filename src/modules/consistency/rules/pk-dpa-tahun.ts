/**
 * A PK takes its program budgets from the DPA of its own year and its own OPD; any other DPA makes every
 * budget figure in the PK belong to another document.
 */
import type { AturanKonsistensi } from "../aturan.ts";
import type { DataPemeriksaan } from "../data-pemeriksaan.ts";
import { labelPk } from "../lokasi.ts";
import { labelDpa } from "../pohon-dpa.ts";
import type { Temuan } from "../temuan.ts";

const ID = "pk-dpa-tahun";

/** PKs whose referenced DPA is of another year, or not a DPA of this OPD at all. */
export function periksaPkDpaTahun(data: DataPemeriksaan): Temuan[] {
  const temuan: Temuan[] = [];
  for (const pk of data.pk) {
    const dpa = data.dpa.find((d) => d.id === pk.dpaId);
    if (dpa === undefined) {
      temuan.push({
        aturan: ID,
        tingkat: "galat",
        lokasi: labelPk(data, pk),
        pesan: "DPA yang dirujuk Perjanjian Kinerja ini bukan DPA perangkat daerah ini.",
      });
    } else if (dpa.tahun !== pk.tahun) {
      temuan.push({
        aturan: ID,
        tingkat: "galat",
        lokasi: labelPk(data, pk),
        pesan: `Perjanjian Kinerja tahun ${pk.tahun} merujuk ${labelDpa(dpa)}; anggaran program seharusnya diambil dari DPA tahun ${pk.tahun}.`,
        dinyatakan: String(dpa.tahun),
        dihitung: String(pk.tahun),
        selisih: String(dpa.tahun - pk.tahun),
      });
    }
  }
  return temuan;
}

/** Registry entry. */
export const aturanPkDpaTahun: AturanKonsistensi = {
  id: ID,
  judul: "PK merujuk DPA tahun yang sama",
  uraian:
    "DPA yang menjadi acuan anggaran Perjanjian Kinerja harus DPA perangkat daerah yang sama pada tahun yang sama.",
  periksa: periksaPkDpaTahun,
};

/**
 * A PK target is the target of the pohon kinerja node that holds the same indicator (PermenPANRB 89/2021: the
 * PK of each level is drawn from its nodes; the reference report's recommendation "selaraskan PK dengan Pohon
 * Kinerja"). A different figure means the PK and the tree disagree about what was promised.
 */
import { bandingkan, desimal } from "../../../platform/decimal.ts";
import { formatAngka } from "../../../platform/number-format.ts";
import type { AturanKonsistensi } from "../aturan.ts";
import type { DataPemeriksaan } from "../data-pemeriksaan.ts";
import { labelPk } from "../lokasi.ts";
import { nilaiDesimal } from "../nilai-temuan.ts";
import { indeksPohon } from "../pohon-simpul.ts";
import type { Temuan } from "../temuan.ts";

const ID = "pohon-pk-target-vs-simpul";

/** Compares every PK indicator target with the target of the PK year on each OPD node carrying that indicator. */
export function periksaPohonPkTargetVsSimpul(data: DataPemeriksaan): Temuan[] {
  const pohon = indeksPohon(data);
  const indikatorSimpul = pohon.simpulOpd.flatMap((s) =>
    (pohon.indikatorPerSimpul.get(s.id) ?? []).map((ind) => ({ s, ind })),
  );
  const temuan: Temuan[] = [];
  for (const pk of data.pk) {
    for (const pi of data.pkIndikator.filter((x) => x.pkId === pk.id)) {
      for (const { s, ind } of indikatorSimpul) {
        if (ind.indikatorId !== pi.indikatorId) continue;
        const target = pohon.target(ind.id, pk.tahun);
        if (target === undefined || bandingkan(desimal(pi.target), desimal(target)) === 0) continue;
        temuan.push({
          aturan: ID,
          tingkat: "galat",
          lokasi: `${pohon.lokasi(s)} › ${ind.nama}`,
          pesan: `Target dalam ${labelPk(data, pk)} ${formatAngka(pi.target)} berbeda dengan target simpul ini tahun ${pk.tahun} ${formatAngka(target)}.`,
          ...nilaiDesimal(pi.target, target),
        });
      }
    }
  }
  return temuan;
}

/** Registry entry. */
export const aturanPohonPkTargetVsSimpul: AturanKonsistensi = {
  id: ID,
  judul: "Target PK sama dengan target simpul pohon kinerja",
  uraian:
    "Setiap target indikator Perjanjian Kinerja dibandingkan dengan target tahun yang sama pada simpul pohon kinerja yang memuat indikator itu.",
  periksa: periksaPohonPkTargetVsSimpul,
};

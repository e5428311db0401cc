/**
 * A PK target must be the Renstra target of the same year (PermenPANRB 53/2014 Lampiran I: the PK
 * takes its targets from the Renstra/RKT). A different figure means one of the two documents was retyped.
 */

import { bandingkan, desimal } from "../../../platform/decimal.ts";
import { formatAngka } from "../../../platform/number-format.ts";
import type { AturanKonsistensi } from "../aturan.ts";
import type { DataPemeriksaan } from "../data-pemeriksaan.ts";
import { labelPk, labelRenstra } from "../lokasi.ts";
import { nilaiDesimal } from "../nilai-temuan.ts";
import type { Temuan } from "../temuan.ts";

const ID = "pk-target-vs-renstra";

function sama(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return bandingkan(desimal(a), desimal(b)) === 0;
}

/** Compares every PK indicator target (and upper bound of a range) with its Renstra target of the PK year. */
export function periksaPkTargetVsRenstra(data: DataPemeriksaan): Temuan[] {
  const temuan: Temuan[] = [];
  for (const pk of data.pk) {
    for (const pi of data.pkIndikator.filter((x) => x.pkId === pk.id)) {
      const ind = data.indikator.find((x) => x.id === pi.indikatorId);
      if (ind === undefined) continue;
      const lokasi = `${labelPk(data, pk)} › ${ind.nama}`;
      const renstra = data.renstra.find((r) => r.id === ind.renstraId);
      if (renstra !== undefined && (pk.tahun < renstra.tahunAwal || pk.tahun > renstra.tahunAkhir)) {
        temuan.push({
          aturan: ID,
          tingkat: "galat",
          lokasi,
          pesan: `Indikator ini berasal dari ${labelRenstra(renstra)}, yang tidak mencakup tahun ${pk.tahun}.`,
        });
        continue;
      }
      const t = data.targetIndikator.find((x) => x.indikatorId === ind.id && x.tahun === pk.tahun);
      if (t === undefined || t.target === null) continue;
      if (!sama(pi.target, t.target)) {
        temuan.push({
          aturan: ID,
          tingkat: "galat",
          lokasi,
          pesan: `Target PK ${formatAngka(pi.target)} berbeda dengan target Renstra tahun ${pk.tahun} ${formatAngka(t.target)}.`,
          ...nilaiDesimal(pi.target, t.target),
        });
      }
      if (!sama(pi.targetAtas, t.targetAtas)) {
        const tulis = (x: string | null) => (x === null ? "tidak ada" : formatAngka(x));
        temuan.push({
          aturan: ID,
          tingkat: "galat",
          lokasi,
          pesan: `Batas atas target PK (${tulis(pi.targetAtas)}) berbeda dengan batas atas target Renstra tahun ${pk.tahun} (${tulis(t.targetAtas)}).`,
          ...(pi.targetAtas !== null && t.targetAtas !== null
            ? nilaiDesimal(pi.targetAtas, t.targetAtas)
            : { dinyatakan: pi.targetAtas, dihitung: t.targetAtas, selisih: null }),
        });
      }
    }
  }
  return temuan;
}

/** Registry entry. */
export const aturanPkTargetVsRenstra: AturanKonsistensi = {
  id: ID,
  judul: "Target PK sama dengan target Renstra",
  uraian:
    "Setiap target indikator dalam Perjanjian Kinerja dibandingkan dengan target Renstra tahun yang sama; target PK diambil dari Renstra, bukan diketik ulang.",
  periksa: periksaPkTargetVsRenstra,
};

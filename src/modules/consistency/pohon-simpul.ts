/**
 * The pohon kinerja nodes of a DataPemeriksaan with navigation and readable locations, so every cascading rule
 * (PermenPANRB 89/2021) names a node the same way: "Pohon Kinerja 2021-2026 › pemda sasaran › … › node".
 */
import type { DataPemeriksaan, IndikatorSimpulPeriksa, SimpulPeriksa } from "./data-pemeriksaan.ts";
import { kelompokkan, petaId } from "./indeks.ts";

/** Navigation over the loaded nodes. */
export type IndeksPohon = {
  simpul: Map<number, SimpulPeriksa>;
  /** the OPD's own nodes of the plan period covering the year, in order */
  simpulOpd: SimpulPeriksa[];
  indikatorPerSimpul: Map<number, IndikatorSimpulPeriksa[]>;
  /** the target of a node indicator in a year, if set */
  target(pohonIndikatorId: number, tahun: number): string | undefined;
  /** "Pohon Kinerja 2021-2026 › … › node" from the topmost loaded ancestor down to the node */
  lokasi(s: SimpulPeriksa): string;
};

/** "Pohon Kinerja 2021-2026". Why: a planner names a tree by its plan period. */
export function labelPohon(s: Pick<SimpulPeriksa, "tahunAwal" | "tahunAkhir">): string {
  return `Pohon Kinerja ${s.tahunAwal}-${s.tahunAkhir}`;
}

/** Builds the index once per rule run; a cycle in hand-made data stops the walk instead of looping. */
export function indeksPohon(data: DataPemeriksaan): IndeksPohon {
  const simpul = petaId(data.pohon);
  const simpulOpd = data.pohon.filter(
    (s) => s.opdId === data.opd.id && s.tahunAwal <= data.tahun && s.tahunAkhir >= data.tahun,
  );
  const indikatorPerSimpul = kelompokkan(data.pohonIndikator, (i) => i.pohonId);
  const targetPeta = new Map(data.pohonTarget.map((t) => [`${t.pohonIndikatorId}:${t.tahun}`, t.target]));

  const lokasi = (s: SimpulPeriksa) => {
    const jalur: string[] = [];
    const dilihat = new Set<number>();
    let kini: SimpulPeriksa | undefined = s;
    while (kini !== undefined && !dilihat.has(kini.id)) {
      dilihat.add(kini.id);
      jalur.unshift(kini.kondisi);
      kini = kini.indukId === null ? undefined : simpul.get(kini.indukId);
    }
    return [labelPohon(s), ...jalur].join(" › ");
  };

  return {
    simpul,
    simpulOpd,
    indikatorPerSimpul,
    target: (id, tahun) => targetPeta.get(`${id}:${tahun}`),
    lokasi,
  };
}

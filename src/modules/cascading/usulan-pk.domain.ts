/**
 * The PK of a level proposed from the pohon kinerja (issue 9, PermenPANRB 89/2021 with 53/2014): the
 * indicators and targets of the nodes a unit owns at the PK's level, and the programs that fund them, set
 * beside what the PK says now, so a PK can no longer disagree with the tree. Pure rules; no I/O.
 */
import type { LevelPohon } from "../../platform/db/schema.ts";
import { bandingkan, desimal } from "../../platform/decimal.ts";
import { kodeProgramDari, NAMA_LEVEL } from "./pohon.domain.ts";

/** The PK tier that corresponds to each node level (pimpinan ↔ strategis, eselon III ↔ taktis, IV ↔ operasional). */
export const LEVEL_MENURUT_TINGKAT_PK = {
  pimpinan_opd: "strategis",
  eselon_iii: "taktis",
  eselon_iv: "operasional",
} as const satisfies Record<string, LevelPohon>;

/** How a proposed indicator stands against the PK now. */
export type StatusUsulan = "sama" | "baru" | "target_berbeda" | "bukan_renstra" | "tanpa_target";

/** One indicator of an owned node, with its target for the PK year and the PK's current target. */
export type IndikatorUsulan = {
  simpulId: number;
  kondisi: string;
  indikatorSimpulId: number;
  /** the Renstra indicator; null when the node's indicator is its own (it cannot go into a PK) */
  indikatorId: number | null;
  kode: string | null;
  nama: string;
  satuan: string;
  /** the node's target of the PK year (decimal string), null when not set */
  target: string | null;
  /** the PK's target for the same Renstra indicator now, null when the PK does not have it */
  targetPk: string | null;
  status: StatusUsulan;
};

/** A program funding an owned node, and whether the PK has it (or cannot, when the PK's DPA lacks it). */
export type ProgramUsulan = { kode: string; nama: string | null; status: "sama" | "baru" | "tidak_di_dpa" };

/** What the PK has that the tree does not propose. */
export type HanyaDiPk = {
  indikator: { pkIndikatorId: number; indikatorId: number; kode: string; nama: string; target: string }[];
  program: { pkProgramId: number; kode: string }[];
};

/** The proposal for one PK, with every difference from it. */
export type UsulanPk = {
  pkId: number;
  tahun: number;
  tingkat: keyof typeof LEVEL_MENURUT_TINGKAT_PK;
  level: LevelPohon;
  unitKerja: { id: number; nama: string };
  status: "draf" | "diajukan" | "diverifikasi" | "disetujui";
  simpul: { id: number; kondisi: string }[];
  indikator: IndikatorUsulan[];
  program: ProgramUsulan[];
  hanyaDiPk: HanyaDiPk;
  /** plain-language notes: nodes missing, indicators that cannot enter a PK, … */
  catatan: string[];
  /** true when applying the proposal would change the PK */
  adaPerbedaan: boolean;
};

/** What the proposal is made from: the PK, the nodes its unit owns at its level, and the PK's DPA programs. */
export type BahanUsulanPk = {
  pk: {
    id: number;
    opdId: number;
    tahun: number;
    tingkat: keyof typeof LEVEL_MENURUT_TINGKAT_PK;
    status: UsulanPk["status"];
    unitKerja: { id: number; nama: string };
  };
  simpul: {
    id: number;
    kondisi: string;
    indikator: {
      id: number;
      indikatorId: number | null;
      kode: string | null;
      nama: string;
      satuan: string;
      target: string | null;
    }[];
    anggaran: { opdId: number; kode: string }[];
  }[];
  pkIndikator: { id: number; indikatorId: number; kode: string; nama: string; target: string }[];
  pkProgram: { id: number; kode: string }[];
  /** program code → name in the PK's DPA */
  programDpa: ReadonlyMap<string, string>;
};

function targetSama(a: string, b: string): boolean {
  return bandingkan(desimal(a), desimal(b)) === 0;
}

/**
 * Builds the proposal: each Renstra indicator of the owned nodes with the node's target of the PK year, each
 * program funding them (from their program, kegiatan or sub kegiatan codes of this OPD), and what the PK has
 * beyond them. A node's own indicator cannot enter a PK (pk_indikator needs a Renstra indicator): it is listed
 * as bukan_renstra with a note.
 */
export function susunUsulanPk(b: BahanUsulanPk): UsulanPk {
  const level = LEVEL_MENURUT_TINGKAT_PK[b.pk.tingkat];
  const catatan: string[] = [];
  if (b.simpul.length === 0)
    catatan.push(
      `Belum ada simpul ${NAMA_LEVEL[level]} milik ${b.pk.unitKerja.nama} pada pohon kinerja tahun ${b.pk.tahun}; tidak ada yang dapat diusulkan`,
    );
  const pkMenurutIndikator = new Map(b.pkIndikator.map((k) => [k.indikatorId, k]));
  const diusulkan = new Set<number>();
  const indikator: IndikatorUsulan[] = [];
  for (const s of b.simpul) {
    for (const i of s.indikator) {
      const dasar = {
        simpulId: s.id,
        kondisi: s.kondisi,
        indikatorSimpulId: i.id,
        indikatorId: i.indikatorId,
        kode: i.kode,
        nama: i.nama,
        satuan: i.satuan,
        target: i.target,
      };
      if (i.indikatorId === null) {
        indikator.push({ ...dasar, targetPk: null, status: "bukan_renstra" });
        catatan.push(
          `Indikator "${i.nama}" pada simpul "${s.kondisi}" bukan indikator Renstra; Perjanjian Kinerja hanya memuat indikator Renstra, jadi indikator ini tidak dapat dimasukkan. Pilih indikator Renstra untuk simpul itu bila ingin mencantumkannya`,
        );
        continue;
      }
      if (diusulkan.has(i.indikatorId)) {
        catatan.push(
          `Indikator "${i.nama}" muncul lebih dari sekali pada simpul ${NAMA_LEVEL[level]} unit ini; yang dipakai adalah kemunculan pertama`,
        );
        continue;
      }
      diusulkan.add(i.indikatorId);
      const pk = pkMenurutIndikator.get(i.indikatorId);
      const targetPk = pk?.target ?? null;
      let status: StatusUsulan;
      if (i.target === null) {
        status = "tanpa_target";
        catatan.push(
          `Indikator "${i.nama}" pada simpul "${s.kondisi}" belum memiliki target tahun ${b.pk.tahun}`,
        );
      } else if (targetPk === null) status = "baru";
      else status = targetSama(i.target, targetPk) ? "sama" : "target_berbeda";
      indikator.push({ ...dasar, targetPk, status });
    }
  }
  const kodeProgram: string[] = [];
  const lainOpd = new Set<string>();
  for (const s of b.simpul) {
    for (const a of s.anggaran) {
      if (a.opdId !== b.pk.opdId) {
        lainOpd.add(a.kode);
        continue;
      }
      const kode = kodeProgramDari(a.kode);
      if (!kodeProgram.includes(kode)) kodeProgram.push(kode);
    }
  }
  for (const kode of lainOpd)
    catatan.push(
      `Kode ${kode} milik perangkat daerah pendukung (crosscutting) dan tidak masuk Perjanjian Kinerja ini`,
    );
  const kodePk = new Set(b.pkProgram.map((p) => p.kode));
  const program: ProgramUsulan[] = kodeProgram.map((kode) => {
    const nama = b.programDpa.get(kode) ?? null;
    if (kodePk.has(kode)) return { kode, nama, status: "sama" };
    if (nama === null) {
      catatan.push(
        `Program ${kode} tidak ada di DPA Perjanjian Kinerja ini; periksa DPA tahun ${b.pk.tahun}`,
      );
      return { kode, nama, status: "tidak_di_dpa" };
    }
    return { kode, nama, status: "baru" };
  });
  const hanyaDiPk: HanyaDiPk = {
    indikator: b.pkIndikator
      .filter((k) => !diusulkan.has(k.indikatorId))
      .map((k) => ({
        pkIndikatorId: k.id,
        indikatorId: k.indikatorId,
        kode: k.kode,
        nama: k.nama,
        target: k.target,
      })),
    program: b.pkProgram
      .filter((p) => !kodeProgram.includes(p.kode))
      .map((p) => ({ pkProgramId: p.id, kode: p.kode })),
  };
  const adaPerbedaan =
    indikator.some((i) => i.status === "baru" || i.status === "target_berbeda") ||
    program.some((p) => p.status === "baru") ||
    hanyaDiPk.indikator.length > 0 ||
    hanyaDiPk.program.length > 0;
  return {
    pkId: b.pk.id,
    tahun: b.pk.tahun,
    tingkat: b.pk.tingkat,
    level,
    unitKerja: b.pk.unitKerja,
    status: b.pk.status,
    simpul: b.simpul.map((s) => ({ id: s.id, kondisi: s.kondisi })),
    indikator,
    program,
    hanyaDiPk,
    catatan,
    adaPerbedaan,
  };
}

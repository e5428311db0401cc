/**
 * The DPA tree (program → kegiatan → sub kegiatan) rebuilt from flat rows, with exact totals computed from
 * the sub kegiatan pagu (the only budget figure that is the source of truth) and readable locations.
 */
import type {
  DataPemeriksaan,
  DpaPeriksa,
  KegiatanPeriksa,
  ProgramPeriksa,
  SubKegiatanPeriksa,
} from "./data-pemeriksaan.ts";
import { jumlahkanBigint, kelompokkan, petaId } from "./indeks.ts";

/** Navigation and totals over every DPA in a DataPemeriksaan. */
export type PohonDpa = {
  dpa: Map<number, DpaPeriksa>;
  programPerDpa: Map<number, ProgramPeriksa[]>;
  kegiatanPerProgram: Map<number, KegiatanPeriksa[]>;
  subPerKegiatan: Map<number, SubKegiatanPeriksa[]>;
  /** Σ pagu of the kegiatan's sub kegiatan */
  paguKegiatan(kegiatanId: number): bigint;
  /** Σ pagu of the program's sub kegiatan */
  paguProgram(programId: number): bigint;
  lokasiProgram(program: ProgramPeriksa): string;
  lokasiKegiatan(kegiatan: KegiatanPeriksa): string;
  lokasiSubKegiatan(sub: SubKegiatanPeriksa): string;
  /** the DPA a sub kegiatan belongs to */
  dpaSubKegiatan(sub: SubKegiatanPeriksa): DpaPeriksa | undefined;
};

/** "DPA Perubahan 2024". Why: a planner names a DPA version by its kind and year. */
export function labelDpa(dpa: DpaPeriksa): string {
  return `DPA ${dpa.jenis === "murni" ? "Murni" : "Perubahan"} ${dpa.tahun}`;
}

/** Builds the tree once per check; every budget rule reads through it. */
export function bangunPohonDpa(data: DataPemeriksaan): PohonDpa {
  const dpa = petaId(data.dpa);
  const program = petaId(data.program);
  const kegiatan = petaId(data.kegiatan);
  const programPerDpa = kelompokkan(data.program, (p) => p.dpaId);
  const kegiatanPerProgram = kelompokkan(data.kegiatan, (k) => k.programId);
  const subPerKegiatan = kelompokkan(data.subKegiatan, (s) => s.kegiatanId);

  const paguKegiatan = (id: number) => jumlahkanBigint((subPerKegiatan.get(id) ?? []).map((s) => s.pagu));
  const paguProgram = (id: number) =>
    jumlahkanBigint((kegiatanPerProgram.get(id) ?? []).map((k) => paguKegiatan(k.id)));

  const lokasiProgram = (p: ProgramPeriksa) => {
    const d = dpa.get(p.dpaId);
    return `${d === undefined ? "DPA" : labelDpa(d)} › ${p.kode} ${p.nama}`;
  };
  const lokasiKegiatan = (k: KegiatanPeriksa) => {
    const p = program.get(k.programId);
    return `${p === undefined ? "DPA" : lokasiProgram(p)} › ${k.kode} ${k.nama}`;
  };
  const lokasiSubKegiatan = (s: SubKegiatanPeriksa) => {
    const k = kegiatan.get(s.kegiatanId);
    return `${k === undefined ? "DPA" : lokasiKegiatan(k)} › ${s.kode} ${s.nama}`;
  };

  const dpaSubKegiatan = (s: SubKegiatanPeriksa) => {
    const p = program.get(kegiatan.get(s.kegiatanId)?.programId ?? -1);
    return p === undefined ? undefined : dpa.get(p.dpaId);
  };

  return {
    dpa,
    programPerDpa,
    kegiatanPerProgram,
    subPerKegiatan,
    paguKegiatan,
    paguProgram,
    lokasiProgram,
    lokasiKegiatan,
    lokasiSubKegiatan,
    dpaSubKegiatan,
  };
}

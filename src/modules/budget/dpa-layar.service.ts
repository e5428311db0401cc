/** Use cases behind the DPA screens: the versions of a year, the tree of one version, entry from the nomenclature. */
import type { Db } from "../../platform/db/transaction.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import type { JumlahAnggaran } from "./anggaran.domain.ts";
import * as repo from "./budget.repo.ts";
import { tambahKegiatanDpa, tambahProgramDpa, tambahSubKegiatanDpa } from "./dpa.service.ts";
import { bandingKode, type LevelKode, parseKode } from "./kode-nomenklatur.domain.ts";
import { cariNomenklatur, versiNomenklaturBerlaku } from "./nomenklatur.repo.ts";
import { daftarNomenklaturTingkat } from "./nomenklatur-pilihan.repo.ts";
import { ringkasanAnggaranVersi } from "./ringkasan-anggaran.service.ts";

/** A DPA version as the screen lists it. */
export type VersiDpa = {
  id: number;
  jenis: "murni" | "perubahan";
  nomor: string | null;
  tanggalPengesahan: string | null;
};

/** Output target of a node as stored (sub kegiatan carry the one that matters). */
export type KeluaranLayar = {
  indikatorKeluaran: string | null;
  target: string | null;
  satuan: string | null;
};

/** A sub kegiatan of the screen's tree. */
export type SubLayar = { id: number; kode: string; nama: string } & JumlahAnggaran & KeluaranLayar;

/** A kegiatan with its computed sums and the total printed in the source, if any. */
export type KegiatanLayar = {
  id: number;
  kode: string;
  nama: string;
  paguDinyatakan: bigint | null;
  subKegiatan: SubLayar[];
} & JumlahAnggaran &
  KeluaranLayar;

/** A program with its computed sums and the total printed in the source, if any. */
export type ProgramLayar = {
  id: number;
  kode: string;
  nama: string;
  paguDinyatakan: bigint | null;
  kegiatan: KegiatanLayar[];
} & JumlahAnggaran &
  KeluaranLayar;

/** One DPA version's tree with exact sums at every level and its grand total. */
export type PohonDpaLayar = {
  dpa: VersiDpa & { tahun: number };
  program: ProgramLayar[];
  total: JumlahAnggaran;
};

/** A code the person may choose, with its official name. */
export type PilihanKode = { kode: string; nama: string };

async function dpaMilikOpd(db: Db, cakupan: Cakupan, opdId: number, dpaId: number) {
  const c = cakupanOpd(cakupan, opdId);
  const dpa = await repo.cariDpaById(db, c, dpaId);
  if (!dpa || dpa.opd_id !== opdId) throw new GalatTerukur("tidak_ditemukan", "DPA tidak ditemukan", "dpaId");
  return dpa;
}

/** The DPA murni and perubahan registered for an OPD's year (murni first). Why: the screen lets people switch. */
export async function daftarVersiDpa(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
): Promise<VersiDpa[]> {
  const c = cakupanOpd(cakupan, opdId);
  const hasil: VersiDpa[] = [];
  for (const jenis of ["murni", "perubahan"] as const) {
    const d = await repo.cariDpa(db, c, opdId, tahun, jenis);
    if (d) hasil.push({ id: d.id, jenis, nomor: d.nomor, tanggalPengesahan: d.tanggal_pengesahan });
  }
  return hasil;
}

/** The year and kind of a DPA of this OPD, or null when the id is not one of its DPAs. */
export async function cariVersiDpa(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  dpaId: number,
): Promise<{ tahun: number; jenis: "murni" | "perubahan" } | null> {
  const dpa = await repo.cariDpaById(db, cakupanOpd(cakupan, opdId), dpaId);
  return dpa && dpa.opd_id === opdId ? { tahun: dpa.tahun, jenis: dpa.jenis } : null;
}

/**
 * The tree of one DPA version (program → kegiatan → sub kegiatan) with pagu, realisasi and serapan summed
 * from the sub kegiatan by the pure roll-up, plus each parent's printed pagu so a disagreement can be shown.
 * Why: the screen shows any version, not only the one in force that ringkasanAnggaran reads.
 */
export async function pohonDpa(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  dpaId: number,
): Promise<PohonDpaLayar> {
  const pohon = await ringkasanAnggaranVersi(db, cakupan, opdId, dpaId);
  if (!pohon) throw new GalatTerukur("tidak_ditemukan", "DPA tidak ditemukan", "dpaId");
  return pohon;
}

async function versiTahun(db: Db, tahun: number): Promise<string> {
  const versi = await versiNomenklaturBerlaku(db, `${tahun}-12-31`);
  if (!versi) throw inputTidakValid(`Belum ada nomenklatur yang berlaku untuk tahun ${tahun}`, "kode");
  return versi.kode;
}

/**
 * The nomenclature codes that may still be added to a DPA: programs of the version in force, kegiatan under
 * the DPA's programs, sub kegiatan under its kegiatan, leaving out codes already there.
 * Why: people choose a code instead of typing one, so an unknown or misplaced code cannot be entered.
 */
export async function pilihanKodeDpa(
  db: Db,
  tahun: number,
  pohon: PohonDpaLayar,
): Promise<Record<"program" | "kegiatan" | "sub_kegiatan", PilihanKode[]>> {
  const versi = await versiTahun(db, tahun);
  const adaProgram = new Set(pohon.program.map((p) => p.kode));
  const adaKegiatan = new Set(pohon.program.flatMap((p) => p.kegiatan.map((k) => k.kode)));
  const adaSub = new Set(
    pohon.program.flatMap((p) => p.kegiatan.flatMap((k) => k.subKegiatan.map((s) => s.kode))),
  );
  const pilih = async (tingkat: LevelKode, induk: Set<string> | null, ada: Set<string>) =>
    (await daftarNomenklaturTingkat(db, versi, tingkat))
      .filter(
        (n) => !ada.has(n.kode) && (induk === null || (n.kode_induk !== null && induk.has(n.kode_induk))),
      )
      .sort((a, b) => bandingKode(a.kode, b.kode))
      .map((n) => ({ kode: n.kode, nama: n.nama }));
  return {
    program: await pilih("program", null, adaProgram),
    kegiatan: await pilih("kegiatan", adaProgram, adaKegiatan),
    sub_kegiatan: await pilih("sub_kegiatan", adaKegiatan, adaSub),
  };
}

async function nomenklaturSah(db: Db, tahun: number, kode: string, tingkat: LevelKode) {
  const bersih = kode.trim();
  if (bersih === "") throw inputTidakValid("Kode wajib dipilih dari nomenklatur", "kode");
  const versi = await versiTahun(db, tahun);
  const n = await cariNomenklatur(db, bersih, versi);
  if (!n || n.tingkat !== tingkat) {
    throw inputTidakValid(
      `Kode ${bersih} tidak terdaftar sebagai ${tingkat.replace("_", " ")} dalam nomenklatur yang berlaku tahun ${tahun}`,
      "kode",
    );
  }
  return n;
}

/** What a person fills in when adding a node: the code, the output target and (programs, kegiatan) the printed pagu. */
export type IsianNodeDpa = {
  kode: string;
  target?: string | null;
  satuan?: string | null;
  indikatorKeluaran?: string | null;
  /** only for program and kegiatan: the total printed in the signed DPA, kept to be compared */
  paguDinyatakan?: string | null;
  /** only for sub kegiatan */
  pagu?: string;
};

function kosongJadiNull(v: string | null | undefined): string | null {
  return v === undefined || v === null || v.trim() === "" ? null : v;
}

/**
 * Adds a program, kegiatan or sub kegiatan to a DPA by its nomenclature code: the code must exist at that
 * level in the version in force, its parent must already be in the DPA, and the name comes from the master.
 * Why: the screen's one entry point, refusing unknown codes that the code-shape check alone would accept.
 */
export async function tambahNodeDpa(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  dpaId: number,
  tingkat: "program" | "kegiatan" | "sub_kegiatan",
  isian: IsianNodeDpa,
): Promise<number> {
  const dpa = await dpaMilikOpd(db, cakupan, opdId, dpaId);
  const n = await nomenklaturSah(db, dpa.tahun, isian.kode, tingkat);
  const keluaran = {
    nama: n.nama,
    target: kosongJadiNull(isian.target),
    satuan: kosongJadiNull(isian.satuan) ?? (tingkat === "sub_kegiatan" ? n.satuan : null),
    indikatorKeluaran: kosongJadiNull(isian.indikatorKeluaran),
  };
  const pohon = await pohonDpa(db, cakupan, opdId, dpa.id);
  if (tingkat === "program") {
    return tambahProgramDpa(db, cakupan, dpa.id, {
      kode: n.kode,
      ...keluaran,
      paguDinyatakan: kosongJadiNull(isian.paguDinyatakan),
    });
  }
  const induk = parseKode(n.kode);
  const kodeInduk = induk.ok ? induk.induk : null;
  if (tingkat === "kegiatan") {
    const program = pohon.program.find((p) => p.kode === kodeInduk);
    if (!program)
      throw inputTidakValid(`Program ${kodeInduk ?? ""} belum ada di DPA ini; tambahkan dulu`, "kode");
    return tambahKegiatanDpa(db, cakupan, program.id, {
      kode: n.kode,
      ...keluaran,
      paguDinyatakan: kosongJadiNull(isian.paguDinyatakan),
    });
  }
  const kegiatan = pohon.program.flatMap((p) => p.kegiatan).find((k) => k.kode === kodeInduk);
  if (!kegiatan)
    throw inputTidakValid(`Kegiatan ${kodeInduk ?? ""} belum ada di DPA ini; tambahkan dulu`, "kode");
  return tambahSubKegiatanDpa(db, cakupan, kegiatan.id, {
    kode: n.kode,
    ...keluaran,
    pagu: isian.pagu ?? "",
  });
}

/** A sub kegiatan with where it sits, for its own page. */
export type DetailSubKegiatan = {
  id: number;
  dpaId: number;
  tahun: number;
  jenisDpa: "murni" | "perubahan";
  kode: string;
  nama: string;
  pagu: bigint;
  indikatorKeluaran: string | null;
  target: string | null;
  satuan: string | null;
  kegiatan: { kode: string; nama: string };
  program: { kode: string; nama: string };
};

/** A sub kegiatan of this OPD with its kegiatan, program and DPA, or a refusal when it is not the OPD's. */
export async function detailSubKegiatan(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  subId: number,
): Promise<DetailSubKegiatan> {
  const c = cakupanOpd(cakupan, opdId);
  const sub = await repo.cariSubKegiatanById(db, c, subId);
  if (!sub || sub.opd_id !== opdId)
    throw new GalatTerukur("tidak_ditemukan", "Sub kegiatan DPA tidak ditemukan");
  const kegiatan = await repo.cariKegiatanById(db, c, sub.dpa_kegiatan_id);
  const program = kegiatan ? await repo.cariProgramById(db, c, kegiatan.dpa_program_id) : undefined;
  const dpa = program ? await repo.cariDpaById(db, c, program.dpa_id) : undefined;
  if (!kegiatan || !program || !dpa)
    throw new GalatTerukur("tidak_ditemukan", "Sub kegiatan DPA tidak ditemukan");
  return {
    id: sub.id,
    dpaId: dpa.id,
    tahun: dpa.tahun,
    jenisDpa: dpa.jenis,
    kode: sub.kode,
    nama: sub.nama,
    pagu: sub.pagu,
    indikatorKeluaran: sub.indikator_keluaran,
    target: sub.target,
    satuan: sub.satuan,
    kegiatan: { kode: kegiatan.kode, nama: kegiatan.nama },
    program: { kode: program.kode, nama: program.nama },
  };
}

/**
 * Everything the consistency rules read for one OPD and one year, as plain rows with ids (no Kysely, no I/O),
 * so every rule is a pure function that a test can feed with a small hand-made object.
 * Money is bigint (BIGINT rupiah); indicator values are NUMERIC strings ("93.05").
 */

/** A Renstra whose period covers the year, or that an indicator of the year's PK belongs to. */
export type RenstraPeriksa = { id: number; nama: string; tahunAwal: number; tahunAkhir: number };

/** A sasaran of one of those Renstra. */
export type SasaranPeriksa = { id: number; renstraId: number; kode: string; uraian: string };

/** An indicator with what the rules need to place and judge it. */
export type IndikatorPeriksa = {
  id: number;
  renstraId: number;
  tingkat: "tujuan" | "sasaran";
  tujuanId: number | null;
  sasaranId: number | null;
  kode: string;
  nama: string;
  iku: boolean;
  sumberOtomatis: "ikm" | "nilai_lakip" | null;
  baselineTahun: number | null;
};

/** One year's Renstra target of an indicator (a row may exist with the target left empty). */
export type TargetIndikatorPeriksa = {
  indikatorId: number;
  tahun: number;
  target: string | null;
  targetAtas: string | null;
};

/** A realisation of an indicator in the year being checked. */
export type RealisasiIndikatorPeriksa = {
  indikatorId: number;
  periodeJenis: "bulan" | "triwulan" | "semester" | "tahun";
  periodeKe: number;
  nilai: string | null;
};

/** A DPA version (murni or perubahan). */
export type DpaPeriksa = { id: number; tahun: number; jenis: "murni" | "perubahan" };

/** A DPA program with the total as printed in a source document, if one was entered. */
export type ProgramPeriksa = {
  id: number;
  dpaId: number;
  kode: string;
  nama: string;
  paguDinyatakan: bigint | null;
};

/** A DPA kegiatan with the total as printed in a source document, if one was entered. */
export type KegiatanPeriksa = {
  id: number;
  programId: number;
  kode: string;
  nama: string;
  paguDinyatakan: bigint | null;
};

/** A DPA sub kegiatan: the only level whose pagu is the source of truth. */
export type SubKegiatanPeriksa = {
  id: number;
  kegiatanId: number;
  kode: string;
  nama: string;
  indikatorKeluaran: string | null;
  target: string | null;
  satuan: string | null;
  pagu: bigint;
};

/** One month of a sub kegiatan's cash plan. */
export type AnggaranKasPeriksa = { subKegiatanId: number; bulan: number; jumlah: bigint };

/** One period's budget realisation of a sub kegiatan. */
export type RealisasiAnggaranPeriksa = {
  subKegiatanId: number;
  periodeJenis: "bulan" | "triwulan" | "semester" | "tahun";
  periodeKe: number;
  jumlah: bigint;
};

/** A Perjanjian Kinerja of the year, with the unit that signs it and the DPA its budgets come from. */
export type PkPeriksa = {
  id: number;
  tahun: number;
  tingkat: "kepala_daerah" | "pimpinan_opd" | "eselon_iii" | "eselon_iv";
  unitKerjaNama: string;
  dpaId: number;
};

/** A PK indicator target. */
export type PkIndikatorPeriksa = {
  pkId: number;
  indikatorId: number;
  target: string;
  targetAtas: string | null;
};

/** A PK program budget; null means it follows the DPA (migration 0003) and is not compared. */
export type PkProgramPeriksa = { pkId: number; kode: string; anggaran: bigint | null };

/** An active employee of the OPD; only the status is counted. */
export type PegawaiPeriksa = { status: "PNS" | "CPNS" | "PPPK" | "PTT" | "UPAH_JASA" };

/** A wilayah of the OPD with its population in the year, where recorded. */
export type WilayahPeriksa = {
  id: number;
  indukId: number | null;
  kode: string;
  nama: string;
  jenis: "kecamatan" | "desa" | "kelurahan";
  jumlahDusun: number | null;
  jumlahRt: number | null;
  lakiLaki: number | null;
  perempuan: number | null;
};

/** The kinds of narrative text (narasi.jenis). */
export type JenisNarasi =
  | "kata_pengantar"
  | "gambaran_umum"
  | "peran_organisasi"
  | "isu_strategis"
  | "analisis"
  | "faktor_pendukung"
  | "faktor_penghambat"
  | "hambatan"
  | "solusi"
  | "efisiensi"
  | "kendala"
  | "langkah_antisipatif"
  | "uraian_kegiatan";

/** A narrative paragraph of the year: OPD-level when both sasaranId and kodeAnggaran are null. */
export type NarasiPeriksa = {
  id: number;
  jenis: JenisNarasi;
  urutan: number;
  sasaranId: number | null;
  kodeAnggaran: string | null;
  isi: string;
};

/**
 * A node of the pohon kinerja (PermenPANRB 89/2021) in a plan period covering the year: the OPD's own nodes,
 * every pemda node of that period and any other node one of the OPD's nodes hangs under.
 */
export type SimpulPeriksa = {
  id: number;
  indukId: number | null;
  /** null for a pemda node */
  opdId: number | null;
  tahunAwal: number;
  tahunAkhir: number;
  level: "strategis_pemda" | "strategis" | "taktis" | "operasional" | "individu";
  jenisHasil: "outcome" | "intermediate_outcome" | "output";
  kondisi: string;
  unitKerjaId: number | null;
  pegawaiId: number | null;
  urutan: number;
};

/** An indicator of a node; indikatorId is the Renstra indicator it is, when it is one. */
export type IndikatorSimpulPeriksa = {
  id: number;
  pohonId: number;
  indikatorId: number | null;
  nama: string;
  satuan: string;
};

/** One year's target of a node's indicator. */
export type TargetSimpulPeriksa = { pohonIndikatorId: number; tahun: number; target: string };

/** A budget code (program, kegiatan or sub kegiatan) of an OPD's DPA funding a node. */
export type AnggaranSimpulPeriksa = { pohonId: number; opdId: number; kode: string };

/** The whole input of the consistency rules for one OPD and one year. */
export type DataPemeriksaan = {
  tahun: number;
  opd: { id: number; nama: string };
  renstra: RenstraPeriksa[];
  sasaran: SasaranPeriksa[];
  indikator: IndikatorPeriksa[];
  targetIndikator: TargetIndikatorPeriksa[];
  realisasiIndikator: RealisasiIndikatorPeriksa[];
  /** the evaluasi_hasil (nilai LAKIP) recorded for the year, if any */
  nilaiEvaluasi: string | null;
  dpa: DpaPeriksa[];
  program: ProgramPeriksa[];
  kegiatan: KegiatanPeriksa[];
  subKegiatan: SubKegiatanPeriksa[];
  anggaranKas: AnggaranKasPeriksa[];
  realisasiAnggaran: RealisasiAnggaranPeriksa[];
  pk: PkPeriksa[];
  pkIndikator: PkIndikatorPeriksa[];
  pkProgram: PkProgramPeriksa[];
  pegawai: PegawaiPeriksa[];
  wilayah: WilayahPeriksa[];
  narasi: NarasiPeriksa[];
  /** the pohon kinerja nodes of the plan period covering the year (empty when the OPD has no tree) */
  pohon: SimpulPeriksa[];
  pohonIndikator: IndikatorSimpulPeriksa[];
  pohonTarget: TargetSimpulPeriksa[];
  /** funding links of those nodes, and links to this OPD's codes on other OPDs' nodes of the period */
  pohonAnggaran: AnggaranSimpulPeriksa[];
};

/** An empty dataset for one OPD and year; tests and callers fill only what they need. */
export function dataKosong(tahun: number, opd = { id: 1, nama: "Kecamatan Uji" }): DataPemeriksaan {
  return {
    tahun,
    opd,
    renstra: [],
    sasaran: [],
    indikator: [],
    targetIndikator: [],
    realisasiIndikator: [],
    nilaiEvaluasi: null,
    dpa: [],
    program: [],
    kegiatan: [],
    subKegiatan: [],
    anggaranKas: [],
    realisasiAnggaran: [],
    pk: [],
    pkIndikator: [],
    pkProgram: [],
    pegawai: [],
    wilayah: [],
    narasi: [],
    pohon: [],
    pohonIndikator: [],
    pohonTarget: [],
    pohonAnggaran: [],
  };
}

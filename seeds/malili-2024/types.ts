/**
 * Shape of a demo dataset: one pemda with one OPD's year, as plain data.
 * The loader feeds every record through the ordinary services, so the seed is validated
 * exactly like user input. Money is a string of whole rupiah ("4445199950"); indicator
 * values are decimal strings with a dot ("93.05"); codes follow Kepmendagri 050.
 */

/** A reporting period of a seeded value. */
export type SeedPeriode = { jenis: "bulan" | "triwulan" | "semester" | "tahun"; ke: number };

/** The pemda (tenant) and its RPJMD. */
export type SeedPemda = {
  kode: string;
  nama: string;
  jenis: "kabupaten" | "kota" | "provinsi";
  rpjmd: {
    tahunAwal: number;
    tahunAkhir: number;
    visi: string;
    misi: { nomor: number; uraian: string }[];
    tujuan: { kode: string; misiNomor: number; uraian: string }[];
    sasaran: { kode: string; tujuanKode: string; uraian: string }[];
  };
  /** other OPDs of the pemda listed on the home page (no data beyond name) */
  opdLain: { kode: string; nama: string; jenis: SeedOpd["jenis"] }[];
};

/** A unit kerja with its ANJAB needs. */
export type SeedUnit = {
  kode: string;
  nama: string;
  jenis: "pimpinan" | "sekretariat" | "subbagian" | "seksi" | "bidang" | "uptd" | "kelompok_fungsional";
  indukKode: string | null;
  /** ANJAB/ABK: positions needed in this unit (Table 3.7) */
  kebutuhanStruktural: number;
  kebutuhanPelaksana: number;
};

/** One person of the staff register. */
export type SeedPegawai = {
  nama: string;
  nip: string | null;
  status: "PNS" | "CPNS" | "PPPK" | "PTT" | "UPAH_JASA";
  golongan: "I" | "II" | "III" | "IV" | null;
  ruang: "a" | "b" | "c" | "d" | "e" | null;
  pendidikan: "SD" | "SMP" | "SMA" | "D1" | "D2" | "D3" | "D4" | "S1" | "S2" | "S3";
  jabatan: string;
  jenisJabatan: "struktural" | "pelaksana" | "fungsional";
  eselon: "II.a" | "II.b" | "III.a" | "III.b" | "IV.a" | "IV.b" | null;
  unitKode: string;
};

/** A wilayah with its counts and population. */
export type SeedWilayah = {
  kode: string;
  nama: string;
  jenis: "kecamatan" | "desa" | "kelurahan";
  indukKode: string | null;
  luasKm2: string | null;
  jumlahDusun: number | null;
  jumlahRt: number | null;
  penduduk: { tahun: number; lakiLaki: number; perempuan: number; sumber: string }[];
};

/** An indicator target for one year. */
export type SeedTarget = { tahun: number; target: string | null; targetAtas?: string | null };

/** An indicator with passport, targets and realisations. */
export type SeedIndikator = {
  kode: string;
  nama: string;
  satuan: string;
  definisiOperasional: string | null;
  formula: string | null;
  sumberData: string | null;
  /** unit kode of the penanggung jawab (first named); the full text goes to penanggungJawabTeks */
  penanggungJawabUnitKode: string | null;
  penanggungJawabTeks: string | null;
  polaritas: "positif" | "negatif";
  agregasi: "sum" | "last" | "average";
  presisi: number;
  baseline: string | null;
  baselineTahun: number | null;
  kondisiAkhir: string | null;
  iku: boolean;
  /** binds the indicator to a computed source later issues fill: SKM survey, LKE score */
  sumberOtomatis: "ikm" | "nilai_lakip" | null;
  targets: SeedTarget[];
  realisasi: {
    tahun: number;
    periode: SeedPeriode;
    nilai: string | null;
    sumber: string | null;
    catatan: string | null;
  }[];
};

/** A Renstra sasaran with its indicators. */
export type SeedSasaran = {
  kode: string;
  uraian: string;
  rpjmdSasaranKode: string | null;
  indikator: SeedIndikator[];
};

/** A Renstra tujuan with its indicators and sasaran. */
export type SeedTujuan = {
  kode: string;
  uraian: string;
  rpjmdTujuanKode: string | null;
  indikator: SeedIndikator[];
  sasaran: SeedSasaran[];
};

/** A DPA sub kegiatan with pagu, realisation and cash plan. */
export type SeedSubKegiatan = {
  kode: string;
  nama: string;
  pagu: string;
  indikatorKeluaran: string | null;
  target: string | null;
  satuan: string | null;
  /** realisation of the budget, per period, whole rupiah */
  realisasiAnggaran: { periode: SeedPeriode; jumlah: string }[];
  /** monthly cash plan, 12 entries or empty when unknown */
  anggaranKas: string[];
};

/** A DPA kegiatan with its sub kegiatan. */
export type SeedKegiatan = {
  kode: string;
  nama: string;
  indikatorKeluaran: string | null;
  target: string | null;
  satuan: string | null;
  /** a total as printed in a source document; kept only for checking against the sum */
  paguDinyatakan: string | null;
  subKegiatan: SeedSubKegiatan[];
};

/** A DPA program with its kegiatan. */
export type SeedProgram = {
  kode: string;
  nama: string;
  sasaranKode: string | null;
  indikatorKeluaran: string | null;
  target: string | null;
  satuan: string | null;
  paguDinyatakan: string | null;
  kegiatan: SeedKegiatan[];
};

/** One DPA version of a year. */
export type SeedDpa = {
  tahun: number;
  jenis: "murni" | "perubahan";
  nomor: string | null;
  tanggalPengesahan: string | null;
  program: SeedProgram[];
};

/** A Perjanjian Kinerja as signed. */
export type SeedPk = {
  tahun: number;
  /** which DPA of the same year the PK's budgets come from */
  dpaJenis: "murni" | "perubahan";
  tingkat: "kepala_daerah" | "pimpinan_opd" | "eselon_iii" | "eselon_iv";
  unitKode: string;
  pihakPertama: { nama: string; jabatan: string; nip: string | null };
  pihakKedua: { nama: string; jabatan: string; nip: string | null };
  tanggal: string | null;
  tempat: string;
  indikator: { indikatorKode: string; target: string; targetAtas?: string | null }[];
  /** program budgets as printed in the signed PK */
  program: { kode: string; anggaran: string | null; keterangan: string | null }[];
  rencanaAksi: { indikatorKode: string; triwulan: 1 | 2 | 3 | 4; target: string | null; uraian: string }[];
};

/** A paragraph of free text. */
export type SeedNarasi = {
  tahun: number;
  /** null: OPD-level; otherwise a sasaran kode or a program/kegiatan/sub kegiatan kode */
  sasaranKode: string | null;
  kodeAnggaran: string | null;
  jenis:
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
  urutan: number;
  isi: string;
};

/** A Nilai LAKIP of one year. */
export type SeedEvaluasi = {
  tahun: number;
  nilai: string;
  tanggalLhe: string | null;
  catatan: string | null;
};

/** A recommendation and its follow-up. */
export type SeedRekomendasi = {
  /** the year of the evaluation that issued it */
  tahunEvaluasi: number;
  nomor: number;
  uraian: string;
  rencanaAksi: string;
  penanggungJawab: string | null;
  tenggat: string | null;
  status: "belum" | "proses" | "selesai";
  progres: string;
};

/**
 * The OPD's public satisfaction survey set-up (PermenPANRB 14/2017): service units (one QR code each), service types,
 * and the code of the IKU indicator a yearly survey feeds when the Renstra covers the year.
 */
export type SeedSurvei = {
  unitLayanan: { kode: string; nama: string }[];
  jenisLayanan: { kode: string; nama: string }[];
  indikatorIkmKode: string;
};

/** One OPD with everything the demo holds for it. */
export type SeedOpd = {
  kode: string;
  nama: string;
  jenis: "kecamatan" | "dinas" | "badan" | "sekretariat" | "inspektorat" | "kantor" | "lainnya";
  alamat: string | null;
  pimpinan: { nama: string; jabatan: string; nip: string | null };
  units: SeedUnit[];
  pegawai: SeedPegawai[];
  wilayah: SeedWilayah[];
  renstra: { tahunAwal: number; tahunAkhir: number; nama: string; tujuan: SeedTujuan[] };
  dpa: SeedDpa[];
  pk: SeedPk[];
  narasi: SeedNarasi[];
  evaluasi: SeedEvaluasi[];
  rekomendasi: SeedRekomendasi[];
  survei?: SeedSurvei;
};

/** A whole demo dataset: the pemda and one OPD. */
export type SeedDataset = { pemda: SeedPemda; opd: SeedOpd };

import type { ColumnType, Generated } from "kysely";

/** NUMERIC comes back as an exact string; it may be written as a string or a number. */
type Numerik = ColumnType<string, string | number, string | number>;
type NumerikNull = ColumnType<string | null, string | number | null, string | number | null>;
/** BIGINT rupiah: read as bigint (see the type parser in database.ts), written as bigint. */
type Rupiah = ColumnType<bigint, bigint | string, bigint | string>;
type RupiahNull = ColumnType<bigint | null, bigint | string | null, bigint | string | null>;
type Tanggal = ColumnType<string | null, string | null, string | null>;
type Waktu = ColumnType<Date, Date | string | undefined, Date | string>;

export type PeriodeJenis = "bulan" | "triwulan" | "semester" | "tahun";

export interface PemdaTable {
  id: Generated<number>;
  kode: string;
  nama: string;
  jenis: "kabupaten" | "kota" | "provinsi";
  dibuat_pada: Waktu;
}

export interface OpdTable {
  id: Generated<number>;
  pemda_id: number;
  kode: string;
  nama: string;
  jenis: "kecamatan" | "dinas" | "badan" | "sekretariat" | "inspektorat" | "kantor" | "lainnya";
  alamat: string | null;
  pimpinan_nama: string | null;
  pimpinan_jabatan: string | null;
  pimpinan_nip: string | null;
}

export interface UnitKerjaTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  induk_id: number | null;
  kode: string;
  nama: string;
  jenis: "pimpinan" | "sekretariat" | "subbagian" | "seksi" | "bidang" | "uptd" | "kelompok_fungsional";
  urutan: Generated<number>;
}

export interface WilayahTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  induk_id: number | null;
  kode: string;
  nama: string;
  jenis: "kecamatan" | "desa" | "kelurahan";
  luas_km2: NumerikNull;
  jumlah_dusun: number | null;
  jumlah_rt: number | null;
  urutan: Generated<number>;
}

export interface WilayahPendudukTable {
  id: Generated<number>;
  pemda_id: number;
  wilayah_id: number;
  tahun: number;
  laki_laki: number;
  perempuan: number;
  sumber: string | null;
}

export interface PegawaiTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  unit_kerja_id: number;
  nama: string;
  nip: string | null;
  status: "PNS" | "CPNS" | "PPPK" | "PTT" | "UPAH_JASA";
  golongan: "I" | "II" | "III" | "IV" | null;
  ruang: "a" | "b" | "c" | "d" | "e" | null;
  pendidikan: "SD" | "SMP" | "SMA" | "D1" | "D2" | "D3" | "D4" | "S1" | "S2" | "S3";
  jabatan: string;
  jenis_jabatan: "struktural" | "pelaksana" | "fungsional";
  eselon: "II.a" | "II.b" | "III.a" | "III.b" | "IV.a" | "IV.b" | null;
  aktif: Generated<boolean>;
}

export interface AnjabKebutuhanTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  unit_kerja_id: number;
  tahun: number;
  jenis_jabatan: "struktural" | "pelaksana" | "fungsional";
  jumlah: number;
}

export interface SkalaPredikatTable {
  id: Generated<number>;
  pemda_id: number | null;
  kode: string;
  nama: string;
  sumber: string;
  batas_inklusif: boolean;
  label_terendah: string;
  berlaku_mulai: number;
  berlaku_sampai: number | null;
}

export interface SkalaPredikatBandTable {
  id: Generated<number>;
  skala_id: number;
  batas_bawah: Numerik;
  label: string;
}

export interface RpjmdTable {
  id: Generated<number>;
  pemda_id: number;
  tahun_awal: number;
  tahun_akhir: number;
  visi: string;
}

export interface RpjmdMisiTable {
  id: Generated<number>;
  pemda_id: number;
  rpjmd_id: number;
  nomor: number;
  uraian: string;
}

export interface RpjmdTujuanTable {
  id: Generated<number>;
  pemda_id: number;
  rpjmd_id: number;
  misi_id: number | null;
  kode: string;
  uraian: string;
}

export interface RpjmdSasaranTable {
  id: Generated<number>;
  pemda_id: number;
  tujuan_id: number;
  kode: string;
  uraian: string;
}

export interface RenstraTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  rpjmd_id: number | null;
  nama: string;
  tahun_awal: number;
  tahun_akhir: number;
}

export interface TujuanTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  renstra_id: number;
  rpjmd_tujuan_id: number | null;
  kode: string;
  uraian: string;
  urutan: Generated<number>;
}

export interface SasaranTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  renstra_id: number;
  tujuan_id: number;
  rpjmd_sasaran_id: number | null;
  kode: string;
  uraian: string;
  urutan: Generated<number>;
}

export interface IndikatorTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  renstra_id: number;
  tingkat: "tujuan" | "sasaran";
  tujuan_id: number | null;
  sasaran_id: number | null;
  kode: string;
  nama: string;
  satuan: string;
  definisi_operasional: string | null;
  formula: string | null;
  sumber_data: string | null;
  penanggung_jawab_unit_id: number | null;
  penanggung_jawab_teks: string | null;
  polaritas: "positif" | "negatif";
  rumus_negatif: Generated<"dua_t_kurang_r" | "t_per_r">;
  agregasi: "sum" | "last" | "average";
  presisi: Generated<number>;
  baseline: NumerikNull;
  baseline_tahun: number | null;
  kondisi_akhir: NumerikNull;
  iku: Generated<boolean>;
  sumber_otomatis: "ikm" | "nilai_lakip" | null;
  urutan: Generated<number>;
}

export interface IndikatorTargetTable {
  id: Generated<number>;
  pemda_id: number;
  indikator_id: number;
  tahun: number;
  target: NumerikNull;
  target_atas: NumerikNull;
}

export interface NomenklaturVersiTable {
  id: Generated<number>;
  kode: string;
  nama: string;
  berlaku_mulai: ColumnType<string, string, string>;
  digit_sub: 2 | 4;
}

export interface NomenklaturTable {
  id: Generated<number>;
  versi_id: number;
  kode: string;
  tingkat: "urusan" | "bidang" | "program" | "kegiatan" | "sub_kegiatan";
  kode_induk: string | null;
  nama: string;
  kinerja: string | null;
  indikator: string | null;
  satuan: string | null;
}

export interface DpaTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  tahun: number;
  jenis: "murni" | "perubahan";
  nomor: string | null;
  tanggal_pengesahan: Tanggal;
}

type KeluaranKolom = {
  indikator_keluaran: string | null;
  target: NumerikNull;
  satuan: string | null;
};

export interface DpaProgramTable extends KeluaranKolom {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  dpa_id: number;
  sasaran_id: number | null;
  kode: string;
  nama: string;
  pagu_dinyatakan: RupiahNull;
}

export interface DpaKegiatanTable extends KeluaranKolom {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  dpa_program_id: number;
  kode: string;
  nama: string;
  pagu_dinyatakan: RupiahNull;
}

export interface DpaSubKegiatanTable extends KeluaranKolom {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  dpa_kegiatan_id: number;
  kode: string;
  nama: string;
  pagu: Rupiah;
}

export interface AnggaranKasTable {
  id: Generated<number>;
  pemda_id: number;
  dpa_sub_kegiatan_id: number;
  bulan: number;
  jumlah: Rupiah;
}

export interface RealisasiAnggaranTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  dpa_sub_kegiatan_id: number;
  periode_jenis: PeriodeJenis;
  periode_ke: number;
  jumlah: Rupiah;
  catatan: string | null;
}

export interface PerjanjianKinerjaTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  tahun: number;
  tingkat: "kepala_daerah" | "pimpinan_opd" | "eselon_iii" | "eselon_iv";
  unit_kerja_id: number;
  dpa_id: number;
  pihak_pertama_nama: string;
  pihak_pertama_jabatan: string;
  pihak_pertama_nip: string | null;
  pihak_kedua_nama: string;
  pihak_kedua_jabatan: string;
  pihak_kedua_nip: string | null;
  tempat: string;
  tanggal: Tanggal;
}

export interface PkIndikatorTable {
  id: Generated<number>;
  pemda_id: number;
  pk_id: number;
  indikator_id: number;
  target: Numerik;
  target_atas: NumerikNull;
  urutan: Generated<number>;
}

export interface PkProgramTable {
  id: Generated<number>;
  pemda_id: number;
  pk_id: number;
  kode: string;
  /** null: the budget follows the referenced DPA (migration 0003); a figure is the one printed in a signed PK. */
  anggaran: RupiahNull;
  keterangan: string | null;
  urutan: Generated<number>;
}

export interface RencanaAksiTable {
  id: Generated<number>;
  pemda_id: number;
  pk_indikator_id: number;
  triwulan: number;
  target: NumerikNull;
  uraian: string;
}

export interface RealisasiIndikatorTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  indikator_id: number;
  tahun: number;
  periode_jenis: PeriodeJenis;
  periode_ke: number;
  nilai: NumerikNull;
  sumber: string | null;
  catatan: string | null;
  bukti_ref: string | null;
  status: Generated<"draf" | "diajukan" | "diverifikasi" | "disetujui">;
  evaluasi_id: number | null;
}

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

export interface NarasiTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  tahun: number;
  sasaran_id: number | null;
  kode_anggaran: string | null;
  jenis: JenisNarasi;
  urutan: Generated<number>;
  isi: string;
}

export interface EvaluasiHasilTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  tahun: number;
  nilai: Numerik;
  tanggal_lhe: Tanggal;
  catatan: string | null;
}

export interface RekomendasiTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  tahun_evaluasi: number;
  nomor: number;
  uraian: string;
  rencana_aksi: string | null;
  penanggung_jawab: string | null;
  tenggat: Tanggal;
  status: "belum" | "proses" | "selesai";
  progres: string | null;
}

export interface AuditLogTable {
  id: Generated<string>;
  pemda_id: number | null;
  opd_id: number | null;
  pelaku: string;
  aksi: string;
  tabel: string;
  baris_id: ColumnType<string | null, number | bigint | null, number | bigint | null>;
  data: ColumnType<unknown, string | null, string | null>;
  waktu: Waktu;
}

/** The whole schema as Kysely sees it; a test compares it with information_schema so the two cannot drift. */
export interface DB {
  pemda: PemdaTable;
  opd: OpdTable;
  unit_kerja: UnitKerjaTable;
  wilayah: WilayahTable;
  wilayah_penduduk: WilayahPendudukTable;
  pegawai: PegawaiTable;
  anjab_kebutuhan: AnjabKebutuhanTable;
  skala_predikat: SkalaPredikatTable;
  skala_predikat_band: SkalaPredikatBandTable;
  rpjmd: RpjmdTable;
  rpjmd_misi: RpjmdMisiTable;
  rpjmd_tujuan: RpjmdTujuanTable;
  rpjmd_sasaran: RpjmdSasaranTable;
  renstra: RenstraTable;
  tujuan: TujuanTable;
  sasaran: SasaranTable;
  indikator: IndikatorTable;
  indikator_target: IndikatorTargetTable;
  nomenklatur_versi: NomenklaturVersiTable;
  nomenklatur: NomenklaturTable;
  dpa: DpaTable;
  dpa_program: DpaProgramTable;
  dpa_kegiatan: DpaKegiatanTable;
  dpa_sub_kegiatan: DpaSubKegiatanTable;
  anggaran_kas: AnggaranKasTable;
  realisasi_anggaran: RealisasiAnggaranTable;
  perjanjian_kinerja: PerjanjianKinerjaTable;
  pk_indikator: PkIndikatorTable;
  pk_program: PkProgramTable;
  rencana_aksi: RencanaAksiTable;
  realisasi_indikator: RealisasiIndikatorTable;
  narasi: NarasiTable;
  evaluasi_hasil: EvaluasiHasilTable;
  rekomendasi: RekomendasiTable;
  audit_log: AuditLogTable;
}

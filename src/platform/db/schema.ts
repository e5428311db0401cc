import type { ColumnType, Generated } from "kysely";

/** NUMERIC comes back as an exact string; it may be written as a string or a number. */
type Numerik = ColumnType<string, string | number, string | number>;
type NumerikNull = ColumnType<string | null, string | number | null, string | number | null>;
/** BIGINT rupiah: read as bigint (see the type parser in database.ts), written as bigint. */
type Rupiah = ColumnType<bigint, bigint | string, bigint | string>;
type RupiahNull = ColumnType<bigint | null, bigint | string | null, bigint | string | null>;
type Tanggal = ColumnType<string | null, string | null, string | null>;
type Waktu = ColumnType<Date, Date | string | undefined, Date | string>;

/** The kinds of reporting period a value can belong to (time is rows, not columns). */
export type PeriodeJenis = "bulan" | "triwulan" | "semester" | "tahun";

/** The approval steps a realisation, a PK and a document move through (issue 4 workflow). */
export type StatusAlur = "draf" | "diajukan" | "diverifikasi" | "disetujui";

/** The roles an account can hold; the public has no account. */
export type Peran = "admin_pemda" | "perencana" | "kepala_seksi" | "pimpinan" | "evaluator";

/** What a workflow step or a revision is about. */
export type ObjekAlur = "realisasi_indikator" | "perjanjian_kinerja" | "dokumen_opd";

/** The tenant: one kabupaten, kota or provinsi. */
export interface PemdaTable {
  id: Generated<number>;
  kode: string;
  nama: string;
  jenis: "kabupaten" | "kota" | "provinsi";
  dibuat_pada: Waktu;
}

/** A perangkat daerah of the pemda (a kecamatan is one), with its head for signatures. */
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

/** Units inside an OPD (sekretariat, subbagian, seksi); the organisation chart is drawn from them. */
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

/** The area an OPD serves: the kecamatan itself and its desa/kelurahan with their counts. */
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

/** Population of one wilayah in one year, by sex. */
export interface WilayahPendudukTable {
  id: Generated<number>;
  pemda_id: number;
  wilayah_id: number;
  tahun: number;
  laki_laki: number;
  perempuan: number;
  sumber: string | null;
}

/** The staff register; every staffing table of the LKjIP is derived from it. */
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

/** ANJAB/ABK: how many posts of each kind a unit needs in a year. */
export interface AnjabKebutuhanTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  unit_kerja_id: number;
  tahun: number;
  jenis_jabatan: "struktural" | "pelaksana" | "fungsional";
  jumlah: number;
}

/** A predikat scale as data (default Permendagri 86/2017), global or a pemda's own. */
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

/** One band of a predikat scale: its lower bound and label. */
export interface SkalaPredikatBandTable {
  id: Generated<number>;
  skala_id: number;
  batas_bawah: Numerik;
  label: string;
}

/** The pemda's medium-term plan (visi) that OPD Renstra align to. */
export interface RpjmdTable {
  id: Generated<number>;
  pemda_id: number;
  tahun_awal: number;
  tahun_akhir: number;
  visi: string;
}

/** A misi of the RPJMD. */
export interface RpjmdMisiTable {
  id: Generated<number>;
  pemda_id: number;
  rpjmd_id: number;
  nomor: number;
  uraian: string;
}

/** A tujuan of the RPJMD, parent of OPD tujuan. */
export interface RpjmdTujuanTable {
  id: Generated<number>;
  pemda_id: number;
  rpjmd_id: number;
  misi_id: number | null;
  kode: string;
  uraian: string;
}

/** A sasaran of the RPJMD, parent of OPD sasaran. */
export interface RpjmdSasaranTable {
  id: Generated<number>;
  pemda_id: number;
  tujuan_id: number;
  kode: string;
  uraian: string;
}

/** An OPD's five-year strategic plan and its period. */
export interface RenstraTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  rpjmd_id: number | null;
  nama: string;
  tahun_awal: number;
  tahun_akhir: number;
}

/** A tujuan of a Renstra. */
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

/** A sasaran of a Renstra; IKU hang under it. */
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

/** An indicator with its passport (satuan, definition, formula, polarity, aggregation …). */
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

/** The target of an indicator for one year of its Renstra (a range when target_atas is set). */
export interface IndikatorTargetTable {
  id: Generated<number>;
  pemda_id: number;
  indikator_id: number;
  tahun: number;
  target: NumerikNull;
  target_atas: NumerikNull;
}

/** A version of the Kepmendagri 050 nomenclature; codes can change between versions. */
export interface NomenklaturVersiTable {
  id: Generated<number>;
  kode: string;
  nama: string;
  berlaku_mulai: ColumnType<string, string, string>;
  digit_sub: 2 | 4;
}

/** One master code (urusan … sub kegiatan) with its standard output indicator. */
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

/** A budget document of an OPD-year: murni or perubahan. */
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

/** A program of a DPA; its pagu is the sum of its sub kegiatan. */
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

/** A kegiatan of a DPA program; its pagu is the sum of its sub kegiatan. */
export interface DpaKegiatanTable extends KeluaranKolom {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  dpa_program_id: number;
  kode: string;
  nama: string;
  pagu_dinyatakan: RupiahNull;
}

/** A sub kegiatan: the only level where pagu is stored. */
export interface DpaSubKegiatanTable extends KeluaranKolom {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  dpa_kegiatan_id: number;
  kode: string;
  nama: string;
  pagu: Rupiah;
}

/** The monthly cash plan of a sub kegiatan. */
export interface AnggaranKasTable {
  id: Generated<number>;
  pemda_id: number;
  dpa_sub_kegiatan_id: number;
  bulan: number;
  jumlah: Rupiah;
}

/** Money spent on a sub kegiatan in one period. */
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

/** A signed yearly performance agreement between two levels, tied to one DPA version. */
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
  status: Generated<StatusAlur>;
  revisi: Generated<number>;
}

/** An indicator and its target in a PK. */
export interface PkIndikatorTable {
  id: Generated<number>;
  pemda_id: number;
  pk_id: number;
  indikator_id: number;
  target: Numerik;
  target_atas: NumerikNull;
  urutan: Generated<number>;
}

/** A program in a PK; a null budget follows the DPA, a number is the figure printed in the PK. */
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

/** The quarterly action plan and target of a PK indicator. */
export interface RencanaAksiTable {
  id: Generated<number>;
  pemda_id: number;
  pk_indikator_id: number;
  triwulan: number;
  target: NumerikNull;
  uraian: string;
}

/** The realised value of an indicator in one period, with its source, evidence and status. */
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
  status: Generated<StatusAlur>;
  evaluasi_id: number | null;
  skm_periode_id: Generated<number | null>;
  revisi: Generated<number>;
}

/** The kinds of free text the LKjIP needs from people. */
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

/** A paragraph of free text for an OPD-year, about the OPD, a sasaran or a budget line. */
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

/** The Nilai LAKIP an OPD received for a year. */
export interface EvaluasiHasilTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  tahun: number;
  nilai: Numerik;
  tanggal_lhe: Tanggal;
  catatan: string | null;
}

/** An evaluator's recommendation and its follow-up. */
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
  /** the LKE assessment whose LHE made it; null for recommendations entered by hand */
  lke_penilaian_id: number | null;
  /** the LKE komponen it addresses (e.g. "1"), so the LHE groups it */
  komponen_kode: string | null;
  verifikasi: ColumnType<
    "belum" | "diterima" | "dikembalikan",
    "belum" | "diterima" | "dikembalikan" | undefined
  >;
  verifikasi_catatan: string | null;
  diverifikasi_oleh: string | null;
  diverifikasi_pada: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** Who changed what and when, written in the same transaction as the change. */
export interface AuditLogTable {
  id: Generated<string>;
  pemda_id: number | null;
  opd_id: number | null;
  pelaku: string;
  aksi: string;
  tabel: string;
  /** bigint in the database; read as a string, compared with an id as a number or a string */
  baris_id: ColumnType<string | number | null, number | bigint | null, number | bigint | null>;
  data: ColumnType<unknown, string | null, string | null>;
  waktu: Waktu;
  akun_id: number | null;
  sebelum: ColumnType<unknown, string | null, string | null>;
}

/** A questionnaire version (default: the 9 unsur of PermenPANRB 14/2017), global or a pemda's own. */
export interface SkmKuesionerTable {
  id: Generated<number>;
  pemda_id: number | null;
  kode: string;
  nama: string;
  sumber: string;
  berlaku_mulai: ColumnType<string, string, string>;
}

/** One unsur of a questionnaire, identified by key, with its exact weight and the four answer labels. */
export interface SkmUnsurTable {
  id: Generated<number>;
  kuesioner_id: number;
  kunci: string;
  urutan: number;
  nama: string;
  pertanyaan: string;
  bobot_pembilang: number;
  bobot_penyebut: number;
  label_1: string;
  label_2: string;
  label_3: string;
  label_4: string;
  wajib: Generated<boolean>;
}

/** A service unit (loket) of an OPD; each gets its own QR code. */
export interface SkmUnitLayananTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  kode: string;
  nama: string;
  aktif: Generated<boolean>;
}

/** A kind of service an OPD provides (KTP, KK, surat pindah …). */
export interface SkmJenisLayananTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  kode: string;
  nama: string;
  aktif: Generated<boolean>;
}

/** A survey period of an OPD, its questionnaire, stated service users and the IKU it feeds. */
export interface SkmPeriodeTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  kuesioner_id: number;
  tahun: number;
  periode_jenis: "triwulan" | "semester" | "tahun";
  periode_ke: number;
  mulai: ColumnType<string, string, string>;
  selesai: ColumnType<string, string, string>;
  jumlah_pengguna: number | null;
  indikator_id: number | null;
  kode_sekali_pakai: Generated<boolean>;
}

/** One anonymous respondent's questionnaire. */
export interface SkmResponsTable {
  id: Generated<string>;
  pemda_id: number;
  opd_id: number;
  periode_id: number;
  unit_layanan_id: number | null;
  jenis_layanan_id: number | null;
  jenis_kelamin: "L" | "P" | null;
  usia: number | null;
  pendidikan: "SD" | "SMP" | "SMA" | "D1-D3" | "D4-S1" | "S2-S3" | "lainnya" | null;
  pekerjaan: "PNS" | "TNI/POLRI" | "swasta" | "wirausaha" | "pelajar/mahasiswa" | "lainnya" | null;
  saran: string | null;
  sumber: Generated<"formulir" | "kios" | "impor">;
  sidik: string | null;
  dibuat_pada: Waktu;
}

/** One answer (1–4) of a respondent to one unsur: answers are rows, not columns. */
export interface SkmJawabanTable {
  respons_id: ColumnType<string, string | number | bigint, string | number | bigint>;
  unsur_id: number;
  nilai: number;
}

/** A one-time code printed on a service receipt, admitting one response. */
export interface SkmKodeSekaliTable {
  id: Generated<number>;
  pemda_id: number;
  periode_id: number;
  kode: string;
  dipakai_pada: ColumnType<Date | null, Date | string | null, Date | string | null>;
}

/** A rate-limit counter shared by every server process; the key is a hash and the row expires. */
export interface BatasLajuTable {
  kunci: string;
  jumlah: number;
  jendela_mulai: ColumnType<Date, Date | string, Date | string>;
  kedaluwarsa: ColumnType<Date, Date | string, Date | string>;
}

/** A person who signs in; admin pemda and evaluator have no OPD, a kepala seksi has one unit. */
export interface AkunTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number | null;
  unit_kerja_id: number | null;
  nama_pengguna: string;
  nama: string;
  peran: Peran;
  sandi_hash: string;
  aktif: Generated<boolean>;
  gagal_berturut: Generated<number>;
  terkunci_sampai: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  bahasa: Generated<"id" | "en">;
  sandi_diubah_pada: Waktu;
  dibuat_pada: Waktu;
}

/** A signed-in session: only the sha256 of its token is stored, with its CSRF token. */
export interface SesiTable {
  id: Generated<string>;
  akun_id: number;
  token_hash: string;
  csrf: string;
  dibuat_pada: Waktu;
  dipakai_pada: Waktu;
  kedaluwarsa: ColumnType<Date, Date | string, Date | string>;
}

/** A document of one OPD and year whose approval and publication are tracked. */
export interface DokumenOpdTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  jenis: "renstra" | "iku" | "pk" | "lkjip";
  tahun: number;
  status: Generated<StatusAlur>;
  revisi: Generated<number>;
}

/** A published PDF exactly as approved; the database refuses to change or delete it. */
export interface DokumenTerbitTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  dokumen_opd_id: number;
  revisi: number;
  pdf: Buffer;
  sha256: string;
  diterbitkan_pada: Waktu;
  diterbitkan_oleh: string;
}

/** One workflow step with its comment. */
export interface RiwayatAlurTable {
  id: Generated<string>;
  pemda_id: number;
  opd_id: number;
  objek: ObjekAlur;
  objek_id: number;
  dari: StatusAlur;
  ke: StatusAlur;
  komentar: string | null;
  pelaku: string;
  waktu: Waktu;
}

/** The opening of a revision of an approved row: reason and the content as approved. */
export interface RevisiTable {
  id: Generated<string>;
  pemda_id: number;
  opd_id: number;
  objek: ObjekAlur;
  objek_id: number;
  nomor: number;
  alasan: string;
  isi_sebelum: ColumnType<unknown, string, string>;
  pelaku: string;
  waktu: Waktu;
}

/** The window in which a period is open for entry; outside it the database refuses value writes. */
export interface JadwalInputTable {
  id: Generated<number>;
  pemda_id: number;
  jenis_data: "realisasi" | "perjanjian_kinerja";
  tahun: number;
  periode_jenis: PeriodeJenis;
  periode_ke: number;
  dibuka_pada: ColumnType<Date, Date | string, Date | string>;
  ditutup_pada: ColumnType<Date, Date | string, Date | string>;
}

/** An evidence file of a realisation: the index row; the bytes are in the file store. */
export interface BuktiTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  realisasi_id: number;
  nama_berkas: string;
  jenis_mime: string;
  ukuran: number;
  sha256: string;
  kunci_simpan: string;
  diunggah_oleh: string;
  diunggah_pada: Waktu;
}

/** An OPD's LKE assessment of one year against one regulation pack (PermenPANRB 88/2021). */
export interface LkePenilaianTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  tahun: number;
  paket_kode: string;
  paket_versi: string;
  status: ColumnType<"mandiri" | "evaluasi" | "final", "mandiri" | "evaluasi" | "final" | undefined>;
  evaluasi_id: number | null;
  catatan_umum: string | null;
  dibuat_pada: Waktu;
  difinalkan_oleh: string | null;
  difinalkan_pada: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** One criterion of an assessment: the OPD's self-assessment and the evaluator's answer side by side. */
export interface LkeJawabanTable {
  id: Generated<number>;
  pemda_id: number;
  penilaian_id: number;
  kriteria_kode: string;
  jawaban_mandiri: string | null;
  catatan_mandiri: string | null;
  jawaban_evaluator: string | null;
  catatan_evaluator: string | null;
  diubah_oleh: string;
  diubah_pada: Waktu;
}

/** A file supporting an LKE answer or a recommendation's follow-up (exactly one of the two). */
export interface BuktiEvaluasiTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  lke_jawaban_id: number | null;
  rekomendasi_id: number | null;
  nama_berkas: string;
  jenis_mime: string;
  ukuran: number;
  sha256: string;
  kunci_simpan: string;
  diunggah_oleh: string;
  diunggah_pada: Waktu;
}

/** A hand-written report read and checked by the reviewer (issue 7); hasil holds extraction and findings. */
export interface ReviuDokumenTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  tahun: number | null;
  nama_berkas: string;
  jenis_mime: string;
  ukuran: number;
  sha256: string;
  kunci_simpan: string;
  hasil: ColumnType<unknown, string, string>;
  diunggah_oleh: string;
  diunggah_pada: Waktu;
  diimpor_oleh: string | null;
  diimpor_pada: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** A past figure imported from a reviewed report, marked with the document and place it came from. */
export interface AngkaHistorisTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number;
  reviu_dokumen_id: number;
  jenis: "target_indikator" | "realisasi_indikator" | "pagu" | "realisasi_anggaran" | "jumlah_pegawai";
  tahun: number;
  kode: string | null;
  uraian: string;
  satuan: string | null;
  /** numeric: read as a string, never through a float */
  nilai: string;
  indikator_id: number | null;
  lokasi: string;
}

/** File contents kept in the database (the default file store, shared by every instance). */
export interface BerkasTable {
  kunci: string;
  isi: Uint8Array;
  ukuran: number;
  dibuat_pada: Waktu;
}

/** Level of a pohon kinerja node (PermenPANRB 89/2021): pemda sasaran, then an OPD's strategic → individual. */
export type LevelPohon = "strategis_pemda" | "strategis" | "taktis" | "operasional" | "individu";

/** A critical success factor of an outcome (PermenPANRB 89/2021 step 2). */
export interface FaktorKeberhasilanTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number | null;
  uraian: string;
  urutan: ColumnType<number, number | undefined, number>;
  pohon_id: number | null;
}

/** One node of the pohon kinerja, from a pemda sasaran down to an employee's RHK. */
export interface PohonKinerjaTable {
  id: Generated<number>;
  pemda_id: number;
  opd_id: number | null;
  induk_id: number | null;
  tahun_awal: number;
  tahun_akhir: number;
  level: LevelPohon;
  jenis_hasil: "outcome" | "intermediate_outcome" | "output";
  kondisi: string;
  rpjmd_sasaran_id: number | null;
  sasaran_id: number | null;
  unit_kerja_id: number | null;
  pegawai_id: number | null;
  faktor_keberhasilan_id: number | null;
  urutan: ColumnType<number, number | undefined, number>;
}

/** An indicator of a node (a Renstra indicator for strategic nodes, its own for lower ones). */
export interface PohonKinerjaIndikatorTable {
  id: Generated<number>;
  pemda_id: number;
  pohon_id: number;
  indikator_id: number | null;
  nama: string;
  satuan: string;
  urutan: ColumnType<number, number | undefined, number>;
}

/** A yearly target of a node's indicator. */
export interface PohonKinerjaTargetTable {
  id: Generated<number>;
  pemda_id: number;
  pohon_indikator_id: number;
  tahun: number;
  /** numeric: read as a string */
  target: string;
}

/** A budget code (program, kegiatan, sub kegiatan) of an OPD's DPA that funds a node. */
export interface PohonKinerjaAnggaranTable {
  id: Generated<number>;
  pemda_id: number;
  pohon_id: number;
  opd_id: number;
  kode_anggaran: string;
}

/** Crosscutting: an OPD sharing a node, with its role and share in percent. */
export interface PohonKinerjaDukunganTable {
  id: Generated<number>;
  pemda_id: number;
  pohon_id: number;
  opd_id: number;
  peran: "pengampu" | "pendukung";
  porsi: string | null;
  keterangan: string | null;
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
  skm_kuesioner: SkmKuesionerTable;
  skm_unsur: SkmUnsurTable;
  skm_unit_layanan: SkmUnitLayananTable;
  skm_jenis_layanan: SkmJenisLayananTable;
  skm_periode: SkmPeriodeTable;
  skm_respons: SkmResponsTable;
  skm_jawaban: SkmJawabanTable;
  skm_kode_sekali: SkmKodeSekaliTable;
  batas_laju: BatasLajuTable;
  akun: AkunTable;
  sesi: SesiTable;
  dokumen_opd: DokumenOpdTable;
  dokumen_terbit: DokumenTerbitTable;
  riwayat_alur: RiwayatAlurTable;
  revisi: RevisiTable;
  jadwal_input: JadwalInputTable;
  bukti: BuktiTable;
  lke_penilaian: LkePenilaianTable;
  lke_jawaban: LkeJawabanTable;
  bukti_evaluasi: BuktiEvaluasiTable;
  reviu_dokumen: ReviuDokumenTable;
  angka_historis: AngkaHistorisTable;
  berkas: BerkasTable;
  faktor_keberhasilan: FaktorKeberhasilanTable;
  pohon_kinerja: PohonKinerjaTable;
  pohon_kinerja_indikator: PohonKinerjaIndikatorTable;
  pohon_kinerja_target: PohonKinerjaTargetTable;
  pohon_kinerja_anggaran: PohonKinerjaAnggaranTable;
  pohon_kinerja_dukungan: PohonKinerjaDukunganTable;
}

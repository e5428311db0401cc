/**
 * Demo dataset: Kecamatan Malili, Kabupaten Luwu Timur, year 2024, transcribed from the reference
 * LAKIP 2024 (/work/shared/reference/lakip-kecamatan-malili-2024.txt). Every choice made where the
 * report contradicts itself or is silent is listed in NOTES.md beside this file.
 *
 * Budget of record: Table 3.8 (DPA perubahan 2024). The DPA murni comes from Table 2.2.
 */
import type {
  SeedDataset,
  SeedIndikator,
  SeedKegiatan,
  SeedNarasi,
  SeedPegawai,
  SeedProgram,
  SeedSubKegiatan,
} from "./types.ts";

const TAHUN = 2024;
const SETAHUN = { jenis: "tahun", ke: 1 } as const;

// ---------------------------------------------------------------------------------------------
// Small builders (plain data out; no logic beyond numbering)
// ---------------------------------------------------------------------------------------------

/** sub kegiatan of the DPA perubahan: pagu and realisation from Table 3.8, target/satuan from Table 2.2 */
function subP(
  kode: string,
  nama: string,
  pagu: string,
  realisasi: string,
  target: string | null,
  satuan: string | null,
): SeedSubKegiatan {
  return {
    kode,
    nama,
    pagu,
    indikatorKeluaran: null,
    target,
    satuan,
    realisasiAnggaran: [{ periode: SETAHUN, jumlah: realisasi }],
    anggaranKas: [],
  };
}

/** sub kegiatan of the DPA murni (Table 2.2): no realisation */
function subM(
  kode: string,
  nama: string,
  pagu: string,
  target: string | null,
  satuan: string | null,
): SeedSubKegiatan {
  return {
    kode,
    nama,
    pagu,
    indikatorKeluaran: null,
    target,
    satuan,
    realisasiAnggaran: [],
    anggaranKas: [],
  };
}

/** kegiatan; Table 2.2 gives every kegiatan the target "100%" and names no indicator */
function keg(
  kode: string,
  nama: string,
  paguDinyatakan: string | null,
  subKegiatan: SeedSubKegiatan[],
): SeedKegiatan {
  return { kode, nama, indikatorKeluaran: null, target: "100", satuan: "%", paguDinyatakan, subKegiatan };
}

/** program; Table 2.2 gives every program the target "100%" and names no indicator */
function prog(
  kode: string,
  nama: string,
  sasaranKode: string,
  paguDinyatakan: string | null,
  kegiatan: SeedKegiatan[],
): SeedProgram {
  return {
    kode,
    nama,
    sasaranKode,
    indikatorKeluaran: null,
    target: "100",
    satuan: "%",
    paguDinyatakan,
    kegiatan,
  };
}

/** narrative rows of one (sasaran | kode anggaran, jenis) group, numbered from 1 in report order */
function narasi(
  sasaranKode: string | null,
  kodeAnggaran: string | null,
  jenis: SeedNarasi["jenis"],
  isi: string[],
): SeedNarasi[] {
  return isi.map((teks, i) => ({ tahun: TAHUN, sasaranKode, kodeAnggaran, jenis, urutan: i + 1, isi: teks }));
}

// ---------------------------------------------------------------------------------------------
// Nomenclature (Kepmendagri 050; names in their official spelling, see NOTES.md)
// ---------------------------------------------------------------------------------------------

const P01 = "7.01.01";
const P02 = "7.01.02";
const P03 = "7.01.03";
const P04 = "7.01.04";
const P05 = "7.01.05";
const P06 = "7.01.06";

const NAMA_PROGRAM: Record<string, string> = {
  [P01]: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
  [P02]: "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
  [P03]: "Program Pemberdayaan Masyarakat Desa dan Kelurahan",
  [P04]: "Program Koordinasi Ketentraman dan Ketertiban Umum",
  [P05]: "Program Penyelenggaraan Urusan Pemerintahan Umum",
  [P06]: "Program Pembinaan dan Pengawasan Pemerintahan Desa",
};

const K = {
  perencanaan: ["7.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"],
  keuangan: ["7.01.01.2.02", "Administrasi Keuangan Perangkat Daerah"],
  bmd: ["7.01.01.2.03", "Administrasi Barang Milik Daerah pada Perangkat Daerah"],
  pendapatan: ["7.01.01.2.04", "Administrasi Pendapatan Daerah Kewenangan Perangkat Daerah"],
  kepegawaian: ["7.01.01.2.05", "Administrasi Kepegawaian Perangkat Daerah"],
  umum: ["7.01.01.2.06", "Administrasi Umum Perangkat Daerah"],
  pengadaan: ["7.01.01.2.07", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah"],
  jasa: ["7.01.01.2.08", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah"],
  pemeliharaan: ["7.01.01.2.09", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah"],
  dilimpahkan: ["7.01.02.2.04", "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat"],
  pmDesa: ["7.01.03.2.01", "Koordinasi Kegiatan Pemberdayaan Desa"],
  pmKelurahan: ["7.01.03.2.02", "Kegiatan Pemberdayaan Kelurahan"],
  trantib: ["7.01.04.2.01", "Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum"],
  perda: ["7.01.04.2.02", "Koordinasi Penerapan dan Penegakan Peraturan Daerah dan Peraturan Kepala Daerah"],
  pemum: ["7.01.05.2.01", "Penyelenggaraan Urusan Pemerintahan Umum Sesuai Penugasan Kepala Daerah"],
  binwasdes: [
    "7.01.06.2.01",
    "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa",
  ],
} as const satisfies Record<string, readonly [string, string]>;

const S = {
  dokPerencanaan: ["7.01.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah"],
  rka: ["7.01.01.2.01.0002", "Koordinasi dan Penyusunan Dokumen RKA-SKPD"],
  dpa: ["7.01.01.2.01.0004", "Koordinasi dan Penyusunan DPA-SKPD"],
  evaluasi: ["7.01.01.2.01.0007", "Evaluasi Kinerja Perangkat Daerah"],
  gaji: ["7.01.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN"],
  lapKeu: [
    "7.01.01.2.02.0007",
    "Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD",
  ],
  penatausahaanBmd: ["7.01.01.2.03.0006", "Penatausahaan Barang Milik Daerah pada SKPD"],
  retribusi: ["7.01.01.2.04.0007", "Pelaporan Pengelolaan Retribusi Daerah"],
  adminPegawai: ["7.01.01.2.05.0003", "Pendataan dan Pengolahan Administrasi Kepegawaian"],
  bimtek: ["7.01.01.2.05.0011", "Bimbingan Teknis Implementasi Peraturan Perundang-Undangan"],
  listrik: ["7.01.01.2.06.0001", "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor"],
  logistik: ["7.01.01.2.06.0004", "Penyediaan Bahan Logistik Kantor"],
  cetak: ["7.01.01.2.06.0005", "Penyediaan Barang Cetakan dan Penggandaan"],
  bacaan: ["7.01.01.2.06.0006", "Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan"],
  tamu: ["7.01.01.2.06.0008", "Fasilitasi Kunjungan Tamu"],
  rapat: ["7.01.01.2.06.0009", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD"],
  mebel: ["7.01.01.2.07.0005", "Pengadaan Mebel"],
  peralatan: ["7.01.01.2.07.0006", "Pengadaan Peralatan dan Mesin Lainnya"],
  surat: ["7.01.01.2.08.0001", "Penyediaan Jasa Surat Menyurat"],
  komunikasi: ["7.01.01.2.08.0002", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik"],
  pelayananKantor: ["7.01.01.2.08.0004", "Penyediaan Jasa Pelayanan Umum Kantor"],
  kendaraan: [
    "7.01.01.2.09.0002",
    "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan",
  ],
  pemeliharaanAlat: ["7.01.01.2.09.0006", "Pemeliharaan Peralatan dan Mesin Lainnya"],
  gedung: ["7.01.01.2.09.0009", "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya"],
  perizinanNonUsaha: [
    "7.01.02.2.04.0001",
    "Pelaksanaan Urusan Pemerintahan yang Terkait dengan Pelayanan Perizinan Non Usaha",
  ],
  musrenbang: [
    "7.01.03.2.01.0001",
    "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa",
  ],
  efektivitasPm: [
    "7.01.03.2.01.0003",
    "Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan",
  ],
  pmKelurahan: ["7.01.03.2.02.0003", "Pemberdayaan Masyarakat di Kelurahan"],
  sinergitas: [
    "7.01.04.2.01.0001",
    "Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal di Wilayah Kecamatan",
  ],
  harmonisasi: ["7.01.04.2.01.0002", "Harmonisasi Hubungan dengan Tokoh Agama dan Tokoh Masyarakat"],
  sinergiPerda: [
    "7.01.04.2.02.0001",
    "Koordinasi/Sinergi dengan Perangkat Daerah yang Tugas dan Fungsinya di Bidang Penegakan Peraturan Perundang-Undangan dan/atau Kepolisian Negara Republik Indonesia",
  ],
  forkopimcam: ["7.01.05.2.01.0001", "Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan"],
  kawasanPerdesaan: [
    "7.01.06.2.01.0018",
    "Koordinasi Pelaksanaan Pembangunan Kawasan Perdesaan di Wilayah Kecamatan",
  ],
} as const satisfies Record<string, readonly [string, string]>;

// Sasaran codes of the Renstra (used by programs, PK and narasi)
const SASARAN_1 = "S1";
const SASARAN_2 = "S2";

// ---------------------------------------------------------------------------------------------
// DPA perubahan 2024 — Table 3.8 (pagu = "target triwulan I–IV berdasarkan anggaran kas" column,
// realisasi s.d. 31 Desember 2024); targets/satuan from Table 2.2.
// ---------------------------------------------------------------------------------------------

const dpaPerubahan: SeedProgram[] = [
  prog(P01, NAMA_PROGRAM[P01] as string, SASARAN_2, "4002116211", [
    keg(...K.perencanaan, "39030850", [
      subP(...S.dokPerencanaan, "26598200", "24179450", "2", "Dokumen"),
      subP(...S.rka, "4487000", "4425000", "2", "Dokumen"),
      subP(...S.dpa, "4582200", "4268840", "2", "Dokumen"),
      subP(...S.evaluasi, "3363450", "3306450", "10", "Dokumen"),
    ]),
    keg(...K.keuangan, "2469446462", [
      subP(...S.gaji, "2437044582", "2359685294", "21", "Orang"),
      subP(...S.lapKeu, "32401880", "31167580", "12", "Dokumen"),
    ]),
    keg(...K.bmd, "20076020", [subP(...S.penatausahaanBmd, "20076020", "19675100", "4", "Dokumen")]),
    keg(...K.pendapatan, "3000000", [subP(...S.retribusi, "3000000", "3000000", "12", "Dokumen")]),
    keg(...K.kepegawaian, "76422119", [
      subP(...S.adminPegawai, "10702119", "9808630", "12", "Dokumen"),
      subP(...S.bimtek, "65720000", "45262400", "5", "Orang"),
    ]),
    // printed 637.632.100; its sub kegiatan sum to 637.602.100 (NOTES.md)
    keg(...K.umum, "637632100", [
      subP(...S.listrik, "9485300", "9324000", "15", "Paket"),
      subP(...S.logistik, "63618100", "58351000", "15", "Paket"),
      subP(...S.cetak, "11429600", "6529500", "200", "Paket"),
      subP(...S.bacaan, "9900000", "9840000", "8", "Dokumen"),
      subP(...S.tamu, "135500000", "135301000", "12", "Laporan"),
      subP(...S.rapat, "407669100", "404826117", "200", "Laporan"),
    ]),
    // not printed in Table 3.8: pagu and realisation are what program 01's printed totals leave
    // (128.610.000 / 127.730.250); the split between the two sub kegiatan is synthetic (NOTES.md)
    keg(...K.pengadaan, null, [
      subP(...S.mebel, "17500000", "17500000", "2", "Unit"),
      subP(...S.peralatan, "111110000", "110230250", "3", "Unit"),
    ]),
    keg(...K.jasa, "504063660", [
      subP(...S.surat, "19508660", "17688264", "4", "Laporan"),
      subP(...S.komunikasi, "89255000", "81678368", "12", "Laporan"),
      subP(...S.pelayananKantor, "395300000", "395300000", "12", "Laporan"),
    ]),
    keg(...K.pemeliharaan, "123865000", [
      subP(...S.kendaraan, "39615000", "38711124", "8", "Unit"),
      subP(...S.pemeliharaanAlat, "17750000", "17505000", "17", "Unit"),
      subP(...S.gedung, "66500000", "66348250", "5", "Unit"),
    ]),
  ]),
  prog(P02, NAMA_PROGRAM[P02] as string, SASARAN_1, "4271900", [
    keg(...K.dilimpahkan, "4271900", [subP(...S.perizinanNonUsaha, "4271900", "3684405", "4", "Laporan")]),
  ]),
  prog(P03, NAMA_PROGRAM[P03] as string, SASARAN_1, "336840350", [
    keg(...K.pmDesa, "94435750", [
      subP(...S.musrenbang, "39125750", "32085200", "5", "Lembaga Kemasyarakatan"),
      subP(...S.efektivitasPm, "55310000", "46824800", "12", "Laporan"),
    ]),
    keg(...K.pmKelurahan, "242404600", [
      subP(...S.pmKelurahan, "242404600", "231898400", "2", "Pokmas/Ormas"),
    ]),
  ]),
  prog(P04, NAMA_PROGRAM[P04] as string, SASARAN_1, "18859150", [
    keg(...K.trantib, "14088150", [
      subP(...S.sinergitas, "11476400", "10528520", "4", "Laporan"),
      subP(...S.harmonisasi, "2611750", "1200000", "4", "Laporan"),
    ]),
    keg(...K.perda, "4771000", [subP(...S.sinergiPerda, "4771000", "4771000", "4", "Laporan")]),
  ]),
  prog(P05, NAMA_PROGRAM[P05] as string, SASARAN_1, "62445839", [
    keg(...K.pemum, "62445839", [subP(...S.forkopimcam, "62445839", "61919020", "12", "Dokumen")]),
  ]),
  prog(P06, NAMA_PROGRAM[P06] as string, SASARAN_1, "20666500", [
    keg(...K.binwasdes, "20666500", [subP(...S.kawasanPerdesaan, "20666500", "19434000", "15", "Laporan")]),
  ]),
];

// ---------------------------------------------------------------------------------------------
// DPA murni 2024 — Table 2.2 (titled "APBD Perubahan" but it is the murni: see NOTES.md)
// ---------------------------------------------------------------------------------------------

const dpaMurni: SeedProgram[] = [
  prog(P01, NAMA_PROGRAM[P01] as string, SASARAN_2, "3773172811", [
    keg(...K.perencanaan, "39030850", [
      subM(...S.dokPerencanaan, "26598200", "2", "Dokumen"),
      subM(...S.rka, "4487000", "2", "Dokumen"),
      subM(...S.dpa, "4582200", "2", "Dokumen"),
      subM(...S.evaluasi, "3363450", "10", "Dokumen"),
    ]),
    keg(...K.keuangan, "2270635062", [
      subM(...S.gaji, "2238233182", "21", "Orang"),
      subM(...S.lapKeu, "32401880", "12", "Dokumen"),
    ]),
    keg(...K.bmd, "20076020", [subM(...S.penatausahaanBmd, "20076020", "4", "Dokumen")]),
    keg(...K.pendapatan, "3000000", [subM(...S.retribusi, "3000000", "12", "Dokumen")]),
    keg(...K.kepegawaian, "62252119", [
      subM(...S.adminPegawai, "10702119", "12", "Dokumen"),
      subM(...S.bimtek, "51550000", "5", "Orang"),
    ]),
    keg(...K.umum, "573545100", [
      subM(...S.listrik, "9485300", "15", "Paket"),
      subM(...S.logistik, "63618100", "15", "Paket"),
      subM(...S.cetak, "11429600", "200", "Paket"),
      subM(...S.bacaan, "9900000", "8", "Dokumen"),
      subM(...S.tamu, "130000000", "12", "Laporan"),
      subM(...S.rapat, "349112100", "200", "Laporan"),
    ]),
    keg(...K.pengadaan, "116580000", [
      subM(...S.mebel, "17500000", "2", "Unit"),
      subM(...S.peralatan, "99080000", "3", "Unit"),
    ]),
    keg(...K.jasa, "546188660", [
      subM(...S.surat, "19508660", "4", "Laporan"),
      subM(...S.komunikasi, "98880000", "12", "Laporan"),
      subM(...S.pelayananKantor, "427800000", "12", "Laporan"),
    ]),
    keg(...K.pemeliharaan, "141865000", [
      subM(...S.kendaraan, "32615000", "8", "Unit"),
      subM(...S.pemeliharaanAlat, "17750000", "17", "Unit"),
      subM(...S.gedung, "91500000", "5", "Unit"),
    ]),
  ]),
  prog(P02, NAMA_PROGRAM[P02] as string, SASARAN_1, "4271900", [
    keg(...K.dilimpahkan, "4271900", [subM(...S.perizinanNonUsaha, "4271900", "4", "Laporan")]),
  ]),
  prog(P03, NAMA_PROGRAM[P03] as string, SASARAN_1, "328980350", [
    keg(...K.pmDesa, "86575750", [
      subM(...S.musrenbang, "39125750", "5", "Lembaga Kemasyarakatan"),
      subM(...S.efektivitasPm, "47450000", "12", "Laporan"),
    ]),
    keg(...K.pmKelurahan, "242404600", [subM(...S.pmKelurahan, "242404600", "2", "Pokmas/Ormas")]),
  ]),
  // printed 14.859.150; its kegiatan sum to 18.859.150 (NOTES.md)
  prog(P04, NAMA_PROGRAM[P04] as string, SASARAN_1, "14859150", [
    keg(...K.trantib, "14088150", [
      subM(...S.sinergitas, "11476400", "4", "Laporan"),
      subM(...S.harmonisasi, "2611750", "4", "Laporan"),
    ]),
    keg(...K.perda, "4771000", [subM(...S.sinergiPerda, "4771000", "4", "Laporan")]),
  ]),
  prog(P05, NAMA_PROGRAM[P05] as string, SASARAN_1, "56045839", [
    keg(...K.pemum, "56045839", [subM(...S.forkopimcam, "56045839", "12", "Dokumen")]),
  ]),
  prog(P06, NAMA_PROGRAM[P06] as string, SASARAN_1, "20666500", [
    keg(...K.binwasdes, "20666500", [subM(...S.kawasanPerdesaan, "20666500", "15", "Laporan")]),
  ]),
];

// ---------------------------------------------------------------------------------------------
// Renstra 2021–2026 indicators (IKU tables of section 2.3; realisations from Tables 3.1–3.6)
// ---------------------------------------------------------------------------------------------

const PJ_SEKSI =
  "Seksi Pemerintahan, Seksi Pemberdayaan Masyarakat dan Desa, Seksi Ketentraman dan Ketertiban Umum dan Seksi Pelayanan Umum";

const tahunan = (pairs: [number, string][]) => pairs.map(([tahun, target]) => ({ tahun, target }));

const indikatorTingkatPertumbuhanIkm: SeedIndikator = {
  kode: "T1.I1",
  nama: "Tingkat pertumbuhan IKM",
  satuan: "Nilai",
  definisiOperasional: null,
  formula: null,
  sumberData: null,
  penanggungJawabUnitKode: null,
  penanggungJawabTeks: null,
  polaritas: "positif",
  agregasi: "last",
  presisi: 2,
  baseline: null,
  baselineTahun: null,
  kondisiAkhir: "94",
  iku: false,
  sumberOtomatis: null,
  targets: tahunan([
    [2021, "92"],
    [2022, "92.7"],
    [2023, "92.9"],
    [2024, "93.05"],
    [2025, "93.10"],
    [2026, "94"],
  ]),
  realisasi: [],
};

const indikatorIkm: SeedIndikator = {
  kode: "S1.I1",
  nama: "Indeks Kepuasan Masyarakat (IKM)",
  satuan: "Nilai",
  definisiOperasional: null,
  formula:
    "Survey Kepuasan Masyarakat Penimbang = (Total Nilai Persepsi per Unsur / Total Unsur yang terisi) × Nilai",
  sumberData: "Kuesioner",
  penanggungJawabUnitKode: "seksi-pemerintahan",
  penanggungJawabTeks: PJ_SEKSI,
  polaritas: "positif",
  agregasi: "last",
  presisi: 2,
  baseline: null,
  baselineTahun: null,
  kondisiAkhir: "94.5",
  iku: true,
  sumberOtomatis: "ikm",
  targets: tahunan([
    [2021, "92"],
    [2022, "92.27"],
    [2023, "93.00"],
    [2024, "93.05"],
    [2025, "94"],
    [2026, "94.5"],
  ]),
  realisasi: [
    {
      tahun: 2021,
      periode: SETAHUN,
      nilai: "88.05",
      sumber: "Tabel 3.2 LAKIP 2024 (Seksi Pelayanan Umum)",
      catatan: null,
    },
    {
      tahun: 2022,
      periode: SETAHUN,
      nilai: "93.26",
      sumber: "Tabel 3.2 LAKIP 2024 (Seksi Pelayanan Umum)",
      catatan: null,
    },
    {
      tahun: 2023,
      periode: SETAHUN,
      nilai: "93.27",
      sumber: "Tabel 3.2 LAKIP 2024 (Seksi Pelayanan Umum)",
      catatan: null,
    },
    {
      tahun: 2024,
      periode: SETAHUN,
      nilai: "93.06",
      sumber: "Tabel 3.1 LAKIP 2024 (Seksi Pelayanan Umum)",
      catatan: "Hasil Survei Kepuasan Masyarakat 2024 (daftar terlampir pada laporan)",
    },
  ],
};

const indikatorNilaiLakip: SeedIndikator = {
  kode: "S2.I1",
  nama: "Nilai LAKIP",
  satuan: "Nilai",
  definisiOperasional: null,
  formula: "Hasil Penilaian Inspektorat",
  sumberData: "Laporan Kegiatan",
  penanggungJawabUnitKode: "seksi-pemerintahan",
  penanggungJawabTeks: `${PJ_SEKSI}, Subbagian Perencanaan dan Kepegawaian dan Subbagian Umum dan Keuangan`,
  polaritas: "positif",
  agregasi: "last",
  presisi: 2,
  baseline: null,
  baselineTahun: null,
  kondisiAkhir: "72",
  iku: true,
  sumberOtomatis: "nilai_lakip",
  targets: tahunan([
    [2021, "60.18"],
    [2022, "65.5"],
    [2023, "65.15"],
    [2024, "66"],
    [2025, "67"],
    [2026, "72"],
  ]),
  realisasi: [
    {
      tahun: 2020,
      periode: SETAHUN,
      nilai: "42.31",
      sumber: "Tabel 3.5 LAKIP 2024 (Sub Bagian Perencanaan dan Kepegawaian)",
      catatan: "Tahun sebelum periode Renstra; riwayat",
    },
    { tahun: 2021, periode: SETAHUN, nilai: "53.28", sumber: "Tabel 3.5 LAKIP 2024", catatan: null },
    { tahun: 2022, periode: SETAHUN, nilai: "66.65", sumber: "Tabel 3.5 LAKIP 2024", catatan: null },
    { tahun: 2023, periode: SETAHUN, nilai: "66", sumber: "Tabel 3.4–3.6 LAKIP 2024", catatan: null },
    {
      tahun: 2024,
      periode: SETAHUN,
      nilai: null,
      sumber: null,
      catatan:
        "Inspektorat Kabupaten Luwu Timur belum mengeluarkan Laporan Hasil Evaluasi LAKIP Tahun 2024 saat laporan disusun",
    },
  ],
};

const indikatorCapaianPenunjang: SeedIndikator = {
  kode: "S2.I2",
  nama: "Persentase Capaian Kinerja Program Penunjang Urusan Pemerintahan Kabupaten di Kecamatan",
  satuan: "%",
  definisiOperasional: null,
  formula: null,
  sumberData: null,
  penanggungJawabUnitKode: null,
  penanggungJawabTeks: null,
  polaritas: "positif",
  agregasi: "last",
  presisi: 2,
  baseline: null,
  baselineTahun: null,
  kondisiAkhir: "100",
  iku: false,
  sumberOtomatis: null,
  targets: tahunan([
    [2021, "100"],
    [2022, "100"],
    [2023, "100"],
    [2024, "100"],
    [2025, "100"],
    [2026, "100"],
  ]),
  realisasi: [],
};

// ---------------------------------------------------------------------------------------------
// Pegawai register (synthetic individuals reproducing Tables 1.1, 1.2, 1.4 and 3.7; NOTES.md)
// ---------------------------------------------------------------------------------------------

function pns(
  nama: string,
  golongan: "II" | "III" | "IV",
  ruang: "a" | "b" | "c" | "d",
  pendidikan: SeedPegawai["pendidikan"],
  jabatan: string,
  jenisJabatan: SeedPegawai["jenisJabatan"],
  eselon: SeedPegawai["eselon"],
  unitKode: string,
): SeedPegawai {
  return {
    nama,
    nip: null,
    status: "PNS",
    golongan,
    ruang,
    pendidikan,
    jabatan,
    jenisJabatan,
    eselon,
    unitKode,
  };
}

function upahJasa(nomor: number, unitKode: string): SeedPegawai {
  return {
    nama: `Tenaga Upah Jasa ${String(nomor).padStart(2, "0")}`,
    nip: null,
    status: "UPAH_JASA",
    golongan: null,
    ruang: null,
    pendidikan: "SMA",
    jabatan: "Tenaga Upah Jasa",
    jenisJabatan: "pelaksana",
    eselon: null,
    unitKode,
  };
}

const pegawai: SeedPegawai[] = [
  // struktural (8): Table 3.7, eselon of a kecamatan (camat III.a, sekcam III.b, kasi/kasubag IV.a)
  {
    nama: "NASIR, SP., M.Si",
    nip: "198111162010011015",
    status: "PNS",
    golongan: "IV",
    ruang: "b",
    pendidikan: "S2",
    jabatan: "Camat Malili",
    jenisJabatan: "struktural",
    eselon: "III.a",
    unitKode: "camat",
  },
  pns("Pegawai PNS 01", "IV", "a", "S1", "Sekretaris Camat", "struktural", "III.b", "sekretariat"),
  pns(
    "Pegawai PNS 02",
    "III",
    "d",
    "S1",
    "Kepala Subbagian Perencanaan dan Kepegawaian",
    "struktural",
    "IV.a",
    "subbag-perencanaan",
  ),
  pns(
    "Pegawai PNS 03",
    "III",
    "d",
    "S1",
    "Kepala Subbagian Umum dan Keuangan",
    "struktural",
    "IV.a",
    "subbag-umum",
  ),
  pns(
    "Pegawai PNS 04",
    "III",
    "c",
    "S1",
    "Kepala Seksi Pemerintahan",
    "struktural",
    "IV.a",
    "seksi-pemerintahan",
  ),
  pns(
    "Pegawai PNS 05",
    "III",
    "c",
    "S1",
    "Kepala Seksi Pemberdayaan Masyarakat Desa",
    "struktural",
    "IV.a",
    "seksi-pmd",
  ),
  pns(
    "Pegawai PNS 06",
    "III",
    "c",
    "S1",
    "Kepala Seksi Ketentraman dan Ketertiban Umum",
    "struktural",
    "IV.a",
    "seksi-trantib",
  ),
  pns(
    "Pegawai PNS 07",
    "III",
    "b",
    "S1",
    "Kepala Seksi Pelayanan Umum",
    "struktural",
    "IV.a",
    "seksi-pelayanan",
  ),
  // pelaksana PNS (6): Table 3.7 — Umum dan Keuangan 2, each seksi 1
  pns("Pegawai PNS 08", "III", "b", "S1", "Pelaksana", "pelaksana", null, "subbag-umum"),
  pns("Pegawai PNS 09", "II", "d", "SMA", "Pelaksana", "pelaksana", null, "subbag-umum"),
  pns("Pegawai PNS 10", "III", "a", "S1", "Pelaksana", "pelaksana", null, "seksi-pemerintahan"),
  pns("Pegawai PNS 11", "III", "b", "SMA", "Pelaksana", "pelaksana", null, "seksi-pmd"),
  pns("Pegawai PNS 12", "III", "a", "SMA", "Pelaksana", "pelaksana", null, "seksi-trantib"),
  pns("Pegawai PNS 13", "II", "d", "SMA", "Pelaksana", "pelaksana", null, "seksi-pelayanan"),
  // PPPK (1): Tables 1.1/1.2/1.4 (D2/D3), "Fungsional" in Table 1.3; not in Table 3.7
  {
    nama: "Pegawai PPPK 01",
    nip: null,
    status: "PPPK",
    golongan: null,
    ruang: null,
    pendidikan: "D3",
    jabatan: "Pejabat Fungsional (PPPK)",
    jenisJabatan: "fungsional",
    eselon: null,
    unitKode: "sekretariat",
  },
  // upah jasa (14): 7 in Table 3.7 (Umum dan Keuangan 1, Pemerintahan 2, PMD 1, Trantib 2, Pelayanan 1);
  // the other 7 are not in Table 3.7 and go to the Subbagian Umum dan Keuangan
  upahJasa(1, "subbag-umum"),
  upahJasa(2, "seksi-pemerintahan"),
  upahJasa(3, "seksi-pemerintahan"),
  upahJasa(4, "seksi-pmd"),
  upahJasa(5, "seksi-trantib"),
  upahJasa(6, "seksi-trantib"),
  upahJasa(7, "seksi-pelayanan"),
  upahJasa(8, "subbag-umum"),
  upahJasa(9, "subbag-umum"),
  upahJasa(10, "subbag-umum"),
  upahJasa(11, "subbag-umum"),
  upahJasa(12, "subbag-umum"),
  upahJasa(13, "subbag-umum"),
  upahJasa(14, "subbag-umum"),
];

// ---------------------------------------------------------------------------------------------
// Narasi 2024
// ---------------------------------------------------------------------------------------------

const narasiKataPengantar = narasi(null, null, "kata_pengantar", [
  "Segala puji dan syukur hanya milik Allah SWT, atas limpahan rahmat, taufik dan hidayah-Nya semata, sehingga Laporan Akuntabilitas Kinerja Instansi Pemerintah (LAKIP) Kecamatan Malili Kabupaten Luwu Timur Tahun Anggaran 2024 ini dapat diselesaikan.",
  "LAKIP adalah bagian dari Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) yang merupakan salah satu cara perbaikan kinerja organisasi yang harus dan terus dilakukan untuk mewujudkan penyelenggaraan pemerintahan yang akuntabel dan transparan.",
  "LAKIP Kecamatan Malili Kabupaten Luwu Timur Tahun Anggaran 2024 ini disusun sebagai bentuk/media pertanggungjawaban Kecamatan Malili dalam pelaksanaan tugas, fungsi dan tata kerjanya serta sebagai parameter dalam mengukur tingkat keberhasilan dan kegagalan kinerja pelaksanaan program dan kegiatan Kecamatan Malili selama Tahun Anggaran 2024. Selanjutnya laporan ini akan dijadikan sebagai bahan evaluasi untuk pelaksanaan program dan kegiatan di masa yang akan datang agar semakin baik dalam menunjang keberhasilan pelaksanaan pembangunan di wilayah Kecamatan Malili serta bermanfaat bagi seluruh masyarakat untuk mendukung Pemerintah Kabupaten Luwu Timur dalam upaya mewujudkan pemerintahan yang baik (Good Governance) dan pemerintahan yang bersih (Clean Governance) di Kabupaten Luwu Timur.",
  "Kami menyadari bahwa LAKIP Kecamatan Malili Kabupaten Luwu Timur Tahun Anggaran 2024 ini belum sempurna, untuk itu dengan segala kekurangan dan keterbatasan yang ada diharapkan masukan dan saran guna perbaikan dalam kinerja maupun dalam penyusunan laporan ini di masa mendatang.",
  "Demikian semoga laporan ini dapat bermanfaat bagi seluruh pihak yang terlibat dan berkepentingan.",
]);

const narasiGambaranUmum = narasi(null, null, "gambaran_umum", [
  "Penduduk Kecamatan Malili merupakan penduduk yang heterogen baik Suku maupun Agama. Adapun Suku dan Agama di Kecamatan Malili yaitu Suku Jawa, Bali, Lombok, Batak, Bugis, Toraja, Pamona dan Agama Islam, Kristen dan Hindu.",
]);

const narasiPeranOrganisasi = narasi(null, null, "peran_organisasi", [
  "Berdasarkan Peraturan Daerah Kabupaten Luwu Timur Nomor 08 Tahun 2016 tentang Organisasi Perangkat Daerah Kabupaten Luwu Timur dan Peraturan Bupati Nomor 56 Tahun 2016 tentang Susunan Organisasi, Kedudukan dan Fungsi serta Tata Kerja Kecamatan Kabupaten Luwu Timur. Organisasi Kecamatan merupakan satuan kerja perangkat daerah yang mempunyai peran sebagai unsur pelaksana urusan pemerintahan di wilayah kecamatan yang menjadi kewenangan daerah. Satuan kerja perangkat daerah kecamatan dipimpin oleh Camat yang berada di bawah dan bertanggungjawab kepada Bupati melalui Sekretaris Daerah.",
]);

const narasiIsuStrategis = narasi(null, null, "isu_strategis", [
  "Dalam kurun waktu 5 (lima) tahun kedepan Pemerintah Kecamatan Malili Kabupaten Luwu Timur dituntut lebih transparan, kreatif dan inovatif dalam menghadapi perubahan-perubahan. Perencanaan pembangunan hendaknya selalu memperhatikan isu-isu dan permasalahan yang mungkin dihadapi ke depan oleh masyarakat sehingga arah pelaksanaan pembangunan lebih tepat sasaran. Untuk itu diantisipasi dengan perencanaan yang matang dan komprehensif sehingga arah pembangunan sesuai dengan tujuan pembangunan daerah. Adapun isu-isu yang akan dihadapi Kecamatan Malili tidak terlepas dari permasalahan dan isu pembangunan Kabupaten Luwu Timur antara lain :",
  "Tuntutan masyarakat untuk memberikan pelayanan yang prima",
  "Adanya tuntutan akuntabilitas tata kelola pemerintahan",
  "Isu strategis tersebut memerlukan penanganan secara komprehensif sebagaimana disebutkan dalam Renstra Kecamatan Malili yang mencakup strategi kebijakan program dan kegiatan. Implikasi terhadap pelayanan tugas pokok dan fungsi Kecamatan Malili Kabupaten Luwu Timur sebagai berikut :",
  "Membangun sistem pelayanan prima yang cepat, tepat, efisien dan transparan",
  "Membangun komitmen seluruh aparatur dalam melaksanakan tupoksi (tugas pokok dan fungsi) untuk mewujudkan akuntabilitas",
  "Menetapkan kebijakan yang efektif untuk mewujudkan penyelenggaraan pelayanan sesuai kebutuhan masyarakat",
  "Memperhatikan isu-isu yang dipermasalahkan diatas terkait pelayanan kepada masyarakat, diharapkan kualitas penyelenggaraan pemerintahan mampu mewujudkan pelayanan publik yang lebih baik.",
]);

// Sasaran 1 — Meningkatnya Kemampuan Pelayanan Publik …
const narasiSasaran1 = [
  ...narasi(SASARAN_1, null, "analisis", [
    "Hasil survei Kepuasan Masyarakat (SKM) terhadap pelayanan perizinan maupun non perizinan Tahun 2024 Kecamatan Malili berdasarkan 9 (sembilan) pertanyaan sesuai Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang Pedoman Survei Kepuasan Masyarakat terhadap penyelenggaraan pelayanan publik.",
    "Capaian kinerja indikator Indeks Kepuasan Masyarakat (IKM) diukur dengan kuesioner yang dibagikan kepada setiap pengunjung yang mengajukan permohonan pelayanan di loket pelayanan Kecamatan Malili, termasuk kuesioner responden yang puas terhadap pelayanan administrasi kependudukan dan pencatatan sipil (daftar terlampir).",
    "Dalam meningkatkan kualitas pelayanan, diprioritaskan pada unsur yang mempunyai nilai terendah sedangkan unsur yang mempunyai nilai cukup tinggi harus tetap dipertahankan. Berdasarkan hasil tersebut maka diambil kesimpulan :",
    "Nilai dalam kelompok paling rendah yang harus ditingkatkan adalah unsur kualitas sarana dan prasarana dengan nilai 878.",
    "Nilai kelompok yang paling tinggi yang harus dipertahankan pada unsur penanganan pengaduan pengguna pelayanan dengan nilai 1036.",
    "Terkait indikator tersebut, diharapkan Kantor Kecamatan Malili lebih meningkatkan segala aspek yang mendukung terwujudnya indikator tersebut seperti ketersediaan sumber daya manusia yang berkualitas, sarana dan prasarana serta sumber anggaran, sehingga sasaran meningkatnya kualitas pelayanan publik di Kecamatan Malili dapat terwujud.",
    "Berdasarkan hasil pengukuran kinerja diatas dilakukan analisis pencapaian kinerja guna memberikan gambaran atau informasi yang transparan mengenai sebab peningkatan atau penurunan kinerja yang telah dilakukan.",
  ]),
  ...narasi(SASARAN_1, null, "faktor_pendukung", [
    "Kecamatan Malili pada unsur penanganan pengaduan pengguna pelayanan mendapat nilai tinggi, disebabkan karena memang pelayanan di kantor kecamatan malili menggunakan prosedur tatacara pelayanan dimana setiap pengaduan masyarakat dicatat dalam register pengaduan dan kemudian segera meneruskan ke pimpinan",
    "Adapun hal yang mempengaruhi peningkatan kinerja yaitu sikap petugas dalam memberikan pelayanan kepada masyarakat.",
  ]),
  ...narasi(SASARAN_1, null, "faktor_penghambat", [
    "Kecamatan Malili pada unsur kualitas sarana dan prasarana mendapat nilai paling rendah disebabkan karena kurang tersedianya sarana dan prasarana yang memadai serta berkualitas.",
    "Keterbatasan SDM dimana tidak semua pegawai di kantor camat malili memahami prosedur pelayanan",
    "Sarana dan Prasarana yang kurang memadai, kondisi kantor yang ruangnya terbatas dimana dalam satu ruangan digabung beberapa seksi didalamnya sehingga pelayanan sedikit terganggu",
  ]),
  ...narasi(SASARAN_1, null, "solusi", [
    "Solusi untuk permasalahan unsur kualitas sarana dan prasarana adalah dengan meningkatkan ketersediaan sarana dan prasarana yang baik dan layak agar tercipta kepuasan masyarakat yang lebih baik",
  ]),
  ...narasi(SASARAN_1, null, "efisiensi", [
    "Keterbatasan sumber daya sarana dan sumber daya manusia dalam menyampaikan informasi tentang syarat dan ketentuan dalam pelayanan perizinan dan non perizinan di Kecamatan Malili dapat terfasilitasi dengan adanya papan informasi, brosur dan banner yang ditempatkan ruang pelayanan di kecamatan dan desa/kelurahan sehingga dengan sendirinya masyarakat dapat langsung melihat informasi terkait syarat dan ketentuan pengurusan pelayanan perizinan dan non perizinan.",
  ]),
];

// Sasaran 1 — programs A–E (section 3.1, sasaran 1, item f)
const narasiProgramSasaran1 = [
  // A. Pelaksanaan urusan pemerintahan yang dilimpahkan kepada Camat
  ...narasi(null, S.perizinanNonUsaha[0], "uraian_kegiatan", [
    "Pelayanan umum di kecamatan adalah pelayanan yang diselenggarakan oleh kecamatan untuk memenuhi kebutuhan masyarakat. Pelayanan umum di kecamatan meliputi pelayanan perizinan dan non-perizinan seperti pelayanan penerbitan KTP, KK, Pembuatan surat Keterangan pindah keluar/datang, surat rekomendasi kegiatan, surat pemberitahuan pelaksanaan penelitian, legalisasi surat-surat keterangan dll.",
  ]),
  ...narasi(null, S.perizinanNonUsaha[0], "hambatan", [
    "Kualitas SDM Aparatur masih kurang",
    "Kurangnya motivasi, semangat kerja serta profesionalisme pegawai yang ada di bagian pelayanan",
    "Sistem strategi pelayanan yang belum optimal",
  ]),
  ...narasi(null, S.perizinanNonUsaha[0], "solusi", [
    "Perlu dilakukan pemanfaatan teknologi informasi dalam meningkatkan efisiensi, kualitas dan inovasi pelayanan",
    "Menyelenggarakan administrasi pelayanan terpadu",
    "Perlu pengembangan website kecamatan yang menyediakan formulir layanan online",
  ]),
  // B. Pemberdayaan masyarakat desa dan kelurahan
  ...narasi(null, S.musrenbang[0], "uraian_kegiatan", [
    "Musrenbang Kecamatan Malili dilaksanakan pada Bulan Maret 2024, Kegiatan Musrenbang memberikan ruang dialog terbuka bagi masyarakat untuk pembangunan yang melibatkan Tokoh masyarakat serta Lembaga Kemasyarakatan. Partisipasi masyarakat dalam perencanaan pembangunan sangat penting karena dapat menumbuhkan pemberdayaan masyarakat. Dengan partisipasi masyarakat, pemerintah dapat mencapai hasil pembangunan secara optimal. Musrenbang Kec. Malili tahun 2024 dihadiri 15 Lembaga Kemasyarakatan sesuai target yang direncanakan",
  ]),
  ...narasi(null, S.musrenbang[0], "hambatan", [
    "Pemahaman masyarakat tentang skala prioritas pembangunan masih rendah",
    "Faktor pekerjaan Masyarakat yang banyak menyita waktu sehingga masih kurangnya peserta musrenbang",
    "Sistem informasi musrenbang yang masih kurang",
  ]),
  ...narasi(null, S.musrenbang[0], "solusi", [
    "Dilakukan sosialisasi cara menyusun skala prioritas",
    "Memberikan pemahaman kepada masyarakat atas pentingnya keterlibatan dalam pembangunan",
    "Memberikan ruang kepada masyarakat untuk terlibat aktif dalam proses musrenbang",
    "Mengakomodir berbagai kelompok dan kepentingan masyarakat",
  ]),
  ...narasi(null, S.efektivitasPm[0], "uraian_kegiatan", [
    "Target dalam sub kegiatan ini adalah terlaksananya kegiatan PKK pada 14 Desa dan 1 Kelurahan di Kecamatan Malili. Kegiatan PKK untuk tingkat Kecamatan yaitu :",
    "Memfasilitasi administrasi PKK Desa/Kelurahan;",
    "Memfasilitasi Program / Kegiatan PKK Desa/Kelurahan;",
    "Pendampingan kegiatan pemberdayaan yang dibina oleh PKK Desa/Kelurahan.",
    "Sepanjang tahun 2024 PKK kecamatan Malili melakukan beberapa kegiatan diantaranya Lomba Kampung Organik, Lomba Dasawisma dan Lomba Posyandu terintegrasi. Kegiatan PKK pada Tahun 2024 sebagian besar berkaitan dengan penertiban administrasi PKK Desa/Kelurahan dan beberapa perlombaan baik ditingkat kecamatan maupun di tingkat Kabupaten.",
  ]),
  ...narasi(null, S.efektivitasPm[0], "hambatan", [
    "Keterbatasan anggaran di Desa untuk mengembangkan keterampilan anggota PKK Desa",
    "Terkendala pada pemasaran produk PKK",
  ]),
  ...narasi(null, S.efektivitasPm[0], "solusi", [
    "Melakukan bimbingan teknis bagi pengurus PKK untuk peningkatan Kapasitas Sumber Daya Manusia.",
  ]),
  ...narasi(null, S.pmKelurahan[0], "uraian_kegiatan", [
    "Target dalam sub kegiatan ini adalah terlaksananya kegiatan kelurahan yang memberdayakan masyarakat yang dilaksanakan di kelurahan malili pada tahun 2024 yaitu pelatihan kader posyandu Kelurahan Malili, Pelatihan Kader Lansia Kelurahan Malili serta Peningkatan Aparatur Satlinmas.",
    "Posyandu lansia merupakan wadah kegiatan kesehatan untuk warga lanjut usia (60 tahun ke atas). Tujuannya adalah memberikan pelayanan kesehatan terhadap lansia yang sehat maupun lansia dengan risiko tinggi terhadap suatu penyakit. Untuk Peningkatan kapasitas Satuan Perlindungan Masyarakat (Satlinmas) dilakukan melalui pelatihan, dan peningkatan gaji. Peningkatan kapasitas ini bertujuan agar Satlinmas dapat menjalankan tugasnya dengan baik",
  ]),
  ...narasi(null, S.pmKelurahan[0], "hambatan", [
    "Masih kurangnya motivasi kader posyandu untuk mengajak Masyarakat datang ke posyandu",
    "Kurangnya sarana prasarana, seperti alat timbang dan peralatan imunisasi",
    "Kurangnya kesadaran Lansia untuk mengikuti posyandu lansia",
    "Kurangnya fasilitas yang memadai khusus posyandu lansia",
  ]),
  ...narasi(null, S.pmKelurahan[0], "solusi", [
    "Memberikan dukungan dan motivasi kepada kader posyandu dengan melakukan kegiatan studi tiru dan pelatihan kader posyandu",
    "Melakukan sosialisasi mengenai program posyandu lansia kepada Masyarakat",
    "Menyediakan sarana dan prasarana yang lebih lengkap",
  ]),
  // C. Penyelenggaraan urusan pemerintahan umum
  ...narasi(null, S.forkopimcam[0], "uraian_kegiatan", [
    "Forkopimcam merupakan forum yang digunakan untuk membahas penyelenggaraan urusan pemerintahan umum di kecamatan. Kegiatan Rapat Koordinasi Forkopimca dilaksanakan lintas sektor se-Kecamatan Malili. Berikut adalah beberapa hal yang dibahas dalam rapat Forkopimca Tahun 2024 :",
    "Pertemuan dengan beberapa lintas sektor terkait peningkatan mutu dan pelayanan Kesehatan termasuk penanganan stunting di Kecamatan Malili",
    "Pertemuan dengan beberapa lintas sektor terkait peningkatan mutu pendidikan di Kecamatan Malili",
    "Persiapan dan pengamanan Pilkada serta sinergitas untuk mewujudkan Pilkada yang aman dan damai",
    "Rapat Koordinasi Forkopimca membahas tentang koordinasi penanganan konflik sosial",
  ]),
  ...narasi(null, S.forkopimcam[0], "hambatan", [
    "Kurangnya komunikasi yang terkadang menyebabkan kesalahpahaman dan menghambat rapat forkopimca",
    "Keterlambatan kegiatan yang sering mengganggu jadwal forum sehingga tidak efektif",
    "Kurangnya persiapan dari peserta terkadang menjadi penyebab diskusi yang tidak efektif",
  ]),
  ...narasi(null, S.forkopimcam[0], "solusi", [
    "Komunikasi yang efektif kepada peserta dengan menggunakan bahasa yang mudah di mengerti dan pahami",
    "Diperlukan jadwal yang jelas dan memastikan semua peserta mengetahui jadwal forum",
    "Dijadwalkan sejauh mungkin agar ada persiapan yang matang dari peserta forum untuk membahas pokok permasalahan dalam forum",
  ]),
  // D. Pembinaan dan pengawasan pemerintahan desa
  ...narasi(null, S.kawasanPerdesaan[0], "uraian_kegiatan", [
    "Target dalam sub kegiatan ini adalah jumlah kawasan perdesaan yang terpantau perencanaan dan pelaksanaan programnya dalam upaya mempercepat dan meningkatkan kualitas pelayanan, pembangunan dan pemberdayaan masyarakat di kawasan perdesaan demi meningkatkan kesejahteraan masyarakat desa. Sebelum dicairkan, APBDes diverifikasi oleh Tim Fasilitasi dan Evaluasi kecamatan lalu dibuatkan surat pengantar untuk dapat di teruskan dan diverifikasi kembali oleh Dinas PMD. Setiap Desa mengajukan Peraturan yang telah dibuat kepada Camat Malili untuk mendapatkan rekomendasi pencairan APBDes. Pencairan APBDes dilakukan dalam 2 (dua) tahap selama 1 (satu) tahun anggaran.",
  ]),
  ...narasi(null, S.kawasanPerdesaan[0], "hambatan", [
    "Keterlambatan Informasi terkait aturan penyusunan APBDes.",
    "Peraturan Bupati terkait pagu indikatif terlambat ditetapkan.",
    "Belum adanya peningkatan kapasitas SDM di kecamatan terkait kegiatan perencanaan desa.",
  ]),
  ...narasi(null, S.kawasanPerdesaan[0], "solusi", [
    "Melakukan konsultasi dan koordinasi yang lebih intensif dengan pihak terkait.",
    "Menggunakan estimasi anggaran tahun sebelumnya.",
    "Pengusulan kegiatan bimbingan teknis perencanaan APBDes kepada SKPD terkait.",
  ]),
  // E. Koordinasi ketentraman dan ketertiban umum
  ...narasi(null, S.sinergitas[0], "uraian_kegiatan", [
    "Target dalam sub kegiatan ini adalah kegiatan sinergi dengan kepolisian, TNI dan Instansi Vertikal untuk mewujudkan masyarakat aman dan tentram di wilayah kecamatan malili, kerjasama ini tidak hanya pada bidang keamanan namun juga bidang-bidang lain dalam mengawal program pemerintah",
  ]),
  ...narasi(null, S.sinergitas[0], "hambatan", [
    "Kurangnya pemahaman masyarakat sehingga masih ada hewan peliharaan yang berkeliaran",
    "Masih tingginya kenakalan remaja terutama anak sekolah",
  ]),
  ...narasi(null, S.sinergitas[0], "solusi", [
    "Melakukan sosialisasi di masyarakat terkait perda hewan ternak",
    "Melakukan pendekatan dengan remaja di sekolah-sekolah melalui kegiatan sosialisasi dengan bekerjasama dengan pihak sekolah",
  ]),
  ...narasi(null, S.harmonisasi[0], "uraian_kegiatan", [
    "Target dalam sub kegiatan ini adalah melakukan pertemuan dalam upaya himbauan atau pencegahan pelanggaran ketentraman dan ketertiban yang dilaksanakan untuk menjalin informasi dalam upaya pencegahan pelanggaran dan norma norma ditengah masyarakat kecamatan malili. Kecamatan Malili melakukan pertemuan dengan tokoh-tokoh agama dan tokoh masyarakat.",
  ]),
  ...narasi(null, S.harmonisasi[0], "hambatan", [
    "Masih rendahnya sikap toleransi Masyarakat serta adanya sikap fanatisme berlebihan terhadap agama sendiri",
    "Masih ada Sebagian masyarakat yang sering mengklaim kebenaran sepihak dan selalu memaksakan kehendak",
    "Adanya kepentingan politik yang digunakan untuk menunggangi agama",
    "Adanya perbedaan sudut pandang dan pemikiran dalam Masyarakat serta berkembangnya aliran ekstrim dalam beragama",
  ]),
  ...narasi(null, S.harmonisasi[0], "solusi", [
    "Melakukan sosialisasi di masyarakat terkait semangat gotong royong, memberikan cara pandang yang modern dalam praktik beragama, serta memberikan kesempatan kepada Masyarakat untuk menyampaikan aspirasi tanpa membedakan agama dan tanpa adanya diskriminasi",
  ]),
  ...narasi(null, S.sinergiPerda[0], "uraian_kegiatan", [
    "Target dalam sub kegiatan ini adalah koordinasi/sinergitas dengan polri dan/atau perangkat daerah bidang penegakan peraturan perundang-undangan. Dalam hal ini kecamatan malili melakukan pertemuan dengan polri, TNI, Satpol PP dalam rangka penegakan perda yang ada untuk menata dan mengatur tatanan sehingga terwujud kenyamanan dan keindahan di wilayah kecamatan malili",
  ]),
  ...narasi(null, S.sinergiPerda[0], "hambatan", [
    "Masih kurangnya pemahaman Masyarakat terhadap Perda-perda yang berlaku",
    "Adanya kebijakan yang tumpang tindih dan sering berubah",
    "Sistem penegakan yang perlu mengalami perbaharuan",
  ]),
  ...narasi(null, S.sinergiPerda[0], "solusi", [
    "Memperbaharui sistem penegakan",
    "Melakukan Kerjasama yang baik atau melibatkan kontribusi dari pihak lain dalam hal ini Masyarakat yang ada demi kelancaran penegakan perda",
  ]),
];

// Sasaran 2 — Meningkatnya Capaian Kinerja dan Keuangan …
const narasiSasaran2 = [
  ...narasi(SASARAN_2, null, "analisis", [
    "Sebagai catatan untuk Nilai SAKIP sampai saat laporan ini disusun, Inspektorat Kabupaten Luwu Timur belum mengeluarkan Laporan Hasil Evaluasi LAKIP Tahun 2024, sehubungan hal tersebut maka pengukuran capaian Indikator Kinerja ini masih mengacu pada capaian tahun sebelumnya sebagai berikut:",
  ]),
  ...narasi(SASARAN_2, null, "faktor_penghambat", [
    "Kurangnya kesesuaian pelaksanaan program dan kegiatan dengan rencana kerja yang ditetapkan",
    "Kurangnya evaluasi kinerja internal yang dilakukan",
    "Kurangnya koordinasi dalam upaya mendapatkan target capaian kinerja",
    "Keterbatasan kemampuan SDM di Bidang Akuntabilitas kinerja",
  ]),
  ...narasi(SASARAN_2, null, "efisiensi", [
    "Berdasarkan tabel di atas dapat diketahui bahwa jumlah dan syarat pemangku jabatan pelaksana pada Kantor Kecamatan Malili belum sesuai dengan hasil analisis jabatan Kecamatan Malili yang dibuat oleh Bagian Organisasi SETDA Kabupaten Luwu Timur karena sebagian jabatan pelaksana masih diisi oleh Non PNS (tenaga upah jasa).",
  ]),
];

// Sasaran 2 — Program Penunjang (section 3.1, sasaran 2, item 6)
const narasiProgramSasaran2 = [
  ...narasi(null, S.dokPerencanaan[0], "uraian_kegiatan", [
    "Target dalam sub kegiatan ini adalah tersusunnya 2 (dua) dokumen perencanaan Perangkat Daerah, dalam 1 (satu) tahun, terdapat 2 (dua) dokumen perencanaan yang disusun oleh Kantor kecamatan Malili, diantaranya adalah Renja Pokok dan Renja Perubahan.",
  ]),
  ...narasi(null, S.dokPerencanaan[0], "hambatan", [
    "Keterbatasan data dan informasi dari masing-masing sub bagian dan kepala seksi yang di butuhkan dalam penyusunan dokumen perencanaan sehingga seringkali penyusunan dokumen perencanaan mengalami keterlambatan.",
    "Kurangnya koordinasi dalam penyusunan dokumen perencanaan.",
  ]),
  ...narasi(null, S.dokPerencanaan[0], "solusi", [
    "Lebih meningkatkan koordinasi antara sesama unsur-unsur terkait dalam hal ini masing-masing Seksi dan Sub Bagian.",
  ]),
  ...narasi(null, S.rka[0], "uraian_kegiatan", [
    "Target dalam sub kegiatan ini adalah tersusunnya 2 (dua) dokumen RKA-SKPD, dalam 1 (satu) tahun, terdapat 2 (dua) dokumen RKA-SKPD yang disusun oleh Kantor kecamatan Malili, diantaranya adalah RKA-SKPD Pokok dan RKA-SKPD Perubahan.",
  ]),
  ...narasi(null, S.dpa[0], "uraian_kegiatan", [
    "Target dalam sub kegiatan ini adalah tersusunnya 2 (dua) dokumen DPA-SKPD, dalam 1 (satu) tahun, terdapat 2 (dua) dokumen DPA-SKPD yang disusun oleh Kantor kecamatan Malili, diantaranya adalah DPA-SKPD Pokok dan DPA-SKPD Perubahan.",
  ]),
  ...narasi(null, S.evaluasi[0], "hambatan", [
    "Keterlambatan pengumpulan data untuk bahan LAKIP dari Kepala Seksi.",
  ]),
  ...narasi(null, S.evaluasi[0], "solusi", [
    "Menekankan kepada kepala seksi untuk segera menyiapkan bahan yang diperlukan dalam penyusunan LAKIP.",
  ]),
  ...narasi(null, S.gaji[0], "uraian_kegiatan", [
    "Target dalam sub kegiatan ini adalah terbayarkannya Gaji dan Tunjangan ASN di kantor kecamatan Malili sebanyak 22 orang. Tidak ditemukan hambatan dalam pelaksanaan sub kegiatan ini di kantor Kecamatan Malili.",
  ]),
  ...narasi(null, S.lapKeu[0], "uraian_kegiatan", [
    "Target dalam subkegiatan ini adalah penyusunan laporan keuangan bulanan/triwulanan/semesteran kantor kecamatan malili. Tidak ditemukan hambatan dalam pelaksanaan sub kegiatan ini",
  ]),
  ...narasi(null, S.penatausahaanBmd[0], "uraian_kegiatan", [
    "Target dari sub kegiatan ini adalah barang yang disediakan untuk mendukung pelaksanaan kinerja di kantor kecamatan Malili dilaksanakan dengan persentase 100%.",
  ]),
  ...narasi(null, S.penatausahaanBmd[0], "hambatan", [
    "Pengurus barang belum maksimal dalam menyediakan sebagian kebutuhan kantor (ATK).",
    "Inventarisasi barang milik daerah masih belum maksimal.",
  ]),
  ...narasi(null, S.penatausahaanBmd[0], "solusi", [
    "Tetap memaksimalkan anggaran yang tersedia dalam melaksanakan program/kegiatan.",
    "Melakukan inventarisasi kebutuhan barang milik daerah pada setiap ruangan, persediaan setiap triwulan.",
  ]),
  ...narasi(null, S.adminPegawai[0], "uraian_kegiatan", [
    "Target dari sub kegiatan ini adalah laporan data administrasi kepegawaian. Tidak di temukan masalah didalam pelaksanaan sub kegiatan ini.",
  ]),
  ...narasi(null, K.kepegawaian[0], "hambatan", [
    "Kurangnya kesadaran ASN dalam melengkapi administrasi kepegawaiannya",
  ]),
  ...narasi(null, K.kepegawaian[0], "solusi", [
    "Melakukan tertib administrasi terhadap dokumen-dokumen ASN setiap triwulan",
  ]),
  ...narasi(null, K.umum[0], "hambatan", [
    "Untuk belanja surat kabar yang disediakan hanya berapa jenis akan tetapi masih ada beberapa koran lokal yang harus di bayarkan pada momen tertentu atau perayaan-perayaan besar",
  ]),
  ...narasi(null, K.umum[0], "solusi", [
    "Tetap memaksimalkan anggaran yang tersedia dalam melaksanakan program/kegiatan.",
    "Selalu memaksimalkan koordinasi dengan stakeholder.",
  ]),
  ...narasi(null, K.umum[0], "faktor_pendukung", [
    "Adapun hal yang mempengaruhi keberhasilan capaian indikator tersebut yaitu koordinasi dan komunikasi yang baik antar pimpinan dan staf",
  ]),
  ...narasi(null, K.pengadaan[0], "uraian_kegiatan", [
    "Target dari sub kegiatan ini adalah tersedianya peralatan kantor demi kelancaran tugas dan fungsi dalam memberikan pelayanan. Tidak di temukan masalah didalam pelaksanaan sub kegiatan ini.",
  ]),
  ...narasi(null, K.jasa[0], "hambatan", [
    "Untuk penyediaan jasa komponen instalasi Listrik dan air anggarannya tidak tetap dikarenakan jumlah yang dibayarkan bervariasi",
    "Belum adanya sinkronisasi antara kebutuhan dan pembagian anggaran keuangan.",
  ]),
  ...narasi(null, K.jasa[0], "solusi", [
    "Tetap memaksimalkan anggaran yang tersedia dalam melaksanakan program/kegiatan.",
    "Melakukan inventarisasi kebutuhan barang milik daerah pada setiap ruangan, persediaan setiap triwulan.",
    "Melakukan sinkronisasi antara kebutuhan dengan perencanaan kegiatan.",
  ]),
  ...narasi(null, K.pemeliharaan[0], "hambatan", [
    "Belum adanya sinkronisasi antara kebutuhan dan pembagian anggaran keuangan",
  ]),
  ...narasi(null, K.pemeliharaan[0], "solusi", [
    "Tetap memaksimalkan anggaran yang tersedia dalam melaksanakan program/kegiatan.",
    "Melakukan sinkronisasi antara kebutuhan dengan perencanaan kegiatan.",
  ]),
  ...narasi(null, P01, "faktor_pendukung", [
    "Adapun hal yang mempengaruhi keberhasilan capaian indikator tersebut yaitu pada umumnya kegiatan yang ada pada program Penunjang Urusan Pemerintah Daerah berjalan dengan baik.",
  ]),
];

// BAB IV Penutup
const narasiPenutup = [
  ...narasi(null, null, "kendala", [
    "Kurangnya kompetensi SDM aparatur dalam menjalankan tugas dan fungsinya masing-masing sehingga beban kerja menumpuk di beberapa orang saja",
    "Keterbatasan data. Data dan informasi yang diperlukan dalam penyusunan LAKIP baik data internal maupun eksternal masih sangat terbatas.",
    "Belum samanya pemahaman mengenai materi LAKIP bagi pelaksana kegiatan sehingga dalam penentuan Rencana Kinerja terutama penetapan indikator kinerja masing-masing kegiatan belum sesuai dengan definisi yang diuraikan dalam Pedoman Penyusunan LAKIP (Permenpan Nomor 53 Tahun 2014 tentang Juknis PK, Pelaporan Kinerja, dan Tata Cara Reviu Atas LKIP). Pada umumnya pelaksana kegiatan masih kesulitan dalam menentukan target indikator outcomes secara kuantitatif.",
    "Pengembangan kelembagaan pada umumnya belum dilaksanakan secara optimal sehingga masyarakat yang ikut serta dalam pelaksanaan kegiatan hanya aktif pada masa-masa tertentu saja selama kegiatan itu berjalan (ada anggaran).",
  ]),
  ...narasi(null, null, "langkah_antisipatif", [
    "Menyusun perbaikan instrumen evaluasi khususnya pelayanan publik agar dapat menyesuaikan dengan perubahan situasi dan kondisi terkini",
    "Terus melakukan monitoring dan evaluasi atas program yang berjalan, agar program dapat berjalan dengan baik, sesuai dengan target yang diharapkan;",
    "Melakukan review terhadap target yang telah ditetapkan sebelumnya, agar capaian yang telah dihasilkan pada Tahun 2024 dapat menjadi bahan pertimbangan untuk penetapan perjanjian kinerja Tahun 2025;",
    "Langkah-langkah antisipatif dalam upaya memecahkan masalah terutama lebih ditingkatkan koordinasi baik pada tingkat kabupaten maupun instansi terkait dan masyarakat dalam penyelenggaraan pemerintahan umum sesuai dengan tugas pokok dan fungsi Kecamatan.",
    "Melakukan kajian-kajian perencanaan yang lebih akurat.",
    "Mengintensifkan koordinasi internal program dan kegiatan.",
    "Meningkatkan monitoring dan evaluasi terhadap perjanjian kinerja secara berjenjang.",
    "Meningkatkan kapasitas dan kemampuan sumber daya manusia melalui bimtek/diklat.",
    "Menyiapkan sarana dan prasarana yang memadai.",
    "Memaksimalkan kinerja dan pelayanan dengan sumber daya manusia yang terbatas.",
  ]),
];

// ---------------------------------------------------------------------------------------------
// The dataset
// ---------------------------------------------------------------------------------------------

/** Kecamatan Malili 2024 as the reference LAKIP states it, resolved where it contradicts itself (NOTES.md). */
export const malili2024: SeedDataset = {
  pemda: {
    kode: "luwu-timur",
    nama: "Kabupaten Luwu Timur",
    jenis: "kabupaten",
    rpjmd: {
      tahunAwal: 2021,
      tahunAkhir: 2026,
      visi: "Luwu Timur Berkelanjutan dan Lebih Maju Berlandaskan Nilai Agama dan Budaya",
      misi: [
        { nomor: 1, uraian: "Meningkatkan kesejahteraan dan taraf hidup masyarakat secara menyeluruh" },
        { nomor: 2, uraian: "Mengembangkan ekonomi daerah yang berdaya saing dan berjangkauan luas" },
        { nomor: 3, uraian: "Menyediakan infrastruktur daerah yang memadai dan lingkungan yang berkualitas" },
        { nomor: 4, uraian: "Menciptakan pemerintahan dan pelayanan publik yang lebih baik" },
        { nomor: 5, uraian: "Mewujudkan ketentraman dan ketertiban bagi seluruh warga masyarakat" },
        { nomor: 6, uraian: "Menjamin keberlangsungan pembangunan yang berbasis pada agama dan budaya" },
      ],
      tujuan: [
        { kode: "M4.T1", misiNomor: 4, uraian: "Meningkatnya Kualitas Pelayanan Publik" },
        { kode: "M4.T2", misiNomor: 4, uraian: "Meningkatnya Akuntabilitas Kinerja dan Keuangan" },
      ],
      sasaran: [],
    },
    opdLain: [
      { kode: "burau", nama: "Kecamatan Burau", jenis: "kecamatan" },
      { kode: "wotu", nama: "Kecamatan Wotu", jenis: "kecamatan" },
      { kode: "tomoni", nama: "Kecamatan Tomoni", jenis: "kecamatan" },
      { kode: "tomoni-timur", nama: "Kecamatan Tomoni Timur", jenis: "kecamatan" },
      { kode: "angkona", nama: "Kecamatan Angkona", jenis: "kecamatan" },
      { kode: "kalaena", nama: "Kecamatan Kalaena", jenis: "kecamatan" },
      { kode: "mangkutana", nama: "Kecamatan Mangkutana", jenis: "kecamatan" },
      { kode: "nuha", nama: "Kecamatan Nuha", jenis: "kecamatan" },
      { kode: "towuti", nama: "Kecamatan Towuti", jenis: "kecamatan" },
      { kode: "wasuponda", nama: "Kecamatan Wasuponda", jenis: "kecamatan" },
      { kode: "inspektorat", nama: "Inspektorat Kabupaten Luwu Timur", jenis: "inspektorat" },
    ],
  },

  opd: {
    kode: "malili",
    nama: "Kecamatan Malili",
    jenis: "kecamatan",
    alamat: null,
    pimpinan: { nama: "NASIR, SP., M.Si", jabatan: "Camat Malili", nip: "198111162010011015" },

    // Table 3.7 (ANJAB/ABK): kebutuhan struktural / pelaksana per position
    units: [
      {
        kode: "camat",
        nama: "Camat",
        jenis: "pimpinan",
        indukKode: null,
        kebutuhanStruktural: 1,
        kebutuhanPelaksana: 0,
      },
      {
        kode: "sekretariat",
        nama: "Sekretariat",
        jenis: "sekretariat",
        indukKode: "camat",
        kebutuhanStruktural: 1,
        kebutuhanPelaksana: 0,
      },
      {
        kode: "subbag-perencanaan",
        nama: "Subbagian Perencanaan dan Kepegawaian",
        jenis: "subbagian",
        indukKode: "sekretariat",
        kebutuhanStruktural: 1,
        kebutuhanPelaksana: 4,
      },
      {
        kode: "subbag-umum",
        nama: "Subbagian Umum dan Keuangan",
        jenis: "subbagian",
        indukKode: "sekretariat",
        kebutuhanStruktural: 1,
        kebutuhanPelaksana: 4,
      },
      {
        kode: "seksi-pemerintahan",
        nama: "Seksi Pemerintahan",
        jenis: "seksi",
        indukKode: "camat",
        kebutuhanStruktural: 1,
        kebutuhanPelaksana: 3,
      },
      {
        kode: "seksi-pmd",
        nama: "Seksi Pemberdayaan Masyarakat Desa",
        jenis: "seksi",
        indukKode: "camat",
        kebutuhanStruktural: 1,
        kebutuhanPelaksana: 3,
      },
      {
        kode: "seksi-trantib",
        nama: "Seksi Ketentraman dan Ketertiban Umum",
        jenis: "seksi",
        indukKode: "camat",
        kebutuhanStruktural: 1,
        kebutuhanPelaksana: 5,
      },
      {
        kode: "seksi-pelayanan",
        nama: "Seksi Pelayanan Umum",
        jenis: "seksi",
        indukKode: "camat",
        kebutuhanStruktural: 1,
        kebutuhanPelaksana: 3,
      },
    ],

    pegawai,

    wilayah: [
      {
        kode: "malili",
        nama: "Malili",
        jenis: "kecamatan",
        indukKode: null,
        luasKm2: "830.379",
        jumlahDusun: 52,
        jumlahRt: 139,
        penduduk: [
          { tahun: 2024, lakiLaki: 23712, perempuan: 22141, sumber: "Laporan Penduduk Per Desember 2024" },
        ],
      },
      ...(
        [
          ["kel-malili", "Malili", "kelurahan"],
          ["baruga", "Baruga", "desa"],
          ["balantang", "Balantang", "desa"],
          ["wewangriu", "Wewangriu", "desa"],
          ["laskap", "Laskap", "desa"],
          ["pongkeru", "Pongkeru", "desa"],
          ["harapan", "Harapan", "desa"],
          ["pasi-pasi", "Pasi-pasi", "desa"],
          ["puncak-indah", "Puncak Indah", "desa"],
          ["ussu", "Ussu", "desa"],
          ["atue", "Atue", "desa"],
          ["manurung", "Manurung", "desa"],
          ["tarabbi", "Tarabbi", "desa"],
          ["lakawali", "Lakawali", "desa"],
          ["lakawali-pantai", "Lakawali Pantai", "desa"],
        ] as const
      ).map(([kode, nama, jenis]) => ({
        kode,
        nama,
        jenis,
        indukKode: "malili",
        luasKm2: null,
        jumlahDusun: null,
        jumlahRt: null,
        penduduk: [],
      })),
    ],

    renstra: {
      tahunAwal: 2021,
      tahunAkhir: 2026,
      nama: "Rencana Strategis Kecamatan Malili Tahun 2021-2026",
      tujuan: [
        {
          kode: "T1",
          uraian:
            "Meningkatkan kapasitas pelayanan publik dalam penyelenggaraan urusan pemerintahan kecamatan Malili",
          rpjmdTujuanKode: "M4.T1",
          indikator: [indikatorTingkatPertumbuhanIkm],
          sasaran: [
            {
              kode: SASARAN_1,
              uraian:
                "Meningkatnya Kemampuan Pelayanan Publik Penyelenggaraan Urusan Pemerintahan Kecamatan Malili",
              rpjmdSasaranKode: null,
              indikator: [indikatorIkm],
            },
          ],
        },
        {
          kode: "T2",
          uraian:
            "Meningkatkan akuntabilitas kinerja dan keuangan penyelenggaraan pemerintahan daerah tingkat kecamatan",
          rpjmdTujuanKode: "M4.T2",
          indikator: [],
          sasaran: [
            {
              kode: SASARAN_2,
              uraian:
                "Meningkatnya Capaian Kinerja dan Keuangan Penyelenggaraan Urusan Pemerintahan Kecamatan Malili",
              rpjmdSasaranKode: null,
              indikator: [indikatorNilaiLakip, indikatorCapaianPenunjang],
            },
          ],
        },
      ],
    },

    dpa: [
      { tahun: TAHUN, jenis: "murni", nomor: null, tanggalPengesahan: null, program: dpaMurni },
      { tahun: TAHUN, jenis: "perubahan", nomor: null, tanggalPengesahan: null, program: dpaPerubahan },
    ],

    // Table 2.1
    pk: [
      {
        tahun: TAHUN,
        dpaJenis: "perubahan",
        tingkat: "pimpinan_opd",
        unitKode: "camat",
        pihakPertama: { nama: "NASIR, SP., M.Si", jabatan: "Camat Malili", nip: "198111162010011015" },
        pihakKedua: { nama: "(nama Bupati)", jabatan: "Bupati Luwu Timur", nip: null },
        tanggal: null,
        tempat: "Malili",
        indikator: [
          { indikatorKode: indikatorIkm.kode, target: "93.05" },
          { indikatorKode: indikatorNilaiLakip.kode, target: "66" },
        ],
        program: [
          { kode: P01, anggaran: "4002116211", keterangan: "APBD" },
          { kode: P02, anggaran: "4271900", keterangan: "APBD" },
          { kode: P03, anggaran: "336840350", keterangan: "APBD" },
          // printed as 14.088.150 (the figure of its first kegiatan); Table 3.8 has 18.859.150
          { kode: P04, anggaran: "14088150", keterangan: "APBD" },
          { kode: P05, anggaran: "62445839", keterangan: "APBD" },
          { kode: P06, anggaran: "20666500", keterangan: "APBD" },
        ],
        rencanaAksi: [],
      },
    ],

    narasi: [
      ...narasiKataPengantar,
      ...narasiGambaranUmum,
      ...narasiPeranOrganisasi,
      ...narasiIsuStrategis,
      ...narasiSasaran1,
      ...narasiProgramSasaran1,
      ...narasiSasaran2,
      ...narasiProgramSasaran2,
      ...narasiPenutup,
    ],

    // Nilai LAKIP history (Table 3.5); the predikat letters are derived by the system
    evaluasi: [
      { tahun: 2020, nilai: "42.31", tanggalLhe: null, catatan: "Tabel 3.5 LAKIP 2024" },
      { tahun: 2021, nilai: "53.28", tanggalLhe: null, catatan: "Tabel 3.5 LAKIP 2024" },
      { tahun: 2022, nilai: "66.65", tanggalLhe: null, catatan: "Tabel 3.5 LAKIP 2024" },
      { tahun: 2023, nilai: "66", tanggalLhe: null, catatan: "Tabel 3.4–3.6 LAKIP 2024" },
    ],

    // Section 3.3: follow-up of the recommendations of the 2023 evaluation
    rekomendasi: [
      {
        tahunEvaluasi: 2023,
        nomor: 1,
        uraian: "Agar mempublikasikan dokumen perencanaan kinerja tepat waktu setelah diformalkan",
        rencanaAksi:
          "Telah diinformasikan ke bagian PPID Kecamatan agar segera mempublis setelah Lakip disusun dan di tandatangani oleh Camat",
        penanggungJawab: null,
        tenggat: null,
        status: "proses",
        progres: "Akan diproses oleh admin PPID",
      },
      {
        tahunEvaluasi: 2023,
        nomor: 2,
        uraian: "Agar menyusun jadwal monitoring",
        rencanaAksi:
          "Telah dilaksanakan monitoring setiap triwulan akan tetapi belum ada jadwal tetap yang dibuat",
        penanggungJawab: null,
        tenggat: null,
        status: "proses",
        progres: "Monev minggu kedua setelah triwulan berakhir",
      },
      {
        tahunEvaluasi: 2023,
        nomor: 3,
        uraian: "Agar menjelaskan definisi operasional",
        rencanaAksi: "Belum dibuat penjelasan tersebut",
        penanggungJawab: null,
        tenggat: null,
        status: "belum",
        progres: "Selanjutnya akan ditindaklanjuti",
      },
      {
        tahunEvaluasi: 2023,
        nomor: 4,
        uraian: "Agar menselaraskan PK dengan Pohon Kinerja",
        rencanaAksi: "Belum dilakukan karena belum memahami teknis penyusunannya",
        penanggungJawab: null,
        tenggat: null,
        status: "belum",
        progres: "Akan ditindaklanjuti segera",
      },
      {
        tahunEvaluasi: 2023,
        nomor: 5,
        uraian: "Agar melengkapi perjanjian kinerja dengan CSF serta jelaskan kondisi yang diinginkan",
        rencanaAksi:
          "Telah melakukan perbaikan pada Perjanjian Kinerja akan tetapi belum membuat CSF dikarenakan belum memahami teknis penyusunan CSF",
        penanggungJawab: null,
        tenggat: null,
        status: "proses",
        progres: "Selanjutnya akan ditindaklanjuti segera",
      },
      {
        tahunEvaluasi: 2023,
        nomor: 6,
        uraian: "Gambarkan secara jelas hubungan rencana strategis dan misi dalam renstra",
        rencanaAksi: "Akan dilakukan perbaikan pada saat penyusunan renstra yang terbaru",
        penanggungJawab: null,
        tenggat: null,
        status: "belum",
        progres: "Akan ditindaklanjuti oleh kasubag perencana",
      },
      {
        tahunEvaluasi: 2023,
        nomor: 7,
        uraian: "Sesuaikan SKP dengan Pohon Kinerja",
        rencanaAksi: "Telah dilakukan penyesuaian pada saat penginputan RHK SKP Tahun berikutnya",
        penanggungJawab: null,
        tenggat: null,
        status: "selesai",
        progres: "Ditindaklanjuti oleh masing-masing pejabat eselon",
      },
      {
        tahunEvaluasi: 2023,
        nomor: 8,
        uraian: "Membuat Perkada tentang TPP, Mekanisme Pembayaran TPP (Aplikasi)",
        rencanaAksi:
          "Perkada TPP diterbitkan oleh bagian Organisasi dan menjadi acuan di Kecamatan Malili begitupun dengan mekanisme pembayaran TPP melalui aplikasi",
        penanggungJawab: null,
        tenggat: null,
        status: "selesai",
        progres: "Telah ditindaklanjuti di sub bagian Keuangan",
      },
      {
        tahunEvaluasi: 2023,
        nomor: 9,
        uraian:
          "Agar semua pegawai memahami dan peduli atas hasil pengukuran kinerja dan berkomitmen untuk meningkatkan kinerja",
        rencanaAksi:
          "Telah disampaikan secara lisan dan tertulis kepada semua pegawai di kantor kecamatan malili untuk menjadi perhatian bersama",
        penanggungJawab: null,
        tenggat: null,
        status: "selesai",
        progres: "Membuat PK serta laporan capaian kinerja setiap bulan",
      },
      {
        tahunEvaluasi: 2023,
        nomor: 10,
        uraian:
          "Agar setiap seksi dan sub bagian membuat laporan kinerja yang memuat terkait capaian kinerja yang telah diperjanjikan, faktor pendukung dan penghambat, dan efisiensi yang dilakukan selanjutnya dievaluasi secara berjenjang dan disampaikan kepada sub bagian perencana untuk disusun menjadi Lakip Unit Kerja",
        rencanaAksi: "Telah dilakukan evaluasi berjenjang serta pelaporan kinerja",
        penanggungJawab: null,
        tenggat: null,
        status: "selesai",
        progres:
          "Masing-masing Seksi dan Kasubag telah membuat Laporan Evaluasi setiap triwulan yang kemudian di evaluasi",
      },
      {
        tahunEvaluasi: 2023,
        nomor: 11,
        uraian: "Agar Dokumen Laporan Kinerja menginfokan perbandingan realisasi kinerja yang memadai",
        rencanaAksi: "Telah ditindaklanjuti dan di jelaskan dalam laporan evaluasi triwulan serta Lakip",
        penanggungJawab: null,
        tenggat: null,
        status: "selesai",
        progres: "Membuat Laporan Evaluasi kinerja triwulan dan Lakip",
      },
      {
        tahunEvaluasi: 2023,
        nomor: 12,
        uraian:
          "Agar Informasi dalam Laporan Kinerja berkala digunakan dalam penyesuaian aktifitas untuk mencapai kinerja dan evaluasi pencapaian keberhasilan kinerja",
        rencanaAksi: "Telah ditindaklanjuti",
        penanggungJawab: null,
        tenggat: null,
        status: "selesai",
        progres: "Masing-masing Kasi/kasubag membuat laporan evaluasi kinerja sesuai",
      },
      {
        tahunEvaluasi: 2023,
        nomor: 13,
        uraian:
          "Agar melakukan sosialisasi kepada seluruh pegawai pada unit kerja dokumen Lakip sehingga mereka memahami informasi dalam laporan kinerja menjadi kepedulian seluruh pegawai dari level eselon III sampai pada level staf",
        rencanaAksi:
          "Untuk sosialisasi belum dilakukan akan tetapi Dokumen Lakip yang disusun serta hasil LHE Lakip di infokan ke seluruh pegawai pada kantor kecamatan melalui grup whatsapp kantor kecamatan",
        penanggungJawab: null,
        tenggat: null,
        status: "proses",
        progres: "Akan dilakukan sosialisasi selanjutnya",
      },
      {
        tahunEvaluasi: 2023,
        nomor: 14,
        uraian:
          "Hasil evaluasi Akuntabilitas kinerja internal dimanfaatkan untuk perbaikan dan peningkatan akuntabilitas kinerja dan dimanfaatkan dalam mendukung efektifitas dan efisiensi kinerja",
        rencanaAksi:
          "Ditindaklanjuti dalam hal menjadikan pedoman dalam pencapaian target kinerja setiap pelaksanaan kegiatan di kantor camat",
        penanggungJawab: null,
        tenggat: null,
        status: "selesai",
        progres:
          "Seluruh pejabat eselon melaksanakan kegiatan telah melakukan perbaikan sesuai hasil evaluasi",
      },
    ],

    // Issue 5: the SKM at the counter; the survey period itself is created by the loader for the current year.
    survei: {
      unitLayanan: [{ kode: "loket-pelayanan-malili", nama: "Loket Pelayanan Kantor Camat Malili" }],
      jenisLayanan: [
        { kode: "ktp", nama: "Kartu Tanda Penduduk (KTP)" },
        { kode: "kk", nama: "Kartu Keluarga (KK)" },
        { kode: "surat-pindah", nama: "Surat Pindah" },
        { kode: "surat-rekomendasi", nama: "Surat Rekomendasi" },
        { kode: "legalisasi", nama: "Legalisasi" },
      ],
      indikatorIkmKode: "S1.I1",
    },
  },
};

-- Master nomenclature for bidang urusan 7.01 (Kecamatan), version Kepmendagri 900.1.15.5-1317/2023
-- (4-digit sub kegiatan, in force from 2023-06-23). Source: regulations.md §5.3, compiled from 2024–2026
-- Renstra/Renja datasets; indicator and satuan strings are those used by pemda, which follow the
-- Kepmendagri metadata closely but are not guaranteed verbatim. Not exhaustive: a pemda loads the full
-- master from its SIPD export. Rows marked "seed" below are codes the Malili 2024 demo data needed that
-- §5.3 does not list; their numbers were inferred and must be checked against the official lampiran.

INSERT INTO nomenklatur_versi (kode, nama, berlaku_mulai, digit_sub)
VALUES ('kepmendagri-900.1.15.5-1317-2023',
        'Kepmendagri Nomor 900.1.15.5-1317 Tahun 2023 tentang Perubahan atas Keputusan Menteri Dalam Negeri '
        'Nomor 050-5889 Tahun 2021 tentang Hasil Verifikasi, Validasi, dan Inventarisasi Pemutakhiran '
        'Klasifikasi, Kodefikasi, dan Nomenklatur Perencanaan Pembangunan dan Keuangan Daerah',
        DATE '2023-06-23', 4);

INSERT INTO nomenklatur (versi_id, kode, tingkat, kode_induk, nama, indikator, satuan)
SELECT v.id, x.kode, x.tingkat, x.induk, x.nama, x.indikator, x.satuan
FROM nomenklatur_versi v,
(VALUES
  ('7', 'urusan', NULL, 'Unsur Kewilayahan', NULL, NULL),
  ('7.01', 'bidang', '7', 'Kecamatan', NULL, NULL),

  -- Programs
  ('7.01.01', 'program', '7.01', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', NULL, NULL),
  ('7.01.02', 'program', '7.01', 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', NULL, NULL),
  ('7.01.03', 'program', '7.01', 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', NULL, NULL),
  ('7.01.04', 'program', '7.01', 'Program Koordinasi Ketentraman dan Ketertiban Umum', NULL, NULL),
  ('7.01.05', 'program', '7.01', 'Program Penyelenggaraan Urusan Pemerintahan Umum', NULL, NULL),
  ('7.01.06', 'program', '7.01', 'Program Pembinaan dan Pengawasan Pemerintahan Desa', NULL, NULL),

  -- 7.01.01 Program Penunjang
  ('7.01.01.2.01', 'kegiatan', '7.01.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', NULL, NULL),
  ('7.01.01.2.01.0001', 'sub_kegiatan', '7.01.01.2.01', 'Penyusunan Dokumen Perencanaan Perangkat Daerah',
    'Jumlah Dokumen Perencanaan Perangkat Daerah', 'Dokumen'),
  ('7.01.01.2.01.0002', 'sub_kegiatan', '7.01.01.2.01', 'Koordinasi dan Penyusunan Dokumen RKA-SKPD',
    'Jumlah Dokumen RKA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen RKA-SKPD', 'Dokumen'),
  ('7.01.01.2.01.0003', 'sub_kegiatan', '7.01.01.2.01', 'Koordinasi dan Penyusunan Dokumen Perubahan RKA-SKPD',
    'Jumlah Dokumen Perubahan RKA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen Perubahan RKA-SKPD', 'Dokumen'),
  ('7.01.01.2.01.0004', 'sub_kegiatan', '7.01.01.2.01', 'Koordinasi dan Penyusunan DPA-SKPD',
    'Jumlah Dokumen DPA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen DPA-SKPD', 'Dokumen'),
  ('7.01.01.2.01.0005', 'sub_kegiatan', '7.01.01.2.01', 'Koordinasi dan Penyusunan Perubahan DPA-SKPD',
    'Jumlah Dokumen Perubahan DPA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen Perubahan DPA-SKPD', 'Dokumen'),
  ('7.01.01.2.01.0006', 'sub_kegiatan', '7.01.01.2.01',
    'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
    'Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
    'Laporan'),
  ('7.01.01.2.01.0007', 'sub_kegiatan', '7.01.01.2.01', 'Evaluasi Kinerja Perangkat Daerah',
    'Jumlah Laporan Evaluasi Kinerja Perangkat Daerah', 'Laporan'),
  ('7.01.01.2.02', 'kegiatan', '7.01.01', 'Administrasi Keuangan Perangkat Daerah', NULL, NULL),
  ('7.01.01.2.02.0001', 'sub_kegiatan', '7.01.01.2.02', 'Penyediaan Gaji dan Tunjangan ASN',
    'Jumlah Orang yang Menerima Gaji dan Tunjangan ASN', 'Orang/bulan'),
  ('7.01.01.2.02.0002', 'sub_kegiatan', '7.01.01.2.02', 'Penyediaan Administrasi Pelaksanaan Tugas ASN',
    'Jumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN', 'Dokumen'),
  ('7.01.01.2.02.0003', 'sub_kegiatan', '7.01.01.2.02', 'Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD',
    NULL, NULL),
  ('7.01.01.2.02.0004', 'sub_kegiatan', '7.01.01.2.02', 'Koordinasi dan Pelaksanaan Akuntansi SKPD', NULL, NULL),
  ('7.01.01.2.02.0005', 'sub_kegiatan', '7.01.01.2.02', 'Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD',
    'Jumlah Laporan Keuangan Akhir Tahun SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Keuangan Akhir Tahun SKPD',
    'Laporan'),
  ('7.01.01.2.02.0007', 'sub_kegiatan', '7.01.01.2.02',
    'Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD',
    'Jumlah Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD dan Laporan Koordinasi Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD',
    'Laporan'),
  ('7.01.01.2.03', 'kegiatan', '7.01.01', 'Administrasi Barang Milik Daerah pada Perangkat Daerah', NULL, NULL),
  ('7.01.01.2.03.0006', 'sub_kegiatan', '7.01.01.2.03', 'Penatausahaan Barang Milik Daerah pada SKPD',
    'Jumlah Laporan Penatausahaan Barang Milik Daerah pada SKPD', 'Laporan'),
  ('7.01.01.2.05', 'kegiatan', '7.01.01', 'Administrasi Kepegawaian Perangkat Daerah', NULL, NULL),
  ('7.01.01.2.05.0002', 'sub_kegiatan', '7.01.01.2.05', 'Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya',
    'Jumlah Paket Pakaian Dinas beserta Atribut Kelengkapan', 'Paket'),
  ('7.01.01.2.05.0005', 'sub_kegiatan', '7.01.01.2.05', 'Monitoring, Evaluasi, dan Penilaian Kinerja Pegawai',
    'Jumlah Dokumen Monitoring, Evaluasi, dan Penilaian Kinerja Pegawai', 'Dokumen'),
  ('7.01.01.2.05.0009', 'sub_kegiatan', '7.01.01.2.05', 'Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi',
    NULL, NULL),
  ('7.01.01.2.06', 'kegiatan', '7.01.01', 'Administrasi Umum Perangkat Daerah', NULL, NULL),
  ('7.01.01.2.06.0001', 'sub_kegiatan', '7.01.01.2.06', 'Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor',
    'Jumlah Paket Komponen Instalasi Listrik/Penerangan Bangunan Kantor yang Disediakan', 'Paket'),
  ('7.01.01.2.06.0003', 'sub_kegiatan', '7.01.01.2.06', 'Penyediaan Peralatan Rumah Tangga',
    'Jumlah Paket Peralatan Rumah Tangga yang Disediakan', 'Paket'),
  ('7.01.01.2.06.0004', 'sub_kegiatan', '7.01.01.2.06', 'Penyediaan Bahan Logistik Kantor',
    'Jumlah Paket Bahan Logistik Kantor yang Disediakan', 'Paket'),
  ('7.01.01.2.06.0005', 'sub_kegiatan', '7.01.01.2.06', 'Penyediaan Barang Cetakan dan Penggandaan',
    'Jumlah Paket Barang Cetakan dan Penggandaan yang Disediakan', 'Paket'),
  ('7.01.01.2.06.0006', 'sub_kegiatan', '7.01.01.2.06', 'Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan',
    'Jumlah Dokumen Bahan Bacaan dan Peraturan Perundang-Undangan yang Disediakan', 'Dokumen'),
  ('7.01.01.2.06.0008', 'sub_kegiatan', '7.01.01.2.06', 'Fasilitasi Kunjungan Tamu',
    'Jumlah Laporan Fasilitasi Kunjungan Tamu', 'Laporan'),
  ('7.01.01.2.06.0009', 'sub_kegiatan', '7.01.01.2.06', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
    'Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 'Laporan'),
  ('7.01.01.2.06.0011', 'sub_kegiatan', '7.01.01.2.06', 'Dukungan Pelaksanaan Sistem Pemerintahan Berbasis Elektronik pada SKPD',
    'Jumlah Dokumen Dukungan Pelaksanaan Sistem Pemerintahan Berbasis Elektronik pada SKPD', 'Dokumen'),
  ('7.01.01.2.07', 'kegiatan', '7.01.01', 'Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah', NULL, NULL),
  ('7.01.01.2.07.0002', 'sub_kegiatan', '7.01.01.2.07', 'Pengadaan Kendaraan Dinas Operasional atau Lapangan',
    'Jumlah Unit Kendaraan Dinas Operasional atau Lapangan yang Disediakan', 'Unit'),
  ('7.01.01.2.07.0005', 'sub_kegiatan', '7.01.01.2.07', 'Pengadaan Mebel',
    'Jumlah Paket Mebel yang Disediakan', 'Paket'),
  ('7.01.01.2.07.0006', 'sub_kegiatan', '7.01.01.2.07', 'Pengadaan Peralatan dan Mesin Lainnya',
    'Jumlah Unit Peralatan dan Mesin Lainnya yang Disediakan', 'Unit'),
  ('7.01.01.2.07.0011', 'sub_kegiatan', '7.01.01.2.07',
    'Pengadaan Sarana dan Prasarana Pendukung Gedung Kantor atau Bangunan Lainnya',
    'Jumlah Unit Sarana dan Prasarana Pendukung Gedung Kantor atau Bangunan Lainnya yang Disediakan', 'Unit'),
  ('7.01.01.2.08', 'kegiatan', '7.01.01', 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', NULL, NULL),
  ('7.01.01.2.08.0001', 'sub_kegiatan', '7.01.01.2.08', 'Penyediaan Jasa Surat Menyurat',
    'Jumlah Laporan Penyediaan Jasa Surat Menyurat', 'Laporan'),
  ('7.01.01.2.08.0002', 'sub_kegiatan', '7.01.01.2.08', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik',
    'Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan', 'Laporan'),
  ('7.01.01.2.08.0004', 'sub_kegiatan', '7.01.01.2.08', 'Penyediaan Jasa Pelayanan Umum Kantor',
    'Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang Disediakan', 'Laporan'),
  ('7.01.01.2.09', 'kegiatan', '7.01.01', 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', NULL, NULL),
  ('7.01.01.2.09.0001', 'sub_kegiatan', '7.01.01.2.09',
    'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan',
    'Jumlah Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Dipelihara dan dibayarkan Pajaknya', 'Unit'),
  ('7.01.01.2.09.0002', 'sub_kegiatan', '7.01.01.2.09',
    'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan',
    'Jumlah Kendaraan Dinas Operasional atau Lapangan yang Dipelihara dan dibayarkan Pajak dan Perizinannya', 'Unit'),
  ('7.01.01.2.09.0006', 'sub_kegiatan', '7.01.01.2.09', 'Pemeliharaan Peralatan dan Mesin Lainnya',
    'Jumlah Peralatan dan Mesin Lainnya yang Dipelihara', 'Unit'),
  ('7.01.01.2.09.0009', 'sub_kegiatan', '7.01.01.2.09', 'Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya',
    'Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi', 'Unit'),
  ('7.01.01.2.09.0010', 'sub_kegiatan', '7.01.01.2.09',
    'Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya',
    'Jumlah Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya yang Dipelihara/Direhabilitasi', 'Unit'),
  ('7.01.01.2.09.0011', 'sub_kegiatan', '7.01.01.2.09',
    'Pemeliharaan/Rehabilitasi Sarana dan Prasarana Pendukung Gedung Kantor atau Bangunan Lainnya',
    'Jumlah Sarana dan Prasarana Pendukung Gedung Kantor atau Bangunan Lainnya yang Dipelihara/Direhabilitasi', 'Unit'),

  -- 7.01.02 Penyelenggaraan Pemerintahan dan Pelayanan Publik
  ('7.01.02.2.01', 'kegiatan', '7.01.02', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', NULL, NULL),
  ('7.01.02.2.01.0001', 'sub_kegiatan', '7.01.02.2.01',
    'Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah dan Instansi Vertikal Terkait',
    'Jumlah Laporan Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan PD dan Instansi Vertikal Terkait',
    'Laporan'),
  ('7.01.02.2.01.0002', 'sub_kegiatan', '7.01.02.2.01', 'Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan',
    'Jumlah Dokumen Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan', 'Dokumen'),
  ('7.01.02.2.02', 'kegiatan', '7.01.02',
    'Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan',
    NULL, NULL),
  ('7.01.02.2.02.0001', 'sub_kegiatan', '7.01.02.2.02', 'Perencanaan Kegiatan Pelayanan kepada Masyarakat di Kecamatan',
    'Jumlah Dokumen Perencanaan Kegiatan Pelayanan Kepada Masyarakat di Kecamatan', 'Dokumen'),
  ('7.01.02.2.02.0002', 'sub_kegiatan', '7.01.02.2.02',
    'Fasilitasi Percepatan Pencapaian Standar Pelayanan Minimal di Wilayah Kecamatan',
    'Jumlah Laporan Fasilitasi Percepatan Pencapaian SPM di Wilayah Kecamatan', 'Laporan'),
  ('7.01.02.2.02.0003', 'sub_kegiatan', '7.01.02.2.02',
    'Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan',
    'Jumlah Laporan Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan', 'Laporan'),
  ('7.01.02.2.04', 'kegiatan', '7.01.02', 'Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat', NULL, NULL),

  -- 7.01.03 Pemberdayaan Masyarakat Desa dan Kelurahan
  ('7.01.03.2.01', 'kegiatan', '7.01.03', 'Koordinasi Kegiatan Pemberdayaan Desa', NULL, NULL),
  ('7.01.03.2.01.0001', 'sub_kegiatan', '7.01.03.2.01',
    'Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa',
    'Jumlah Lembaga Kemasyarakatan yang Berpartisipasi dalam Forum Musyawarah Perencanaan Pembangunan di Desa',
    'Lembaga Kemasyarakatan'),
  ('7.01.03.2.01.0003', 'sub_kegiatan', '7.01.03.2.01',
    'Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan',
    'Jumlah Laporan Peningkatan Efektivitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan', 'Laporan'),
  -- §5.3 marks 7.01.03.2.02 as unverified; the Malili 2024 LKjIP uses it.
  ('7.01.03.2.02', 'kegiatan', '7.01.03', 'Kegiatan Pemberdayaan Kelurahan', NULL, NULL),
  ('7.01.03.2.03', 'kegiatan', '7.01.03', 'Pemberdayaan Lembaga Kemasyarakatan Tingkat Kecamatan', NULL, NULL),
  ('7.01.03.2.03.0002', 'sub_kegiatan', '7.01.03.2.03', 'Peningkatan Kapasitas Lembaga Kemasyarakatan',
    'Jumlah Lembaga Kemasyarakatan yang Ditingkatkan Kapasitasnya', 'Lembaga Kemasyarakatan'),
  ('7.01.03.2.03.0004', 'sub_kegiatan', '7.01.03.2.03', 'Fasilitasi Pengembangan Usaha Ekonomi Masyarakat',
    'Jumlah Laporan Fasilitasi Pengembangan Usaha Ekonomi Masyarakat', 'Laporan'),

  -- 7.01.04 Koordinasi Ketentraman dan Ketertiban Umum
  ('7.01.04.2.01', 'kegiatan', '7.01.04', 'Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum', NULL, NULL),
  ('7.01.04.2.01.0001', 'sub_kegiatan', '7.01.04.2.01',
    'Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal di Wilayah Kecamatan',
    'Jumlah Laporan Hasil Sinergitas dengan POLRI, TNI dan Instansi Vertikal di Wilayah Kecamatan', 'Laporan'),
  -- §5.3 marks 7.01.04.2.02 as unverified; the Malili 2024 LKjIP uses it.
  ('7.01.04.2.02', 'kegiatan', '7.01.04', 'Koordinasi Penerapan dan Penegakan Peraturan Daerah dan Peraturan Kepala Daerah',
    NULL, NULL),

  -- 7.01.05 Penyelenggaraan Urusan Pemerintahan Umum
  ('7.01.05.2.01', 'kegiatan', '7.01.05', 'Penyelenggaraan Urusan Pemerintahan Umum Sesuai Penugasan Kepala Daerah', NULL, NULL),
  ('7.01.05.2.01.0002', 'sub_kegiatan', '7.01.05.2.01',
    'Fasilitasi, Koordinasi dan Pembinaan (Bimtek, Sosialisasi, Konsultasi) Wawasan Kebangsaan dan Ketahanan Nasional',
    NULL, NULL),

  -- 7.01.06 Pembinaan dan Pengawasan Pemerintahan Desa
  ('7.01.06.2.01', 'kegiatan', '7.01.06', 'Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa',
    NULL, NULL),
  ('7.01.06.2.01.0002', 'sub_kegiatan', '7.01.06.2.01', 'Fasilitasi Administrasi Tata Pemerintahan Desa',
    'Jumlah Dokumen yang Difasilitasi dalam rangka Administrasi Tata Pemerintahan Desa', 'Dokumen'),
  ('7.01.06.2.01.0003', 'sub_kegiatan', '7.01.06.2.01', 'Fasilitasi Pengelolaan Keuangan Desa dan Pendayagunaan Aset Desa',
    'Jumlah Dokumen yang Difasilitasi dalam rangka Pengelolaan Keuangan Desa dan Pendayagunaan Aset Desa', 'Dokumen'),
  ('7.01.06.2.01.0006', 'sub_kegiatan', '7.01.06.2.01', 'Fasilitasi Pelaksanaan Pemilihan Kepala Desa',
    'Jumlah Dokumen Fasilitasi dalam rangka Pelaksanaan Pemilihan Kepala Desa', 'Dokumen'),
  ('7.01.06.2.01.0011', 'sub_kegiatan', '7.01.06.2.01', 'Fasilitasi Penyelenggaraan Ketenteraman dan Ketertiban Umum',
    'Jumlah Dokumen Fasilitasi dalam rangka Penyelenggaraan Ketenteraman dan Ketertiban Umum', 'Dokumen'),
  ('7.01.06.2.01.0018', 'sub_kegiatan', '7.01.06.2.01',
    'Koordinasi Pelaksanaan Pembangunan Kawasan Perdesaan di Wilayah Kecamatan',
    'Jumlah Laporan Hasil Koordinasi Pelaksanaan Pembangunan Kawasan Perdesaan di Wilayah Kecamatan', 'Laporan'),

  -- seed: codes the Malili 2024 LKjIP uses that §5.3 does not list (seeds/malili-2024/NOTES.md). Numbers
  -- marked "guess" follow the pattern of neighbouring codes only; replace them from the SIPD master.
  ('7.01.01.2.04', 'kegiatan', '7.01.01', 'Administrasi Pendapatan Daerah Kewenangan Perangkat Daerah', NULL, NULL),
  ('7.01.01.2.04.0007', 'sub_kegiatan', '7.01.01.2.04', 'Pelaporan Pengelolaan Retribusi Daerah', NULL, NULL),
  ('7.01.01.2.05.0003', 'sub_kegiatan', '7.01.01.2.05', 'Pendataan dan Pengolahan Administrasi Kepegawaian', NULL, NULL),
  ('7.01.01.2.05.0011', 'sub_kegiatan', '7.01.01.2.05', 'Bimbingan Teknis Implementasi Peraturan Perundang-Undangan',
    NULL, NULL),
  -- guess
  ('7.01.02.2.04.0001', 'sub_kegiatan', '7.01.02.2.04',
    'Pelaksanaan Urusan Pemerintahan yang Terkait dengan Pelayanan Perizinan Non Usaha', NULL, NULL),
  ('7.01.03.2.02.0003', 'sub_kegiatan', '7.01.03.2.02', 'Pemberdayaan Masyarakat di Kelurahan', NULL, NULL),
  -- guess
  ('7.01.04.2.01.0002', 'sub_kegiatan', '7.01.04.2.01', 'Harmonisasi Hubungan dengan Tokoh Agama dan Tokoh Masyarakat',
    NULL, NULL),
  ('7.01.04.2.02.0001', 'sub_kegiatan', '7.01.04.2.02',
    'Koordinasi/Sinergi dengan Perangkat Daerah yang Tugas dan Fungsinya di Bidang Penegakan Peraturan Perundang-Undangan dan/atau Kepolisian Negara Republik Indonesia',
    NULL, NULL),
  -- guess
  ('7.01.05.2.01.0001', 'sub_kegiatan', '7.01.05.2.01', 'Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan',
    NULL, NULL)
) AS x(kode, tingkat, induk, nama, indikator, satuan)
WHERE v.kode = 'kepmendagri-900.1.15.5-1317-2023';

-- Children of a code within one version (tree browsing, parent checks).
CREATE INDEX nomenklatur_versi_induk ON nomenklatur (versi_id, kode_induk);

-- Terukur foundation schema: tenancy, staffing, planning, nomenclature, budget, PK, measurement,
-- narratives, evaluation results, rules as data, audit. PostgreSQL 15 dialect (also PGlite).

-- Tenancy ------------------------------------------------------------------------------------------
CREATE TABLE pemda (
  id          serial PRIMARY KEY,
  kode        text NOT NULL UNIQUE CHECK (kode ~ '^[a-z0-9][a-z0-9-]*$'),
  nama        text NOT NULL CHECK (length(trim(nama)) > 0),
  jenis       text NOT NULL CHECK (jenis IN ('kabupaten', 'kota', 'provinsi')),
  dibuat_pada timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE opd (
  id          serial PRIMARY KEY,
  pemda_id    integer NOT NULL REFERENCES pemda(id),
  kode        text NOT NULL CHECK (kode ~ '^[a-z0-9][a-z0-9-]*$'),
  nama        text NOT NULL CHECK (length(trim(nama)) > 0),
  jenis       text NOT NULL CHECK (jenis IN ('kecamatan', 'dinas', 'badan', 'sekretariat', 'inspektorat', 'kantor', 'lainnya')),
  alamat      text,
  pimpinan_nama    text,
  pimpinan_jabatan text,
  pimpinan_nip     text,
  UNIQUE (pemda_id, kode),
  UNIQUE (pemda_id, id)
);

CREATE TABLE unit_kerja (
  id          serial PRIMARY KEY,
  pemda_id    integer NOT NULL REFERENCES pemda(id),
  opd_id      integer NOT NULL REFERENCES opd(id),
  induk_id    integer REFERENCES unit_kerja(id),
  kode        text NOT NULL,
  nama        text NOT NULL,
  jenis       text NOT NULL CHECK (jenis IN ('pimpinan', 'sekretariat', 'subbagian', 'seksi', 'bidang', 'uptd', 'kelompok_fungsional')),
  urutan      integer NOT NULL DEFAULT 0,
  UNIQUE (opd_id, kode)
);

CREATE TABLE wilayah (
  id            serial PRIMARY KEY,
  pemda_id      integer NOT NULL REFERENCES pemda(id),
  opd_id        integer NOT NULL REFERENCES opd(id),
  induk_id      integer REFERENCES wilayah(id),
  kode          text NOT NULL,
  nama          text NOT NULL,
  jenis         text NOT NULL CHECK (jenis IN ('kecamatan', 'desa', 'kelurahan')),
  luas_km2      numeric CHECK (luas_km2 >= 0),
  jumlah_dusun  integer CHECK (jumlah_dusun >= 0),
  jumlah_rt     integer CHECK (jumlah_rt >= 0),
  urutan        integer NOT NULL DEFAULT 0,
  UNIQUE (opd_id, kode)
);

CREATE TABLE wilayah_penduduk (
  id          serial PRIMARY KEY,
  pemda_id    integer NOT NULL REFERENCES pemda(id),
  wilayah_id  integer NOT NULL REFERENCES wilayah(id),
  tahun       integer NOT NULL CHECK (tahun BETWEEN 1900 AND 2200),
  laki_laki   integer NOT NULL CHECK (laki_laki >= 0),
  perempuan   integer NOT NULL CHECK (perempuan >= 0),
  sumber      text,
  UNIQUE (wilayah_id, tahun)
);

-- Staffing -----------------------------------------------------------------------------------------
CREATE TABLE pegawai (
  id             serial PRIMARY KEY,
  pemda_id       integer NOT NULL REFERENCES pemda(id),
  opd_id         integer NOT NULL REFERENCES opd(id),
  unit_kerja_id  integer NOT NULL REFERENCES unit_kerja(id),
  nama           text NOT NULL CHECK (length(trim(nama)) > 0),
  nip            text CHECK (nip ~ '^[0-9]{18}$'),
  status         text NOT NULL CHECK (status IN ('PNS', 'CPNS', 'PPPK', 'PTT', 'UPAH_JASA')),
  golongan       text CHECK (golongan IN ('I', 'II', 'III', 'IV')),
  ruang          text CHECK (ruang IN ('a', 'b', 'c', 'd', 'e')),
  pendidikan     text NOT NULL CHECK (pendidikan IN ('SD', 'SMP', 'SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3')),
  jabatan        text NOT NULL,
  jenis_jabatan  text NOT NULL CHECK (jenis_jabatan IN ('struktural', 'pelaksana', 'fungsional')),
  eselon         text CHECK (eselon IN ('II.a', 'II.b', 'III.a', 'III.b', 'IV.a', 'IV.b')),
  aktif          boolean NOT NULL DEFAULT true,
  CHECK ((golongan IS NULL) = (ruang IS NULL)),
  CHECK (status IN ('PNS', 'CPNS') OR eselon IS NULL)
);
CREATE UNIQUE INDEX pegawai_nip_unik ON pegawai (pemda_id, nip) WHERE nip IS NOT NULL;

CREATE TABLE anjab_kebutuhan (
  id             serial PRIMARY KEY,
  pemda_id       integer NOT NULL REFERENCES pemda(id),
  opd_id         integer NOT NULL REFERENCES opd(id),
  unit_kerja_id  integer NOT NULL REFERENCES unit_kerja(id),
  tahun          integer NOT NULL,
  jenis_jabatan  text NOT NULL CHECK (jenis_jabatan IN ('struktural', 'pelaksana', 'fungsional')),
  jumlah         integer NOT NULL CHECK (jumlah >= 0),
  UNIQUE (unit_kerja_id, tahun, jenis_jabatan)
);

-- Rules as data ------------------------------------------------------------------------------------
CREATE TABLE skala_predikat (
  id              serial PRIMARY KEY,
  pemda_id        integer REFERENCES pemda(id),
  kode            text NOT NULL,
  nama            text NOT NULL,
  sumber          text NOT NULL,
  batas_inklusif  boolean NOT NULL,
  label_terendah  text NOT NULL,
  berlaku_mulai   integer NOT NULL,
  berlaku_sampai  integer,
  UNIQUE (pemda_id, kode)
);
CREATE UNIQUE INDEX skala_predikat_global_unik ON skala_predikat (kode) WHERE pemda_id IS NULL;

CREATE TABLE skala_predikat_band (
  id          serial PRIMARY KEY,
  skala_id    integer NOT NULL REFERENCES skala_predikat(id),
  batas_bawah numeric NOT NULL,
  label       text NOT NULL,
  UNIQUE (skala_id, batas_bawah)
);

INSERT INTO skala_predikat (pemda_id, kode, nama, sumber, batas_inklusif, label_terendah, berlaku_mulai)
VALUES (NULL, 'permendagri-86-2017', 'Skala capaian kinerja Permendagri 86/2017',
        'Permendagri Nomor 86 Tahun 2017, Lampiran tata cara evaluasi', true, 'Sangat Rendah', 2017);
INSERT INTO skala_predikat_band (skala_id, batas_bawah, label)
SELECT s.id, b.batas, b.label FROM skala_predikat s,
  (VALUES (91, 'Sangat Tinggi'), (76, 'Tinggi'), (66, 'Sedang'), (51, 'Rendah')) AS b(batas, label)
WHERE s.kode = 'permendagri-86-2017';

-- Planning -----------------------------------------------------------------------------------------
CREATE TABLE rpjmd (
  id           serial PRIMARY KEY,
  pemda_id     integer NOT NULL REFERENCES pemda(id),
  tahun_awal   integer NOT NULL,
  tahun_akhir  integer NOT NULL,
  visi         text NOT NULL,
  CHECK (tahun_akhir >= tahun_awal AND tahun_akhir - tahun_awal <= 6),
  UNIQUE (pemda_id, tahun_awal)
);

CREATE TABLE rpjmd_misi (
  id        serial PRIMARY KEY,
  pemda_id  integer NOT NULL REFERENCES pemda(id),
  rpjmd_id  integer NOT NULL REFERENCES rpjmd(id),
  nomor     integer NOT NULL,
  uraian    text NOT NULL,
  UNIQUE (rpjmd_id, nomor)
);

CREATE TABLE rpjmd_tujuan (
  id        serial PRIMARY KEY,
  pemda_id  integer NOT NULL REFERENCES pemda(id),
  rpjmd_id  integer NOT NULL REFERENCES rpjmd(id),
  misi_id   integer REFERENCES rpjmd_misi(id),
  kode      text NOT NULL,
  uraian    text NOT NULL,
  UNIQUE (rpjmd_id, kode)
);

CREATE TABLE rpjmd_sasaran (
  id         serial PRIMARY KEY,
  pemda_id   integer NOT NULL REFERENCES pemda(id),
  tujuan_id  integer NOT NULL REFERENCES rpjmd_tujuan(id),
  kode       text NOT NULL,
  uraian     text NOT NULL,
  UNIQUE (tujuan_id, kode)
);

CREATE TABLE renstra (
  id           serial PRIMARY KEY,
  pemda_id     integer NOT NULL REFERENCES pemda(id),
  opd_id       integer NOT NULL REFERENCES opd(id),
  rpjmd_id     integer REFERENCES rpjmd(id),
  nama         text NOT NULL,
  tahun_awal   integer NOT NULL,
  tahun_akhir  integer NOT NULL,
  CHECK (tahun_akhir >= tahun_awal AND tahun_akhir - tahun_awal <= 6),
  UNIQUE (opd_id, tahun_awal)
);

CREATE TABLE tujuan (
  id               serial PRIMARY KEY,
  pemda_id         integer NOT NULL REFERENCES pemda(id),
  opd_id           integer NOT NULL REFERENCES opd(id),
  renstra_id       integer NOT NULL REFERENCES renstra(id),
  rpjmd_tujuan_id  integer REFERENCES rpjmd_tujuan(id),
  kode             text NOT NULL,
  uraian           text NOT NULL,
  urutan           integer NOT NULL DEFAULT 0,
  UNIQUE (renstra_id, kode)
);

CREATE TABLE sasaran (
  id                serial PRIMARY KEY,
  pemda_id          integer NOT NULL REFERENCES pemda(id),
  opd_id            integer NOT NULL REFERENCES opd(id),
  renstra_id        integer NOT NULL REFERENCES renstra(id),
  tujuan_id         integer NOT NULL REFERENCES tujuan(id),
  rpjmd_sasaran_id  integer REFERENCES rpjmd_sasaran(id),
  kode              text NOT NULL,
  uraian            text NOT NULL,
  urutan            integer NOT NULL DEFAULT 0,
  UNIQUE (renstra_id, kode)
);

CREATE TABLE indikator (
  id                        serial PRIMARY KEY,
  pemda_id                  integer NOT NULL REFERENCES pemda(id),
  opd_id                    integer NOT NULL REFERENCES opd(id),
  renstra_id                integer NOT NULL REFERENCES renstra(id),
  tingkat                   text NOT NULL CHECK (tingkat IN ('tujuan', 'sasaran')),
  tujuan_id                 integer REFERENCES tujuan(id),
  sasaran_id                integer REFERENCES sasaran(id),
  kode                      text NOT NULL,
  nama                      text NOT NULL CHECK (length(trim(nama)) > 0),
  satuan                    text NOT NULL,
  definisi_operasional      text,
  formula                   text,
  sumber_data               text,
  penanggung_jawab_unit_id  integer REFERENCES unit_kerja(id),
  penanggung_jawab_teks     text,
  polaritas                 text NOT NULL CHECK (polaritas IN ('positif', 'negatif')),
  rumus_negatif             text NOT NULL DEFAULT 'dua_t_kurang_r' CHECK (rumus_negatif IN ('dua_t_kurang_r', 't_per_r')),
  agregasi                  text NOT NULL CHECK (agregasi IN ('sum', 'last', 'average')),
  presisi                   integer NOT NULL DEFAULT 2 CHECK (presisi BETWEEN 0 AND 6),
  baseline                  numeric,
  baseline_tahun            integer,
  kondisi_akhir             numeric,
  iku                       boolean NOT NULL DEFAULT false,
  sumber_otomatis           text CHECK (sumber_otomatis IN ('ikm', 'nilai_lakip')),
  urutan                    integer NOT NULL DEFAULT 0,
  UNIQUE (renstra_id, kode),
  CHECK (tingkat <> 'tujuan' OR tujuan_id IS NOT NULL)
);

CREATE TABLE indikator_target (
  id            serial PRIMARY KEY,
  pemda_id      integer NOT NULL REFERENCES pemda(id),
  indikator_id  integer NOT NULL REFERENCES indikator(id),
  tahun         integer NOT NULL,
  target        numeric,
  target_atas   numeric,
  CHECK (target_atas IS NULL OR (target IS NOT NULL AND target_atas >= target)),
  UNIQUE (indikator_id, tahun)
);

-- Nomenclature (reference data, shared by every pemda) ---------------------------------------------
CREATE TABLE nomenklatur_versi (
  id             serial PRIMARY KEY,
  kode           text NOT NULL UNIQUE,
  nama           text NOT NULL,
  berlaku_mulai  date NOT NULL,
  digit_sub      integer NOT NULL CHECK (digit_sub IN (2, 4))
);

CREATE TABLE nomenklatur (
  id          serial PRIMARY KEY,
  versi_id    integer NOT NULL REFERENCES nomenklatur_versi(id),
  kode        text NOT NULL,
  tingkat     text NOT NULL CHECK (tingkat IN ('urusan', 'bidang', 'program', 'kegiatan', 'sub_kegiatan')),
  kode_induk  text,
  nama        text NOT NULL,
  kinerja     text,
  indikator   text,
  satuan      text,
  UNIQUE (versi_id, kode)
);

-- Budget (DPA) -------------------------------------------------------------------------------------
CREATE TABLE dpa (
  id                  serial PRIMARY KEY,
  pemda_id            integer NOT NULL REFERENCES pemda(id),
  opd_id              integer NOT NULL REFERENCES opd(id),
  tahun               integer NOT NULL,
  jenis               text NOT NULL CHECK (jenis IN ('murni', 'perubahan')),
  nomor               text,
  tanggal_pengesahan  date,
  UNIQUE (opd_id, tahun, jenis)
);

CREATE TABLE dpa_program (
  id                  serial PRIMARY KEY,
  pemda_id            integer NOT NULL REFERENCES pemda(id),
  opd_id              integer NOT NULL REFERENCES opd(id),
  dpa_id              integer NOT NULL REFERENCES dpa(id),
  sasaran_id          integer REFERENCES sasaran(id),
  kode                text NOT NULL,
  nama                text NOT NULL,
  indikator_keluaran  text,
  target              numeric,
  satuan              text,
  pagu_dinyatakan     bigint CHECK (pagu_dinyatakan >= 0),
  UNIQUE (dpa_id, kode)
);

CREATE TABLE dpa_kegiatan (
  id                  serial PRIMARY KEY,
  pemda_id            integer NOT NULL REFERENCES pemda(id),
  opd_id              integer NOT NULL REFERENCES opd(id),
  dpa_program_id      integer NOT NULL REFERENCES dpa_program(id),
  kode                text NOT NULL,
  nama                text NOT NULL,
  indikator_keluaran  text,
  target              numeric,
  satuan              text,
  pagu_dinyatakan     bigint CHECK (pagu_dinyatakan >= 0),
  UNIQUE (dpa_program_id, kode)
);

CREATE TABLE dpa_sub_kegiatan (
  id                  serial PRIMARY KEY,
  pemda_id            integer NOT NULL REFERENCES pemda(id),
  opd_id              integer NOT NULL REFERENCES opd(id),
  dpa_kegiatan_id     integer NOT NULL REFERENCES dpa_kegiatan(id),
  kode                text NOT NULL,
  nama                text NOT NULL,
  indikator_keluaran  text,
  target              numeric,
  satuan              text,
  pagu                bigint NOT NULL CHECK (pagu >= 0),
  UNIQUE (dpa_kegiatan_id, kode)
);
CREATE INDEX dpa_sub_kegiatan_kegiatan ON dpa_sub_kegiatan (dpa_kegiatan_id);

CREATE TABLE anggaran_kas (
  id                   serial PRIMARY KEY,
  pemda_id             integer NOT NULL REFERENCES pemda(id),
  dpa_sub_kegiatan_id  integer NOT NULL REFERENCES dpa_sub_kegiatan(id),
  bulan                integer NOT NULL CHECK (bulan BETWEEN 1 AND 12),
  jumlah               bigint NOT NULL CHECK (jumlah >= 0),
  UNIQUE (dpa_sub_kegiatan_id, bulan)
);

CREATE TABLE realisasi_anggaran (
  id                   serial PRIMARY KEY,
  pemda_id             integer NOT NULL REFERENCES pemda(id),
  opd_id               integer NOT NULL REFERENCES opd(id),
  dpa_sub_kegiatan_id  integer NOT NULL REFERENCES dpa_sub_kegiatan(id),
  periode_jenis        text NOT NULL CHECK (periode_jenis IN ('bulan', 'triwulan', 'semester', 'tahun')),
  periode_ke           integer NOT NULL CHECK (periode_ke >= 1 AND periode_ke <= 12),
  jumlah               bigint NOT NULL CHECK (jumlah >= 0),
  catatan              text,
  UNIQUE (dpa_sub_kegiatan_id, periode_jenis, periode_ke)
);
CREATE INDEX realisasi_anggaran_sub ON realisasi_anggaran (dpa_sub_kegiatan_id);

-- Perjanjian Kinerja -------------------------------------------------------------------------------
CREATE TABLE perjanjian_kinerja (
  id                    serial PRIMARY KEY,
  pemda_id              integer NOT NULL REFERENCES pemda(id),
  opd_id                integer NOT NULL REFERENCES opd(id),
  tahun                 integer NOT NULL,
  tingkat               text NOT NULL CHECK (tingkat IN ('kepala_daerah', 'pimpinan_opd', 'eselon_iii', 'eselon_iv')),
  unit_kerja_id         integer NOT NULL REFERENCES unit_kerja(id),
  dpa_id                integer NOT NULL REFERENCES dpa(id),
  pihak_pertama_nama    text NOT NULL,
  pihak_pertama_jabatan text NOT NULL,
  pihak_pertama_nip     text,
  pihak_kedua_nama      text NOT NULL,
  pihak_kedua_jabatan   text NOT NULL,
  pihak_kedua_nip       text,
  tempat                text NOT NULL,
  tanggal               date,
  UNIQUE (unit_kerja_id, tahun)
);

CREATE TABLE pk_indikator (
  id            serial PRIMARY KEY,
  pemda_id      integer NOT NULL REFERENCES pemda(id),
  pk_id         integer NOT NULL REFERENCES perjanjian_kinerja(id),
  indikator_id  integer NOT NULL REFERENCES indikator(id),
  target        numeric NOT NULL,
  target_atas   numeric,
  urutan        integer NOT NULL DEFAULT 0,
  UNIQUE (pk_id, indikator_id)
);

CREATE TABLE pk_program (
  id          serial PRIMARY KEY,
  pemda_id    integer NOT NULL REFERENCES pemda(id),
  pk_id       integer NOT NULL REFERENCES perjanjian_kinerja(id),
  kode        text NOT NULL,
  anggaran    bigint NOT NULL CHECK (anggaran >= 0),
  keterangan  text,
  urutan      integer NOT NULL DEFAULT 0,
  UNIQUE (pk_id, kode)
);

CREATE TABLE rencana_aksi (
  id               serial PRIMARY KEY,
  pemda_id         integer NOT NULL REFERENCES pemda(id),
  pk_indikator_id  integer NOT NULL REFERENCES pk_indikator(id),
  triwulan         integer NOT NULL CHECK (triwulan BETWEEN 1 AND 4),
  target           numeric,
  uraian           text NOT NULL,
  UNIQUE (pk_indikator_id, triwulan)
);

-- Measurement --------------------------------------------------------------------------------------
CREATE TABLE realisasi_indikator (
  id             serial PRIMARY KEY,
  pemda_id       integer NOT NULL REFERENCES pemda(id),
  opd_id         integer NOT NULL REFERENCES opd(id),
  indikator_id   integer NOT NULL REFERENCES indikator(id),
  tahun          integer NOT NULL,
  periode_jenis  text NOT NULL CHECK (periode_jenis IN ('bulan', 'triwulan', 'semester', 'tahun')),
  periode_ke     integer NOT NULL CHECK (periode_ke >= 1 AND periode_ke <= 12),
  nilai          numeric,
  sumber         text,
  catatan        text,
  bukti_ref      text,
  status         text NOT NULL DEFAULT 'draf' CHECK (status IN ('draf', 'diajukan', 'diverifikasi', 'disetujui')),
  evaluasi_id    integer,
  UNIQUE (indikator_id, tahun, periode_jenis, periode_ke)
);

CREATE TABLE narasi (
  id             serial PRIMARY KEY,
  pemda_id       integer NOT NULL REFERENCES pemda(id),
  opd_id         integer NOT NULL REFERENCES opd(id),
  tahun          integer NOT NULL,
  sasaran_id     integer REFERENCES sasaran(id),
  kode_anggaran  text,
  jenis          text NOT NULL CHECK (jenis IN ('kata_pengantar', 'gambaran_umum', 'peran_organisasi', 'isu_strategis',
                   'analisis', 'faktor_pendukung', 'faktor_penghambat', 'hambatan', 'solusi', 'efisiensi', 'kendala',
                   'langkah_antisipatif', 'uraian_kegiatan')),
  urutan         integer NOT NULL DEFAULT 0,
  isi            text NOT NULL CHECK (length(trim(isi)) > 0),
  CHECK (sasaran_id IS NULL OR kode_anggaran IS NULL)
);
CREATE INDEX narasi_opd_tahun ON narasi (opd_id, tahun);

-- Evaluation ---------------------------------------------------------------------------------------
CREATE TABLE evaluasi_hasil (
  id          serial PRIMARY KEY,
  pemda_id    integer NOT NULL REFERENCES pemda(id),
  opd_id      integer NOT NULL REFERENCES opd(id),
  tahun       integer NOT NULL,
  nilai       numeric NOT NULL CHECK (nilai >= 0 AND nilai <= 100),
  tanggal_lhe date,
  catatan     text,
  UNIQUE (opd_id, tahun)
);
ALTER TABLE realisasi_indikator ADD CONSTRAINT realisasi_indikator_evaluasi_fk
  FOREIGN KEY (evaluasi_id) REFERENCES evaluasi_hasil(id);

CREATE TABLE rekomendasi (
  id                serial PRIMARY KEY,
  pemda_id          integer NOT NULL REFERENCES pemda(id),
  opd_id            integer NOT NULL REFERENCES opd(id),
  tahun_evaluasi    integer NOT NULL,
  nomor             integer NOT NULL,
  uraian            text NOT NULL,
  rencana_aksi      text,
  penanggung_jawab  text,
  tenggat           date,
  status            text NOT NULL CHECK (status IN ('belum', 'proses', 'selesai')),
  progres           text,
  UNIQUE (opd_id, tahun_evaluasi, nomor)
);

-- Audit --------------------------------------------------------------------------------------------
CREATE TABLE audit_log (
  id        bigserial PRIMARY KEY,
  pemda_id  integer REFERENCES pemda(id),
  opd_id    integer REFERENCES opd(id),
  pelaku    text NOT NULL,
  aksi      text NOT NULL,
  tabel     text NOT NULL,
  baris_id  bigint,
  data      jsonb,
  waktu     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_opd_waktu ON audit_log (opd_id, waktu);

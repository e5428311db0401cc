-- Public satisfaction survey (SKM, PermenPANRB 14/2017): questionnaires as versioned data, survey set-up per OPD,
-- responses with one row per answer, abuse control, and the link from a period's IKM to the IKU it feeds.

CREATE TABLE skm_kuesioner (
  id             serial PRIMARY KEY,
  pemda_id       integer REFERENCES pemda(id),
  kode           text NOT NULL,
  nama           text NOT NULL,
  sumber         text NOT NULL,
  berlaku_mulai  date NOT NULL
);
CREATE UNIQUE INDEX skm_kuesioner_global_unik ON skm_kuesioner (kode) WHERE pemda_id IS NULL;
CREATE UNIQUE INDEX skm_kuesioner_pemda_unik ON skm_kuesioner (pemda_id, kode) WHERE pemda_id IS NOT NULL;

CREATE TABLE skm_unsur (
  id            serial PRIMARY KEY,
  kuesioner_id  integer NOT NULL REFERENCES skm_kuesioner(id),
  kunci         text NOT NULL CHECK (kunci ~ '^[A-Za-z0-9_]+$'),
  urutan        integer NOT NULL,
  nama          text NOT NULL,
  pertanyaan    text NOT NULL,
  -- weight as an exact fraction, so 1/9 stays 1/9
  bobot_pembilang integer NOT NULL CHECK (bobot_pembilang > 0),
  bobot_penyebut  integer NOT NULL CHECK (bobot_penyebut > 0),
  label_1 text NOT NULL, label_2 text NOT NULL, label_3 text NOT NULL, label_4 text NOT NULL,
  wajib         boolean NOT NULL DEFAULT true,
  UNIQUE (kuesioner_id, kunci),
  UNIQUE (kuesioner_id, urutan)
);

INSERT INTO skm_kuesioner (pemda_id, kode, nama, sumber, berlaku_mulai)
VALUES (NULL, 'permenpanrb-14-2017', 'Kuesioner SKM 9 unsur PermenPANRB 14/2017',
        'Peraturan Menteri PANRB Nomor 14 Tahun 2017, Lampiran', '2017-01-01');
INSERT INTO skm_unsur (kuesioner_id, kunci, urutan, nama, pertanyaan, bobot_pembilang, bobot_penyebut,
                       label_1, label_2, label_3, label_4)
SELECT k.id, u.kunci, u.urutan, u.nama, u.pertanyaan, 1, 9, u.l1, u.l2, u.l3, u.l4
FROM skm_kuesioner k, (VALUES
  ('U1', 1, 'Persyaratan', 'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?', 'Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'),
  ('U2', 2, 'Sistem, Mekanisme, dan Prosedur', 'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?', 'Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'),
  ('U3', 3, 'Waktu Penyelesaian', 'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?', 'Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'),
  ('U4', 4, 'Biaya/Tarif', 'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?', 'Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'),
  ('U5', 5, 'Produk Spesifikasi Jenis Pelayanan', 'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?', 'Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'),
  ('U6', 6, 'Kompetensi Pelaksana', 'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?', 'Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'),
  ('U7', 7, 'Perilaku Pelaksana', 'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?', 'Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'),
  ('U8', 8, 'Sarana dan Prasarana', 'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?', 'Buruk', 'Cukup', 'Baik', 'Sangat baik'),
  ('U9', 9, 'Penanganan Pengaduan, Saran dan Masukan', 'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?', 'Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik')
) AS u(kunci, urutan, nama, pertanyaan, l1, l2, l3, l4)
WHERE k.kode = 'permenpanrb-14-2017' AND k.pemda_id IS NULL;

-- Service units (loket) and service types of an OPD.
CREATE TABLE skm_unit_layanan (
  id        serial PRIMARY KEY,
  pemda_id  integer NOT NULL REFERENCES pemda(id),
  opd_id    integer NOT NULL REFERENCES opd(id),
  kode      text NOT NULL CHECK (kode ~ '^[a-z0-9][a-z0-9-]*$'),
  nama      text NOT NULL,
  aktif     boolean NOT NULL DEFAULT true,
  UNIQUE (pemda_id, kode)
);

CREATE TABLE skm_jenis_layanan (
  id        serial PRIMARY KEY,
  pemda_id  integer NOT NULL REFERENCES pemda(id),
  opd_id    integer NOT NULL REFERENCES opd(id),
  kode      text NOT NULL CHECK (kode ~ '^[a-z0-9][a-z0-9-]*$'),
  nama      text NOT NULL,
  aktif     boolean NOT NULL DEFAULT true,
  UNIQUE (opd_id, kode)
);

-- A survey period of an OPD: which questionnaire, the stated number of service users (for the sample check),
-- and the IKU indicator whose realisation its IKM becomes.
CREATE TABLE skm_periode (
  id                 serial PRIMARY KEY,
  pemda_id           integer NOT NULL REFERENCES pemda(id),
  opd_id             integer NOT NULL REFERENCES opd(id),
  kuesioner_id       integer NOT NULL REFERENCES skm_kuesioner(id),
  tahun              integer NOT NULL,
  periode_jenis      text NOT NULL CHECK (periode_jenis IN ('triwulan', 'semester', 'tahun')),
  periode_ke         integer NOT NULL CHECK (periode_ke >= 1 AND periode_ke <= 4),
  mulai              date NOT NULL,
  selesai            date NOT NULL CHECK (selesai >= mulai),
  jumlah_pengguna    integer CHECK (jumlah_pengguna >= 0),
  indikator_id       integer REFERENCES indikator(id),
  kode_sekali_pakai  boolean NOT NULL DEFAULT false,
  UNIQUE (opd_id, tahun, periode_jenis, periode_ke)
);

-- One respondent's questionnaire; anonymous: no name, no address kept.
CREATE TABLE skm_respons (
  id                bigserial PRIMARY KEY,
  pemda_id          integer NOT NULL REFERENCES pemda(id),
  opd_id            integer NOT NULL REFERENCES opd(id),
  periode_id        integer NOT NULL REFERENCES skm_periode(id),
  unit_layanan_id   integer REFERENCES skm_unit_layanan(id),
  jenis_layanan_id  integer REFERENCES skm_jenis_layanan(id),
  jenis_kelamin     text CHECK (jenis_kelamin IN ('L', 'P')),
  usia              integer CHECK (usia BETWEEN 10 AND 120),
  pendidikan        text CHECK (pendidikan IN ('SD', 'SMP', 'SMA', 'D1-D3', 'D4-S1', 'S2-S3', 'lainnya')),
  pekerjaan         text CHECK (pekerjaan IN ('PNS', 'TNI/POLRI', 'swasta', 'wirausaha', 'pelajar/mahasiswa', 'lainnya')),
  saran             text CHECK (length(saran) <= 2000),
  sumber            text NOT NULL DEFAULT 'formulir' CHECK (sumber IN ('formulir', 'kios', 'impor')),
  sidik             text,
  dibuat_pada       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX skm_respons_periode ON skm_respons (periode_id);
CREATE INDEX skm_respons_sidik ON skm_respons (periode_id, sidik, dibuat_pada);

CREATE TABLE skm_jawaban (
  respons_id  bigint NOT NULL REFERENCES skm_respons(id),
  unsur_id    integer NOT NULL REFERENCES skm_unsur(id),
  nilai       smallint NOT NULL CHECK (nilai BETWEEN 1 AND 4),
  PRIMARY KEY (respons_id, unsur_id)
);
CREATE INDEX skm_jawaban_unsur ON skm_jawaban (unsur_id);

-- Optional one-time codes printed on a service receipt: each admits one response.
CREATE TABLE skm_kode_sekali (
  id          serial PRIMARY KEY,
  pemda_id    integer NOT NULL REFERENCES pemda(id),
  periode_id  integer NOT NULL REFERENCES skm_periode(id),
  kode        text NOT NULL,
  dipakai_pada timestamptz,
  UNIQUE (periode_id, kode)
);

-- Rate limits held in the database (works across instances); keys are hashed, rows expire with their window.
CREATE TABLE batas_laju (
  kunci          text PRIMARY KEY,
  jumlah         integer NOT NULL,
  jendela_mulai  timestamptz NOT NULL,
  kedaluwarsa    timestamptz NOT NULL
);
CREATE INDEX batas_laju_kedaluwarsa ON batas_laju (kedaluwarsa);

-- The realisation an SKM period wrote into its IKU, for the link back.
ALTER TABLE realisasi_indikator ADD COLUMN skm_periode_id integer REFERENCES skm_periode(id);

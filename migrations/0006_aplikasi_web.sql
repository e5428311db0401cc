-- The web application (issue 4): accounts and sessions, the approval workflow with locks held by the
-- database, revisions with a reason, input schedules, evidence files, published documents, and an audit
-- log with the value before and after each change.

-- Accounts --------------------------------------------------------------------------------------------
CREATE TABLE akun (
  id                 serial PRIMARY KEY,
  pemda_id           integer NOT NULL REFERENCES pemda(id),
  opd_id             integer REFERENCES opd(id),
  unit_kerja_id      integer REFERENCES unit_kerja(id),
  nama_pengguna      text NOT NULL CHECK (nama_pengguna ~ '^[a-z0-9._-]{3,40}$'),
  nama               text NOT NULL CHECK (length(trim(nama)) > 0),
  peran              text NOT NULL CHECK (peran IN ('admin_pemda', 'perencana', 'kepala_seksi', 'pimpinan', 'evaluator')),
  sandi_hash         text NOT NULL,
  aktif              boolean NOT NULL DEFAULT true,
  gagal_berturut     integer NOT NULL DEFAULT 0,
  terkunci_sampai    timestamptz,
  bahasa             text NOT NULL DEFAULT 'id' CHECK (bahasa IN ('id', 'en')),
  sandi_diubah_pada  timestamptz NOT NULL DEFAULT now(),
  dibuat_pada        timestamptz NOT NULL DEFAULT now(),
  -- admin pemda and evaluator see the whole pemda; everyone else belongs to one OPD
  CHECK ((peran IN ('admin_pemda', 'evaluator')) = (opd_id IS NULL)),
  -- a kepala seksi/subbagian enters the realisations of one unit
  CHECK ((peran = 'kepala_seksi') = (unit_kerja_id IS NOT NULL))
);
CREATE UNIQUE INDEX akun_nama_pengguna ON akun (nama_pengguna);

-- Only the sha256 of a session token is stored; the token itself lives in the HttpOnly cookie.
CREATE TABLE sesi (
  id            bigserial PRIMARY KEY,
  akun_id       integer NOT NULL REFERENCES akun(id) ON DELETE CASCADE,
  token_hash    text NOT NULL UNIQUE,
  csrf          text NOT NULL,
  dibuat_pada   timestamptz NOT NULL DEFAULT now(),
  dipakai_pada  timestamptz NOT NULL DEFAULT now(),
  kedaluwarsa   timestamptz NOT NULL
);
CREATE INDEX sesi_akun ON sesi (akun_id);
CREATE INDEX sesi_kedaluwarsa ON sesi (kedaluwarsa);

-- Workflow ------------------------------------------------------------------------------------------
ALTER TABLE realisasi_indikator ADD COLUMN revisi integer NOT NULL DEFAULT 0;
ALTER TABLE perjanjian_kinerja
  ADD COLUMN status text NOT NULL DEFAULT 'draf' CHECK (status IN ('draf', 'diajukan', 'diverifikasi', 'disetujui')),
  ADD COLUMN revisi integer NOT NULL DEFAULT 0;

-- A document of one OPD and year whose approval and publication are tracked (the Renstra by its first year).
CREATE TABLE dokumen_opd (
  id                serial PRIMARY KEY,
  pemda_id          integer NOT NULL REFERENCES pemda(id),
  opd_id            integer NOT NULL REFERENCES opd(id),
  jenis             text NOT NULL CHECK (jenis IN ('renstra', 'iku', 'pk', 'lkjip')),
  tahun             integer NOT NULL,
  status            text NOT NULL DEFAULT 'draf' CHECK (status IN ('draf', 'diajukan', 'diverifikasi', 'disetujui')),
  revisi            integer NOT NULL DEFAULT 0,
  UNIQUE (opd_id, jenis, tahun)
);

-- What the public portal serves: the PDF as it was approved, never regenerated, never changed.
CREATE TABLE dokumen_terbit (
  id                serial PRIMARY KEY,
  pemda_id          integer NOT NULL REFERENCES pemda(id),
  opd_id            integer NOT NULL REFERENCES opd(id),
  dokumen_opd_id    integer NOT NULL REFERENCES dokumen_opd(id),
  revisi            integer NOT NULL,
  pdf               bytea NOT NULL,
  sha256            text NOT NULL,
  diterbitkan_pada  timestamptz NOT NULL DEFAULT now(),
  diterbitkan_oleh  text NOT NULL,
  UNIQUE (dokumen_opd_id, revisi)
);
CREATE INDEX dokumen_terbit_opd ON dokumen_terbit (opd_id, diterbitkan_pada);

-- Every step of every workflow, with its comment.
CREATE TABLE riwayat_alur (
  id          bigserial PRIMARY KEY,
  pemda_id    integer NOT NULL REFERENCES pemda(id),
  opd_id      integer NOT NULL REFERENCES opd(id),
  objek       text NOT NULL CHECK (objek IN ('realisasi_indikator', 'perjanjian_kinerja', 'dokumen_opd')),
  objek_id    integer NOT NULL,
  dari        text NOT NULL CHECK (dari IN ('draf', 'diajukan', 'diverifikasi', 'disetujui')),
  ke          text NOT NULL CHECK (ke IN ('draf', 'diajukan', 'diverifikasi', 'disetujui')),
  komentar    text,
  pelaku      text NOT NULL,
  waktu       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX riwayat_alur_objek ON riwayat_alur (objek, objek_id, waktu);

-- Reopening an approved row: the reason and the content as approved, so the history is kept.
CREATE TABLE revisi (
  id           bigserial PRIMARY KEY,
  pemda_id     integer NOT NULL REFERENCES pemda(id),
  opd_id       integer NOT NULL REFERENCES opd(id),
  objek        text NOT NULL CHECK (objek IN ('realisasi_indikator', 'perjanjian_kinerja', 'dokumen_opd')),
  objek_id     integer NOT NULL,
  nomor        integer NOT NULL CHECK (nomor >= 1),
  alasan       text NOT NULL CHECK (length(trim(alasan)) > 0),
  isi_sebelum  jsonb NOT NULL,
  pelaku       text NOT NULL,
  waktu        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (objek, objek_id, nomor)
);

-- An approved row may change only as the opening of a numbered revision recorded in the same transaction.
CREATE FUNCTION terukur_kunci_disetujui() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'disetujui' THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.status = 'draf' AND NEW.revisi = OLD.revisi + 1 AND EXISTS (
    SELECT 1 FROM revisi r WHERE r.objek = TG_TABLE_NAME AND r.objek_id = OLD.id AND r.nomor = NEW.revisi
  ) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'terukur_terkunci: % % sudah disetujui dan terkunci', TG_TABLE_NAME, OLD.id
    USING ERRCODE = 'TK001';
END $$;

CREATE TRIGGER realisasi_indikator_kunci BEFORE UPDATE OR DELETE ON realisasi_indikator
  FOR EACH ROW EXECUTE FUNCTION terukur_kunci_disetujui();
CREATE TRIGGER perjanjian_kinerja_kunci BEFORE UPDATE OR DELETE ON perjanjian_kinerja
  FOR EACH ROW EXECUTE FUNCTION terukur_kunci_disetujui();
CREATE TRIGGER dokumen_opd_kunci BEFORE UPDATE OR DELETE ON dokumen_opd
  FOR EACH ROW EXECUTE FUNCTION terukur_kunci_disetujui();

-- The rows inside an approved PK (its indicators, programmes and action plan) are locked with it.
CREATE FUNCTION terukur_kunci_isi_pk() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  baris record;
  pk integer;
BEGIN
  baris := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  IF TG_TABLE_NAME = 'rencana_aksi' THEN
    SELECT pk_id INTO pk FROM pk_indikator WHERE id = baris.pk_indikator_id;
  ELSE
    pk := baris.pk_id;
  END IF;
  IF EXISTS (SELECT 1 FROM perjanjian_kinerja WHERE id = pk AND status = 'disetujui') THEN
    RAISE EXCEPTION 'terukur_terkunci: perjanjian_kinerja % sudah disetujui dan terkunci', pk USING ERRCODE = 'TK001';
  END IF;
  RETURN baris;
END $$;

CREATE TRIGGER pk_indikator_kunci BEFORE INSERT OR UPDATE OR DELETE ON pk_indikator
  FOR EACH ROW EXECUTE FUNCTION terukur_kunci_isi_pk();
CREATE TRIGGER pk_program_kunci BEFORE INSERT OR UPDATE OR DELETE ON pk_program
  FOR EACH ROW EXECUTE FUNCTION terukur_kunci_isi_pk();
CREATE TRIGGER rencana_aksi_kunci BEFORE INSERT OR UPDATE OR DELETE ON rencana_aksi
  FOR EACH ROW EXECUTE FUNCTION terukur_kunci_isi_pk();

-- A published snapshot is never changed or removed.
CREATE FUNCTION terukur_tolak_ubah() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'terukur_terkunci: % tidak dapat diubah atau dihapus', TG_TABLE_NAME USING ERRCODE = 'TK001';
END $$;
CREATE TRIGGER dokumen_terbit_tetap BEFORE UPDATE OR DELETE ON dokumen_terbit
  FOR EACH ROW EXECUTE FUNCTION terukur_tolak_ubah();

-- Input schedules -----------------------------------------------------------------------------------
-- The admin opens each period for entry; outside its window a write of values is refused. A period with
-- no schedule row is open (history entered before schedules existed stays editable until one is set).
CREATE TABLE jadwal_input (
  id             serial PRIMARY KEY,
  pemda_id       integer NOT NULL REFERENCES pemda(id),
  jenis_data     text NOT NULL CHECK (jenis_data IN ('realisasi', 'perjanjian_kinerja')),
  tahun          integer NOT NULL,
  periode_jenis  text NOT NULL CHECK (periode_jenis IN ('bulan', 'triwulan', 'semester', 'tahun')),
  periode_ke     integer NOT NULL CHECK (periode_ke >= 1 AND periode_ke <= 12),
  dibuka_pada    timestamptz NOT NULL,
  ditutup_pada   timestamptz NOT NULL,
  CHECK (ditutup_pada > dibuka_pada),
  UNIQUE (pemda_id, jenis_data, tahun, periode_jenis, periode_ke)
);

-- Held in the database so every instance honours a closed period, whichever code path writes.
CREATE FUNCTION terukur_periode_realisasi_terbuka() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.nilai IS NOT DISTINCT FROM OLD.nilai
     AND NEW.sumber IS NOT DISTINCT FROM OLD.sumber AND NEW.catatan IS NOT DISTINCT FROM OLD.catatan
     AND NEW.bukti_ref IS NOT DISTINCT FROM OLD.bukti_ref THEN
    RETURN NEW;
  END IF;
  IF EXISTS (
    SELECT 1 FROM jadwal_input j
     WHERE j.pemda_id = NEW.pemda_id AND j.jenis_data = 'realisasi' AND j.tahun = NEW.tahun
       AND j.periode_jenis = NEW.periode_jenis AND j.periode_ke = NEW.periode_ke
       AND (now() < j.dibuka_pada OR now() >= j.ditutup_pada)
  ) THEN
    RAISE EXCEPTION 'terukur_periode_ditutup: periode % % tahun % tidak dibuka untuk pengisian',
      NEW.periode_jenis, NEW.periode_ke, NEW.tahun USING ERRCODE = 'TK002';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER realisasi_indikator_periode BEFORE INSERT OR UPDATE ON realisasi_indikator
  FOR EACH ROW EXECUTE FUNCTION terukur_periode_realisasi_terbuka();

-- Evidence ------------------------------------------------------------------------------------------
-- The bytes live in the file store (the data folder by default) under kunci_simpan; the row is the index.
CREATE TABLE bukti (
  id              serial PRIMARY KEY,
  pemda_id        integer NOT NULL REFERENCES pemda(id),
  opd_id          integer NOT NULL REFERENCES opd(id),
  realisasi_id    integer NOT NULL REFERENCES realisasi_indikator(id),
  nama_berkas     text NOT NULL CHECK (length(trim(nama_berkas)) > 0),
  jenis_mime      text NOT NULL,
  ukuran          integer NOT NULL CHECK (ukuran > 0),
  sha256          text NOT NULL,
  kunci_simpan    text NOT NULL,
  diunggah_oleh   text NOT NULL,
  diunggah_pada   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX bukti_realisasi ON bukti (realisasi_id);

-- Evidence of an approved realisation is locked with it.
CREATE FUNCTION terukur_kunci_bukti() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  baris record;
BEGIN
  baris := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  IF EXISTS (SELECT 1 FROM realisasi_indikator WHERE id = baris.realisasi_id AND status = 'disetujui') THEN
    RAISE EXCEPTION 'terukur_terkunci: realisasi_indikator % sudah disetujui dan terkunci', baris.realisasi_id
      USING ERRCODE = 'TK001';
  END IF;
  RETURN baris;
END $$;
CREATE TRIGGER bukti_kunci BEFORE INSERT OR UPDATE OR DELETE ON bukti
  FOR EACH ROW EXECUTE FUNCTION terukur_kunci_bukti();

-- Audit: who (account), and the value before as well as after -----------------------------------------
ALTER TABLE audit_log ADD COLUMN akun_id integer REFERENCES akun(id), ADD COLUMN sebelum jsonb;
CREATE INDEX audit_log_pemda_waktu ON audit_log (pemda_id, waktu);

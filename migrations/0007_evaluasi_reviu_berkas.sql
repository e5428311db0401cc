-- Issue 6: the LKE assessment per OPD and year, evidence of evaluation, recommendation verification.
-- Issue 7: reviewed hand-written reports and the history figures imported from them.
-- Issue 8: file contents in the database, so every instance in front of one PostgreSQL sees the same files.

-- LKE assessment ------------------------------------------------------------------------------------
-- One assessment per OPD and year against one regulation pack (its code and version are kept so a later
-- pack never re-scores an old year). 'mandiri': the OPD fills its self-assessment; 'evaluasi': the
-- evaluator scores; 'final': the score is fixed, written to evaluasi_hasil and locked.
CREATE TABLE lke_penilaian (
  id               serial PRIMARY KEY,
  pemda_id         integer NOT NULL REFERENCES pemda(id),
  opd_id           integer NOT NULL REFERENCES opd(id),
  tahun            integer NOT NULL,
  paket_kode       text NOT NULL CHECK (length(trim(paket_kode)) > 0),
  paket_versi      text NOT NULL CHECK (length(trim(paket_versi)) > 0),
  status           text NOT NULL DEFAULT 'mandiri' CHECK (status IN ('mandiri', 'evaluasi', 'final')),
  evaluasi_id      integer REFERENCES evaluasi_hasil(id),
  catatan_umum     text,
  dibuat_pada      timestamptz NOT NULL DEFAULT now(),
  difinalkan_oleh  text,
  difinalkan_pada  timestamptz,
  UNIQUE (opd_id, tahun),
  CHECK ((status = 'final') = (evaluasi_id IS NOT NULL))
);

-- One row per criterion answered: the OPD's answer and the evaluator's side by side. Answer codes are
-- those of the pack (AA … E for 88/2021); the service checks them against the pack, not the database, so
-- a later pack with another scale needs no migration.
CREATE TABLE lke_jawaban (
  id                  serial PRIMARY KEY,
  pemda_id            integer NOT NULL REFERENCES pemda(id),
  penilaian_id        integer NOT NULL REFERENCES lke_penilaian(id),
  kriteria_kode       text NOT NULL CHECK (length(trim(kriteria_kode)) > 0),
  jawaban_mandiri     text CHECK (length(trim(jawaban_mandiri)) > 0),
  catatan_mandiri     text,
  jawaban_evaluator   text CHECK (length(trim(jawaban_evaluator)) > 0),
  catatan_evaluator   text,
  diubah_oleh         text NOT NULL,
  diubah_pada         timestamptz NOT NULL DEFAULT now(),
  UNIQUE (penilaian_id, kriteria_kode)
);

-- A final assessment is the basis of a published score: its answers cannot change.
CREATE FUNCTION terukur_kunci_lke() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  baris record;
BEGIN
  baris := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  IF EXISTS (SELECT 1 FROM lke_penilaian WHERE id = baris.penilaian_id AND status = 'final') THEN
    RAISE EXCEPTION 'terukur_terkunci: penilaian LKE % sudah final dan terkunci', baris.penilaian_id
      USING ERRCODE = 'TK001';
  END IF;
  RETURN baris;
END $$;
CREATE TRIGGER lke_jawaban_kunci BEFORE INSERT OR UPDATE OR DELETE ON lke_jawaban
  FOR EACH ROW EXECUTE FUNCTION terukur_kunci_lke();

-- Evidence of evaluation: a file attached to an LKE answer or to a recommendation's follow-up. The bytes
-- live in the file store under kunci_simpan; the row is the index.
CREATE TABLE bukti_evaluasi (
  id               serial PRIMARY KEY,
  pemda_id         integer NOT NULL REFERENCES pemda(id),
  opd_id           integer NOT NULL REFERENCES opd(id),
  lke_jawaban_id   integer REFERENCES lke_jawaban(id),
  rekomendasi_id   integer REFERENCES rekomendasi(id),
  nama_berkas      text NOT NULL CHECK (length(trim(nama_berkas)) > 0),
  jenis_mime       text NOT NULL,
  ukuran           integer NOT NULL CHECK (ukuran > 0),
  sha256           text NOT NULL,
  kunci_simpan     text NOT NULL,
  diunggah_oleh    text NOT NULL,
  diunggah_pada    timestamptz NOT NULL DEFAULT now(),
  CHECK ((lke_jawaban_id IS NULL) <> (rekomendasi_id IS NULL))
);
CREATE INDEX bukti_evaluasi_jawaban ON bukti_evaluasi (lke_jawaban_id);
CREATE INDEX bukti_evaluasi_rekomendasi ON bukti_evaluasi (rekomendasi_id);

-- Recommendations: which assessment produced them, which LKE komponen they address, and the evaluator's
-- verification of the follow-up as columns (it was only in the audit log).
ALTER TABLE rekomendasi
  ADD COLUMN lke_penilaian_id   integer REFERENCES lke_penilaian(id),
  ADD COLUMN komponen_kode      text,
  ADD COLUMN verifikasi         text NOT NULL DEFAULT 'belum'
                                CHECK (verifikasi IN ('belum', 'diterima', 'dikembalikan')),
  ADD COLUMN verifikasi_catatan text,
  ADD COLUMN diverifikasi_oleh  text,
  ADD COLUMN diverifikasi_pada  timestamptz;

-- Reviewed reports ----------------------------------------------------------------------------------
-- A hand-written report read by the reviewer: the file (in the file store), what was extracted and found.
CREATE TABLE reviu_dokumen (
  id             serial PRIMARY KEY,
  pemda_id       integer NOT NULL REFERENCES pemda(id),
  opd_id         integer NOT NULL REFERENCES opd(id),
  tahun          integer,
  nama_berkas    text NOT NULL CHECK (length(trim(nama_berkas)) > 0),
  jenis_mime     text NOT NULL,
  ukuran         integer NOT NULL CHECK (ukuran > 0),
  sha256         text NOT NULL,
  kunci_simpan   text NOT NULL,
  hasil          jsonb NOT NULL,
  diunggah_oleh  text NOT NULL,
  diunggah_pada  timestamptz NOT NULL DEFAULT now(),
  diimpor_oleh   text,
  diimpor_pada   timestamptz,
  CHECK ((diimpor_oleh IS NULL) = (diimpor_pada IS NULL))
);
CREATE INDEX reviu_dokumen_opd ON reviu_dokumen (opd_id, diunggah_pada);

-- History brought in from a reviewed report, each figure marked with the document it came from: past
-- targets and realisations of indicators (linked to the indicator when one matches), budgets and their
-- realisation per program and kegiatan, staffing counts.
CREATE TABLE angka_historis (
  id                 serial PRIMARY KEY,
  pemda_id           integer NOT NULL REFERENCES pemda(id),
  opd_id             integer NOT NULL REFERENCES opd(id),
  reviu_dokumen_id   integer NOT NULL REFERENCES reviu_dokumen(id),
  jenis              text NOT NULL CHECK (jenis IN ('target_indikator', 'realisasi_indikator', 'pagu',
                       'realisasi_anggaran', 'jumlah_pegawai')),
  tahun              integer NOT NULL CHECK (tahun BETWEEN 2000 AND 2100),
  kode               text,
  uraian             text NOT NULL CHECK (length(trim(uraian)) > 0),
  satuan             text,
  nilai              numeric NOT NULL,
  indikator_id       integer REFERENCES indikator(id),
  lokasi             text NOT NULL,
  UNIQUE (reviu_dokumen_id, jenis, tahun, uraian)
);
CREATE INDEX angka_historis_opd ON angka_historis (opd_id, jenis, tahun);

-- File contents -------------------------------------------------------------------------------------
-- The default file store: content-addressed bytes in the database, so a backup holds them and every
-- server process in front of one PostgreSQL reads what another wrote.
CREATE TABLE berkas (
  kunci        text PRIMARY KEY CHECK (length(kunci) BETWEEN 1 AND 201),
  isi          bytea NOT NULL,
  ukuran       integer NOT NULL CHECK (ukuran >= 0),
  dibuat_pada  timestamptz NOT NULL DEFAULT now()
);

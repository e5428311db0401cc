-- Issue 9: the pohon kinerja (PermenPANRB 89/2021 penjenjangan kinerja) from a pemda sasaran down to each
-- employee's rencana hasil kerja (PermenPANRB 6/2022), with critical success factors, funding links and
-- crosscutting support between OPDs.

-- Critical success factors of an outcome (step 2 of 89/2021); the conditions that must hold for each are the
-- nodes beneath the outcome tagged with it.
CREATE TABLE faktor_keberhasilan (
  id          serial PRIMARY KEY,
  pemda_id    integer NOT NULL REFERENCES pemda(id),
  opd_id      integer REFERENCES opd(id),
  uraian      text NOT NULL CHECK (length(trim(uraian)) > 0),
  urutan      integer NOT NULL DEFAULT 0
);

-- One node of the tree. A pemda node (opd_id NULL, level strategis_pemda) states a pemda sasaran; an OPD's
-- nodes run strategis (pimpinan, outcome ↔ sasaran Renstra) → taktis (eselon III / administrator,
-- intermediate outcome ↔ program) → operasional (eselon IV / pengawas, output ↔ kegiatan, sub kegiatan)
-- → individu (an employee's RHK). The tree belongs to a plan period (the Renstra's years).
CREATE TABLE pohon_kinerja (
  id                      serial PRIMARY KEY,
  pemda_id                integer NOT NULL REFERENCES pemda(id),
  opd_id                  integer REFERENCES opd(id),
  induk_id                integer REFERENCES pohon_kinerja(id),
  tahun_awal              integer NOT NULL,
  tahun_akhir             integer NOT NULL,
  level                   text NOT NULL CHECK (level IN ('strategis_pemda', 'strategis', 'taktis', 'operasional', 'individu')),
  jenis_hasil             text NOT NULL CHECK (jenis_hasil IN ('outcome', 'intermediate_outcome', 'output')),
  kondisi                 text NOT NULL CHECK (length(trim(kondisi)) > 0),
  rpjmd_sasaran_id        integer REFERENCES rpjmd_sasaran(id),
  sasaran_id              integer REFERENCES sasaran(id),
  unit_kerja_id           integer REFERENCES unit_kerja(id),
  pegawai_id              integer REFERENCES pegawai(id),
  -- deferrable: faktor_keberhasilan.pohon_id points back here, and a restore loads both in one transaction
  faktor_keberhasilan_id  integer REFERENCES faktor_keberhasilan(id) DEFERRABLE INITIALLY IMMEDIATE,
  urutan                  integer NOT NULL DEFAULT 0,
  CHECK (tahun_akhir >= tahun_awal AND tahun_akhir - tahun_awal <= 6),
  CHECK (induk_id IS NULL OR induk_id <> id),
  CHECK ((opd_id IS NULL) = (level = 'strategis_pemda')),
  CHECK (level <> 'individu' OR pegawai_id IS NOT NULL)
);
CREATE INDEX pohon_kinerja_induk ON pohon_kinerja (induk_id);
CREATE INDEX pohon_kinerja_opd ON pohon_kinerja (opd_id, tahun_awal);

ALTER TABLE faktor_keberhasilan ADD COLUMN pohon_id integer REFERENCES pohon_kinerja(id);

-- A tree has no cycle, whatever code path writes: a node may not become its own ancestor.
CREATE FUNCTION terukur_pohon_tanpa_siklus() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.induk_id IS NULL THEN
    RETURN NEW;
  END IF;
  IF EXISTS (
    WITH RECURSIVE naik(id, induk_id, kedalaman) AS (
      SELECT id, induk_id, 1 FROM pohon_kinerja WHERE id = NEW.induk_id
      UNION ALL
      SELECT p.id, p.induk_id, n.kedalaman + 1 FROM pohon_kinerja p JOIN naik n ON p.id = n.induk_id
       WHERE n.kedalaman < 1000
    )
    SELECT 1 FROM naik WHERE id = NEW.id
  ) THEN
    RAISE EXCEPTION 'terukur_siklus: simpul % tidak boleh menjadi turunan dirinya sendiri', NEW.id
      USING ERRCODE = 'TK003';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER pohon_kinerja_tanpa_siklus BEFORE INSERT OR UPDATE OF induk_id ON pohon_kinerja
  FOR EACH ROW EXECUTE FUNCTION terukur_pohon_tanpa_siklus();

-- The indicators of a node; a strategic node's indicator is normally a Renstra indicator (indikator_id).
CREATE TABLE pohon_kinerja_indikator (
  id            serial PRIMARY KEY,
  pemda_id      integer NOT NULL REFERENCES pemda(id),
  pohon_id      integer NOT NULL REFERENCES pohon_kinerja(id),
  indikator_id  integer REFERENCES indikator(id),
  nama          text NOT NULL CHECK (length(trim(nama)) > 0),
  satuan        text NOT NULL,
  urutan        integer NOT NULL DEFAULT 0
);
CREATE INDEX pohon_kinerja_indikator_pohon ON pohon_kinerja_indikator (pohon_id);

-- Targets per year of a node's indicator.
CREATE TABLE pohon_kinerja_target (
  id                   serial PRIMARY KEY,
  pemda_id             integer NOT NULL REFERENCES pemda(id),
  pohon_indikator_id   integer NOT NULL REFERENCES pohon_kinerja_indikator(id),
  tahun                integer NOT NULL,
  target               numeric NOT NULL,
  UNIQUE (pohon_indikator_id, tahun)
);

-- What funds a node: a program, kegiatan or sub kegiatan code (Kepmendagri 050) in the DPA of an OPD. Another
-- OPD's code is allowed only when that OPD supports the node (crosscutting); the service checks it.
CREATE TABLE pohon_kinerja_anggaran (
  id             serial PRIMARY KEY,
  pemda_id       integer NOT NULL REFERENCES pemda(id),
  pohon_id       integer NOT NULL REFERENCES pohon_kinerja(id),
  opd_id         integer NOT NULL REFERENCES opd(id),
  kode_anggaran  text NOT NULL CHECK (kode_anggaran ~ '^[0-9A-Z]+(\.[0-9A-Z]+)*$'),
  UNIQUE (pohon_id, opd_id, kode_anggaran)
);
CREATE INDEX pohon_kinerja_anggaran_kode ON pohon_kinerja_anggaran (opd_id, kode_anggaran);

-- Crosscutting: other OPDs that share a node, each with its role and share (LKE 1.b.9).
CREATE TABLE pohon_kinerja_dukungan (
  id          serial PRIMARY KEY,
  pemda_id    integer NOT NULL REFERENCES pemda(id),
  pohon_id    integer NOT NULL REFERENCES pohon_kinerja(id),
  opd_id      integer NOT NULL REFERENCES opd(id),
  peran       text NOT NULL CHECK (peran IN ('pengampu', 'pendukung')),
  porsi       numeric CHECK (porsi > 0 AND porsi <= 100),
  keterangan  text,
  UNIQUE (pohon_id, opd_id)
);

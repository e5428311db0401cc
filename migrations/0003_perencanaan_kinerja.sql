-- Planning and performance refinements (PK budgets that follow the DPA; one narrative per report slot).

-- A PK program budget left empty follows the DPA the PK references, so the figure is stored once (design
-- brief principle 1). A figure is stored only when it is the one printed in a signed PK; the consistency
-- checker compares it with the DPA.
ALTER TABLE pk_program ALTER COLUMN anggaran DROP NOT NULL;

-- One narrative per slot of the report: OPD, year, sasaran or budget code, kind, order. Writing the same
-- slot again replaces its text instead of adding a second paragraph.
CREATE UNIQUE INDEX narasi_slot_unik
  ON narasi (opd_id, tahun, sasaran_id, kode_anggaran, jenis, urutan) NULLS NOT DISTINCT;

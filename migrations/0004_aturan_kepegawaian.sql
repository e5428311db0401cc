-- Register rules the staffing tables rely on (LKjIP Tables 1.1–1.4, 3.7), enforced in the database as well as
-- in the service, so an import that bypasses the service cannot put a row where no table would count it.

-- Eselon belongs to structural posts only (PP 100/2000 jo. PP 13/2002: eselon is the level of a jabatan
-- struktural); the status part (PNS/CPNS) is already checked by 0001.
ALTER TABLE pegawai ADD CONSTRAINT pegawai_eselon_hanya_struktural
  CHECK (eselon IS NULL OR jenis_jabatan = 'struktural');

-- Golongan I–IV / ruang a–e is the PNS grade scale (PP 99/2000); PPPK grades (I–XVII) are another scale and
-- non-ASN staff have none. Ruang e exists only in golongan IV.
ALTER TABLE pegawai ADD CONSTRAINT pegawai_golongan_hanya_pns
  CHECK (golongan IS NULL OR status IN ('PNS', 'CPNS'));
ALTER TABLE pegawai ADD CONSTRAINT pegawai_ruang_e_golongan_iv
  CHECK (ruang IS DISTINCT FROM 'e' OR golongan = 'IV');

CREATE INDEX pegawai_opd_unit ON pegawai (opd_id, unit_kerja_id);
CREATE INDEX anjab_kebutuhan_opd_tahun ON anjab_kebutuhan (opd_id, tahun);

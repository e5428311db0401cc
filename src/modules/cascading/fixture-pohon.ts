/**
 * Test fixture of the pohon kinerja (issue 9): the planning fixture's two kecamatan with a Renstra and DPA 2024
 * each, an RPJMD 2021–2026, three employees and a small hand-made tree of Kecamatan A — a pemda sasaran, the
 * camat's strategic node, a tactical and an operational node, one employee's RHK and an orphan. Used only
 * from *.db.test.ts inside a rolled-back transaction.
 */
import type { Db } from "../../platform/db/transaction.ts";
import { hitungBaris, siapkanDpa, siapkanDuaOpd, siapkanRenstra } from "../planning/fixture-uji.ts";
import {
  aturTargetSimpul,
  tambahFaktorKeberhasilan,
  tambahIndikatorSimpul,
  tambahSimpul,
  tautkanAnggaran,
} from "./pohon.service.ts";

async function unit(db: Db, opdId: number, kode: string): Promise<number> {
  const u = await db
    .selectFrom("unit_kerja")
    .select("id")
    .where("opd_id", "=", opdId)
    .where("kode", "=", kode)
    .executeTakeFirstOrThrow();
  return u.id;
}

async function pegawai(
  db: Db,
  pemdaId: number,
  opdId: number,
  unitId: number,
  nama: string,
  jabatan: string,
) {
  const p = await db
    .insertInto("pegawai")
    .values({
      pemda_id: pemdaId,
      opd_id: opdId,
      unit_kerja_id: unitId,
      nama,
      nip: null,
      status: "PNS",
      golongan: "III",
      ruang: "a",
      pendidikan: "S1",
      jabatan,
      jenis_jabatan: "pelaksana",
      eselon: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return p.id;
}

/** The two kecamatan, their plans and budgets, three employees and Kecamatan A's tree (ids of every node). */
export async function siapkanPohon(db: Db) {
  const o = await siapkanDuaOpd(db);
  const { renstraId, indikatorId } = await siapkanRenstra(db, o.admin, o.opdId);
  await siapkanRenstra(db, o.admin, o.opdLainId);
  await siapkanDpa(db, o.pemdaId, o.opdId);
  await siapkanDpa(db, o.pemdaId, o.opdLainId);
  await db
    .insertInto("rpjmd")
    .values({ pemda_id: o.pemdaId, tahun_awal: 2021, tahun_akhir: 2026, visi: "Luwu Timur Maju" })
    .execute();
  const sasaran = await db
    .selectFrom("sasaran")
    .select("id")
    .where("renstra_id", "=", renstraId)
    .executeTakeFirstOrThrow();
  const unitCamat = await unit(db, o.opdId, "camat");
  const unitSeksi = await unit(db, o.opdId, "seksi-pelayanan");
  const unitSeksiLain = await unit(db, o.opdLainId, "seksi-pelayanan");
  const pegawaiSeksi = await pegawai(
    db,
    o.pemdaId,
    o.opdId,
    unitSeksi,
    "Andi Pelayan",
    "Pengadministrasi Umum",
  );
  const pegawaiCamat = await pegawai(
    db,
    o.pemdaId,
    o.opdId,
    unitCamat,
    "Budi Sekretaris",
    "Sekretaris Camat",
  );
  const pegawaiLain = await pegawai(
    db,
    o.pemdaId,
    o.opdLainId,
    unitSeksiLain,
    "Citra Burau",
    "Pengadministrasi",
  );

  const pemdaNode = await tambahSimpul(db, o.admin, {
    tahun: 2024,
    level: "strategis_pemda",
    jenisHasil: "outcome",
    kondisi: "Meningkatnya kualitas pelayanan publik daerah",
  });
  const strategis = await tambahSimpul(db, o.petugas, {
    opdId: o.opdId,
    tahun: 2024,
    indukId: pemdaNode,
    level: "strategis",
    jenisHasil: "outcome",
    kondisi: "Meningkatnya kemampuan pelayanan publik kecamatan",
    sasaranId: sasaran.id,
    unitKerjaId: unitCamat,
  });
  const ikStrategis = await tambahIndikatorSimpul(db, o.petugas, strategis, {
    indikatorId,
    nama: "Indeks Kepuasan Masyarakat",
    satuan: "indeks",
  });
  await aturTargetSimpul(db, o.petugas, ikStrategis, { tahun: 2024, target: "94" });
  await aturTargetSimpul(db, o.petugas, ikStrategis, { tahun: 2025, target: "94,5" });
  const ikSendiri = await tambahIndikatorSimpul(db, o.petugas, strategis, {
    nama: "Persentase pengaduan yang ditindaklanjuti",
    satuan: "%",
    urutan: 1,
  });
  await aturTargetSimpul(db, o.petugas, ikSendiri, { tahun: 2024, target: "100" });
  const faktor = await tambahFaktorKeberhasilan(db, o.petugas, strategis, {
    uraian: "Petugas layanan yang cakap dan cukup",
  });
  const taktis = await tambahSimpul(db, o.petugas, {
    opdId: o.opdId,
    tahun: 2024,
    indukId: strategis,
    level: "taktis",
    jenisHasil: "intermediate_outcome",
    kondisi: "Tata kelola pelayanan kecamatan yang baik",
    unitKerjaId: unitCamat,
    faktorKeberhasilanId: faktor,
  });
  await tautkanAnggaran(db, o.petugas, strategis, { opdKode: "kec-a", kode: "7.01.01.2.01.0001" });
  await tautkanAnggaran(db, o.petugas, taktis, { opdKode: "kec-a", kode: "7.01.01" });
  const operasional = await tambahSimpul(db, o.petugas, {
    opdId: o.opdId,
    tahun: 2024,
    indukId: taktis,
    level: "operasional",
    jenisHasil: "output",
    kondisi: "Terlayaninya dokumen administrasi kependudukan",
    unitKerjaId: unitSeksi,
  });
  const ikOperasional = await tambahIndikatorSimpul(db, o.petugas, operasional, {
    nama: "Jumlah dokumen yang dilayani",
    satuan: "dokumen",
  });
  await aturTargetSimpul(db, o.petugas, ikOperasional, { tahun: 2024, target: "1200" });
  await tautkanAnggaran(db, o.petugas, operasional, { opdKode: "kec-a", kode: "7.01.01.2.01.0002" });
  const individu = await tambahSimpul(db, o.petugas, {
    opdId: o.opdId,
    tahun: 2024,
    indukId: operasional,
    level: "individu",
    jenisHasil: "output",
    kondisi: "Terlayaninya permohonan surat keterangan",
    pegawaiId: pegawaiSeksi,
  });
  const yatim = await tambahSimpul(db, o.petugas, {
    opdId: o.opdId,
    tahun: 2024,
    level: "operasional",
    jenisHasil: "output",
    kondisi: "Tersusunnya laporan kinerja",
    unitKerjaId: unitSeksi,
    urutan: 5,
  });
  return {
    ...o,
    renstraId,
    indikatorId,
    sasaranId: sasaran.id,
    unitCamat,
    unitSeksi,
    pegawaiSeksi,
    pegawaiCamat,
    pegawaiLain,
    faktor,
    simpul: { pemdaNode, strategis, taktis, operasional, individu, yatim },
    indikatorSimpul: { ikStrategis, ikSendiri, ikOperasional },
  };
}

/** Row counts of every pohon table and the audit log, to prove a refused call wrote nothing. */
export async function hitungPohon(db: Db) {
  const n = async (
    t:
      | "pohon_kinerja"
      | "pohon_kinerja_indikator"
      | "pohon_kinerja_target"
      | "pohon_kinerja_anggaran"
      | "pohon_kinerja_dukungan"
      | "faktor_keberhasilan",
  ) => {
    const r = await db
      .selectFrom(t)
      .select((e) => e.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  };
  return {
    simpul: await n("pohon_kinerja"),
    indikator: await n("pohon_kinerja_indikator"),
    target: await n("pohon_kinerja_target"),
    anggaran: await n("pohon_kinerja_anggaran"),
    dukungan: await n("pohon_kinerja_dukungan"),
    faktor: await n("faktor_keberhasilan"),
    audit: await hitungBaris(db, "audit_log"),
  };
}

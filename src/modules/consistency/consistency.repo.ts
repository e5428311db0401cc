/**
 * Loads everything the consistency rules read for one OPD and year in set-based queries (one per table,
 * none per row), filtered by the caller's pemda and the OPD first (design brief principle 4).
 */
import type { Db } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import type { Cakupan } from "../../platform/scope.ts";
import type { DataPemeriksaan } from "./data-pemeriksaan.ts";

/** The year's PKs of the OPD, as a reusable filter. */
function pkTahun(db: Db, cakupan: Cakupan, opdId: number, tahun: number) {
  return db
    .selectFrom("perjanjian_kinerja")
    .where("perjanjian_kinerja.pemda_id", "=", cakupan.pemdaId)
    .where("perjanjian_kinerja.opd_id", "=", opdId)
    .where("perjanjian_kinerja.tahun", "=", tahun);
}

/** The OPD's pohon kinerja nodes of the plan period covering the year, as a reusable filter. */
function simpulOpdTahun(db: Db, cakupan: Cakupan, opdId: number, tahun: number) {
  return db
    .selectFrom("pohon_kinerja as so")
    .where("so.pemda_id", "=", cakupan.pemdaId)
    .where("so.opd_id", "=", opdId)
    .where("so.tahun_awal", "<=", tahun)
    .where("so.tahun_akhir", ">=", tahun);
}

/**
 * The DataPemeriksaan of one OPD-year: the Renstra covering the year (and any Renstra a PK indicator of
 * the year comes from), the year's DPAs of the OPD (and any of its DPAs a PK of the year refers to), the
 * year's PKs, realisations and narratives, the active staff, the wilayah with the year's population, and the
 * pohon kinerja of the plan period covering the year (the OPD's nodes with their indicators, targets and
 * funding, the pemda nodes, and the parents its nodes hang under).
 */
export async function muatDataPemeriksaan(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  tahun: number,
): Promise<DataPemeriksaan> {
  const opd = await db
    .selectFrom("opd")
    .select(["id", "nama"])
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("id", "=", opdId)
    .executeTakeFirst();
  if (opd === undefined) throw new GalatTerukur("tidak_ditemukan", "Perangkat daerah tidak ditemukan.");

  const renstra = await db
    .selectFrom("renstra")
    .select(["id", "nama", "tahun_awal", "tahun_akhir"])
    .where("pemda_id", "=", cakupan.pemdaId)
    .where("opd_id", "=", opdId)
    .where((eb) =>
      eb.or([
        eb.and([eb("tahun_awal", "<=", tahun), eb("tahun_akhir", ">=", tahun)]),
        eb(
          "id",
          "in",
          pkTahun(db, cakupan, opdId, tahun)
            .innerJoin("pk_indikator as pi", "pi.pk_id", "perjanjian_kinerja.id")
            .innerJoin("indikator as i", "i.id", "pi.indikator_id")
            .select("i.renstra_id"),
        ),
      ]),
    )
    .orderBy("tahun_awal")
    .execute();
  const renstraId = renstra.map((r) => r.id);
  const adaRenstra = renstraId.length > 0;

  const pkId = pkTahun(db, cakupan, opdId, tahun).select("perjanjian_kinerja.id");
  const dpaRujukan = pkTahun(db, cakupan, opdId, tahun).select("perjanjian_kinerja.dpa_id");
  const dpaTerpilih = db
    .selectFrom("dpa")
    .select("dpa.id")
    .where("dpa.pemda_id", "=", cakupan.pemdaId)
    .where("dpa.opd_id", "=", opdId)
    .where((eb) => eb.or([eb("dpa.tahun", "=", tahun), eb("dpa.id", "in", dpaRujukan)]));

  const [
    sasaran,
    indikator,
    targetIndikator,
    realisasiIndikator,
    evaluasi,
    dpa,
    program,
    kegiatan,
    subKegiatan,
    anggaranKas,
    realisasiAnggaran,
    pk,
    pkIndikator,
    pkProgram,
    pegawai,
    wilayah,
    narasi,
    pohon,
    pohonIndikator,
    pohonTarget,
    pohonAnggaran,
  ] = await Promise.all([
    adaRenstra
      ? db
          .selectFrom("sasaran")
          .select(["id", "renstra_id", "kode", "uraian"])
          .where("pemda_id", "=", cakupan.pemdaId)
          .where("opd_id", "=", opdId)
          .where("renstra_id", "in", renstraId)
          .orderBy("urutan")
          .orderBy("kode")
          .execute()
      : Promise.resolve([]),
    adaRenstra
      ? db
          .selectFrom("indikator")
          .select([
            "id",
            "renstra_id",
            "tingkat",
            "tujuan_id",
            "sasaran_id",
            "kode",
            "nama",
            "iku",
            "sumber_otomatis",
            "baseline_tahun",
          ])
          .where("pemda_id", "=", cakupan.pemdaId)
          .where("opd_id", "=", opdId)
          .where("renstra_id", "in", renstraId)
          .orderBy("urutan")
          .orderBy("kode")
          .execute()
      : Promise.resolve([]),
    adaRenstra
      ? db
          .selectFrom("indikator_target as t")
          .innerJoin("indikator as i", "i.id", "t.indikator_id")
          .select(["t.indikator_id", "t.tahun", "t.target", "t.target_atas"])
          .where("i.pemda_id", "=", cakupan.pemdaId)
          .where("i.opd_id", "=", opdId)
          .where("i.renstra_id", "in", renstraId)
          .execute()
      : Promise.resolve([]),
    db
      .selectFrom("realisasi_indikator")
      .select(["indikator_id", "periode_jenis", "periode_ke", "nilai"])
      .where("pemda_id", "=", cakupan.pemdaId)
      .where("opd_id", "=", opdId)
      .where("tahun", "=", tahun)
      .execute(),
    db
      .selectFrom("evaluasi_hasil")
      .select("nilai")
      .where("pemda_id", "=", cakupan.pemdaId)
      .where("opd_id", "=", opdId)
      .where("tahun", "=", tahun)
      .executeTakeFirst(),
    db
      .selectFrom("dpa")
      .select(["id", "tahun", "jenis"])
      .where("id", "in", dpaTerpilih)
      .orderBy("tahun")
      .orderBy("jenis")
      .execute(),
    db
      .selectFrom("dpa_program")
      .select(["id", "dpa_id", "kode", "nama", "pagu_dinyatakan"])
      .where("pemda_id", "=", cakupan.pemdaId)
      .where("dpa_id", "in", dpaTerpilih)
      .orderBy("kode")
      .execute(),
    db
      .selectFrom("dpa_kegiatan as k")
      .innerJoin("dpa_program as p", "p.id", "k.dpa_program_id")
      .select(["k.id", "k.dpa_program_id", "k.kode", "k.nama", "k.pagu_dinyatakan"])
      .where("k.pemda_id", "=", cakupan.pemdaId)
      .where("p.dpa_id", "in", dpaTerpilih)
      .orderBy("k.kode")
      .execute(),
    db
      .selectFrom("dpa_sub_kegiatan as s")
      .innerJoin("dpa_kegiatan as k", "k.id", "s.dpa_kegiatan_id")
      .innerJoin("dpa_program as p", "p.id", "k.dpa_program_id")
      .select([
        "s.id",
        "s.dpa_kegiatan_id",
        "s.kode",
        "s.nama",
        "s.indikator_keluaran",
        "s.target",
        "s.satuan",
        "s.pagu",
      ])
      .where("s.pemda_id", "=", cakupan.pemdaId)
      .where("p.dpa_id", "in", dpaTerpilih)
      .orderBy("s.kode")
      .execute(),
    db
      .selectFrom("anggaran_kas as a")
      .innerJoin("dpa_sub_kegiatan as s", "s.id", "a.dpa_sub_kegiatan_id")
      .innerJoin("dpa_kegiatan as k", "k.id", "s.dpa_kegiatan_id")
      .innerJoin("dpa_program as p", "p.id", "k.dpa_program_id")
      .select(["a.dpa_sub_kegiatan_id", "a.bulan", "a.jumlah"])
      .where("a.pemda_id", "=", cakupan.pemdaId)
      .where("p.dpa_id", "in", dpaTerpilih)
      .execute(),
    db
      .selectFrom("realisasi_anggaran as r")
      .innerJoin("dpa_sub_kegiatan as s", "s.id", "r.dpa_sub_kegiatan_id")
      .innerJoin("dpa_kegiatan as k", "k.id", "s.dpa_kegiatan_id")
      .innerJoin("dpa_program as p", "p.id", "k.dpa_program_id")
      .select(["r.dpa_sub_kegiatan_id", "r.periode_jenis", "r.periode_ke", "r.jumlah"])
      .where("r.pemda_id", "=", cakupan.pemdaId)
      .where("r.opd_id", "=", opdId)
      .where("p.dpa_id", "in", dpaTerpilih)
      .execute(),
    pkTahun(db, cakupan, opdId, tahun)
      .innerJoin("unit_kerja as u", "u.id", "perjanjian_kinerja.unit_kerja_id")
      .select([
        "perjanjian_kinerja.id",
        "perjanjian_kinerja.tahun",
        "perjanjian_kinerja.tingkat",
        "perjanjian_kinerja.dpa_id",
        "u.nama as unit_nama",
      ])
      .orderBy("u.urutan")
      .orderBy("perjanjian_kinerja.id")
      .execute(),
    db
      .selectFrom("pk_indikator")
      .select(["pk_id", "indikator_id", "target", "target_atas"])
      .where("pemda_id", "=", cakupan.pemdaId)
      .where("pk_id", "in", pkId)
      .orderBy("pk_id")
      .orderBy("urutan")
      .execute(),
    db
      .selectFrom("pk_program")
      .select(["pk_id", "kode", "anggaran"])
      .where("pemda_id", "=", cakupan.pemdaId)
      .where("pk_id", "in", pkId)
      .orderBy("pk_id")
      .orderBy("urutan")
      .execute(),
    db
      .selectFrom("pegawai")
      .select("status")
      .where("pemda_id", "=", cakupan.pemdaId)
      .where("opd_id", "=", opdId)
      .where("aktif", "=", true)
      .execute(),
    db
      .selectFrom("wilayah as w")
      .leftJoin("wilayah_penduduk as p", (j) =>
        j.onRef("p.wilayah_id", "=", "w.id").on("p.tahun", "=", tahun),
      )
      .select([
        "w.id",
        "w.induk_id",
        "w.kode",
        "w.nama",
        "w.jenis",
        "w.jumlah_dusun",
        "w.jumlah_rt",
        "p.laki_laki",
        "p.perempuan",
      ])
      .where("w.pemda_id", "=", cakupan.pemdaId)
      .where("w.opd_id", "=", opdId)
      .orderBy("w.urutan")
      .orderBy("w.id")
      .execute(),
    db
      .selectFrom("narasi")
      .select(["id", "jenis", "urutan", "sasaran_id", "kode_anggaran", "isi"])
      .where("pemda_id", "=", cakupan.pemdaId)
      .where("opd_id", "=", opdId)
      .where("tahun", "=", tahun)
      .orderBy("jenis")
      .orderBy("urutan")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("pohon_kinerja")
      .select([
        "id",
        "induk_id",
        "opd_id",
        "tahun_awal",
        "tahun_akhir",
        "level",
        "jenis_hasil",
        "kondisi",
        "unit_kerja_id",
        "pegawai_id",
        "urutan",
      ])
      .where("pemda_id", "=", cakupan.pemdaId)
      .where((eb) =>
        eb.or([
          eb.and([
            eb.or([eb("opd_id", "=", opdId), eb("opd_id", "is", null)]),
            eb("tahun_awal", "<=", tahun),
            eb("tahun_akhir", ">=", tahun),
          ]),
          eb("id", "in", simpulOpdTahun(db, cakupan, opdId, tahun).select("so.induk_id")),
        ]),
      )
      .orderBy("urutan")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("pohon_kinerja_indikator")
      .select(["id", "pohon_id", "indikator_id", "nama", "satuan"])
      .where("pemda_id", "=", cakupan.pemdaId)
      .where("pohon_id", "in", simpulOpdTahun(db, cakupan, opdId, tahun).select("so.id"))
      .orderBy("pohon_id")
      .orderBy("urutan")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("pohon_kinerja_target as t")
      .innerJoin("pohon_kinerja_indikator as pi", "pi.id", "t.pohon_indikator_id")
      .select(["t.pohon_indikator_id", "t.tahun", "t.target"])
      .where("t.pemda_id", "=", cakupan.pemdaId)
      .where("pi.pohon_id", "in", simpulOpdTahun(db, cakupan, opdId, tahun).select("so.id"))
      .execute(),
    db
      .selectFrom("pohon_kinerja_anggaran as a")
      .innerJoin("pohon_kinerja as p", "p.id", "a.pohon_id")
      .select(["a.pohon_id", "a.opd_id", "a.kode_anggaran"])
      .where("a.pemda_id", "=", cakupan.pemdaId)
      .where("p.tahun_awal", "<=", tahun)
      .where("p.tahun_akhir", ">=", tahun)
      .where((eb) => eb.or([eb("p.opd_id", "=", opdId), eb("a.opd_id", "=", opdId)]))
      .orderBy("a.pohon_id")
      .orderBy("a.kode_anggaran")
      .execute(),
  ]);

  return {
    tahun,
    opd,
    renstra: renstra.map((r) => ({
      id: r.id,
      nama: r.nama,
      tahunAwal: r.tahun_awal,
      tahunAkhir: r.tahun_akhir,
    })),
    sasaran: sasaran.map((s) => ({ id: s.id, renstraId: s.renstra_id, kode: s.kode, uraian: s.uraian })),
    indikator: indikator.map((i) => ({
      id: i.id,
      renstraId: i.renstra_id,
      tingkat: i.tingkat,
      tujuanId: i.tujuan_id,
      sasaranId: i.sasaran_id,
      kode: i.kode,
      nama: i.nama,
      iku: i.iku,
      sumberOtomatis: i.sumber_otomatis,
      baselineTahun: i.baseline_tahun,
    })),
    targetIndikator: targetIndikator.map((t) => ({
      indikatorId: t.indikator_id,
      tahun: t.tahun,
      target: t.target,
      targetAtas: t.target_atas,
    })),
    realisasiIndikator: realisasiIndikator.map((r) => ({
      indikatorId: r.indikator_id,
      periodeJenis: r.periode_jenis,
      periodeKe: r.periode_ke,
      nilai: r.nilai,
    })),
    nilaiEvaluasi: evaluasi?.nilai ?? null,
    dpa: dpa.map((d) => ({ id: d.id, tahun: d.tahun, jenis: d.jenis })),
    program: program.map((p) => ({
      id: p.id,
      dpaId: p.dpa_id,
      kode: p.kode,
      nama: p.nama,
      paguDinyatakan: p.pagu_dinyatakan,
    })),
    kegiatan: kegiatan.map((k) => ({
      id: k.id,
      programId: k.dpa_program_id,
      kode: k.kode,
      nama: k.nama,
      paguDinyatakan: k.pagu_dinyatakan,
    })),
    subKegiatan: subKegiatan.map((s) => ({
      id: s.id,
      kegiatanId: s.dpa_kegiatan_id,
      kode: s.kode,
      nama: s.nama,
      indikatorKeluaran: s.indikator_keluaran,
      target: s.target,
      satuan: s.satuan,
      pagu: s.pagu,
    })),
    anggaranKas: anggaranKas.map((a) => ({
      subKegiatanId: a.dpa_sub_kegiatan_id,
      bulan: a.bulan,
      jumlah: a.jumlah,
    })),
    realisasiAnggaran: realisasiAnggaran.map((r) => ({
      subKegiatanId: r.dpa_sub_kegiatan_id,
      periodeJenis: r.periode_jenis,
      periodeKe: r.periode_ke,
      jumlah: r.jumlah,
    })),
    pk: pk.map((p) => ({
      id: p.id,
      tahun: p.tahun,
      tingkat: p.tingkat,
      unitKerjaNama: p.unit_nama,
      dpaId: p.dpa_id,
    })),
    pkIndikator: pkIndikator.map((p) => ({
      pkId: p.pk_id,
      indikatorId: p.indikator_id,
      target: p.target,
      targetAtas: p.target_atas,
    })),
    pkProgram: pkProgram.map((p) => ({ pkId: p.pk_id, kode: p.kode, anggaran: p.anggaran })),
    pegawai: pegawai.map((p) => ({ status: p.status })),
    wilayah: wilayah.map((w) => ({
      id: w.id,
      indukId: w.induk_id,
      kode: w.kode,
      nama: w.nama,
      jenis: w.jenis,
      jumlahDusun: w.jumlah_dusun,
      jumlahRt: w.jumlah_rt,
      lakiLaki: w.laki_laki,
      perempuan: w.perempuan,
    })),
    narasi: narasi.map((n) => ({
      id: n.id,
      jenis: n.jenis,
      urutan: n.urutan,
      sasaranId: n.sasaran_id,
      kodeAnggaran: n.kode_anggaran,
      isi: n.isi,
    })),
    pohon: pohon.map((p) => ({
      id: p.id,
      indukId: p.induk_id,
      opdId: p.opd_id,
      tahunAwal: p.tahun_awal,
      tahunAkhir: p.tahun_akhir,
      level: p.level,
      jenisHasil: p.jenis_hasil,
      kondisi: p.kondisi,
      unitKerjaId: p.unit_kerja_id,
      pegawaiId: p.pegawai_id,
      urutan: p.urutan,
    })),
    pohonIndikator: pohonIndikator.map((i) => ({
      id: i.id,
      pohonId: i.pohon_id,
      indikatorId: i.indikator_id,
      nama: i.nama,
      satuan: i.satuan,
    })),
    pohonTarget: pohonTarget.map((t) => ({
      pohonIndikatorId: t.pohon_indikator_id,
      tahun: t.tahun,
      target: t.target,
    })),
    pohonAnggaran: pohonAnggaran.map((a) => ({
      pohonId: a.pohon_id,
      opdId: a.opd_id,
      kode: a.kode_anggaran,
    })),
  };
}

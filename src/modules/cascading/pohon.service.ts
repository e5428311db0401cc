/**
 * Use cases of the pohon kinerja (issue 9, PermenPANRB 89/2021): writing an OPD's nodes, indicators, targets,
 * funding, crosscutting support and critical success factors, each refused with a clear message and nothing
 * written when it breaks a rule of pohon.domain.ts. Pemda nodes (opd_id null) are written in the pemda scope
 * (admin pemda); an OPD's nodes in that OPD's scope. Reading lives in pohon.baca.ts and is re-exported here.
 */
import type { z } from "zod";
import { catatAudit } from "../../platform/db/audit.ts";
import { tolakDuplikat } from "../../platform/db/constraint-errors.ts";
import type { LevelPohon } from "../../platform/db/schema.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { validasi } from "../../platform/validation.ts";
import { parseKode } from "../budget/kode-nomenklatur.domain.ts";
import * as planningRepo from "../planning/planning.repo.ts";
import {
  membentukSiklus,
  NAMA_LEVEL,
  PESAN_SIKLUS,
  periksaJumlahPorsi,
  periksaLevelInduk,
  periksaLevelOpd,
  periksaOpdAnggaran,
  periksaOpdInduk,
  periksaPeriodeInduk,
  periksaTahunTarget,
  periksaUnitPegawai,
} from "./pohon.domain.ts";
import * as repo from "./pohon.repo.ts";
import {
  skemaAnggaranSimpul,
  skemaDukunganSimpul,
  skemaFaktorKeberhasilan,
  skemaIndikatorSimpul,
  skemaSimpulBaru,
  skemaSimpulUbah,
  skemaTargetSimpul,
} from "./pohon.schemas.ts";

export { bacaPohonOpd, bacaPohonPemda } from "./pohon.baca.ts";

/** SQLSTATE of the migration 0008 trigger that refuses a cycle. */
const SQLSTATE_SIKLUS = "TK003";

type Simpul = NonNullable<Awaited<ReturnType<typeof repo.cariSimpul>>>;
type Letak = {
  opdId: number | null;
  level: LevelPohon;
  tahunAwal: number;
  tahunAkhir: number;
  id: number | null;
};

/** The scope a node is written in: the pemda for a pemda node, else the node's OPD. */
function cakupanTulis(cakupan: Cakupan, opdId: number | null): Cakupan {
  if (opdId !== null) return cakupanOpd(cakupan, opdId);
  if (cakupan.opdId !== null)
    throw new GalatTerukur("di_luar_cakupan", "Simpul tingkat pemda hanya dapat diubah oleh admin pemda.");
  return cakupan;
}

async function muatSimpul(db: Db, cakupan: Cakupan, id: number, bidang = "simpulId"): Promise<Simpul> {
  const s = await repo.cariSimpul(db, cakupan, id);
  if (!s) throw new GalatTerukur("tidak_ditemukan", "Simpul pohon kinerja tidak ditemukan", bidang);
  return s;
}

async function namaOpd(db: Db, cakupan: Cakupan, opdId: number | null) {
  if (opdId === null) return null;
  const o = await repo.cariOpdById(db, cakupan, opdId);
  if (!o) throw new GalatTerukur("tidak_ditemukan", "Perangkat daerah tidak ditemukan", "opdId");
  return o;
}

async function opdDariKode(db: Db, cakupan: Cakupan, kode: string) {
  const o = await repo.cariOpdByKode(db, cakupan, kode);
  if (!o) throw inputTidakValid(`Perangkat daerah dengan kode "${kode}" tidak ditemukan`, "opdKode");
  return o;
}

/** The parent rules: it exists, its level fits, it is this OPD's (or supported by it), its period overlaps. */
async function periksaInduk(
  db: Db,
  cakupan: Cakupan,
  letak: Letak,
  indukId: number | null,
): Promise<Simpul | null> {
  if (indukId === null) {
    if (letak.level === "individu")
      throw inputTidakValid(
        "RHK pegawai harus berada di bawah simpul atasannya; pilih simpul induk",
        "indukId",
      );
    return null;
  }
  if (letak.id !== null && indukId === letak.id) throw inputTidakValid(PESAN_SIKLUS, "indukId");
  const induk = await repo.cariSimpul(db, cakupan, indukId);
  if (!induk) throw inputTidakValid("Simpul induk tidak ditemukan", "indukId");
  if (letak.id !== null && membentukSiklus(letak.id, induk.id, await repo.rantaiInduk(db, cakupan, induk.id)))
    throw inputTidakValid(PESAN_SIKLUS, "indukId");
  const salahLevel = periksaLevelInduk(letak.level, induk.level);
  if (salahLevel) throw inputTidakValid(salahLevel, "indukId");
  if (letak.opdId !== null && induk.opd_id !== null && induk.opd_id !== letak.opdId) {
    const pendukung = (await repo.daftarDukungan(db, cakupan, [induk.id])).map((d) => d.opd_id);
    const salahOpd = periksaOpdInduk({
      level: letak.level,
      opd: await namaOpd(db, cakupan, letak.opdId),
      opdInduk: await namaOpd(db, cakupan, induk.opd_id),
      pendukungInduk: pendukung,
    });
    if (salahOpd) throw inputTidakValid(salahOpd, "indukId");
  }
  const salahPeriode = periksaPeriodeInduk(
    { tahunAwal: letak.tahunAwal, tahunAkhir: letak.tahunAkhir },
    { tahunAwal: induk.tahun_awal, tahunAkhir: induk.tahun_akhir },
  );
  if (salahPeriode) throw inputTidakValid(salahPeriode, "indukId");
  return induk;
}

type Tautan = z.output<typeof skemaSimpulUbah>;

/** The links of a node: its Renstra sasaran, RPJMD sasaran, unit, employee (RHK rule) and success factor. */
async function periksaTautan(db: Db, cakupan: Cakupan, letak: Letak, induk: Simpul | null, d: Tautan) {
  if (d.sasaranId !== null) {
    const s = await repo.cariSasaranDenganPeriode(db, cakupan, d.sasaranId);
    if (
      !s ||
      letak.opdId === null ||
      s.opd_id !== letak.opdId ||
      s.tahun_awal > letak.tahunAkhir ||
      s.tahun_akhir < letak.tahunAwal
    )
      throw inputTidakValid(
        `Sasaran yang dipilih bukan sasaran Renstra perangkat daerah ini periode ${letak.tahunAwal}–${letak.tahunAkhir}`,
        "sasaranId",
      );
  }
  if (d.rpjmdSasaranId !== null && !(await repo.cariRpjmdSasaran(db, cakupan, d.rpjmdSasaranId)))
    throw inputTidakValid("Sasaran RPJMD tidak ditemukan", "rpjmdSasaranId");
  const unit = letak.opdId === null ? [] : await repo.daftarUnitOpd(db, cakupan, letak.opdId);
  if (d.unitKerjaId !== null && !unit.some((u) => u.id === d.unitKerjaId))
    throw inputTidakValid(
      letak.opdId === null
        ? "Simpul tingkat pemda tidak dimiliki unit kerja"
        : "Unit kerja yang dipilih bukan unit perangkat daerah ini",
      "unitKerjaId",
    );
  if (letak.level === "individu" && d.pegawaiId === null)
    throw inputTidakValid("Pegawai wajib dipilih untuk RHK individu", "pegawaiId");
  if (d.pegawaiId !== null) {
    const p = await repo.cariPegawai(db, cakupan, d.pegawaiId);
    if (!p) throw inputTidakValid("Pegawai tidak ditemukan", "pegawaiId");
    if (letak.level === "individu") {
      const unitInduk = induk?.unit_kerja_id ?? null;
      const salah =
        p.opd_id !== letak.opdId
          ? `${p.nama} adalah pegawai perangkat daerah lain; RHK hanya untuk pegawai perangkat daerah ini`
          : periksaUnitPegawai({
              unitPegawaiId: p.unit_kerja_id,
              unitIndukSimpulId: unitInduk,
              indukUnit: new Map(unit.map((u) => [u.id, u.induk_id])),
              namaPegawai: p.nama,
              namaUnitInduk: unit.find((u) => u.id === unitInduk)?.nama ?? null,
            });
      if (salah) throw inputTidakValid(salah, "pegawaiId");
    } else if (p.opd_id !== letak.opdId) {
      throw inputTidakValid(`${p.nama} bukan pegawai perangkat daerah ini`, "pegawaiId");
    }
  }
  if (d.faktorKeberhasilanId !== null) {
    const f = await repo.cariFaktor(db, cakupan, d.faktorKeberhasilanId);
    if (!f || (f.opd_id !== null && f.opd_id !== letak.opdId))
      throw inputTidakValid("Faktor keberhasilan tidak ditemukan pada pohon ini", "faktorKeberhasilanId");
  }
}

function kolomTautan(d: Tautan) {
  return {
    jenis_hasil: d.jenisHasil,
    kondisi: d.kondisi,
    rpjmd_sasaran_id: d.rpjmdSasaranId,
    sasaran_id: d.sasaranId,
    unit_kerja_id: d.unitKerjaId,
    pegawai_id: d.pegawaiId,
    faktor_keberhasilan_id: d.faktorKeberhasilanId,
    urutan: d.urutan,
  };
}

async function tolakSiklus<T>(kerja: () => Promise<T>): Promise<T> {
  try {
    return await kerja();
  } catch (e) {
    if ((e as { code?: unknown } | null)?.code === SQLSTATE_SIKLUS)
      throw inputTidakValid(PESAN_SIKLUS, "indukId");
    throw e;
  }
}

/**
 * Adds a node to the tree of the plan period covering `tahun` (an OPD node takes its Renstra's period, a pemda
 * node its RPJMD's) after every rule of pohon.domain.ts holds; returns its id.
 */
export async function tambahSimpul(
  db: Db,
  cakupan: Cakupan,
  input: z.input<typeof skemaSimpulBaru>,
): Promise<number> {
  const d = validasi(skemaSimpulBaru, input);
  const salahOpd = periksaLevelOpd(d.level, d.opdId);
  if (salahOpd) throw inputTidakValid(salahOpd, d.opdId === null ? "opdId" : "level");
  const c = cakupanTulis(cakupan, d.opdId);
  return dalamTransaksi(db, async (trx) => {
    let periode: { tahun_awal: number; tahun_akhir: number } | undefined;
    if (d.opdId !== null) {
      await namaOpd(trx, c, d.opdId);
      periode = await planningRepo.cariRenstraMeliputi(trx, c, d.opdId, d.tahun);
      if (!periode)
        throw inputTidakValid(
          `Belum ada Renstra yang meliputi tahun ${d.tahun} untuk perangkat daerah ini`,
          "tahun",
        );
    } else {
      periode = await repo.cariRpjmdMeliputi(trx, c, d.tahun);
      if (!periode) throw inputTidakValid(`Belum ada RPJMD yang meliputi tahun ${d.tahun}`, "tahun");
    }
    const letak: Letak = {
      id: null,
      opdId: d.opdId,
      level: d.level,
      tahunAwal: periode.tahun_awal,
      tahunAkhir: periode.tahun_akhir,
    };
    const induk = await periksaInduk(trx, c, letak, d.indukId);
    await periksaTautan(trx, c, letak, induk, d);
    const baris = {
      pemda_id: c.pemdaId,
      opd_id: d.opdId,
      induk_id: d.indukId,
      tahun_awal: letak.tahunAwal,
      tahun_akhir: letak.tahunAkhir,
      level: d.level,
      ...kolomTautan(d),
    };
    const { id } = await tolakSiklus(() =>
      trx.insertInto("pohon_kinerja").values(baris).returning("id").executeTakeFirstOrThrow(),
    );
    await catatAudit(trx, c, "buat", "pohon_kinerja", id, baris, d.opdId);
    return id;
  });
}

/** Changes a node's statement, owner and links; the rules of tambahSimpul apply again. */
export async function ubahSimpul(
  db: Db,
  cakupan: Cakupan,
  simpulId: number,
  input: z.input<typeof skemaSimpulUbah>,
): Promise<void> {
  const d = validasi(skemaSimpulUbah, input);
  await dalamTransaksi(db, async (trx) => {
    const s = await muatSimpul(trx, cakupan, simpulId);
    const c = cakupanTulis(cakupan, s.opd_id);
    const letak: Letak = {
      id: s.id,
      opdId: s.opd_id,
      level: s.level,
      tahunAwal: s.tahun_awal,
      tahunAkhir: s.tahun_akhir,
    };
    const induk = s.induk_id === null ? null : await muatSimpul(trx, c, s.induk_id, "indukId");
    await periksaTautan(trx, c, letak, induk, d);
    const kolom = kolomTautan(d);
    await trx.updateTable("pohon_kinerja").set(kolom).where("id", "=", s.id).execute();
    await catatAudit(trx, c, "ubah", "pohon_kinerja", s.id, kolom, s.opd_id, s);
  });
}

/**
 * Moves a node under another parent (null makes it a root). Refused when the new parent is the node itself or
 * one of its descendants (a cycle), and under the same level, OPD and employee rules as a new node.
 */
export async function pindahSimpul(
  db: Db,
  cakupan: Cakupan,
  simpulId: number,
  indukIdBaru: number | null,
): Promise<void> {
  await dalamTransaksi(db, async (trx) => {
    const s = await muatSimpul(trx, cakupan, simpulId);
    const c = cakupanTulis(cakupan, s.opd_id);
    const letak: Letak = {
      id: s.id,
      opdId: s.opd_id,
      level: s.level,
      tahunAwal: s.tahun_awal,
      tahunAkhir: s.tahun_akhir,
    };
    const induk = await periksaInduk(trx, c, letak, indukIdBaru);
    if (s.level === "individu" && s.pegawai_id !== null) {
      await periksaTautan(trx, c, letak, induk, {
        jenisHasil: s.jenis_hasil,
        kondisi: s.kondisi,
        rpjmdSasaranId: null,
        sasaranId: null,
        unitKerjaId: null,
        pegawaiId: s.pegawai_id,
        faktorKeberhasilanId: null,
        urutan: s.urutan,
      });
    }
    await tolakSiklus(() =>
      trx.updateTable("pohon_kinerja").set({ induk_id: indukIdBaru }).where("id", "=", s.id).execute(),
    );
    await catatAudit(trx, c, "ubah", "pohon_kinerja", s.id, { induk_id: indukIdBaru }, s.opd_id, {
      induk_id: s.induk_id,
    });
  });
}

/**
 * Removes a node with its indicators, targets, funding and support. Refused while nodes hang under it or
 * critical success factors belong to it: they would be lost or orphaned silently.
 */
export async function hapusSimpul(db: Db, cakupan: Cakupan, simpulId: number): Promise<void> {
  await dalamTransaksi(db, async (trx) => {
    const s = await muatSimpul(trx, cakupan, simpulId);
    const c = cakupanTulis(cakupan, s.opd_id);
    const anak = await repo.jumlahAnak(trx, c, s.id);
    if (anak > 0)
      throw new GalatTerukur(
        "konflik",
        `Simpul ini masih memiliki ${anak} simpul di bawahnya; pindahkan atau hapus simpul-simpul itu terlebih dulu`,
        "simpulId",
      );
    const faktor = await trx
      .selectFrom("faktor_keberhasilan")
      .select("id")
      .where("pohon_id", "=", s.id)
      .execute();
    if (faktor.length > 0)
      throw new GalatTerukur(
        "konflik",
        `Simpul ini masih memiliki ${faktor.length} faktor keberhasilan; hapus faktor keberhasilannya terlebih dulu`,
        "simpulId",
      );
    const indikator = await repo.daftarIndikatorTarget(trx, c, [s.id]);
    const anggaran = await repo.daftarAnggaran(trx, c, [s.id]);
    const dukungan = await repo.daftarDukungan(trx, c, [s.id]);
    const idIndikator = [...new Set(indikator.map((i) => i.id))];
    if (idIndikator.length > 0)
      await trx.deleteFrom("pohon_kinerja_target").where("pohon_indikator_id", "in", idIndikator).execute();
    await trx.deleteFrom("pohon_kinerja_indikator").where("pohon_id", "=", s.id).execute();
    await trx.deleteFrom("pohon_kinerja_anggaran").where("pohon_id", "=", s.id).execute();
    await trx.deleteFrom("pohon_kinerja_dukungan").where("pohon_id", "=", s.id).execute();
    try {
      await trx.deleteFrom("pohon_kinerja").where("id", "=", s.id).execute();
    } catch (e) {
      if ((e as { code?: unknown } | null)?.code === "23503")
        throw new GalatTerukur(
          "konflik",
          "Simpul ini masih dirujuk data lain (mis. RHK pegawai) dan tidak dapat dihapus",
          "simpulId",
        );
      throw e;
    }
    await catatAudit(trx, c, "hapus", "pohon_kinerja", s.id, null, s.opd_id, {
      ...s,
      indikator: indikator.map((i) => ({ id: i.id, nama: i.nama, tahun: i.tahun, target: i.target })),
      anggaran: anggaran.map((a) => ({ opd: a.opd_kode, kode: a.kode_anggaran })),
      dukungan: dukungan.map((x) => ({ opd: x.opd_kode, peran: x.peran, porsi: x.porsi })),
    });
  });
}

/**
 * Links a node to a program, kegiatan or sub kegiatan code that must be in the DPA of that OPD for a year of
 * the node's period; another OPD's code needs that OPD recorded as a supporter first (crosscutting).
 */
export async function tautkanAnggaran(
  db: Db,
  cakupan: Cakupan,
  simpulId: number,
  input: z.input<typeof skemaAnggaranSimpul>,
): Promise<number> {
  const d = validasi(skemaAnggaranSimpul, input);
  const k = parseKode(d.kode);
  if (!k.ok) throw inputTidakValid(k.pesan, "kode");
  if (k.level !== "program" && k.level !== "kegiatan" && k.level !== "sub_kegiatan")
    throw inputTidakValid("Simpul hanya dapat didanai kode program, kegiatan atau sub kegiatan", "kode");
  return dalamTransaksi(db, async (trx) => {
    const s = await muatSimpul(trx, cakupan, simpulId);
    const c = cakupanTulis(cakupan, s.opd_id);
    const opd = await opdDariKode(trx, c, d.opdKode);
    const pendukung = (await repo.daftarDukungan(trx, c, [s.id])).map((x) => x.opd_id);
    const salah = periksaOpdAnggaran({ opdSimpulId: s.opd_id, opdKode: opd, kode: k.kode, pendukung });
    if (salah) throw inputTidakValid(salah, "kode");
    if (!(await repo.kodeAdaDiDpa(trx, c, opd.id, k.kode, s.tahun_awal, s.tahun_akhir)))
      throw inputTidakValid(
        `Kode ${k.kode} tidak ada di DPA ${opd.nama} tahun ${s.tahun_awal}–${s.tahun_akhir}`,
        "kode",
      );
    const baris = { pemda_id: c.pemdaId, pohon_id: s.id, opd_id: opd.id, kode_anggaran: k.kode };
    const { id } = await tolakDuplikat(
      () => trx.insertInto("pohon_kinerja_anggaran").values(baris).returning("id").executeTakeFirstOrThrow(),
      `Kode ${k.kode} milik ${opd.nama} sudah mendanai simpul ini`,
      "kode",
    );
    await catatAudit(trx, c, "buat", "pohon_kinerja_anggaran", id, baris, s.opd_id);
    return id;
  });
}

/** Unlinks a budget code from a node. */
export async function lepasAnggaran(
  db: Db,
  cakupan: Cakupan,
  simpulId: number,
  input: z.input<typeof skemaAnggaranSimpul>,
): Promise<void> {
  const d = validasi(skemaAnggaranSimpul, input);
  await dalamTransaksi(db, async (trx) => {
    const s = await muatSimpul(trx, cakupan, simpulId);
    const c = cakupanTulis(cakupan, s.opd_id);
    const opd = await opdDariKode(trx, c, d.opdKode);
    const lama = await trx
      .selectFrom("pohon_kinerja_anggaran")
      .selectAll()
      .where("pohon_id", "=", s.id)
      .where("opd_id", "=", opd.id)
      .where("kode_anggaran", "=", d.kode)
      .executeTakeFirst();
    if (!lama) throw new GalatTerukur("tidak_ditemukan", `Kode ${d.kode} tidak mendanai simpul ini`, "kode");
    await trx.deleteFrom("pohon_kinerja_anggaran").where("id", "=", lama.id).execute();
    await catatAudit(trx, c, "hapus", "pohon_kinerja_anggaran", lama.id, null, s.opd_id, lama);
  });
}

/**
 * Records (or replaces) an OPD's support of a node with its role and share (crosscutting, LKE 1.b.9); the
 * shares of one node's supporters together may not exceed 100 %.
 */
export async function aturDukungan(
  db: Db,
  cakupan: Cakupan,
  simpulId: number,
  input: z.input<typeof skemaDukunganSimpul>,
): Promise<number> {
  const d = validasi(skemaDukunganSimpul, input);
  return dalamTransaksi(db, async (trx) => {
    const s = await muatSimpul(trx, cakupan, simpulId);
    const c = cakupanTulis(cakupan, s.opd_id);
    const opd = await opdDariKode(trx, c, d.opdKode);
    const ada = await repo.daftarDukungan(trx, c, [s.id]);
    const lama = ada.find((x) => x.opd_id === opd.id);
    const salah = periksaJumlahPorsi(
      ada.filter((x) => x.opd_id !== opd.id).map((x) => x.porsi),
      d.porsi,
    );
    if (salah) throw inputTidakValid(salah, "porsi");
    const nilai = { peran: d.peran, porsi: d.porsi, keterangan: d.keterangan };
    const { id } = await trx
      .insertInto("pohon_kinerja_dukungan")
      .values({ pemda_id: c.pemdaId, pohon_id: s.id, opd_id: opd.id, ...nilai })
      .onConflict((oc) => oc.columns(["pohon_id", "opd_id"]).doUpdateSet(nilai))
      .returning("id")
      .executeTakeFirstOrThrow();
    await catatAudit(
      trx,
      c,
      lama ? "ubah" : "buat",
      "pohon_kinerja_dukungan",
      id,
      { pohon_id: s.id, opd: opd.kode, ...nilai },
      s.opd_id,
      lama ? { peran: lama.peran, porsi: lama.porsi, keterangan: lama.keterangan } : null,
    );
    return id;
  });
}

/** Removes an OPD's support of a node; refused while that OPD still funds the node or has nodes under it. */
export async function hapusDukungan(
  db: Db,
  cakupan: Cakupan,
  simpulId: number,
  opdKode: string,
): Promise<void> {
  await dalamTransaksi(db, async (trx) => {
    const s = await muatSimpul(trx, cakupan, simpulId);
    const c = cakupanTulis(cakupan, s.opd_id);
    const opd = await opdDariKode(trx, c, opdKode.trim());
    const lama = (await repo.daftarDukungan(trx, c, [s.id])).find((x) => x.opd_id === opd.id);
    if (!lama) throw new GalatTerukur("tidak_ditemukan", `${opd.nama} bukan pendukung simpul ini`, "opdKode");
    if (opd.id !== s.opd_id) {
      const dana = (await repo.daftarAnggaran(trx, c, [s.id])).filter((a) => a.opd_id === opd.id);
      if (dana.length > 0)
        throw new GalatTerukur(
          "konflik",
          `Kode ${dana.map((a) => a.kode_anggaran).join(", ")} milik ${opd.nama} masih mendanai simpul ini; lepaskan anggarannya terlebih dulu`,
          "opdKode",
        );
      if ((await repo.opdAnak(trx, c, s.id)).some((a) => a.opd_id === opd.id))
        throw new GalatTerukur(
          "konflik",
          `Simpul milik ${opd.nama} masih berada di bawah simpul ini; pindahkan simpul itu terlebih dulu`,
          "opdKode",
        );
    }
    await trx.deleteFrom("pohon_kinerja_dukungan").where("id", "=", lama.id).execute();
    await catatAudit(trx, c, "hapus", "pohon_kinerja_dukungan", lama.id, null, s.opd_id, {
      pohon_id: s.id,
      opd: opd.kode,
      peran: lama.peran,
      porsi: lama.porsi,
    });
  });
}

type IndikatorMasuk = z.output<typeof skemaIndikatorSimpul>;

async function periksaIndikatorRenstra(
  db: Db,
  cakupan: Cakupan,
  s: Pick<Simpul, "opd_id" | "tahun_awal" | "tahun_akhir">,
  d: IndikatorMasuk,
) {
  if (d.indikatorId === null) return;
  const r = await repo.cariIndikatorRenstra(db, cakupan, d.indikatorId);
  if (
    !r ||
    s.opd_id === null ||
    r.opd_id !== s.opd_id ||
    r.tahun_awal > s.tahun_akhir ||
    r.tahun_akhir < s.tahun_awal
  )
    throw inputTidakValid(
      `Indikator yang dipilih bukan indikator Renstra perangkat daerah ini periode ${s.tahun_awal}–${s.tahun_akhir}`,
      "indikatorId",
    );
}

/** Adds an indicator to a node (step 4 of 89/2021); a Renstra indicator only from the node's own OPD. */
export async function tambahIndikatorSimpul(
  db: Db,
  cakupan: Cakupan,
  simpulId: number,
  input: z.input<typeof skemaIndikatorSimpul>,
): Promise<number> {
  const d = validasi(skemaIndikatorSimpul, input);
  return dalamTransaksi(db, async (trx) => {
    const s = await muatSimpul(trx, cakupan, simpulId);
    const c = cakupanTulis(cakupan, s.opd_id);
    await periksaIndikatorRenstra(trx, c, s, d);
    const baris = {
      pemda_id: c.pemdaId,
      pohon_id: s.id,
      indikator_id: d.indikatorId,
      nama: d.nama,
      satuan: d.satuan,
      urutan: d.urutan,
    };
    const { id } = await trx
      .insertInto("pohon_kinerja_indikator")
      .values(baris)
      .returning("id")
      .executeTakeFirstOrThrow();
    await catatAudit(trx, c, "buat", "pohon_kinerja_indikator", id, baris, s.opd_id);
    return id;
  });
}

async function muatIndikatorSimpul(db: Db, cakupan: Cakupan, id: number) {
  const i = await repo.cariIndikatorSimpul(db, cakupan, id);
  if (!i) throw new GalatTerukur("tidak_ditemukan", "Indikator simpul tidak ditemukan", "indikatorSimpulId");
  return { i, c: cakupanTulis(cakupan, i.opd_id) };
}

/** Changes a node's indicator. */
export async function ubahIndikatorSimpul(
  db: Db,
  cakupan: Cakupan,
  indikatorSimpulId: number,
  input: z.input<typeof skemaIndikatorSimpul>,
): Promise<void> {
  const d = validasi(skemaIndikatorSimpul, input);
  await dalamTransaksi(db, async (trx) => {
    const { i, c } = await muatIndikatorSimpul(trx, cakupan, indikatorSimpulId);
    await periksaIndikatorRenstra(trx, c, i, d);
    const kolom = { indikator_id: d.indikatorId, nama: d.nama, satuan: d.satuan, urutan: d.urutan };
    await trx.updateTable("pohon_kinerja_indikator").set(kolom).where("id", "=", i.id).execute();
    await catatAudit(trx, c, "ubah", "pohon_kinerja_indikator", i.id, kolom, i.opd_id, {
      indikator_id: i.indikator_id,
      nama: i.nama,
      satuan: i.satuan,
      urutan: i.urutan,
    });
  });
}

/** Removes a node's indicator with its targets. */
export async function hapusIndikatorSimpul(
  db: Db,
  cakupan: Cakupan,
  indikatorSimpulId: number,
): Promise<void> {
  await dalamTransaksi(db, async (trx) => {
    const { i, c } = await muatIndikatorSimpul(trx, cakupan, indikatorSimpulId);
    const target = await trx
      .selectFrom("pohon_kinerja_target")
      .select(["tahun", "target"])
      .where("pohon_indikator_id", "=", i.id)
      .execute();
    await trx.deleteFrom("pohon_kinerja_target").where("pohon_indikator_id", "=", i.id).execute();
    await trx.deleteFrom("pohon_kinerja_indikator").where("id", "=", i.id).execute();
    await catatAudit(trx, c, "hapus", "pohon_kinerja_indikator", i.id, null, i.opd_id, { ...i, target });
  });
}

/** Sets one year's target of a node's indicator, only for a year of the node's period; empty removes it. */
export async function aturTargetSimpul(
  db: Db,
  cakupan: Cakupan,
  indikatorSimpulId: number,
  input: z.input<typeof skemaTargetSimpul>,
): Promise<void> {
  const d = validasi(skemaTargetSimpul, input);
  await dalamTransaksi(db, async (trx) => {
    const { i, c } = await muatIndikatorSimpul(trx, cakupan, indikatorSimpulId);
    const salah = periksaTahunTarget(d.tahun, i.tahun_awal, i.tahun_akhir);
    if (salah) throw inputTidakValid(salah, "tahun");
    const lama = await trx
      .selectFrom("pohon_kinerja_target")
      .select(["id", "target"])
      .where("pohon_indikator_id", "=", i.id)
      .where("tahun", "=", d.tahun)
      .executeTakeFirst();
    if (d.target === null) {
      if (!lama) return;
      await trx.deleteFrom("pohon_kinerja_target").where("id", "=", lama.id).execute();
      await catatAudit(trx, c, "hapus", "pohon_kinerja_target", lama.id, null, i.opd_id, {
        pohon_indikator_id: i.id,
        tahun: d.tahun,
        target: lama.target,
      });
      return;
    }
    const target = d.target;
    const { id } = await trx
      .insertInto("pohon_kinerja_target")
      .values({ pemda_id: c.pemdaId, pohon_indikator_id: i.id, tahun: d.tahun, target })
      .onConflict((oc) => oc.columns(["pohon_indikator_id", "tahun"]).doUpdateSet({ target }))
      .returning("id")
      .executeTakeFirstOrThrow();
    await catatAudit(
      trx,
      c,
      lama ? "ubah" : "buat",
      "pohon_kinerja_target",
      id,
      { pohon_indikator_id: i.id, tahun: d.tahun, target: d.target },
      i.opd_id,
      lama ? { target: lama.target } : null,
    );
  });
}

/** Adds a critical success factor to a node (step 2 of 89/2021: what must hold for the outcome); returns its id. */
export async function tambahFaktorKeberhasilan(
  db: Db,
  cakupan: Cakupan,
  simpulId: number,
  input: z.input<typeof skemaFaktorKeberhasilan>,
): Promise<number> {
  const d = validasi(skemaFaktorKeberhasilan, input);
  return dalamTransaksi(db, async (trx) => {
    const s = await muatSimpul(trx, cakupan, simpulId);
    const c = cakupanTulis(cakupan, s.opd_id);
    if (s.level === "individu" || s.level === "operasional")
      throw inputTidakValid(
        `Faktor keberhasilan dirumuskan untuk hasil (outcome), bukan untuk simpul ${NAMA_LEVEL[s.level]}`,
        "simpulId",
      );
    const baris = {
      pemda_id: c.pemdaId,
      opd_id: s.opd_id,
      pohon_id: s.id,
      uraian: d.uraian,
      urutan: d.urutan,
    };
    const { id } = await trx
      .insertInto("faktor_keberhasilan")
      .values(baris)
      .returning("id")
      .executeTakeFirstOrThrow();
    await catatAudit(trx, c, "buat", "faktor_keberhasilan", id, baris, s.opd_id);
    return id;
  });
}

/** Removes a critical success factor; refused while nodes are tagged with it (its conditions would lose it). */
export async function hapusFaktorKeberhasilan(db: Db, cakupan: Cakupan, faktorId: number): Promise<void> {
  await dalamTransaksi(db, async (trx) => {
    const f = await repo.cariFaktor(trx, cakupan, faktorId);
    if (!f) throw new GalatTerukur("tidak_ditemukan", "Faktor keberhasilan tidak ditemukan", "faktorId");
    const c = cakupanTulis(cakupan, f.opd_id);
    const r = await trx
      .selectFrom("pohon_kinerja")
      .select((e) => e.fn.countAll<string>().as("n"))
      .where("faktor_keberhasilan_id", "=", f.id)
      .executeTakeFirstOrThrow();
    if (Number(r.n) > 0)
      throw new GalatTerukur(
        "konflik",
        `Faktor keberhasilan ini masih ditandai pada ${Number(r.n)} simpul; lepaskan tandanya terlebih dulu`,
        "faktorId",
      );
    await trx.deleteFrom("faktor_keberhasilan").where("id", "=", f.id).execute();
    await catatAudit(trx, c, "hapus", "faktor_keberhasilan", f.id, null, f.opd_id, f);
  });
}

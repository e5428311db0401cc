import { catatAudit } from "../../platform/db/audit.ts";
import type { ObjekAlur, StatusAlur } from "../../platform/db/schema.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur, inputTidakValid } from "../../platform/errors.ts";
import { type Cakupan, pastikanOpdDalamCakupan } from "../../platform/scope.ts";
import { boleh, bolehUnitIndikator } from "../auth/auth.policy.ts";
import { cakupanPengguna, type Pengguna } from "../auth/pengguna.ts";
import { labelPeriode } from "../performance/periode.domain.ts";
import {
  komentarWajib,
  LABEL_OBJEK,
  type LangkahAlur,
  pesanLangkahTidakTersedia,
  statusSesudah,
  TINDAKAN_LANGKAH,
} from "./alur.domain.ts";

/** The shortest reason accepted for reopening an approved item: a word or two says nothing to an auditor. */
export const ALASAN_REVISI_MINIMUM = 10;

/** An item in the workflow as the services need it: where it belongs, its status and revision. */
export type ObjekTermuat = {
  objek: ObjekAlur;
  id: number;
  pemdaId: number;
  opdId: number;
  status: StatusAlur;
  revisi: number;
  /** a realisation's value (null when recorded empty); undefined for other items */
  nilai?: string | null;
  /** the unit responsible for a realisation's indicator */
  unitPenanggungJawabId?: number | null;
  /** a short Indonesian description for page titles: "Realisasi S1.I1 Tahun 2024" */
  uraian: string;
};

function tidakDitemukan(objek: ObjekAlur): GalatTerukur {
  return new GalatTerukur("tidak_ditemukan", `${LABEL_OBJEK[objek].id} tidak ditemukan`);
}

/** Loads an item inside a pemda (locked for update inside a transaction), or null. */
async function muat(db: Db, pemdaId: number, objek: ObjekAlur, id: number, kunci: boolean) {
  if (objek === "realisasi_indikator") {
    let q = db
      .selectFrom("realisasi_indikator as r")
      .innerJoin("indikator as i", "i.id", "r.indikator_id")
      .select([
        "r.id",
        "r.pemda_id",
        "r.opd_id",
        "r.status",
        "r.revisi",
        "r.nilai",
        "r.tahun",
        "r.periode_jenis",
        "r.periode_ke",
        "i.kode",
        "i.penanggung_jawab_unit_id",
      ])
      .where("r.pemda_id", "=", pemdaId)
      .where("r.id", "=", id);
    if (kunci) q = q.forUpdate("r");
    const r = await q.executeTakeFirst();
    if (!r) return null;
    const hasil: ObjekTermuat = {
      objek,
      id: r.id,
      pemdaId: r.pemda_id,
      opdId: r.opd_id,
      status: r.status,
      revisi: r.revisi,
      nilai: r.nilai,
      unitPenanggungJawabId: r.penanggung_jawab_unit_id,
      uraian: `Realisasi ${r.kode} ${labelPeriode({ jenis: r.periode_jenis, ke: r.periode_ke })} ${r.tahun}`,
    };
    return hasil;
  }
  if (objek === "perjanjian_kinerja") {
    let q = db
      .selectFrom("perjanjian_kinerja as p")
      .innerJoin("unit_kerja as u", "u.id", "p.unit_kerja_id")
      .select(["p.id", "p.pemda_id", "p.opd_id", "p.status", "p.revisi", "p.tahun", "u.nama as unit_nama"])
      .where("p.pemda_id", "=", pemdaId)
      .where("p.id", "=", id);
    if (kunci) q = q.forUpdate("p");
    const p = await q.executeTakeFirst();
    if (!p) return null;
    const hasil: ObjekTermuat = {
      objek,
      id: p.id,
      pemdaId: p.pemda_id,
      opdId: p.opd_id,
      status: p.status,
      revisi: p.revisi,
      uraian: `Perjanjian Kinerja ${p.unit_nama} ${p.tahun}`,
    };
    return hasil;
  }
  let q = db
    .selectFrom("dokumen_opd")
    .select(["id", "pemda_id", "opd_id", "status", "revisi", "jenis", "tahun"])
    .where("pemda_id", "=", pemdaId)
    .where("id", "=", id);
  if (kunci) q = q.forUpdate();
  const d = await q.executeTakeFirst();
  if (!d) return null;
  const hasil: ObjekTermuat = {
    objek,
    id: d.id,
    pemdaId: d.pemda_id,
    opdId: d.opd_id,
    status: d.status,
    revisi: d.revisi,
    uraian: `Dokumen ${d.jenis.toUpperCase()} ${d.tahun}`,
  };
  return hasil;
}

/**
 * Reads one item in the caller's scope (and, when given, of one OPD), refusing an item of an OPD
 * outside the scope. Why: the history page and the buttons show the item's current status.
 */
export async function tentukanObjekAlur(
  db: Db,
  cakupan: Cakupan,
  objek: ObjekAlur,
  id: number,
  opdId?: number,
): Promise<ObjekTermuat> {
  const o = await muat(db, cakupan.pemdaId, objek, id, false);
  if (!o || (opdId !== undefined && o.opdId !== opdId)) throw tidakDitemukan(objek);
  pastikanOpdDalamCakupan(cakupan, o.opdId);
  return o;
}

async function setStatus(db: Db, objek: ObjekAlur, id: number, set: { status: StatusAlur; revisi?: number }) {
  if (objek === "realisasi_indikator") {
    await db.updateTable("realisasi_indikator").set(set).where("id", "=", id).execute();
  } else if (objek === "perjanjian_kinerja") {
    await db.updateTable("perjanjian_kinerja").set(set).where("id", "=", id).execute();
  } else {
    await db.updateTable("dokumen_opd").set(set).where("id", "=", id).execute();
  }
}

function tolakPeran(): GalatTerukur {
  return new GalatTerukur("di_luar_cakupan", "Peran Anda tidak diizinkan melakukan langkah ini.");
}

/**
 * Moves an item one step in the workflow (issue 4 item 4): checks the person's pemda, OPD and role (a
 * kepala seksi only for indicators of their unit), that the step is available from the item's status, and
 * writes the new status, the step with its comment and the audit entry in one transaction.
 * `opsi.opdId` refuses an item that is not of the OPD named in the address.
 */
export async function jalankanLangkah(
  db: Db,
  pengguna: Pengguna,
  objek: ObjekAlur,
  objekId: number,
  langkah: LangkahAlur,
  komentar: string | null,
  opsi: { opdId?: number } = {},
): Promise<StatusAlur> {
  const catatan = komentar?.trim() || null;
  if (komentarWajib(langkah) && !catatan) {
    throw inputTidakValid(
      "Komentar wajib diisi saat mengembalikan: tuliskan apa yang perlu diperbaiki",
      "komentar",
    );
  }
  const cakupan = cakupanPengguna(pengguna);
  return dalamTransaksi(db, async (trx) => {
    const o = await muat(trx, pengguna.pemdaId, objek, objekId, true);
    if (!o || (opsi.opdId !== undefined && o.opdId !== opsi.opdId)) throw tidakDitemukan(objek);
    pastikanOpdDalamCakupan(cakupan, o.opdId);
    if (!boleh(pengguna, TINDAKAN_LANGKAH[langkah], o.opdId)) throw tolakPeran();
    if (objek === "realisasi_indikator" && !bolehUnitIndikator(pengguna, o.unitPenanggungJawabId ?? null)) {
      throw new GalatTerukur(
        "di_luar_cakupan",
        "Indikator ini menjadi tanggung jawab unit lain; Anda hanya dapat mengajukan realisasi indikator unit Anda.",
      );
    }
    const ke = statusSesudah(o.status, langkah);
    if (!ke)
      throw new GalatTerukur("konflik", pesanLangkahTidakTersedia(objek, o.status, langkah), "langkah");
    if (
      objek === "realisasi_indikator" &&
      langkah === "ajukan" &&
      (o.nilai === null || o.nilai === undefined)
    ) {
      throw inputTidakValid("Realisasi ini belum bernilai; isi nilainya sebelum diajukan", "nilai");
    }
    await setStatus(trx, objek, o.id, { status: ke });
    await trx
      .insertInto("riwayat_alur")
      .values({
        pemda_id: o.pemdaId,
        opd_id: o.opdId,
        objek,
        objek_id: o.id,
        dari: o.status,
        ke,
        komentar: catatan,
        pelaku: pengguna.namaPengguna,
      })
      .execute();
    await catatAudit(trx, cakupan, "ubah", objek, o.id, { status: ke, langkah, komentar: catatan }, o.opdId, {
      status: o.status,
    });
    return ke;
  });
}

function jsonAman(x: unknown): string {
  return JSON.stringify(x, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
}

/** The content of an item as approved, kept in the revision: a PK with its indicators, programs and plan. */
async function isiSebelum(db: Db, objek: ObjekAlur, id: number): Promise<unknown> {
  if (objek === "realisasi_indikator") {
    const baris = await db
      .selectFrom("realisasi_indikator")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    const bukti = await db
      .selectFrom("bukti")
      .select(["id", "nama_berkas", "jenis_mime", "ukuran", "sha256", "diunggah_oleh", "diunggah_pada"])
      .where("realisasi_id", "=", id)
      .orderBy("id")
      .execute();
    return { ...baris, bukti };
  }
  if (objek === "perjanjian_kinerja") {
    const baris = await db
      .selectFrom("perjanjian_kinerja")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    const indikator = await db
      .selectFrom("pk_indikator")
      .selectAll()
      .where("pk_id", "=", id)
      .orderBy("id")
      .execute();
    const program = await db
      .selectFrom("pk_program")
      .selectAll()
      .where("pk_id", "=", id)
      .orderBy("id")
      .execute();
    const rencanaAksi = await db
      .selectFrom("rencana_aksi as ra")
      .innerJoin("pk_indikator as k", "k.id", "ra.pk_indikator_id")
      .selectAll("ra")
      .where("k.pk_id", "=", id)
      .orderBy("ra.pk_indikator_id")
      .orderBy("ra.triwulan")
      .execute();
    return { ...baris, indikator, program, rencanaAksi };
  }
  return db.selectFrom("dokumen_opd").selectAll().where("id", "=", id).executeTakeFirst();
}

/**
 * Reopens an approved item for change (pimpinan only): records revision n+1 with the reason and the
 * content as approved, and sets the item back to draf with revisi n+1 in the same transaction, which is
 * exactly what the database lock lets through. Returns the revision number.
 */
export async function bukaRevisi(
  db: Db,
  pengguna: Pengguna,
  objek: ObjekAlur,
  objekId: number,
  alasan: string,
  opsi: { opdId?: number } = {},
): Promise<number> {
  const cakupan = cakupanPengguna(pengguna);
  return dalamTransaksi(db, async (trx) => {
    const o = await muat(trx, pengguna.pemdaId, objek, objekId, true);
    if (!o || (opsi.opdId !== undefined && o.opdId !== opsi.opdId)) throw tidakDitemukan(objek);
    pastikanOpdDalamCakupan(cakupan, o.opdId);
    if (!boleh(pengguna, "setujui", o.opdId)) {
      throw new GalatTerukur(
        "di_luar_cakupan",
        "Hanya pimpinan OPD yang dapat membuka revisi data yang sudah disetujui.",
      );
    }
    const teks = alasan.trim();
    if (teks.length < ALASAN_REVISI_MINIMUM) {
      throw inputTidakValid(
        `Alasan revisi wajib diisi, paling sedikit ${ALASAN_REVISI_MINIMUM} karakter`,
        "alasan",
      );
    }
    if (o.status !== "disetujui") {
      throw new GalatTerukur(
        "konflik",
        `${LABEL_OBJEK[objek].id} ini berstatus ${o.status}; revisi hanya dibuka untuk data yang sudah disetujui`,
        "alasan",
      );
    }
    const nomor = o.revisi + 1;
    await trx
      .insertInto("revisi")
      .values({
        pemda_id: o.pemdaId,
        opd_id: o.opdId,
        objek,
        objek_id: o.id,
        nomor,
        alasan: teks,
        isi_sebelum: jsonAman(await isiSebelum(trx, objek, o.id)),
        pelaku: pengguna.namaPengguna,
      })
      .execute();
    await setStatus(trx, objek, o.id, { status: "draf", revisi: nomor });
    await trx
      .insertInto("riwayat_alur")
      .values({
        pemda_id: o.pemdaId,
        opd_id: o.opdId,
        objek,
        objek_id: o.id,
        dari: "disetujui",
        ke: "draf",
        komentar: `Revisi ${nomor}: ${teks}`,
        pelaku: pengguna.namaPengguna,
      })
      .execute();
    await catatAudit(
      trx,
      cakupan,
      "ubah",
      objek,
      o.id,
      { status: "draf", revisi: nomor, alasan: teks },
      o.opdId,
      { status: "disetujui", revisi: o.revisi },
    );
    return nomor;
  });
}

/** One step of an item's history as the history page shows it. */
export type LangkahRiwayat = {
  dari: StatusAlur;
  ke: StatusAlur;
  komentar: string | null;
  pelaku: string;
  /** the account's full name when the pelaku is a known account */
  namaPelaku: string | null;
  waktu: Date;
};

/** Every step an item went through, oldest first, with its comment, who and when. */
export async function riwayatAlur(
  db: Db,
  cakupan: Cakupan,
  objek: ObjekAlur,
  objekId: number,
): Promise<LangkahRiwayat[]> {
  const o = await tentukanObjekAlur(db, cakupan, objek, objekId);
  const baris = await db
    .selectFrom("riwayat_alur as r")
    .leftJoin("akun as a", (j) =>
      j.onRef("a.nama_pengguna", "=", "r.pelaku").onRef("a.pemda_id", "=", "r.pemda_id"),
    )
    .select(["r.dari", "r.ke", "r.komentar", "r.pelaku", "r.waktu", "a.nama as nama_pelaku"])
    .where("r.pemda_id", "=", o.pemdaId)
    .where("r.objek", "=", objek)
    .where("r.objek_id", "=", o.id)
    .orderBy("r.waktu")
    .orderBy("r.id")
    .execute();
  return baris.map((r) => ({
    dari: r.dari,
    ke: r.ke,
    komentar: r.komentar,
    pelaku: r.pelaku,
    namaPelaku: r.nama_pelaku,
    waktu: r.waktu,
  }));
}

/** One opened revision of an item: its number, reason, who, when, and the content as it was approved. */
export type RevisiTercatat = {
  nomor: number;
  alasan: string;
  pelaku: string;
  waktu: Date;
  isiSebelum: unknown;
};

/** The revisions of an item, first first. */
export async function daftarRevisi(
  db: Db,
  cakupan: Cakupan,
  objek: ObjekAlur,
  objekId: number,
): Promise<RevisiTercatat[]> {
  const o = await tentukanObjekAlur(db, cakupan, objek, objekId);
  const baris = await db
    .selectFrom("revisi")
    .select(["nomor", "alasan", "pelaku", "waktu", "isi_sebelum"])
    .where("pemda_id", "=", o.pemdaId)
    .where("objek", "=", objek)
    .where("objek_id", "=", o.id)
    .orderBy("nomor")
    .execute();
  return baris.map((r) => ({
    nomor: r.nomor,
    alasan: r.alasan,
    pelaku: r.pelaku,
    waktu: r.waktu,
    isiSebelum: r.isi_sebelum,
  }));
}

/** Status and revision of many items at once, for grids that show a badge per row. */
export async function statusBanyak(
  db: Db,
  cakupan: Cakupan,
  objek: ObjekAlur,
  ids: readonly number[],
): Promise<Map<number, { status: StatusAlur; revisi: number }>> {
  const hasil = new Map<number, { status: StatusAlur; revisi: number }>();
  if (ids.length === 0) return hasil;
  const daftar = [...ids];
  const baris =
    objek === "realisasi_indikator"
      ? await db
          .selectFrom("realisasi_indikator")
          .select(["id", "opd_id", "status", "revisi"])
          .where("pemda_id", "=", cakupan.pemdaId)
          .where("id", "in", daftar)
          .execute()
      : objek === "perjanjian_kinerja"
        ? await db
            .selectFrom("perjanjian_kinerja")
            .select(["id", "opd_id", "status", "revisi"])
            .where("pemda_id", "=", cakupan.pemdaId)
            .where("id", "in", daftar)
            .execute()
        : await db
            .selectFrom("dokumen_opd")
            .select(["id", "opd_id", "status", "revisi"])
            .where("pemda_id", "=", cakupan.pemdaId)
            .where("id", "in", daftar)
            .execute();
  for (const r of baris) {
    if (cakupan.opdId === null || r.opd_id === cakupan.opdId)
      hasil.set(r.id, { status: r.status, revisi: r.revisi });
  }
  return hasil;
}

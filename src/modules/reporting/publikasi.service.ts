/**
 * Use cases of publication: an approved document is rendered to PDF once and kept byte for byte in
 * dokumen_terbit (the database refuses to change or delete it); the public portal reads only that table.
 */
import { createHash } from "node:crypto";
import { sql } from "kysely";
import { catatAudit } from "../../platform/db/audit.ts";
import { tolakDuplikat } from "../../platform/db/constraint-errors.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import { zonaWaktuAktif } from "../../platform/waktu-wita.ts";
import { boleh } from "../auth/auth.policy.ts";
import { cakupanPengguna, type Pengguna } from "../auth/pengguna.ts";
import { periksaOpd } from "../consistency/consistency.service.ts";
import { ringkasTemuan } from "../consistency/temuan.ts";
import { tentukanOpd } from "../tenancy/tenancy.service.ts";
import { renderDokumen, susunDokumen } from "./dokumen.service.ts";
import type { JenisTerbitan } from "./dokumen-opd.service.ts";

/** How documents are named to people, in messages and on the portal. */
export const NAMA_JENIS_TERBITAN: Record<JenisTerbitan, { id: string; en: string }> = {
  lkjip: { id: "LKjIP", en: "Performance report (LKjIP)" },
  pk: { id: "Perjanjian Kinerja", en: "Performance agreement" },
  iku: { id: "Indikator Kinerja Utama", en: "Key performance indicators" },
  renstra: { id: "Renstra", en: "Strategic plan (Renstra)" },
};

function formatTanggalSingkat(d: Date): string {
  return new Intl.DateTimeFormat("id-ID", { dateStyle: "long", timeZone: zonaWaktuAktif() }).format(d);
}

/**
 * Publishes an approved document of an OPD: only the pimpinan (setujui) of that OPD, only when the approval
 * record is disetujui, once per revision, and an LKjIP only when the consistency checker reports no galat
 * (it would print DRAF). The PDF is rendered now and stored with its sha256; a revised and re-approved
 * document becomes a new row, the earlier one kept as history.
 */
export async function terbitkanDokumen(
  db: Db,
  pengguna: Pengguna,
  opdId: number,
  dokumenOpdId: number,
): Promise<{ id: number; jenis: JenisTerbitan; tahun: number; revisi: number; sha256: string }> {
  if (!boleh(pengguna, "setujui", opdId)) {
    throw new GalatTerukur(
      "di_luar_cakupan",
      "Hanya pimpinan perangkat daerah ini yang dapat menerbitkan dokumen.",
    );
  }
  const c = cakupanOpd(cakupanPengguna(pengguna), opdId);
  const dok = await db
    .selectFrom("dokumen_opd")
    .selectAll()
    .where("id", "=", dokumenOpdId)
    .where("pemda_id", "=", c.pemdaId)
    .where("opd_id", "=", opdId)
    .executeTakeFirst();
  if (!dok) throw new GalatTerukur("tidak_ditemukan", "Dokumen tidak ditemukan");
  const nama = `${NAMA_JENIS_TERBITAN[dok.jenis].id} ${dok.tahun}`;
  if (dok.status !== "disetujui") {
    throw new GalatTerukur(
      "konflik",
      `${nama} berstatus ${dok.status}; hanya dokumen yang sudah disetujui yang dapat diterbitkan.`,
    );
  }
  const sudah = await db
    .selectFrom("dokumen_terbit")
    .select("diterbitkan_pada")
    .where("dokumen_opd_id", "=", dok.id)
    .where("revisi", "=", dok.revisi)
    .executeTakeFirst();
  if (sudah) {
    throw new GalatTerukur(
      "konflik",
      `${nama} revisi ${dok.revisi} sudah diterbitkan pada ${formatTanggalSingkat(sudah.diterbitkan_pada)}; ` +
        "untuk menerbitkan versi baru, buka revisi lalu setujui kembali.",
    );
  }
  if (dok.jenis === "renstra") {
    throw new GalatTerukur(
      "konflik",
      "Terukur belum dapat menyusun dokumen Renstra dalam PDF, jadi Renstra belum dapat diterbitkan di sini.",
    );
  }
  if (dok.jenis === "lkjip") {
    const { galat } = ringkasTemuan(await periksaOpd(db, c, opdId, dok.tahun));
    if (galat > 0) {
      throw new GalatTerukur(
        "konflik",
        `LKjIP ${dok.tahun} masih DRAF: pemeriksaan konsistensi menemukan ${galat} galat. ` +
          "Perbaiki temuan itu sebelum menerbitkan.",
      );
    }
  }
  const model = await susunDokumen(db, c, opdId, { jenis: dok.jenis, tahun: dok.tahun, kertas: "a4" });
  if (model.draf) {
    throw new GalatTerukur("konflik", `${nama} masih DRAF dan tidak dapat diterbitkan.`);
  }
  const pdf = Buffer.from(await renderDokumen(model, "pdf"));
  const sha256 = createHash("sha256").update(pdf).digest("hex");
  return dalamTransaksi(db, async (trx) => {
    const { id } = await tolakDuplikat(
      () =>
        trx
          .insertInto("dokumen_terbit")
          .values({
            pemda_id: c.pemdaId,
            opd_id: opdId,
            dokumen_opd_id: dok.id,
            revisi: dok.revisi,
            pdf,
            sha256,
            diterbitkan_oleh: c.pelaku,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      `${nama} revisi ${dok.revisi} sudah diterbitkan.`,
    );
    await catatAudit(
      trx,
      c,
      "buat",
      "dokumen_terbit",
      id,
      {
        dokumen_opd_id: dok.id,
        jenis: dok.jenis,
        tahun: dok.tahun,
        revisi: dok.revisi,
        sha256,
        ukuran: pdf.length,
      },
      opdId,
    );
    return { id, jenis: dok.jenis, tahun: dok.tahun, revisi: dok.revisi, sha256 };
  });
}

/** One OPD on the portal's first page: how many documents it has published and when it last did. */
export type OpdPortal = {
  kode: string;
  nama: string;
  jumlahDokumen: number;
  terakhir: Date | null;
};

/** The pemda's OPDs with their publication counts (documents, not revisions) and latest date, by name. */
export async function daftarOpdPortal(db: Db, cakupan: Cakupan): Promise<OpdPortal[]> {
  const rows = await db
    .selectFrom("opd")
    .leftJoin("dokumen_terbit as t", "t.opd_id", "opd.id")
    .select((eb) => [
      "opd.kode",
      "opd.nama",
      eb.fn.count<string>(sql`distinct t.dokumen_opd_id`).as("jumlah"),
      eb.fn.max("t.diterbitkan_pada").as("terakhir"),
    ])
    .where("opd.pemda_id", "=", cakupan.pemdaId)
    .groupBy(["opd.id", "opd.kode", "opd.nama"])
    .orderBy("opd.nama")
    .execute();
  return rows.map((r) => ({
    kode: r.kode,
    nama: r.nama,
    jumlahDokumen: Number(r.jumlah),
    terakhir: r.terakhir === null ? null : new Date(r.terakhir),
  }));
}

/** One published snapshot as the portal lists it. */
export type TerbitPortal = {
  id: number;
  revisi: number;
  diterbitkanPada: Date;
  ukuran: number;
  sha256: string;
};

/** A published document of an OPD: the current revision and the earlier ones (riwayat), newest first. */
export type DokumenPortal = {
  jenis: JenisTerbitan;
  tahun: number;
  terkini: TerbitPortal;
  riwayat: TerbitPortal[];
};

/** An OPD's published documents for the portal, newest year first; nothing that is not in dokumen_terbit. */
export async function dokumenTerbitOpd(
  db: Db,
  cakupan: Cakupan,
  kodeOpd: string,
): Promise<{ opd: { id: number; kode: string; nama: string }; dokumen: DokumenPortal[] }> {
  const opd = await tentukanOpd(db, cakupan, kodeOpd);
  const rows = await db
    .selectFrom("dokumen_terbit as t")
    .innerJoin("dokumen_opd as d", "d.id", "t.dokumen_opd_id")
    .select((eb) => [
      "t.id",
      "t.revisi",
      "t.diterbitkan_pada",
      "t.sha256",
      "d.id as dokumen_opd_id",
      "d.jenis",
      "d.tahun",
      eb.fn<number>("octet_length", ["t.pdf"]).as("ukuran"),
    ])
    .where("t.pemda_id", "=", cakupan.pemdaId)
    .where("t.opd_id", "=", opd.id)
    .orderBy("d.tahun", "desc")
    .orderBy("d.jenis")
    .orderBy("t.revisi", "desc")
    .execute();
  const perDokumen = new Map<number, DokumenPortal>();
  for (const r of rows) {
    const terbit: TerbitPortal = {
      id: r.id,
      revisi: r.revisi,
      diterbitkanPada: r.diterbitkan_pada,
      ukuran: Number(r.ukuran),
      sha256: r.sha256,
    };
    const ada = perDokumen.get(r.dokumen_opd_id);
    if (ada) ada.riwayat.push(terbit);
    else perDokumen.set(r.dokumen_opd_id, { jenis: r.jenis, tahun: r.tahun, terkini: terbit, riwayat: [] });
  }
  return { opd: { id: opd.id, kode: opd.kode, nama: opd.nama }, dokumen: [...perDokumen.values()] };
}

/** The stored PDF of one publication of an OPD, with the file name people get; refused when not published. */
export async function pdfTerbit(
  db: Db,
  cakupan: Cakupan,
  kodeOpd: string,
  terbitId: number,
): Promise<{ pdf: Buffer; sha256: string; namaBerkas: string }> {
  const opd = await tentukanOpd(db, cakupan, kodeOpd);
  const r = await db
    .selectFrom("dokumen_terbit as t")
    .innerJoin("dokumen_opd as d", "d.id", "t.dokumen_opd_id")
    .select(["t.pdf", "t.sha256", "t.revisi", "d.jenis", "d.tahun"])
    .where("t.id", "=", terbitId)
    .where("t.pemda_id", "=", cakupan.pemdaId)
    .where("t.opd_id", "=", opd.id)
    .executeTakeFirst();
  if (!r) throw new GalatTerukur("tidak_ditemukan", "Dokumen terbit tidak ditemukan");
  return {
    pdf: r.pdf,
    sha256: r.sha256,
    namaBerkas: `${r.jenis}-${opd.kode}-${r.tahun}-revisi-${r.revisi}.pdf`,
  };
}

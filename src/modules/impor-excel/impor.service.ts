/**
 * Import of Renstra targets, a DPA version and realisations from a sheet (issue 4 item 5): the file is checked
 * row by row and previewed without writing; on confirmation every row is written through the owning
 * module's service in one transaction, or none is.
 */
import { galatDariBasisdata } from "../../platform/db/galat-basisdata.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { type Cakupan, cakupanOpd } from "../../platform/scope.ts";
import {
  buatDpa,
  tambahKegiatanDpa,
  tambahProgramDpa,
  tambahSubKegiatanDpa,
} from "../budget/budget.service.ts";
import { catatRealisasi } from "../performance/realisasi.service.ts";
import { aturTarget, cariIndikatorByKode } from "../planning/renstra.service.ts";
import { bacaBerkasImpor } from "./berkas.ts";
import { periksaDpa } from "./dpa.domain.ts";
import { type Pratinjau, periodeDariKode } from "./impor.domain.ts";
import * as repo from "./impor.repo.ts";
import type { Muatan, Permintaan } from "./impor.schemas.ts";
import { periksaRealisasi } from "./realisasi.domain.ts";
import { rujukanDpa, rujukanRealisasi, rujukanTarget } from "./rujukan.service.ts";
import { periksaTarget } from "./target.domain.ts";

/** A preview and the payload its "Simpan" button carries. */
export type HasilPratinjau = { pratinjau: Pratinjau<unknown>; muatan: Muatan };

/** Checks an uploaded sheet against the stored data and shows what would be written; writes nothing. */
export async function pratinjauImpor(
  db: Db,
  cakupan: Cakupan,
  opdId: number,
  p: Permintaan,
  berkas: { nama: string; isi: Uint8Array },
): Promise<HasilPratinjau> {
  const c = cakupanOpd(cakupan, opdId);
  const tabel = await bacaBerkasImpor(berkas);
  const kosong: Muatan = { permintaan: p, renstraId: null, target: [], dpa: [], realisasi: [] };
  if (p.jenis === "target-renstra") {
    const r = await rujukanTarget(db, c, opdId, p.tahun);
    if (!r)
      throw new GalatTerukur("input_tidak_valid", "Perangkat daerah ini belum mempunyai Renstra", "tahun");
    const pratinjau = periksaTarget(tabel, r.rujukan);
    return { pratinjau, muatan: { ...kosong, renstraId: r.renstra.id, target: pratinjau.tulis } };
  }
  if (p.jenis === "dpa") {
    const r = await rujukanDpa(db, c, opdId, p.tahun, p.dpaJenis);
    const pratinjau = periksaDpa(tabel, r.rujukan);
    return { pratinjau, muatan: { ...kosong, dpa: pratinjau.tulis } };
  }
  const r = await rujukanRealisasi(db, c, opdId, p.tahun, p.periode);
  const pratinjau = periksaRealisasi(tabel, r.rujukan);
  return { pratinjau, muatan: { ...kosong, renstraId: r.renstra?.id ?? null, realisasi: pratinjau.tulis } };
}

/** Runs one row's write, turning a refusal into one that names the spreadsheet row. */
async function barisKe<T>(nomor: number, tulis: () => Promise<T>): Promise<T> {
  try {
    return await tulis();
  } catch (e) {
    const g = e instanceof GalatTerukur ? e : galatDariBasisdata(e);
    if (!g) throw e;
    throw new GalatTerukur(g.jenis, `Baris ${nomor}: ${g.message}. Tidak ada data yang disimpan.`, null);
  }
}

async function simpanTarget(db: Db, c: Cakupan, m: Muatan): Promise<number> {
  const renstraId = m.renstraId;
  if (renstraId === null) throw new GalatTerukur("input_tidak_valid", "Renstra tujuan impor tidak diketahui");
  for (const b of m.target) {
    await barisKe(b.baris, async () => {
      const i = await cariIndikatorByKode(db, c, renstraId, b.kode);
      if (!i)
        throw new GalatTerukur("input_tidak_valid", `indikator ${b.kode} tidak ditemukan`, "kode_indikator");
      await aturTarget(db, c, i.id, { tahun: b.tahun, target: b.target, targetAtas: b.targetAtas });
    });
  }
  return m.target.length;
}

async function simpanRealisasi(db: Db, c: Cakupan, opdId: number, m: Muatan): Promise<number> {
  const { tahun, periode: kode } = m.permintaan;
  const r = await rujukanRealisasi(db, c, opdId, tahun, kode);
  const periode = periodeDariKode(kode);
  for (const b of m.realisasi) {
    await barisKe(b.baris, async () => {
      const i = r.indikator.find((x) => x.kode === b.kode);
      if (!i)
        throw new GalatTerukur("input_tidak_valid", `indikator ${b.kode} tidak ditemukan`, "kode_indikator");
      // what the sheet does not carry (evidence, links to an evaluation or a survey period) is kept as stored
      const lama = r.baris.find((x) => x.indikator_id === i.id);
      await catatRealisasi(db, c, {
        indikatorId: i.id,
        tahun,
        periode,
        nilai: b.nilai,
        sumber: b.sumber,
        catatan: b.catatan,
        buktiRef: lama?.bukti_ref ?? null,
        evaluasiId: lama?.evaluasi_id ?? null,
        skmPeriodeId: lama?.skm_periode_id ?? null,
      });
    });
  }
  return m.realisasi.length;
}

async function simpanDpa(db: Db, c: Cakupan, opdId: number, m: Muatan): Promise<number> {
  const { tahun, dpaJenis } = m.permintaan;
  const r = await rujukanDpa(db, c, opdId, tahun, dpaJenis);
  const dpaId = r.dpa?.id ?? (await buatDpa(db, c, opdId, { tahun, jenis: dpaJenis }));
  const baris = r.dpa ? await repo.daftarBarisDpa(db, c, dpaId) : r.baris;
  const program = new Map(baris.program.map((p) => [p.kode, p.id]));
  const kegiatan = new Map(baris.kegiatan.map((k) => [k.kode, k.id]));
  const induk = (kode: string) =>
    kode
      .split(".")
      .slice(0, kode.split(".").length === 6 ? 5 : 3)
      .join(".");
  for (const b of m.dpa) {
    await barisKe(b.baris, async () => {
      if (b.level === "program") {
        program.set(b.kode, await tambahProgramDpa(db, c, dpaId, { kode: b.kode, nama: b.nama }));
        return;
      }
      if (b.level === "kegiatan") {
        const programId = program.get(induk(b.kode));
        if (programId === undefined)
          throw new GalatTerukur(
            "input_tidak_valid",
            `program ${induk(b.kode)} tidak ada di DPA ini`,
            "kode",
          );
        kegiatan.set(b.kode, await tambahKegiatanDpa(db, c, programId, { kode: b.kode, nama: b.nama }));
        return;
      }
      const kegiatanId = kegiatan.get(induk(b.kode));
      if (kegiatanId === undefined)
        throw new GalatTerukur("input_tidak_valid", `kegiatan ${induk(b.kode)} tidak ada di DPA ini`, "kode");
      await tambahSubKegiatanDpa(db, c, kegiatanId, { kode: b.kode, nama: b.nama, pagu: b.pagu ?? "" });
    });
  }
  return m.dpa.length;
}

/**
 * Writes every row of a previewed (and verified) payload in one transaction: if any service refuses a row,
 * nothing is written and the refusal names the row. Returns how many rows were written.
 */
export async function simpanImpor(db: Db, cakupan: Cakupan, opdId: number, m: Muatan): Promise<number> {
  const c = cakupanOpd(cakupan, opdId);
  return dalamTransaksi(db, async (trx) => {
    if (m.permintaan.jenis === "target-renstra") return simpanTarget(trx, c, m);
    if (m.permintaan.jenis === "dpa") return simpanDpa(trx, c, opdId, m);
    return simpanRealisasi(trx, c, opdId, m);
  });
}

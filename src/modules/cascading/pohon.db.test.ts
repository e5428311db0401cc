import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { hitungPohon, siapkanPohon } from "./fixture-pohon.ts";
import { PESAN_SIKLUS } from "./pohon.domain.ts";
import type { SimpulPohon } from "./pohon.model.ts";
import {
  aturDukungan,
  aturTargetSimpul,
  bacaPohonOpd,
  bacaPohonPemda,
  hapusDukungan,
  hapusSimpul,
  pindahSimpul,
  tambahIndikatorSimpul,
  tambahSimpul,
  tautkanAnggaran,
} from "./pohon.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

async function galatDari(janji: Promise<unknown>): Promise<GalatTerukur> {
  const e = await janji.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(GalatTerukur);
  return e as GalatTerukur;
}

/** Runs a call that must be refused, and proves it wrote nothing (every pohon table and the audit log). */
async function ditolak(trx: Db, janji: () => Promise<unknown>): Promise<GalatTerukur> {
  const sebelum = await hitungPohon(trx);
  const g = await galatDari(janji());
  expect(await hitungPohon(trx)).toEqual(sebelum);
  return g;
}

const kosong = {
  rpjmdSasaranId: null,
  sasaranId: null,
  unitKerja: null,
  pegawai: null,
  faktorKeberhasilan: null,
  indikator: [],
  anggaran: [],
  dukungan: [],
  anak: [],
  urutan: 0,
};
const PROGRAM = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota";

describe("membaca pohon kinerja", () => {
  it("reads an OPD's tree with the pemda node above it, its orphan as an extra root, and nothing of another OPD", () =>
    dalamRollback(b, async (trx) => {
      const f = await siapkanPohon(trx);
      const s = f.simpul;
      // Kecamatan B hangs its own strategic node under the same pemda node: not part of A's tree.
      await tambahSimpul(trx, f.petugasLain, {
        opdId: f.opdLainId,
        tahun: 2024,
        indukId: s.pemdaNode,
        level: "strategis",
        jenisHasil: "outcome",
        kondisi: "Meningkatnya pelayanan Kecamatan B",
      });
      const pohon = await bacaPohonOpd(trx, f.petugas, f.opdId, 2024);
      const individu: SimpulPohon = {
        ...kosong,
        id: s.individu,
        indukId: s.operasional,
        opdId: f.opdId,
        level: "individu",
        jenisHasil: "output",
        kondisi: "Terlayaninya permohonan surat keterangan",
        pegawai: { id: f.pegawaiSeksi, nama: "Andi Pelayan", nip: null, jabatan: "Pengadministrasi Umum" },
      };
      const operasional: SimpulPohon = {
        ...kosong,
        id: s.operasional,
        indukId: s.taktis,
        opdId: f.opdId,
        level: "operasional",
        jenisHasil: "output",
        kondisi: "Terlayaninya dokumen administrasi kependudukan",
        unitKerja: { id: f.unitSeksi, nama: "Seksi Pelayanan" },
        indikator: [
          {
            id: f.indikatorSimpul.ikOperasional,
            indikatorId: null,
            nama: "Jumlah dokumen yang dilayani",
            satuan: "dokumen",
            target: { 2024: "1200" },
          },
        ],
        anggaran: [
          {
            opdId: f.opdId,
            opdKode: "kec-a",
            kode: "7.01.01.2.01.0002",
            nama: "Sub kegiatan 7.01.01.2.01.0002",
          },
        ],
        anak: [individu],
      };
      const taktis: SimpulPohon = {
        ...kosong,
        id: s.taktis,
        indukId: s.strategis,
        opdId: f.opdId,
        level: "taktis",
        jenisHasil: "intermediate_outcome",
        kondisi: "Tata kelola pelayanan kecamatan yang baik",
        unitKerja: { id: f.unitCamat, nama: "Camat" },
        faktorKeberhasilan: { id: f.faktor, uraian: "Petugas layanan yang cakap dan cukup" },
        anggaran: [{ opdId: f.opdId, opdKode: "kec-a", kode: "7.01.01", nama: PROGRAM }],
        anak: [operasional],
      };
      const strategis: SimpulPohon = {
        ...kosong,
        id: s.strategis,
        indukId: s.pemdaNode,
        opdId: f.opdId,
        level: "strategis",
        jenisHasil: "outcome",
        kondisi: "Meningkatnya kemampuan pelayanan publik kecamatan",
        sasaranId: f.sasaranId,
        unitKerja: { id: f.unitCamat, nama: "Camat" },
        indikator: [
          {
            id: f.indikatorSimpul.ikStrategis,
            indikatorId: f.indikatorId,
            nama: "Indeks Kepuasan Masyarakat",
            satuan: "indeks",
            target: { 2024: "94", 2025: "94.5" },
          },
          {
            id: f.indikatorSimpul.ikSendiri,
            indikatorId: null,
            nama: "Persentase pengaduan yang ditindaklanjuti",
            satuan: "%",
            target: { 2024: "100" },
          },
        ],
        anggaran: [
          {
            opdId: f.opdId,
            opdKode: "kec-a",
            kode: "7.01.01.2.01.0001",
            nama: "Sub kegiatan 7.01.01.2.01.0001",
          },
        ],
        anak: [taktis],
      };
      expect(pohon).toEqual({
        opd: { id: f.opdId, kode: "kec-a", nama: "Kecamatan A" },
        tahunAwal: 2021,
        tahunAkhir: 2026,
        akar: [
          {
            ...kosong,
            id: s.pemdaNode,
            indukId: null,
            opdId: null,
            level: "strategis_pemda",
            jenisHasil: "outcome",
            kondisi: "Meningkatnya kualitas pelayanan publik daerah",
            anak: [strategis],
          },
          {
            ...kosong,
            id: s.yatim,
            indukId: null,
            opdId: f.opdId,
            level: "operasional",
            jenisHasil: "output",
            kondisi: "Tersusunnya laporan kinerja",
            urutan: 5,
            unitKerja: { id: f.unitSeksi, nama: "Seksi Pelayanan" },
          },
        ],
        faktorKeberhasilan: [
          { id: f.faktor, pohonId: s.strategis, uraian: "Petugas layanan yang cakap dan cukup", urutan: 0 },
        ],
      });
    }));

  it("orders children by urutan then id, and reads nothing for a year outside the period", () =>
    dalamRollback(b, async (trx) => {
      const f = await siapkanPohon(trx);
      const dasar = {
        opdId: f.opdId,
        tahun: 2024,
        indukId: f.simpul.taktis,
        level: "operasional" as const,
        jenisHasil: "output" as const,
        unitKerjaId: f.unitSeksi,
      };
      const kedua = await tambahSimpul(trx, f.petugas, { ...dasar, kondisi: "Kedua", urutan: 2 });
      const pertama = await tambahSimpul(trx, f.petugas, { ...dasar, kondisi: "Pertama", urutan: 1 });
      const pohon = await bacaPohonOpd(trx, f.petugas, f.opdId, 2024);
      const taktis = pohon?.akar[0]?.anak[0]?.anak[0];
      expect(taktis?.anak.map((a) => a.id)).toEqual([f.simpul.operasional, pertama, kedua]);
      expect(await bacaPohonOpd(trx, f.petugas, f.opdId, 2030)).toBeNull();
    }));

  it("reads the pemda-level nodes for any caller of the pemda", () =>
    dalamRollback(b, async (trx) => {
      const f = await siapkanPohon(trx);
      const pemda = await bacaPohonPemda(trx, f.petugasLain, 2024);
      expect(pemda.map((p) => [p.id, p.level, p.kondisi, p.anak.length])).toEqual([
        [f.simpul.pemdaNode, "strategis_pemda", "Meningkatnya kualitas pelayanan publik daerah", 0],
      ]);
    }));
});

describe("menolak masukan yang salah tanpa menulis apa pun", () => {
  it("refuses a cycle: moving a node under its own descendant", () =>
    dalamRollback(b, async (trx) => {
      const f = await siapkanPohon(trx);
      const g = await ditolak(trx, () =>
        pindahSimpul(trx, f.petugas, f.simpul.strategis, f.simpul.operasional),
      );
      expect([g.message, g.bidang]).toEqual([PESAN_SIKLUS, "indukId"]);
      const diri = await ditolak(trx, () => pindahSimpul(trx, f.petugas, f.simpul.taktis, f.simpul.taktis));
      expect(diri.message).toBe(PESAN_SIKLUS);
      // operasional may hang under operasional, so only the cycle rule stands in the way here
      const bawah = await tambahSimpul(trx, f.petugas, {
        opdId: f.opdId,
        tahun: 2024,
        indukId: f.simpul.operasional,
        level: "operasional",
        jenisHasil: "output",
        kondisi: "Terverifikasinya berkas permohonan",
        unitKerjaId: f.unitSeksi,
      });
      const putar = await ditolak(trx, () => pindahSimpul(trx, f.petugas, f.simpul.operasional, bawah));
      expect(putar.message).toBe(PESAN_SIKLUS);
    }));

  it("has the database trigger refuse a cycle written by raw SQL (SQLSTATE TK003)", () =>
    dalamRollback(b, async (trx) => {
      const f = await siapkanPohon(trx);
      const e = await dalamTransaksi(trx, (t) =>
        sql`UPDATE pohon_kinerja SET induk_id = ${f.simpul.individu} WHERE id = ${f.simpul.strategis}`.execute(
          t,
        ),
      ).then(
        () => null,
        (x: unknown) => x as { code?: string; message?: string },
      );
      expect(e?.code).toBe("TK003");
      const s = await trx
        .selectFrom("pohon_kinerja")
        .select("induk_id")
        .where("id", "=", f.simpul.strategis)
        .executeTakeFirstOrThrow();
      expect(s.induk_id).toBe(f.simpul.pemdaNode);
    }));

  it("refuses a node under another OPD's node until that OPD supports it (crosscutting)", () =>
    dalamRollback(b, async (trx) => {
      const f = await siapkanPohon(trx);
      const simpulB = {
        opdId: f.opdLainId,
        tahun: 2024,
        indukId: f.simpul.strategis,
        level: "taktis" as const,
        jenisHasil: "intermediate_outcome" as const,
        kondisi: "Pelayanan terpadu di Kecamatan B",
      };
      const g = await ditolak(trx, () => tambahSimpul(trx, f.petugasLain, simpulB));
      expect([g.message, g.bidang]).toEqual([
        "Simpul induk milik Kecamatan A; Kecamatan B belum tercatat sebagai pendukung (crosscutting) simpul itu. Tambahkan B sebagai pendukung simpul induk terlebih dulu",
        "indukId",
      ]);
      await aturDukungan(trx, f.petugas, f.simpul.strategis, {
        opdKode: "kec-b",
        peran: "pendukung",
        porsi: "40",
      });
      const id = await tambahSimpul(trx, f.petugasLain, simpulB);
      expect(id).toBeGreaterThan(0);
      // support cannot be withdrawn while B's node hangs there
      const tarik = await ditolak(trx, () => hapusDukungan(trx, f.petugas, f.simpul.strategis, "kec-b"));
      expect(tarik.message).toBe(
        "Simpul milik Kecamatan B masih berada di bawah simpul ini; pindahkan simpul itu terlebih dulu",
      );
    }));

  it("refuses funding a node with another OPD's program without crosscutting, then accepts it with", () =>
    dalamRollback(b, async (trx) => {
      const f = await siapkanPohon(trx);
      const g = await ditolak(trx, () =>
        tautkanAnggaran(trx, f.petugas, f.simpul.taktis, { opdKode: "kec-b", kode: "7.01.01" }),
      );
      expect([g.message, g.bidang]).toEqual([
        "Kode 7.01.01 milik Kecamatan B; tambahkan B sebagai pendukung (crosscutting) terlebih dulu",
        "kode",
      ]);
      await aturDukungan(trx, f.petugas, f.simpul.taktis, {
        opdKode: "kec-b",
        peran: "pendukung",
        porsi: null,
      });
      await tautkanAnggaran(trx, f.petugas, f.simpul.taktis, { opdKode: "kec-b", kode: "7.01.01" });
      const taktis = (await bacaPohonOpd(trx, f.petugas, f.opdId, 2024))?.akar[0]?.anak[0]?.anak[0];
      expect(taktis?.anggaran.map((a) => `${a.opdKode} ${a.kode}`)).toEqual([
        "kec-a 7.01.01",
        "kec-b 7.01.01",
      ]);
      expect(taktis?.dukungan).toEqual([
        { opdId: f.opdLainId, opdKode: "kec-b", opdNama: "Kecamatan B", peran: "pendukung", porsi: null },
      ]);
      const tarik = await ditolak(trx, () => hapusDukungan(trx, f.petugas, f.simpul.taktis, "kec-b"));
      expect(tarik.message).toBe(
        "Kode 7.01.01 milik Kecamatan B masih mendanai simpul ini; lepaskan anggarannya terlebih dulu",
      );
    }));

  it("refuses a budget code that is not in the OPD's DPA of a year in the period", () =>
    dalamRollback(b, async (trx) => {
      const f = await siapkanPohon(trx);
      const g = await ditolak(trx, () =>
        tautkanAnggaran(trx, f.petugas, f.simpul.taktis, { opdKode: "kec-a", kode: "7.01.02" }),
      );
      expect([g.message, g.bidang]).toEqual([
        "Kode 7.01.02 tidak ada di DPA Kecamatan A tahun 2021–2026",
        "kode",
      ]);
      const urusan = await ditolak(trx, () =>
        tautkanAnggaran(trx, f.petugas, f.simpul.taktis, { opdKode: "kec-a", kode: "7.01" }),
      );
      expect(urusan.message).toBe("Simpul hanya dapat didanai kode program, kegiatan atau sub kegiatan");
    }));

  it("refuses an RHK for an employee of another unit or another OPD", () =>
    dalamRollback(b, async (trx) => {
      const f = await siapkanPohon(trx);
      const rhk = {
        opdId: f.opdId,
        tahun: 2024,
        indukId: f.simpul.operasional,
        level: "individu" as const,
        jenisHasil: "output" as const,
        kondisi: "Terarsipnya surat masuk",
      };
      const g = await ditolak(trx, () => tambahSimpul(trx, f.petugas, { ...rhk, pegawaiId: f.pegawaiCamat }));
      expect([g.message, g.bidang]).toEqual([
        "Budi Sekretaris adalah pegawai unit lain; RHK di bawah simpul Seksi Pelayanan hanya untuk pegawai unit itu atau unit di bawahnya",
        "pegawaiId",
      ]);
      const lain = await ditolak(trx, () =>
        tambahSimpul(trx, f.petugas, { ...rhk, pegawaiId: f.pegawaiLain }),
      );
      expect(lain.message).toBe(
        "Citra Burau adalah pegawai perangkat daerah lain; RHK hanya untuk pegawai perangkat daerah ini",
      );
      const tanpa = await ditolak(trx, () => tambahSimpul(trx, f.petugas, rhk));
      expect([tanpa.message, tanpa.bidang]).toEqual([
        "Pegawai wajib dipilih untuk RHK individu",
        "pegawaiId",
      ]);
      // the camat's unit is above the seksi: a seksi employee's RHK may hang under the camat's tactical node
      const diAtas = await tambahSimpul(trx, f.petugas, {
        ...rhk,
        indukId: f.simpul.taktis,
        pegawaiId: f.pegawaiSeksi,
      });
      expect(diAtas).toBeGreaterThan(0);
      // moving an RHK under a node without a unit is refused too
      const tanpaUnit = await tambahSimpul(trx, f.petugas, {
        opdId: f.opdId,
        tahun: 2024,
        indukId: f.simpul.taktis,
        level: "operasional",
        jenisHasil: "output",
        kondisi: "Tanpa unit",
      });
      const pindah = await ditolak(trx, () => pindahSimpul(trx, f.petugas, f.simpul.individu, tanpaUnit));
      expect([pindah.message, pindah.bidang]).toEqual([
        "Simpul induk belum memiliki unit kerja; tentukan unit kerjanya sebelum menambahkan RHK pegawai",
        "pegawaiId",
      ]);
    }));

  it("refuses supporters' shares above 100 %", () =>
    dalamRollback(b, async (trx) => {
      const f = await siapkanPohon(trx);
      await aturDukungan(trx, f.petugas, f.simpul.strategis, {
        opdKode: "kec-a",
        peran: "pengampu",
        porsi: "70",
      });
      const g = await ditolak(trx, () =>
        aturDukungan(trx, f.petugas, f.simpul.strategis, {
          opdKode: "kec-b",
          peran: "pendukung",
          porsi: "40,5",
        }),
      );
      expect([g.message, g.bidang]).toEqual([
        "Jumlah porsi pendukung simpul ini menjadi 110,5%; tidak boleh melebihi 100%",
        "porsi",
      ]);
      // replacing A's own share is measured without its old share
      await aturDukungan(trx, f.petugas, f.simpul.strategis, {
        opdKode: "kec-a",
        peran: "pengampu",
        porsi: "59,5",
      });
      await aturDukungan(trx, f.petugas, f.simpul.strategis, {
        opdKode: "kec-b",
        peran: "pendukung",
        porsi: "40,5",
      });
      const porsi = await trx
        .selectFrom("pohon_kinerja_dukungan")
        .select("porsi")
        .orderBy("opd_id")
        .execute();
      expect(porsi.map((p) => p.porsi)).toEqual(["59.5", "40.5"]);
    }));

  it("refuses a level out of order, a target outside the period, a foreign Renstra indicator and deleting a parent", () =>
    dalamRollback(b, async (trx) => {
      const f = await siapkanPohon(trx);
      const level = await ditolak(trx, () =>
        tambahSimpul(trx, f.petugas, {
          opdId: f.opdId,
          tahun: 2024,
          indukId: f.simpul.pemdaNode,
          level: "taktis",
          jenisHasil: "intermediate_outcome",
          kondisi: "Langsung di bawah pemda",
        }),
      );
      expect([level.message, level.bidang]).toEqual([
        "Simpul taktis tidak dapat berada di bawah simpul strategis pemda; induk yang sah: strategis",
        "indukId",
      ]);
      const target = await ditolak(trx, () =>
        aturTargetSimpul(trx, f.petugas, f.indikatorSimpul.ikOperasional, { tahun: 2027, target: "5" }),
      );
      expect([target.message, target.bidang]).toEqual([
        "Tahun 2027 di luar periode pohon kinerja 2021–2026",
        "tahun",
      ]);
      const ikB = await trx
        .selectFrom("indikator")
        .select("id")
        .where("opd_id", "=", f.opdLainId)
        .executeTakeFirstOrThrow();
      const asing = await ditolak(trx, () =>
        tambahIndikatorSimpul(trx, f.petugas, f.simpul.strategis, {
          indikatorId: ikB.id,
          nama: "IKM B",
          satuan: "indeks",
        }),
      );
      expect(asing.message).toBe(
        "Indikator yang dipilih bukan indikator Renstra perangkat daerah ini periode 2021–2026",
      );
      const induk = await ditolak(trx, () => hapusSimpul(trx, f.petugas, f.simpul.operasional));
      expect(induk.message).toBe(
        "Simpul ini masih memiliki 1 simpul di bawahnya; pindahkan atau hapus simpul-simpul itu terlebih dulu",
      );
      const pemda = await ditolak(trx, () =>
        tambahSimpul(trx, f.petugas, {
          tahun: 2024,
          level: "strategis_pemda",
          jenisHasil: "outcome",
          kondisi: "Oleh petugas OPD",
        }),
      );
      expect(pemda.jenis).toBe("di_luar_cakupan");
      const lintas = await ditolak(trx, () => pindahSimpul(trx, f.petugasLain, f.simpul.yatim, null));
      expect(lintas.jenis).toBe("di_luar_cakupan");
    }));

  it("removes a leaf with its indicators and targets, audited", () =>
    dalamRollback(b, async (trx) => {
      const f = await siapkanPohon(trx);
      const sebelum = await hitungPohon(trx);
      await hapusSimpul(trx, f.petugas, f.simpul.individu);
      await hapusSimpul(trx, f.petugas, f.simpul.operasional);
      expect(await hitungPohon(trx)).toEqual({
        ...sebelum,
        simpul: sebelum.simpul - 2,
        indikator: sebelum.indikator - 1,
        target: sebelum.target - 1,
        anggaran: sebelum.anggaran - 1,
        audit: sebelum.audit + 2,
      });
    }));
});

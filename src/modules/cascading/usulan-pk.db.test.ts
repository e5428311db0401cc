import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { Db } from "../../platform/db/transaction.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { hitungBaris } from "../planning/fixture-uji.ts";
import { buatPk, tambahPkIndikator } from "../planning/pk.service.ts";
import { tambahIndikator } from "../planning/renstra.service.ts";
import { siapkanPohon } from "./fixture-pohon.ts";
import { terapkanUsulanPk, usulanPk } from "./usulan-pk.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const PROGRAM = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota";

/** The tree fixture plus the camat's PK 2024 with IK1 at the Renstra target 93,05 and IK2 (not in the tree). */
async function siapkan(trx: Db) {
  const f = await siapkanPohon(trx);
  await tambahIndikator(trx, f.admin, f.renstraId, {
    kode: "IK2",
    tingkat: "sasaran",
    tujuanKode: null,
    sasaranKode: "S1",
    nama: "Persentase desa tertib administrasi",
    satuan: "%",
    definisiOperasional: null,
    formula: null,
    sumberData: null,
    penanggungJawabUnitKode: null,
    penanggungJawabTeks: null,
    polaritas: "positif",
    agregasi: "last",
    presisi: 2,
    baseline: null,
    baselineTahun: null,
    kondisiAkhir: null,
    iku: false,
    sumberOtomatis: null,
  });
  const pkId = await buatPk(trx, f.petugas, f.opdId, {
    tahun: 2024,
    tingkat: "pimpinan_opd",
    unitKode: "camat",
    dpaJenis: "murni",
    pihakPertama: { nama: "Camat A", jabatan: "Camat", nip: null },
    pihakKedua: { nama: "Bupati Uji", jabatan: "Bupati", nip: null },
    tempat: "Malili",
    tanggal: "2024-01-02",
  });
  const pkIk1 = await tambahPkIndikator(trx, f.petugas, pkId, { indikatorKode: "IK1", target: "93,05" });
  const pkIk2 = await tambahPkIndikator(trx, f.petugas, pkId, {
    indikatorKode: "IK2",
    target: "80",
    urutan: 1,
  });
  return { ...f, pkId, pkIk1, pkIk2 };
}

describe("PK diusulkan dari pohon kinerja", () => {
  it("proposes the camat's PK from the strategic node: its targets, its programs, and what differs", () =>
    dalamRollback(b, async (trx) => {
      const f = await siapkan(trx);
      const u = await usulanPk(trx, f.petugas, f.opdId, 2024, f.pkId);
      expect(u).toEqual({
        pkId: f.pkId,
        tahun: 2024,
        tingkat: "pimpinan_opd",
        level: "strategis",
        unitKerja: { id: f.unitCamat, nama: "Camat" },
        status: "draf",
        simpul: [{ id: f.simpul.strategis, kondisi: "Meningkatnya kemampuan pelayanan publik kecamatan" }],
        indikator: [
          {
            simpulId: f.simpul.strategis,
            kondisi: "Meningkatnya kemampuan pelayanan publik kecamatan",
            indikatorSimpulId: f.indikatorSimpul.ikStrategis,
            indikatorId: f.indikatorId,
            kode: "IK1",
            nama: "Indeks Kepuasan Masyarakat",
            satuan: "indeks",
            target: "94",
            targetPk: "93.05",
            status: "target_berbeda",
          },
          {
            simpulId: f.simpul.strategis,
            kondisi: "Meningkatnya kemampuan pelayanan publik kecamatan",
            indikatorSimpulId: f.indikatorSimpul.ikSendiri,
            indikatorId: null,
            kode: null,
            nama: "Persentase pengaduan yang ditindaklanjuti",
            satuan: "%",
            target: "100",
            targetPk: null,
            status: "bukan_renstra",
          },
        ],
        program: [{ kode: "7.01.01", nama: PROGRAM, status: "baru" }],
        hanyaDiPk: {
          indikator: [
            {
              pkIndikatorId: f.pkIk2,
              indikatorId: expect.any(Number),
              kode: "IK2",
              nama: "Persentase desa tertib administrasi",
              target: "80",
            },
          ],
          program: [],
        },
        catatan: [
          'Indikator "Persentase pengaduan yang ditindaklanjuti" pada simpul "Meningkatnya kemampuan pelayanan publik kecamatan" bukan indikator Renstra; Perjanjian Kinerja hanya memuat indikator Renstra, jadi indikator ini tidak dapat dimasukkan. Pilih indikator Renstra untuk simpul itu bila ingin mencantumkannya',
        ],
        adaPerbedaan: true,
      });
    }));

  it("applies the proposal through the PK service; proposing again shows no difference", () =>
    dalamRollback(b, async (trx) => {
      const f = await siapkan(trx);
      const auditSebelum = await hitungBaris(trx, "audit_log");
      const sesudah = await terapkanUsulanPk(trx, f.petugas, f.opdId, 2024, f.pkId);
      expect(sesudah.adaPerbedaan).toBe(false);
      const lagi = await usulanPk(trx, f.petugas, f.opdId, 2024, f.pkId);
      expect(lagi.adaPerbedaan).toBe(false);
      expect(lagi.indikator.map((i) => [i.kode, i.target, i.targetPk, i.status])).toEqual([
        ["IK1", "94", "94", "sama"],
        [null, "100", null, "bukan_renstra"],
      ]);
      expect(lagi.program).toEqual([{ kode: "7.01.01", nama: PROGRAM, status: "sama" }]);
      expect(lagi.hanyaDiPk).toEqual({ indikator: [], program: [] });
      const pkIndikator = await trx
        .selectFrom("pk_indikator")
        .select(["id", "target", "target_atas"])
        .where("pk_id", "=", f.pkId)
        .execute();
      expect(pkIndikator).toEqual([{ id: f.pkIk1, target: "94", target_atas: null }]);
      const pkProgram = await trx
        .selectFrom("pk_program")
        .select(["kode", "anggaran"])
        .where("pk_id", "=", f.pkId)
        .execute();
      expect(pkProgram).toEqual([{ kode: "7.01.01", anggaran: null }]);
      // one change of IK1, one new program, one removal of IK2
      expect(await hitungBaris(trx, "audit_log")).toBe(auditSebelum + 3);
    }));

  it("refuses to apply the proposal to an approved PK and writes nothing", () =>
    dalamRollback(b, async (trx) => {
      const f = await siapkan(trx);
      await trx
        .updateTable("perjanjian_kinerja")
        .set({ status: "disetujui" })
        .where("id", "=", f.pkId)
        .execute();
      const sebelum = [
        await hitungBaris(trx, "pk_indikator"),
        await hitungBaris(trx, "pk_program"),
        await hitungBaris(trx, "audit_log"),
      ];
      const e = await terapkanUsulanPk(trx, f.petugas, f.opdId, 2024, f.pkId).then(
        () => null,
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(GalatTerukur);
      expect((e as GalatTerukur).message).toBe(
        "Perjanjian Kinerja ini sudah disetujui dan terkunci; ubah melalui revisi dengan alasan",
      );
      expect([
        await hitungBaris(trx, "pk_indikator"),
        await hitungBaris(trx, "pk_program"),
        await hitungBaris(trx, "audit_log"),
      ]).toEqual(sebelum);
      const t = await trx
        .selectFrom("pk_indikator")
        .select("target")
        .where("id", "=", f.pkIk1)
        .executeTakeFirstOrThrow();
      expect(t.target).toBe("93.05");
    }));

  it("notes an empty proposal for a unit with no node at the PK's level", () =>
    dalamRollback(b, async (trx) => {
      const f = await siapkan(trx);
      const pk4 = await buatPk(trx, f.petugas, f.opdId, {
        tahun: 2024,
        tingkat: "eselon_iii",
        unitKode: "seksi-pelayanan",
        dpaJenis: "murni",
        pihakPertama: { nama: "Kasi", jabatan: "Kasi", nip: null },
        pihakKedua: { nama: "Camat A", jabatan: "Camat", nip: null },
        tempat: "Malili",
        tanggal: "2024-01-02",
      });
      const u = await usulanPk(trx, f.petugas, f.opdId, 2024, pk4);
      expect([u.level, u.simpul, u.indikator, u.adaPerbedaan, u.catatan]).toEqual([
        "taktis",
        [],
        [],
        false,
        [
          "Belum ada simpul taktis milik Seksi Pelayanan pada pohon kinerja tahun 2024; tidak ada yang dapat diusulkan",
        ],
      ]);
    }));
});

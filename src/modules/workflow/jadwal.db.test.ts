import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import { type Db, dalamTransaksi } from "../../platform/db/transaction.ts";
import { catatRealisasi } from "../performance/realisasi.service.ts";
import { aturRencanaAksi } from "../planning/pk.service.ts";
import { hapusJadwal, pastikanPeriodeTerbuka, periodeTerbuka, simpanJadwal } from "./jadwal.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const SETAHUN = { jenis: "tahun", ke: 1 } as const;
const TW4 = { jenis: "triwulan", ke: 4 } as const;

async function siapkan(trx: Db) {
  const { pemdaId, opdId } = await muatDataset(trx, malili2024);
  const admin = { pemdaId, opdId: null, pelaku: "admin.uji" };
  const petugas = { pemdaId, opdId, pelaku: "petugas.uji" };
  const ikm = await trx
    .selectFrom("indikator")
    .select("id")
    .where("kode", "=", "S1.I1")
    .executeTakeFirstOrThrow();
  return { pemdaId, admin, petugas, indikatorId: ikm.id };
}

const nilaiIkm = (trx: Db, tahun: number) =>
  trx
    .selectFrom("realisasi_indikator as r")
    .innerJoin("indikator as i", "i.id", "r.indikator_id")
    .select(["r.nilai", "r.status"])
    .where("i.kode", "=", "S1.I1")
    .where("r.tahun", "=", tahun)
    .execute();

describe("input schedules", () => {
  it("says when a period closed or when it opens, in WITA, at the field periode", () =>
    dalamRollback(b, async (trx) => {
      const { pemdaId, admin } = await siapkan(trx);
      expect(await periodeTerbuka(trx, pemdaId, "realisasi", 2026, TW4)).toBe(true);
      await simpanJadwal(trx, admin, {
        jenisData: "realisasi",
        tahun: 2026,
        periode: "triwulan-4",
        dibukaPada: "2026-10-01T08:00",
        ditutupPada: "2027-01-10T23:59",
      });
      const sesudahTutup = new Date("2027-02-01T00:00:00Z");
      expect(await periodeTerbuka(trx, pemdaId, "realisasi", 2026, TW4, sesudahTutup)).toBe(false);
      expect(
        await periodeTerbuka(trx, pemdaId, "realisasi", 2026, TW4, new Date("2026-12-01T00:00:00Z")),
      ).toBe(true);
      expect(
        await periodeTerbuka(trx, pemdaId, "realisasi", 2026, { jenis: "triwulan", ke: 3 }, sesudahTutup),
      ).toBe(true);
      await expect(
        pastikanPeriodeTerbuka(trx, pemdaId, "realisasi", 2026, TW4, sesudahTutup),
      ).rejects.toMatchObject({
        jenis: "konflik",
        bidang: "periode",
        message: "Periode Triwulan IV 2026 ditutup sejak 10 Januari 2027 pukul 23.59 WITA",
      });
      await expect(
        pastikanPeriodeTerbuka(trx, pemdaId, "realisasi", 2026, TW4, new Date("2026-09-30T00:00:00Z")),
      ).rejects.toMatchObject({
        message:
          "Periode Triwulan IV 2026 belum dibuka; pengisian dibuka pada 1 Oktober 2026 pukul 08.00 WITA",
      });
    }));

  it("refuses a realisation of a closed period before writing, and accepts it once the window is open", () =>
    dalamRollback(b, async (trx) => {
      const { admin, petugas, indikatorId } = await siapkan(trx);
      const id = await simpanJadwal(trx, admin, {
        jenisData: "realisasi",
        tahun: 2024,
        periode: "tahun-1",
        dibukaPada: "2024-12-01T08:00",
        ditutupPada: "2025-01-10T23:59",
      });
      const auditSebelum = await trx.selectFrom("audit_log").select("id").execute();
      await expect(
        catatRealisasi(trx, petugas, { indikatorId, tahun: 2024, periode: SETAHUN, nilai: "95" }),
      ).rejects.toMatchObject({
        jenis: "konflik",
        bidang: "periode",
        message: "Periode tahunan 2024 ditutup sejak 10 Januari 2025 pukul 23.59 WITA",
      });
      expect(await nilaiIkm(trx, 2024)).toEqual([{ nilai: "93.06", status: "draf" }]);
      expect(await trx.selectFrom("audit_log").select("id").execute()).toEqual(auditSebelum);
      // the database refuses the same write even when a code path skips the service
      await expect(
        dalamTransaksi(trx, (t) =>
          t.updateTable("realisasi_indikator").set({ nilai: "95" }).where("tahun", "=", 2024).execute(),
        ),
      ).rejects.toMatchObject({ code: "TK002" });

      await simpanJadwal(
        trx,
        admin,
        {
          jenisData: "realisasi",
          tahun: 2024,
          periode: "tahun-1",
          dibukaPada: "2024-12-01T08:00",
          ditutupPada: "2099-12-31T23:59",
        },
        id,
      );
      await catatRealisasi(trx, petugas, { indikatorId, tahun: 2024, periode: SETAHUN, nilai: "95" });
      expect(await nilaiIkm(trx, 2024)).toEqual([{ nilai: "95", status: "draf" }]);
      const audit = await trx
        .selectFrom("audit_log")
        .select(["sebelum", "data"])
        .where("tabel", "=", "jadwal_input")
        .where("aksi", "=", "ubah")
        .executeTakeFirstOrThrow();
      expect(audit.sebelum).toMatchObject({ ditutup_pada: "2025-01-10T15:59:00.000Z" });
      expect(audit.data).toMatchObject({ ditutup_pada: "2099-12-31T15:59:00.000Z" });
    }));

  it("refuses PK writes when the PK year is closed", () =>
    dalamRollback(b, async (trx) => {
      const { admin, petugas } = await siapkan(trx);
      await simpanJadwal(trx, admin, {
        jenisData: "perjanjian_kinerja",
        tahun: 2024,
        periode: "tahun-1",
        dibukaPada: "2024-01-01T08:00",
        ditutupPada: "2024-02-28T16:00",
      });
      const k = await trx
        .selectFrom("pk_indikator as k")
        .innerJoin("perjanjian_kinerja as p", "p.id", "k.pk_id")
        .select("k.id")
        .where("p.tahun", "=", 2024)
        .executeTakeFirstOrThrow();
      const sebelum = await trx
        .selectFrom("rencana_aksi")
        .selectAll()
        .where("pk_indikator_id", "=", k.id)
        .execute();
      await expect(
        aturRencanaAksi(trx, petugas, k.id, { triwulan: 1, target: "10", uraian: "Survei triwulan I" }),
      ).rejects.toMatchObject({
        bidang: "periode",
        message: "Periode Perjanjian Kinerja 2024 ditutup sejak 28 Februari 2024 pukul 16.00 WITA",
      });
      expect(
        await trx.selectFrom("rencana_aksi").selectAll().where("pk_indikator_id", "=", k.id).execute(),
      ).toEqual(sebelum);
    }));

  it("validates the window and removes a schedule", () =>
    dalamRollback(b, async (trx) => {
      const { pemdaId, admin, petugas } = await siapkan(trx);
      const isi = {
        jenisData: "realisasi" as const,
        tahun: 2026,
        periode: "triwulan-1" as const,
        dibukaPada: "2026-04-01T08:00",
        ditutupPada: "2026-03-31T08:00",
      };
      await expect(simpanJadwal(trx, admin, isi)).rejects.toMatchObject({ bidang: "ditutupPada" });
      await expect(
        simpanJadwal(trx, admin, { ...isi, dibukaPada: "2026-02-30T08:00" }),
      ).rejects.toMatchObject({
        bidang: "dibukaPada",
      });
      await expect(
        simpanJadwal(trx, admin, {
          ...isi,
          jenisData: "perjanjian_kinerja",
          ditutupPada: "2026-04-30T08:00",
        }),
      ).rejects.toMatchObject({ bidang: "periode" });
      await expect(
        simpanJadwal(trx, petugas, { ...isi, ditutupPada: "2026-04-30T08:00" }),
      ).rejects.toMatchObject({
        jenis: "di_luar_cakupan",
      });
      expect(await trx.selectFrom("jadwal_input").select("id").execute()).toEqual([]);
      const id = await simpanJadwal(trx, admin, { ...isi, ditutupPada: "2026-04-30T08:00" });
      const [j] = await trx.selectFrom("jadwal_input").selectAll().execute();
      expect(j).toMatchObject({
        pemda_id: pemdaId,
        periode_jenis: "triwulan",
        periode_ke: 1,
        dibuka_pada: new Date("2026-04-01T00:00:00Z"),
        ditutup_pada: new Date("2026-04-30T00:00:00Z"),
      });
      await hapusJadwal(trx, admin, id);
      expect(await trx.selectFrom("jadwal_input").select("id").execute()).toEqual([]);
    }));
});

import type { Transaction } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malili2024 } from "../../../seeds/malili-2024/data.ts";
import { muatDataset } from "../../../seeds/malili-2024/load.ts";
import { bukaDbUji, dalamRollback } from "../../../test/setup/db.ts";
import type { Basisdata } from "../../platform/db/database.ts";
import type { DB } from "../../platform/db/schema.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { buatAkun } from "./akun.service.ts";
import { masuk } from "./masuk.service.ts";

let b: Basisdata;
beforeAll(async () => {
  b = await bukaDbUji();
});
afterAll(async () => {
  await b.tutup();
});

const SANDI = "kopi-pagi-di-malili";
const WITA = "Asia/Makassar";

async function siapkan(trx: Transaction<DB>): Promise<number> {
  const { pemdaId } = await muatDataset(trx, malili2024);
  return buatAkun(
    trx,
    { pemdaId, opdId: null, pelaku: "uji" },
    { namaPengguna: "camat.uji", nama: "Camat Uji", peran: "pimpinan", opdKode: "malili", sandi: SANDI },
  );
}

async function coba(
  trx: Transaction<DB>,
  sandi: string,
  sekarang: Date,
  opsi: { nama?: string; alamat?: string } = {},
) {
  try {
    return await masuk(
      trx,
      { namaPengguna: opsi.nama ?? "camat.uji", sandi, alamat: opsi.alamat ?? "10.0.0.1" },
      { sekarang, zonaWaktu: WITA },
    );
  } catch (e) {
    if (e instanceof GalatTerukur) return { jenis: e.jenis, pesan: e.message };
    throw e;
  }
}

describe("masuk: lockout", () => {
  it("locks after five wrong passwords in a row, refuses the right one for 15 minutes, then lets it in", () =>
    dalamRollback(b, async (trx) => {
      const akunId = await siapkan(trx);
      const t0 = new Date("2026-03-02T06:00:00Z");
      for (let i = 1; i <= 4; i++) {
        expect(await coba(trx, "salah-salah-salah", new Date(t0.getTime() + i * 1000))).toEqual({
          jenis: "input_tidak_valid",
          pesan: "Nama pengguna atau kata sandi salah",
        });
      }
      const a4 = await trx
        .selectFrom("akun")
        .select(["gagal_berturut", "terkunci_sampai"])
        .where("id", "=", akunId)
        .executeTakeFirstOrThrow();
      expect(a4).toEqual({ gagal_berturut: 4, terkunci_sampai: null });
      const t5 = new Date("2026-03-02T06:00:05Z");
      expect(await coba(trx, "salah-salah-salah", t5)).toEqual({
        jenis: "terlalu_sering",
        pesan: "Akun terkunci sementara karena terlalu banyak percobaan; coba lagi pukul 14.15",
      });
      const terkunci = await trx
        .selectFrom("akun")
        .select(["terkunci_sampai"])
        .where("id", "=", akunId)
        .executeTakeFirstOrThrow();
      expect(terkunci.terkunci_sampai?.toISOString()).toBe("2026-03-02T06:15:05.000Z");
      expect(await coba(trx, SANDI, new Date("2026-03-02T06:10:00Z"))).toEqual({
        jenis: "terlalu_sering",
        pesan: "Akun terkunci sementara karena terlalu banyak percobaan; coba lagi pukul 14.15",
      });
      expect(await coba(trx, SANDI, new Date("2026-03-02T06:15:06Z"))).toEqual({
        akunId,
        peran: "pimpinan",
        opdKode: "malili",
      });
      const sesudah = await trx
        .selectFrom("akun")
        .select(["gagal_berturut", "terkunci_sampai"])
        .where("id", "=", akunId)
        .executeTakeFirstOrThrow();
      expect(sesudah).toEqual({ gagal_berturut: 0, terkunci_sampai: null });
      const audit = await trx
        .selectFrom("audit_log")
        .select(["pelaku", "aksi", "data"])
        .where("tabel", "=", "akun")
        .where("baris_id", "=", akunId)
        .where("aksi", "=", "ubah")
        .execute();
      expect(audit).toEqual([
        {
          pelaku: "camat.uji",
          aksi: "ubah",
          data: { terkunci_sampai: "2026-03-02T06:15:05.000Z", alasan: "gagal masuk berturut-turut" },
        },
      ]);
    }));

  it("a success resets the count, so failures must be consecutive to lock", () =>
    dalamRollback(b, async (trx) => {
      const akunId = await siapkan(trx);
      const t = (d: number) => new Date(Date.UTC(2026, 2, 2, 6, 0, d));
      for (let i = 0; i < 4; i++) await coba(trx, "salah-salah-salah", t(i));
      expect(await coba(trx, SANDI, t(5))).toMatchObject({ akunId });
      for (let i = 6; i < 10; i++) await coba(trx, "salah-salah-salah", t(i));
      expect(await coba(trx, SANDI, t(11))).toMatchObject({ akunId });
    }));
});

describe("masuk: rate limit", () => {
  it("refuses an address after ten failures in ten minutes, even with right credentials; others still get in", () =>
    dalamRollback(b, async (trx) => {
      const akunId = await siapkan(trx);
      const t0 = new Date("2026-03-02T06:00:00Z");
      for (let i = 0; i < 10; i++) {
        const r = await coba(trx, "apa-saja-apa-saja", new Date(t0.getTime() + i * 1000), {
          nama: `tebak${i}`,
        });
        expect(r).toEqual({ jenis: "input_tidak_valid", pesan: "Nama pengguna atau kata sandi salah" });
      }
      const ditolak = await coba(trx, SANDI, new Date(t0.getTime() + 11_000));
      expect(ditolak).toEqual({
        jenis: "terlalu_sering",
        pesan: "Terlalu banyak percobaan masuk dari jaringan ini; coba lagi dalam 10 menit",
      });
      expect(await coba(trx, SANDI, new Date(t0.getTime() + 12_000), { alamat: "10.0.0.2" })).toMatchObject({
        akunId,
      });
      expect(await coba(trx, SANDI, new Date(t0.getTime() + 601_000))).toMatchObject({ akunId });
    }));

  it("does not count successful sign-ins, so a busy office on one address is not blocked", () =>
    dalamRollback(b, async (trx) => {
      const akunId = await siapkan(trx);
      const t0 = new Date("2026-03-02T00:30:00Z");
      for (let i = 0; i < 15; i++) {
        expect(await coba(trx, SANDI, new Date(t0.getTime() + i * 1000))).toMatchObject({ akunId });
      }
    }));

  it("accepts the username in any case and with spaces around it", () =>
    dalamRollback(b, async (trx) => {
      const akunId = await siapkan(trx);
      expect(await coba(trx, SANDI, new Date(), { nama: "  Camat.Uji " })).toMatchObject({ akunId });
    }));
});
